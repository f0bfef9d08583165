package lifefx.sim;

import java.util.Arrays;
import java.util.Objects;

/**
 * The live measurement behind {@link ScheduleFrame#overhead()}: which steps run without the
 * recorder while it is on, and the recent times per generation of both kinds. Keeps {@value
 * #WINDOW} of each in rings and forgets them all when the run changes (strategy, threads, size,
 * rule, I/O), because steps of another run are no baseline.
 *
 * <p><b>Threading:</b> the stepping thread only. Costs O({@value #WINDOW}) per frame (a sort).
 */
final class ScheduleCost {

    /** One step in this many runs without the recorder while recording is on. */
    static final int PLAIN_EVERY = 4;
    /** Steps of each kind remembered. */
    static final int WINDOW = 32;

    private final long[] recorded = new long[WINDOW];
    private final long[] plain = new long[WINDOW];
    private int recordedCount;
    private int plainCount;
    private long steps;
    private Object run;

    /** Whether the next step should run without the recorder (one in {@link #PLAIN_EVERY}). */
    boolean nextIsPlain() {
        return steps % PLAIN_EVERY == PLAIN_EVERY - 1;
    }

    /**
     * Notes a step of {@code run} (anything that equals itself for the same run) that took {@code
     * nanosPerGeneration}, with or without the recorder.
     */
    void add(Object run, boolean withRecorder, long nanosPerGeneration) {
        if (!Objects.equals(run, this.run)) {
            this.run = run;
            recordedCount = 0;
            plainCount = 0;
        }
        steps++;
        if (withRecorder) {
            recorded[recordedCount++ % WINDOW] = nanosPerGeneration;
        } else {
            plain[plainCount++ % WINDOW] = nanosPerGeneration;
        }
    }

    /** Forgets every sample (recording was switched off or on). */
    void clear() {
        recordedCount = 0;
        plainCount = 0;
        steps = 0;
        run = null;
    }

    ScheduleFrame frame(lifefx.engine.ScheduleMap map) {
        int r = Math.min(recordedCount, WINDOW);
        int p = Math.min(plainCount, WINDOW);
        return new ScheduleFrame(map, median(recorded, r), r, median(plain, p), p);
    }

    private static long median(long[] ring, int n) {
        if (n == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(ring, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
