package lifefx.bench;

import java.util.OptionalDouble;

/**
 * What one {@link BenchCase} measured in one round, or why it was skipped.
 *
 * <p>The arrays are the raw per-generation times that {@code --format json} carries, so that others
 * can redo the analysis; they are shared, not copied: do not change them.
 *
 * @param benchCase            what was measured
 * @param seconds              total wall-clock seconds of the timed generations
 * @param msPerStep            the median of the per-generation times, in milliseconds
 * @param cellUpdatesPerSecond cells × steps / seconds
 * @param peakInFlight         most cell calls in flight at once, measured (0 with no I/O)
 * @param matchesSequential    whether the final grid equals the one a reference run computes
 * @param skipped              why the case was not run, or {@code null} when it was
 * @param round                which round of {@code bench --repeat} this was, from 0
 * @param warmupNanos          each warm-up generation's time, in nanoseconds, in order
 * @param nanos                each timed generation's time, in nanoseconds, in order
 */
public record BenchResult(BenchCase benchCase, double seconds, double msPerStep, double cellUpdatesPerSecond,
                          int peakInFlight, boolean matchesSequential, String skipped, int round, long[] warmupNanos,
                          long[] nanos) {

    private static final long[] NONE = new long[0];

    /** A result without raw times, in round 0. */
    public BenchResult(BenchCase benchCase, double seconds, double msPerStep, double cellUpdatesPerSecond,
                       int peakInFlight, boolean matchesSequential, String skipped) {
        this(benchCase, seconds, msPerStep, cellUpdatesPerSecond, peakInFlight, matchesSequential, skipped, 0, NONE,
                NONE);
    }

    public static BenchResult skipped(BenchCase c, String reason) {
        return new BenchResult(c, Double.NaN, Double.NaN, Double.NaN, 0, true, reason);
    }

    /** This result as measured in round {@code r}. */
    public BenchResult inRound(int r) {
        return new BenchResult(benchCase, seconds, msPerStep, cellUpdatesPerSecond, peakInFlight, matchesSequential,
                skipped, r, warmupNanos, nanos);
    }

    public boolean wasSkipped() {
        return skipped != null;
    }

    /** The warm-up generations' total, in milliseconds (0 with no warm-up). */
    public double warmupMillis() {
        long sum = 0;
        for (long n : warmupNanos) {
            sum += n;
        }
        return sum / 1e6;
    }

    /** The article's Python seconds for the same strategy, grid and step count, if it has one. */
    public OptionalDouble pythonSeconds() {
        if (!benchCase.io().name().equals("none")) {
            return OptionalDouble.empty();
        }
        return ArticleFigures.pythonSeconds(benchCase.strategy(), benchCase.grid(), benchCase.steps());
    }
}
