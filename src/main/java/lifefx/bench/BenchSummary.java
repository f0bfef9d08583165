package lifefx.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lifefx.plot.Spread;

/**
 * One strategy on one grid and I/O mode over every round of {@code bench --repeat}: the median,
 * fastest and slowest of the rounds' own medians, and the speed-up against a baseline strategy
 * taken <em>pair by pair</em>: round k's baseline over round k's strategy, then the median, min and
 * max of those ratios. Pairing cancels what drifts between rounds (other load on the machine,
 * the clock), which a ratio of two medians would not. A value; thread-safe.
 *
 * @param benchCase         what was measured (the first round's case)
 * @param rounds            each round's result, in round order (empty when skipped)
 * @param skipped           why the case was not run, or {@code null}
 * @param msPerStep         the rounds' median ms per generation: their median, min and max
 * @param warmupMs          the rounds' warm-up totals in ms: their median, min and max
 * @param baseline          the strategy the speed-up is against, or {@code null} for none
 * @param speedup           baseline time over this strategy's time, per round pair (2 = twice as
 *                          fast as the baseline); {@link Spread#NONE} when no pair was measured
 * @param floorMs           the least a generation can take by design with this I/O: the cell calls
 *                          in waves of as many as the strategy can have in flight, each wave one
 *                          latency; NaN without latency
 * @param matchesSequential whether every round's final grid equals the reference
 */
public record BenchSummary(BenchCase benchCase, List<BenchResult> rounds, String skipped, Spread msPerStep,
                           Spread warmupMs, String baseline, Spread speedup, double floorMs,
                           boolean matchesSequential) {

    public BenchSummary {
        Objects.requireNonNull(benchCase);
        rounds = List.copyOf(rounds);
    }

    public boolean wasSkipped() {
        return skipped != null;
    }

    /** The most cell calls in flight at once in any round. */
    public int peakInFlight() {
        return rounds.stream().mapToInt(BenchResult::peakInFlight).max().orElse(0);
    }

    /** Cell updates per second at the median ms per generation. */
    public double cellUpdatesPerSecond() {
        return benchCase.grid().cells() / (msPerStep.median() / 1e3);
    }

    /** Every generation's time in every round, in ms: for one round, the spread a plot shows. */
    public Spread generationsMs() {
        return Spread.of(rounds.stream().flatMapToLong(r -> java.util.Arrays.stream(r.nanos()))
                .mapToDouble(n -> n / 1e6).toArray());
    }

    /**
     * Groups {@code results} (any rounds, any order) by everything but the round, keeping the order
     * in which each group first appears, and summarises each against {@code baseline} (a strategy
     * name, or {@code null} for no speed-up).
     */
    public static List<BenchSummary> summarise(List<BenchResult> results, String baseline) {
        Map<BenchCase, List<BenchResult>> groups = new LinkedHashMap<>();
        for (BenchResult r : results) {
            groups.computeIfAbsent(r.benchCase(), k -> new ArrayList<>()).add(r);
        }
        List<BenchSummary> out = new ArrayList<>();
        for (Map.Entry<BenchCase, List<BenchResult>> e : groups.entrySet()) {
            BenchCase c = e.getKey();
            List<BenchResult> measured = e.getValue().stream().filter(r -> !r.wasSkipped())
                    .sorted(java.util.Comparator.comparingInt(BenchResult::round)).toList();
            double floor = floorMillis(c);
            if (measured.isEmpty()) {
                out.add(new BenchSummary(c, List.of(), e.getValue().getFirst().skipped(), Spread.NONE, Spread.NONE,
                        baseline, Spread.NONE, floor, true));
                continue;
            }
            Spread ms = Spread.of(measured.stream().mapToDouble(BenchResult::msPerStep).toArray());
            Spread warm = Spread.of(measured.stream().mapToDouble(BenchResult::warmupMillis).toArray());
            Spread ratio = Spread.NONE;
            if (baseline != null) {
                List<BenchResult> base = groups.getOrDefault(
                        new BenchCase(baseline, c.grid(), c.steps(), c.warmup(), c.threads(), c.io()), List.of());
                List<Double> ratios = new ArrayList<>();
                for (BenchResult r : measured) {
                    base.stream().filter(b -> b.round() == r.round() && !b.wasSkipped()).findFirst()
                            .ifPresent(b -> ratios.add(b.msPerStep() / r.msPerStep()));
                }
                ratio = Spread.of(ratios.stream().mapToDouble(Double::doubleValue).toArray());
            }
            boolean ok = measured.stream().allMatch(BenchResult::matchesSequential);
            out.add(new BenchSummary(c, measured, null, ms, warm, baseline, ratio, floor, ok));
        }
        return out;
    }

    /** See {@link #floorMs()}. */
    static double floorMillis(BenchCase c) {
        long latency = c.io().latencyNanos();
        if (latency <= 0) {
            return Double.NaN;
        }
        long waves = (c.grid().cells() + Bench.concurrency(c) - 1) / Bench.concurrency(c);
        return waves * latency / 1e6;
    }
}
