package lifefx.bench;

import java.util.OptionalDouble;

/**
 * What one {@link BenchCase} measured, or why it was skipped.
 *
 * @param benchCase            what was measured
 * @param seconds              total wall-clock seconds of the timed generations
 * @param msPerStep            the median of the per-generation times, in milliseconds
 * @param cellUpdatesPerSecond cells × steps / seconds
 * @param peakInFlight         most cell calls in flight at once, measured (0 with no I/O)
 * @param matchesSequential    whether the final grid equals the one a reference run computes
 * @param skipped              why the case was not run, or {@code null} when it was
 */
public record BenchResult(BenchCase benchCase, double seconds, double msPerStep, double cellUpdatesPerSecond,
                          int peakInFlight, boolean matchesSequential, String skipped) {

    public static BenchResult skipped(BenchCase c, String reason) {
        return new BenchResult(c, Double.NaN, Double.NaN, Double.NaN, 0, true, reason);
    }

    public boolean wasSkipped() {
        return skipped != null;
    }

    /** The article's Python seconds for the same strategy, grid and step count, if it has one. */
    public OptionalDouble pythonSeconds() {
        if (!benchCase.io().name().equals("none")) {
            return OptionalDouble.empty();
        }
        return ArticleFigures.pythonSeconds(benchCase.strategy(), benchCase.grid(), benchCase.steps());
    }
}
