package lifefx.sim;

/**
 * How long one generation took. Immutable and thread-safe.
 *
 * @param generation the generation the step produced
 * @param strategy   the strategy's registry name
 * @param threads    the threads setting it ran with
 * @param cells      cells one generation updates (a torus: its area; the plane: its live cells), so a
 *                   rate in cell updates per second can be derived
 * @param nanos      wall-clock time of {@code GenerationStrategy.step}, in nanoseconds
 * @param endNanos   {@link System#nanoTime()} when the step ended, for rates over time
 * @param generations generations the step advanced (2^k for a HashLife jump; may exceed a
 *                   {@code long}, so a double)
 */
public record StepTiming(long generation, String strategy, int threads, long cells, long nanos, long endNanos,
                         double generations) {

    /** A step of one generation. */
    public StepTiming(long generation, String strategy, int threads, long cells, long nanos, long endNanos) {
        this(generation, strategy, threads, cells, nanos, endNanos, 1);
    }

    public StepTiming {
        if (!(generations >= 1)) {
            throw new IllegalArgumentException("a step advances at least one generation, not " + generations);
        }
        if (nanos < 0) {
            throw new IllegalArgumentException("a step cannot take negative time: " + nanos);
        }
        if (strategy == null || strategy.isBlank()) {
            throw new IllegalArgumentException("a step timing needs its strategy's name");
        }
    }

    public double millis() {
        return nanos / 1e6;
    }
}
