package lifefx.bench;

/**
 * What one size of a {@code bench --scaling} series measured, or why the series stopped there.
 *
 * @param strategy          registry name
 * @param side              the square torus's side (height and width)
 * @param warmup            untimed generations run first
 * @param steps             timed generations, each measured on its own
 * @param medianNanos       the median of the timed generations, in nanoseconds
 * @param minNanos          the fastest timed generation
 * @param maxNanos          the slowest timed generation
 * @param totalSeconds      wall-clock seconds this size took in all: start, warm-up, timed steps, check
 * @param matchesSequential whether the final grid equals the reference run's
 * @param stopped           why this size was not run (the heap, or the previous size took the budget),
 *                          or {@code null} when it was
 */
public record ScalingResult(String strategy, int side, int warmup, int steps, double medianNanos, double minNanos,
                            double maxNanos, double totalSeconds, boolean matchesSequential, String stopped) {

    /** A size not run, and why; it ends its strategy's series. */
    public static ScalingResult stopped(String strategy, int side, String reason) {
        return new ScalingResult(strategy, side, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, true, reason);
    }

    public boolean wasStopped() {
        return stopped != null;
    }

    /** Cells in the torus: side². */
    public long cells() {
        return (long) side * side;
    }

    /** Median nanoseconds per cell update: the median generation over the cells. */
    public double nanosPerCellUpdate() {
        return medianNanos / cells();
    }

    /** Cell updates per second at the median generation. */
    public double cellUpdatesPerSecond() {
        return cells() / (medianNanos / 1e9);
    }
}
