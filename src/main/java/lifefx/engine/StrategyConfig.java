package lifefx.engine;

/**
 * Settings shared by every strategy.
 *
 * @param threads K: worker threads for {@code queue} and {@code thread-pool}, bands for {@code
 *                bands}; strategies that make one thread per cell ignore it
 */
public record StrategyConfig(int threads) {

    /** Most threads a user may ask for. */
    public static final int MAX_THREADS = 4096;

    /** The article's five threads. */
    public static final StrategyConfig DEFAULT = new StrategyConfig(5);

    public StrategyConfig {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", got " + threads);
        }
    }
}
