package lifefx.analysis;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lifefx.universe.Universe;
import lifefx.universe.UniverseException;

/**
 * Stops a run when the pattern dies, becomes still, or becomes periodic: what the window's Run menu
 * and {@code run --stop-when} offer. Fed the universe after every step of a run (and once at its
 * start), it answers whether the run should stop, and why.
 *
 * <p><b>How, and what it costs.</b> "Dead" reads the population, O(1). "Still" and "periodic" feed
 * the universe's {@link Universe#digest() digest} (SHA-256 of the live cells, O(population) per
 * step; O(torus / 64 + population) on a torus of words) to a {@link PeriodDetector}, the one
 * {@link Identify} uses, so memory stays at a few dozen digests however long the run. The digest is
 * taken only while one of the two is asked for. The whole state must repeat in place, so a
 * spaceship on the plane never stops the run; on a torus it does, once it is back where it
 * started.
 *
 * <p><b>Steps of 2^k generations.</b> With steps of s &gt; 1 generations the detector sees every
 * s-th generation, and a repeat after q steps says only that the period divides q × s (a blinker
 * looks still to steps of 2). Then the exact period is found on a copy of the universe ({@link
 * UniverseCopies}), stepping it by divisors of q × s, O(log(q × s)) jumps, once, when the run is
 * about to stop; "still" is reported only for period 1. The run stops at the end of the step that
 * showed the repeat: the pattern may have settled up to two periods' worth of steps earlier.
 *
 * <p><b>Threads.</b> Not thread-safe; the thread that owns the universe feeds it.
 */
public final class AutoStop {

    /** Why a run may stop. */
    public enum Condition {
        /** No live cell (and the rule has no B0, so none will be born). */
        DEAD("dead", "the pattern died"),
        /** The same cells as one generation before. */
        STILL("still", "the pattern became still"),
        /** The same cells as some generations before. */
        PERIODIC("periodic", "the pattern became periodic");

        private final String key;
        private final String words;

        Condition(String key, String words) {
            this.key = key;
            this.words = words;
        }

        /** {@code dead}, {@code still} or {@code periodic}: the word {@code --stop-when} takes. */
        public String key() {
            return key;
        }

        /** What happened, for a notice. */
        public String words() {
            return words;
        }

        /**
         * The conditions of a comma-separated list such as {@code dead,still,periodic}.
         *
         * @throws IllegalArgumentException naming a word that is not a condition, or an empty list
         */
        public static Set<Condition> parseList(String text) {
            Set<Condition> out = EnumSet.noneOf(Condition.class);
            for (String word : Objects.requireNonNull(text, "text").split(",", -1)) {
                String w = word.strip().toLowerCase(Locale.ROOT);
                Condition c = Arrays.stream(values()).filter(v -> v.key.equals(w)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("'" + word.strip()
                                + "' is not a condition; use dead, still or periodic, separated by commas"));
                out.add(c);
            }
            return out;
        }
    }

    /**
     * Why and where a run stopped.
     *
     * @param reason     the condition met
     * @param generation the generation at which the run stopped
     * @param period     the exact period for {@link Condition#PERIODIC} (1 for still), else 0
     */
    public record Stop(Condition reason, BigInteger generation, long period) {
        public Stop {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(generation, "generation");
        }

        /** For a notice: {@code Stopped at generation 1,103: the pattern became periodic (period 2)}. */
        public String message() {
            return String.format(Locale.ROOT, "Stopped at generation %,d: %s", generation, reason.words())
                    + (reason == Condition.PERIODIC ? " (period " + period + ")" : "");
        }
    }

    private final Set<Condition> conditions;
    private final PeriodDetector<String> detector = new PeriodDetector<>(String::equals);
    private BigInteger stepSize;

    /** Stops on {@code conditions} (none: never). */
    public AutoStop(Set<Condition> conditions) {
        this.conditions = conditions.isEmpty() ? EnumSet.noneOf(Condition.class) : EnumSet.copyOf(conditions);
    }

    /** The conditions, as given. */
    public Set<Condition> conditions() {
        return EnumSet.copyOf(conditions.isEmpty() ? EnumSet.noneOf(Condition.class) : conditions);
    }

    /** Whether any condition is on. */
    public boolean active() {
        return !conditions.isEmpty();
    }

    /** The conditions as {@code dead,still}, in their order. */
    public static String describe(Set<Condition> conditions) {
        return conditions.stream().map(Condition::key).collect(Collectors.joining(","));
    }

    /** Forgets the run so far: call it when a run starts, and whenever the cells change other than by a step. */
    public void reset() {
        detector.clear();
        stepSize = null;
    }

    /**
     * Looks at {@code u} after a step of {@code stepSize} generations (and once when the run starts,
     * with the step size it will use) and says whether the run should stop. A change of step size
     * starts the detection afresh.
     *
     * @throws InterruptedException when interrupted while finding the exact period for steps of
     *                              more than one generation
     * @throws UniverseException    when stepping the copy for that fails
     */
    public Optional<Stop> observe(Universe u, BigInteger stepSize) throws InterruptedException, UniverseException {
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        if (!stepSize.equals(this.stepSize)) {
            detector.clear();
            this.stepSize = stepSize;
        }
        boolean b0 = (u.rule().birth() & 1) != 0;
        if (conditions.contains(Condition.DEAD) && u.population().signum() == 0 && !b0) {
            return Optional.of(new Stop(Condition.DEAD, u.generation(), 0));
        }
        if (!conditions.contains(Condition.STILL) && !conditions.contains(Condition.PERIODIC)) {
            return Optional.empty();
        }
        String digest = u.digest();
        long steps = detector.offer(Long.parseUnsignedLong(digest.substring(0, 16), 16), digest);
        if (steps == 0) {
            return Optional.empty();
        }
        BigInteger bound = stepSize.multiply(BigInteger.valueOf(steps));
        BigInteger period = bound.equals(BigInteger.ONE) || stepSize.equals(BigInteger.ONE) ? bound
                : exactPeriod(u, bound);
        if (period.equals(BigInteger.ONE) && conditions.contains(Condition.STILL)) {
            return Optional.of(new Stop(Condition.STILL, u.generation(), 1));
        }
        if (conditions.contains(Condition.PERIODIC)) {
            return Optional.of(new Stop(Condition.PERIODIC, u.generation(), period.bitLength() < 64
                    ? period.longValue() : Long.MAX_VALUE));
        }
        return Optional.empty();
    }

    /**
     * The least period of {@code u}'s state, known to divide {@code bound}: divides out each prime
     * factor while a copy stepped by the quotient comes back to the same cells.
     */
    static BigInteger exactPeriod(Universe u, BigInteger bound) throws InterruptedException, UniverseException {
        String digest = u.digest();
        try (Universe copy = UniverseCopies.of(u)) {
            Universe.Snapshot base = copy.snapshot();
            BigInteger n = bound;
            for (BigInteger p : primeFactors(bound)) {
                while (n.mod(p).signum() == 0) {
                    BigInteger m = n.divide(p);
                    copy.restore(base);
                    copy.step(m);
                    if (!copy.digest().equals(digest)) {
                        break;
                    }
                    n = m;
                }
            }
            return n;
        }
    }

    /** The distinct prime factors of {@code n} (n ≥ 2; small factors by trial division, 2 first). */
    static java.util.List<BigInteger> primeFactors(BigInteger n) {
        java.util.List<BigInteger> out = new java.util.ArrayList<>();
        BigInteger two = BigInteger.TWO;
        if (n.getLowestSetBit() > 0) {
            out.add(two);
            n = n.shiftRight(n.getLowestSetBit());
        }
        BigInteger f = BigInteger.valueOf(3);
        while (f.multiply(f).compareTo(n) <= 0) {
            if (n.mod(f).signum() == 0) {
                out.add(f);
                while (n.mod(f).signum() == 0) {
                    n = n.divide(f);
                }
            }
            f = f.add(two);
        }
        if (n.compareTo(BigInteger.ONE) > 0) {
            out.add(n);
        }
        return out;
    }
}
