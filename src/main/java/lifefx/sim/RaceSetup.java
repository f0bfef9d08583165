package lifefx.sim;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import lifefx.cellio.CellIoMode;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;

/**
 * What a {@link Race} runs: the strategies, the one start grid they all step from, the rule, the
 * cell I/O, the threads and how many generations. A value; validated when made, with one-line
 * messages fit for a user. Immutable and thread-safe.
 *
 * @param strategies  registry names, each once, in lane order
 * @param baseline    the strategy the others' times are divided by; one of {@code strategies}
 * @param start       the cells every lane starts from (its generation is ignored: a race counts
 *                    its own generations from 0)
 * @param startName   how the start is shown, such as {@code "soup 0.3:42 on 200x320"}
 * @param rule        the rule every lane computes
 * @param io          the cell I/O every lane's cell calls go through (each lane opens its own)
 * @param threads     K for the strategies that use threads
 * @param generations generations each lane steps, 1 to {@value #MAX_GENERATIONS}
 */
public record RaceSetup(List<String> strategies, String baseline, Grid start, String startName, Rule rule,
                        CellIoMode io, int threads, int generations) {

    /** Most generations a race may run: the lanes keep one time per generation. */
    public static final int MAX_GENERATIONS = 1_000_000;

    /** Seconds of designed I/O waiting over all lanes beyond which a race is refused. */
    public static final double MAX_IO_SECONDS = 600;

    public RaceSetup {
        strategies = List.copyOf(strategies);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(startName, "startName");
        rule = Objects.requireNonNull(rule, "rule").withoutTorus();
        check(strategies, baseline, start.size(), io, threads, generations);
    }

    /**
     * Checks a setup before its start grid exists (a form checks on every key; a grid costs a byte
     * per cell): the same checks as the constructor, with the same messages.
     *
     * @throws IllegalArgumentException with one line saying what is wrong
     */
    public static void check(List<String> strategies, String baseline, GridSize size, CellIoMode io, int threads,
                             int generations) {
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("choose at least one strategy to race");
        }
        if (new HashSet<>(strategies).size() != strategies.size()) {
            throw new IllegalArgumentException("each strategy may race once, got " + strategies);
        }
        strategies.forEach(StrategyRegistry::get);
        Objects.requireNonNull(baseline, "baseline");
        if (!strategies.contains(baseline)) {
            throw new IllegalArgumentException("the baseline '" + baseline + "' must be one of the strategies raced: "
                    + String.join(", ", strategies));
        }
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(io, "io");
        new StrategyConfig(threads); // validates, with its own message
        if (generations < 1 || generations > MAX_GENERATIONS) {
            throw new IllegalArgumentException("generations must be between 1 and " + MAX_GENERATIONS + ", got "
                    + generations);
        }
        double wait = ioSeconds(strategies, size, io, threads, generations);
        if (wait > MAX_IO_SECONDS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the cell I/O alone would wait about %,.0f s over all lanes (%,d cells a generation); the limit is"
                            + " %,.0f s: use a smaller grid, fewer generations or a shorter latency",
                    wait, size.cells(), MAX_IO_SECONDS));
        }
    }

    /**
     * The time the designed I/O waits, summed over the lanes: per lane and generation, the cells
     * in batches of as many calls as the strategy can have in flight ({@link
     * StrategyRegistry.Entry#maxInFlight}), each batch one latency.
     */
    static double ioSeconds(List<String> strategies, GridSize size, CellIoMode io, int threads, int generations) {
        long latency = io.latencyNanos();
        if (latency == 0) {
            return 0;
        }
        double total = 0;
        StrategyConfig config = new StrategyConfig(threads);
        for (String s : strategies) {
            int atOnce = StrategyRegistry.get(s).maxInFlight(config, size);
            total += (double) generations * Math.ceil((double) size.cells() / atOnce) * latency / 1e9;
        }
        return total;
    }

    /** The configuration every lane's strategy gets. */
    public StrategyConfig config() {
        return new StrategyConfig(threads);
    }
}
