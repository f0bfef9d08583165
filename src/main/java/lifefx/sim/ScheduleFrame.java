package lifefx.sim;

import java.util.OptionalDouble;
import lifefx.engine.ScheduleMap;

/**
 * What the window's schedule map shows: the last recorded generation's {@link ScheduleMap}, and
 * what recording costs, measured live on the steps of this run. Present in a {@link Snapshot}
 * only while recording is on ({@link Simulation#recordSchedule}).
 *
 * <p><b>How the cost is measured.</b> While recording is on, every {@value ScheduleCost#PLAIN_EVERY}th
 * step runs without the recorder; the loop keeps the time per generation of the last
 * {@value ScheduleCost#WINDOW} steps of each kind (same strategy, threads, size, rule and I/O;
 * a change of any of them starts afresh) and compares their medians. So the figure compares
 * neighbouring steps of the same run, not a bench on another day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param map             the last generation recorded to its end, or null when none has been yet
 *                        (just switched on, or a universe whose strategy records nothing: hashlife,
 *                        {@code packed} and {@code packed-tiles} on words)
 * @param recordedNanos   median time per generation of the recent recorded steps, or 0 when none
 * @param recordedSamples how many recorded steps that median is of
 * @param plainNanos      median time per generation of the recent steps without the recorder, or 0
 * @param plainSamples    how many such steps
 */
public record ScheduleFrame(ScheduleMap map, long recordedNanos, int recordedSamples, long plainNanos,
                            int plainSamples) {

    /** Fewest samples of each kind before an overhead is given. */
    public static final int MIN_SAMPLES = 3;

    public ScheduleFrame {
        if (recordedSamples < 0 || plainSamples < 0 || recordedNanos < 0 || plainNanos < 0) {
            throw new IllegalArgumentException("negative timing in a schedule frame");
        }
    }

    /** Recording's cost as a fraction of the step time without it (0.05 is +5%), once both kinds have samples. */
    public OptionalDouble overhead() {
        if (recordedSamples < MIN_SAMPLES || plainSamples < MIN_SAMPLES || plainNanos == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) recordedNanos / plainNanos - 1);
    }

    /** One line for the legend: "recording: +4% step time (1.21 ms vs 1.16 ms, medians of 24 and 8 steps)". */
    public String describeCost() {
        OptionalDouble o = overhead();
        if (o.isEmpty()) {
            return "recording: cost not measured yet (" + recordedSamples + " recorded, " + plainSamples
                    + " plain steps)";
        }
        return String.format(java.util.Locale.ROOT, "recording: %+.0f%% step time (%s vs %s, medians of %d and %d steps)",
                o.getAsDouble() * 100, millis(recordedNanos), millis(plainNanos), recordedSamples, plainSamples);
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, nanos >= 10_000_000 ? "%.0f ms" : "%.3g ms", nanos / 1e6);
    }
}
