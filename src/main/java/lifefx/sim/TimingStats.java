package lifefx.sim;

/**
 * Summary of the last steps of one run. Immutable and thread-safe.
 *
 * @param steps                how many steps the figures cover (at most {@link
 *                             TimingWindow#CAPACITY})
 * @param last                 the newest step, or {@code null} when there is none yet
 * @param meanMillis           mean step time over the window, ms
 * @param p95Millis            95th percentile step time over the window (nearest rank), ms
 * @param generationsPerSecond generations actually produced per second of wall clock, measured from
 *                             the first to the last step end in the window; this includes any
 *                             speed limit and the loop's own overhead, so it is what the user sees
 * @param cellUpdatesPerSecond cells per step divided by the mean step time: the strategy's own
 *                             throughput, without the speed limit
 */
public record TimingStats(int steps, StepTiming last, double meanMillis, double p95Millis,
                          double generationsPerSecond, double cellUpdatesPerSecond) {

    /** No steps yet. */
    public static final TimingStats NONE = new TimingStats(0, null, 0, 0, 0, 0);
}
