package lifefx.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one list of strategies that the CLI ({@code strategies}, {@code run --strategy}, {@code bench
 * --strategies}) and the window's picker all read, so a strategy added here shows up everywhere.
 * Immutable and thread-safe.
 */
public final class StrategyRegistry {

    /**
     * One registered strategy.
     *
     * @param name        the user-facing name, lower case with dashes
     * @param description one line for pickers and {@code strategies}
     * @param usesThreads whether {@link StrategyConfig#threads()} changes what it does
     * @param factory     makes a new, independent instance
     */
    public record Entry(String name, String description, boolean usesThreads,
                        Function<StrategyConfig, GenerationStrategy> factory) {

        public GenerationStrategy create(StrategyConfig config) {
            return factory.apply(config);
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(SequentialStrategy.NAME,
                    "one thread, cell by cell: the article's baseline", false,
                    c -> new SequentialStrategy()),
            new Entry(ThreadPerCellStrategy.NAME,
                    "a new platform thread for every cell of every generation, in waves of at most "
                            + ThreadPerCellStrategy.MAX_LIVE_THREADS + " live threads", false,
                    c -> new ThreadPerCellStrategy()),
            new Entry(QueueWorkersStrategy.NAME,
                    "K long-lived worker threads fed cell jobs through a BlockingQueue, results on an output queue",
                    true, QueueWorkersStrategy::new),
            new Entry(ThreadPoolStrategy.NAME,
                    "a fixed pool of K platform threads, one submitted task per cell (ThreadPoolExecutor)",
                    true, ThreadPoolStrategy::new),
            new Entry(VirtualThreadPerCellStrategy.NAME,
                    "one virtual thread per cell, fanned out and joined: the article's async cell tasks",
                    false, c -> new VirtualThreadPerCellStrategy()),
            new Entry(BandedStrategy.NAME,
                    "K virtual threads, each computing a horizontal band of rows", true,
                    BandedStrategy::new),
            new Entry(PackedStrategy.NAME,
                    "bit-parallel: 64 cells per machine word, K virtual threads over bands of rows", true,
                    PackedStrategy::new));

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
