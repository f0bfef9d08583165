package lifefx.sim;

import java.util.Arrays;
import java.util.List;

/**
 * The last {@value #CAPACITY} step timings of the current run, oldest first. Immutable and
 * thread-safe.
 *
 * <p>A snapshot carries the window rather than finished figures because the simulation may publish
 * far more snapshots than anyone reads (tens of thousands a second on a small grid, against sixty
 * frames); {@link #stats()} does the sorting only for the snapshots someone looks at.
 */
public final class TimingWindow {

    /** Steps a window holds. */
    public static final int CAPACITY = 100;

    /** No steps. */
    public static final TimingWindow EMPTY = new TimingWindow(new StepTiming[0]);

    private final StepTiming[] steps;

    private TimingWindow(StepTiming[] steps) {
        this.steps = steps;
    }

    /** The window after {@code step}: appended, with the oldest dropped beyond {@link #CAPACITY}. */
    public TimingWindow plus(StepTiming step) {
        int keep = Math.min(steps.length, CAPACITY - 1);
        StepTiming[] next = new StepTiming[keep + 1];
        System.arraycopy(steps, steps.length - keep, next, 0, keep);
        next[keep] = step;
        return new TimingWindow(next);
    }

    /** The steps, oldest first. */
    public List<StepTiming> steps() {
        return List.of(steps);
    }

    public int size() {
        return steps.length;
    }

    /** The newest step, or {@code null}. */
    public StepTiming last() {
        return steps.length == 0 ? null : steps[steps.length - 1];
    }

    /** Last, mean, p95 and rates over the window; {@link TimingStats#NONE} when it is empty. */
    public TimingStats stats() {
        int n = steps.length;
        if (n == 0) {
            return TimingStats.NONE;
        }
        long[] nanos = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            nanos[i] = steps[i].nanos();
            sum += nanos[i];
        }
        Arrays.sort(nanos);
        double mean = sum / (double) n / 1e6;
        // Nearest rank: the smallest value with at least 95 % of the values at or below it.
        double p95 = nanos[(int) Math.ceil(0.95 * n) - 1] / 1e6;
        StepTiming last = steps[n - 1];
        double gensPerSecond;
        if (n >= 2) {
            long span = last.endNanos() - steps[0].endNanos();
            double gens = 0;
            for (int i = 1; i < n; i++) {
                gens += steps[i].generations();
            }
            gensPerSecond = span > 0 ? gens * 1e9 / span : 0;
        } else {
            gensPerSecond = last.nanos() > 0 ? last.generations() * 1e9 / last.nanos() : 0;
        }
        double cellUpdates = mean > 0 ? last.cells() * last.generations() / (mean / 1e3) : 0;
        return new TimingStats(n, last, mean, p95, gensPerSecond, cellUpdates);
    }
}
