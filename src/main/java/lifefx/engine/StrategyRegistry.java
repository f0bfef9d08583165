package lifefx.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;

/**
 * The one list of strategies that the CLI ({@code strategies}, {@code run --strategy}, {@code bench
 * --strategies}) and the window's picker all read, so a strategy added here shows up everywhere.
 * Immutable and thread-safe.
 */
public final class StrategyRegistry {

    /** How many cell calls a strategy can have in flight at once, by its design. */
    @FunctionalInterface
    public interface InFlightBound {
        /** At least 1 and at most {@code size.cells()}. */
        int maxInFlight(StrategyConfig config, GridSize size);
    }

    /** Makes the state a torus universe keeps for a strategy between generations. */
    @FunctionalInterface
    public interface StateFactory {
        /**
         * A new state holding {@code start} for {@code entry}'s strategy, stepped with {@code logic}.
         * The state owns whatever it creates and ends it on {@link TorusState#close()}.
         */
        TorusState open(Entry entry, Grid start, StrategyConfig config, CellLogic logic);

        /** The per-cell default: the byte grid, stepped by a new instance of the entry's strategy. */
        StateFactory GRID = (entry, start, config, logic) -> TorusState.ofGrid(start, entry.create(config), logic);
    }

    /**
     * One registered strategy.
     *
     * @param name        the user-facing name, lower case with dashes
     * @param description one line for pickers and {@code strategies}
     * @param usesThreads whether {@link StrategyConfig#threads()} changes what it does
     * @param factory     makes a new, independent instance
     * @param inFlight    how many cell calls it can have in flight at once
     * @param states      makes the state a torus universe keeps between generations
     */
    public record Entry(String name, String description, boolean usesThreads,
                        Function<StrategyConfig, GenerationStrategy> factory, InFlightBound inFlight,
                        StateFactory states) {

        /** An entry whose torus state is the byte grid ({@link StateFactory#GRID}). */
        public Entry(String name, String description, boolean usesThreads,
                     Function<StrategyConfig, GenerationStrategy> factory, InFlightBound inFlight) {
            this(name, description, usesThreads, factory, inFlight, StateFactory.GRID);
        }

        public GenerationStrategy create(StrategyConfig config) {
            return factory.apply(config);
        }

        /**
         * The state a torus universe keeps for this strategy, holding {@code start}: the byte grid
         * for the per-cell strategies, 64-cell words for {@code packed} with pure logic.
         */
        public TorusState openTorus(Grid start, StrategyConfig config, CellLogic logic) {
            return states.open(this, start, config, logic);
        }

        /**
         * Most cell calls this strategy can have in flight at once on a grid of {@code size}: 1 for
         * {@code sequential}, K for the strategies with K threads (or bands, at most one per row),
         * the live-thread wave for {@code thread-per-cell} and {@code virtual-threads}. Cell I/O
         * sizes its connection pool by it, and {@code bench} its estimate of the waiting time.
         * Always between 1 and {@code size.cells()}.
         */
        public int maxInFlight(StrategyConfig config, GridSize size) {
            int n = inFlight.maxInFlight(config, size);
            return Math.max(1, Math.min(n, size.cells()));
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(SequentialStrategy.NAME,
                    "one thread, cell by cell: the article's baseline", false,
                    c -> new SequentialStrategy(), (c, size) -> 1),
            new Entry(ThreadPerCellStrategy.NAME,
                    "a new platform thread for every cell of every generation, in waves of at most "
                            + ThreadPerCellStrategy.MAX_LIVE_THREADS + " live threads", false,
                    c -> new ThreadPerCellStrategy(), (c, size) -> ThreadPerCellStrategy.MAX_LIVE_THREADS),
            new Entry(QueueWorkersStrategy.NAME,
                    "K long-lived worker threads fed cell jobs through a BlockingQueue, results on an output queue",
                    true, QueueWorkersStrategy::new, (c, size) -> c.threads()),
            new Entry(ThreadPoolStrategy.NAME,
                    "a fixed pool of K platform threads, one submitted task per cell (ThreadPoolExecutor)",
                    true, ThreadPoolStrategy::new, (c, size) -> c.threads()),
            new Entry(VirtualThreadPerCellStrategy.NAME,
                    "one virtual thread per cell, fanned out and joined: the article's async cell tasks",
                    false, c -> new VirtualThreadPerCellStrategy(),
                    (c, size) -> VirtualThreadPerCellStrategy.waveSize(size.cells())),
            new Entry(BandedStrategy.NAME,
                    "K virtual threads, each computing a horizontal band of rows", true,
                    BandedStrategy::new, (c, size) -> Math.min(c.threads(), size.height())),
            new Entry(PackedStrategy.NAME,
                    "bit-parallel: 64 cells per machine word, K virtual threads over bands of rows", true,
                    PackedStrategy::new, (c, size) -> Math.min(c.threads(), size.height()),
                    (entry, start, config, logic) -> logic.pureRule() != null
                            ? new PackedState(start, logic.pureRule(), config)
                            : StateFactory.GRID.open(entry, start, config, logic)),
            new Entry(PackedTilesStrategy.NAME,
                    "bit-parallel like packed, recomputing only the 64x32 tiles that can change (as Golly's QuickLife)",
                    true, PackedTilesStrategy::new, (c, size) -> Math.min(c.threads(), size.height()),
                    (entry, start, config, logic) -> logic.pureRule() != null
                            ? new PackedTilesState(start, logic.pureRule(), config)
                            : StateFactory.GRID.open(entry, start, config, logic)));

    private StrategyRegistry() {
    }

    /** Every strategy, in the order pickers list them. */
    public static List<Entry> all() {
        return ENTRIES;
    }

    /** Every name, in order. */
    public static List<String> names() {
        return ENTRIES.stream().map(Entry::name).toList();
    }

    public static Optional<Entry> find(String name) {
        return ENTRIES.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The entry for {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown strategy and listing the known ones
     */
    public static Entry get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown strategy '" + name
                + "': expected one of " + ENTRIES.stream().map(Entry::name).collect(Collectors.joining(", "))));
    }
}
