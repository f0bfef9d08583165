package lifefx.sim;

/**
 * How long one generation took. Immutable and thread-safe.
 *
 * @param generation the generation the step produced
 * @param strategy   the strategy's registry name
 * @param threads    the threads setting it ran with
 * @param cells      cells in the grid, so a rate in cell updates per second can be derived
 * @param nanos      wall-clock time of {@code GenerationStrategy.step}, in nanoseconds
 * @param endNanos   {@link System#nanoTime()} when the step ended, for rates over time
 */
public record StepTiming(long generation, String strategy, int threads, long cells, long nanos, long endNanos) {

    public StepTiming {
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
