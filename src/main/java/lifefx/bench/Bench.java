package lifefx.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import lifefx.cellio.CellIo;
import lifefx.cellio.CellIoMode;
import lifefx.cellio.DurationText;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.PackedStrategy;
import lifefx.engine.StepFailedException;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.engine.ThreadPerCellStrategy;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.universe.TorusUniverse;
import lifefx.universe.Universe;
import lifefx.universe.UniverseException;

/**
 * Times strategies on the same start grid (the caller's: by default the article's glider at the top-left of each torus). The
 * reference for the correctness check is computed once per grid by {@code packed} with pure
 * logic; every measured strategy's final grid must equal it.
 *
 * <p>Called from one thread (the CLI's). Each case creates and closes its own strategy and I/O.
 */
public final class Bench {

    /**
     * Platform threads a {@code thread-per-cell} case may start before it is skipped. At about
     * 90 µs per thread on this 2-core machine, 2,000,000 is about three minutes; 500×900 × 100
     * generations would be 45,000,000 threads, over an hour, so it is skipped as the article did.
     */
    public static final long MAX_PLATFORM_THREADS = 2_000_000;

    /** Seconds of designed I/O waiting a case may need before it is skipped. */
    public static final double MAX_IO_SECONDS = 300;

    /** Measured cost of one platform thread (create, start, join) here, for the skip estimate. */
    static final double PLATFORM_THREAD_SECONDS = 90e-6;

    private Bench() {
    }

    /** The article's start: a glider at (0,3), (1,4), (2,2), (2,3), (2,4) on a torus of {@code size}. */
    public static Grid articleStart(GridSize size) {
        Grid.Builder b = new Grid.Builder(size);
        b.set(0, 3, true).set(1, 4, true).set(2, 2, true).set(2, 3, true).set(2, 4, true);
        return b.build(0);
    }

    /** Why a case would take unreasonably long, or empty when it should run. */
    public static Optional<String> skipReason(BenchCase c) {
        long cells = c.grid().cells();
        long generations = (long) c.steps() + c.warmup();
        if (c.strategy().equals(ThreadPerCellStrategy.NAME) && cells * generations > MAX_PLATFORM_THREADS) {
            return Optional.of(String.format(java.util.Locale.ROOT,
                    "would start %,d platform threads (one per cell per generation), about %,.0f s at ~90 us each;"
                            + " limit %,d (the article did not run it either)",
                    cells * generations, cells * generations * PLATFORM_THREAD_SECONDS, MAX_PLATFORM_THREADS));
        }
        long latency = c.io().latencyNanos();
        if (latency > 0) {
            long atOnce = concurrency(c);
            double seconds = generations * Math.ceil((double) cells / atOnce) * latency / 1e9;
            if (seconds > MAX_IO_SECONDS) {
                return Optional.of(String.format(java.util.Locale.ROOT,
                        "would wait about %,.0f s: %,d cell calls of %s per generation, at most %,d at a time; limit %,.0f s",
                        seconds, cells, DurationText.format(latency), atOnce, MAX_IO_SECONDS));
            }
        }
        return Optional.empty();
    }

    /** Most cell calls the strategy can have in flight at once, by its design: the registry says. */
    static long concurrency(BenchCase c) {
        return StrategyRegistry.get(c.strategy()).maxInFlight(new StrategyConfig(c.threads()), c.grid());
    }

    /**
     * The reference final grid for {@code start} after {@code generations}, by {@code packed}.
     */
    public static Grid reference(Grid start, int generations) throws InterruptedException {
        try (GenerationStrategy s = new PackedStrategy(new StrategyConfig(2))) {
            Grid g = start;
            for (int i = 0; i < generations; i++) {
                g = s.step(g, CellLogic.of(Rule.CONWAY));
            }
            return g;
        } catch (StepFailedException e) {
            throw new IllegalStateException("the reference run cannot fail with pure logic", e);
        }
    }

    /**
     * Runs one case: the warm-up generations, then the timed ones, each generation measured on its
     * own (the warm-up's times are reported apart and count in no figure but their own).
     *
     * @throws StepFailedException when a generation fails (for example the cell service stops)
     * @throws IOException         when the I/O mode cannot start (for example no free sockets)
     */
    public static BenchResult run(BenchCase c, Grid start, Grid expected)
            throws InterruptedException, StepFailedException, IOException {
        StrategyConfig config = new StrategyConfig(c.threads());
        long[] nanos = new long[c.steps()];
        long[] warmNanos = new long[c.warmup()];
        Grid g = start;
        int peak;
        try (CellIo io = CellIo.openFor(c.io(), StrategyRegistry.get(c.strategy()).maxInFlight(config, c.grid()));
             GenerationStrategy s = StrategyRegistry.get(c.strategy()).create(config)) {
            CellLogic logic = io.logic(Rule.CONWAY);
            for (int i = 0; i < c.warmup(); i++) {
                long t0 = System.nanoTime();
                g = s.step(g, logic);
                warmNanos[i] = System.nanoTime() - t0;
            }
            io.meter().resetPeak();
            for (int i = 0; i < c.steps(); i++) {
                long t0 = System.nanoTime();
                g = s.step(g, logic);
                nanos[i] = System.nanoTime() - t0;
            }
            peak = io.meter().peak();
        }
        double seconds = Arrays.stream(nanos).sum() / 1e9;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        double updates = (double) c.grid().cells() * c.steps() / seconds;
        return new BenchResult(c, seconds, median / 1e6, updates, peak, g.equals(expected), null, 0, warmNanos, nanos);
    }

    /**
     * Runs one unbounded-universe case: {@code warmup} untimed runs, then {@code runs} timed ones,
     * each on a fresh universe from {@code fresh} taken to the generation in one {@code step(n)},
     * after a {@link System#gc()} (untimed) that clears the earlier runs' trees.
     * Only the step is timed (building the universe from the pattern is not). Every run must give
     * the same population and bounding box (a digest would cost a second per 10^7 cells), and
     * the population must be Golly's where the case knows it.
     *
     * @throws UniverseException when a step cannot be done (the node budget, the heap)
     */
    public static UniverseResult runUniverse(UniverseCase c, Supplier<? extends Universe> fresh)
            throws InterruptedException, UniverseException {
        for (int i = 0; i < c.warmup(); i++) {
            try (Universe u = fresh.get()) {
                u.step(c.generations());
            }
        }
        long[] nanos = new long[c.runs()];
        BigInteger population = null;
        String box = null;
        boolean same = true;
        for (int i = 0; i < c.runs(); i++) {
            // The previous runs' trees are garbage by now; collected here, untimed, they do not
            // make a young collection inside this run copy them (HashLife keeps every node live,
            // so a pause costs about the live heap).
            System.gc();
            try (Universe u = fresh.get()) {
                long t0 = System.nanoTime();
                u.step(c.generations());
                nanos[i] = System.nanoTime() - t0;
                String d = u.bounds().toString();
                if (box == null) {
                    box = d;
                    population = u.population();
                } else {
                    same &= d.equals(box) && u.population().equals(population);
                }
            }
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        boolean golly = c.expected() == null || c.expected().equals(population);
        return new UniverseResult(c, median / 1e9, sorted[0] / 1e9, sorted[sorted.length - 1] / 1e9, population,
                same && golly ? "ok" : "MISMATCH");
    }

    /** Most untimed generations {@link #scalingPoint} runs while warming up, however small the grid. */
    public static final int SCALING_MAX_WARMUP = 100_000;

    /** Most timed generations {@link #scalingPoint} runs. */
    public static final int SCALING_MAX_STEPS = 2_000;

    /**
     * One size of a {@code bench --scaling} series: {@code strategy} with pure Conway logic from
     * {@code start}, stepped as a {@link TorusUniverse} steps it (as {@code run} and the window do:
     * {@code packed} keeps its words between generations, the per-cell strategies a byte grid).
     * Warm-up: at least {@code minWarmup} untimed generations, and more until {@code targetSeconds / 2}
     * have passed (at most {@value #SCALING_MAX_WARMUP}); their mean time sizes the timed part:
     * enough generations to fill about {@code targetSeconds}, at least {@code minSteps} and at most
     * {@value #SCALING_MAX_STEPS}, each timed on its own. The final grid is then checked against
     * {@code packed}'s torus taken the same number of generations in one step (untimed, but counted
     * in {@link ScalingResult#totalSeconds()}). Holds the start, the strategy's cells (one or two
     * generations) and the reference's: at most about five bytes per cell.
     *
     * @throws UniverseException when a generation fails
     */
    public static ScalingResult scalingPoint(String strategy, Grid start, int threads, int minWarmup, int minSteps,
                                             double targetSeconds) throws InterruptedException, UniverseException {
        if (start.height() != start.width()) {
            throw new IllegalArgumentException("a scaling point is square, got " + start.size());
        }
        long begin = System.nanoTime();
        int warm = 0;
        int steps;
        long[] nanos;
        Grid last;
        StrategyConfig config = new StrategyConfig(threads);
        try (TorusUniverse u = new TorusUniverse(start, Rule.CONWAY, strategy, config)) {
            long warmUntil = begin + (long) (targetSeconds / 2 * 1e9);
            long t0 = System.nanoTime();
            while (warm < minWarmup || (System.nanoTime() < warmUntil && warm < SCALING_MAX_WARMUP)) {
                u.step(BigInteger.ONE);
                warm++;
            }
            double perStep = warm == 0 ? Double.NaN : (System.nanoTime() - t0) / 1e9 / warm;
            steps = Double.isNaN(perStep) ? minSteps
                    : (int) Math.max(minSteps, Math.min(SCALING_MAX_STEPS, Math.ceil(targetSeconds / perStep)));
            nanos = new long[steps];
            for (int i = 0; i < steps; i++) {
                long t = System.nanoTime();
                u.step(BigInteger.ONE);
                nanos[i] = System.nanoTime() - t;
            }
            last = u.grid();
        }
        boolean same;
        try (TorusUniverse ref = new TorusUniverse(start, Rule.CONWAY, PackedStrategy.NAME, new StrategyConfig(2))) {
            ref.step(BigInteger.valueOf((long) warm + steps));
            same = last.sameCells(ref.grid());
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new ScalingResult(strategy, start.height(), warm, steps, median(sorted), sorted[0],
                sorted[sorted.length - 1], (System.nanoTime() - begin) / 1e9, same, null);
    }

    private static double median(long[] sorted) {
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

    /** The I/O description used in reports: {@code none}, {@code latency 1ms}, {@code socket 1ms}. */
    public static String describe(CellIoMode io) {
        return io.latencyNanos() == 0 ? io.name() : io.name() + " " + DurationText.format(io.latencyNanos());
    }
}
