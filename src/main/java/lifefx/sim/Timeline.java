package lifefx.sim;

import java.math.BigInteger;
import java.util.Objects;

/**
 * What a window's timeline shows of the recorded history of the run ({@link StepHistory}): the
 * generations one can step back or seek to, and what keeping them costs. An immutable value, part
 * of every {@link Snapshot}; any thread.
 *
 * @param earliest  the oldest generation that can be reached again (the start of the branch, or the
 *                  oldest keyframe kept when the budget evicted older ones)
 * @param latest    the newest generation computed on this branch; seeking beyond the shown
 *                  generation up to it recomputes from a keyframe
 * @param keyframes how many snapshots are kept
 * @param interval  K: one keyframe is kept per K generations (a power of two that doubles when the
 *                  budget is exceeded); reaching a generation between two keyframes recomputes at
 *                  most K - 1 generations when stepping one generation at a time
 * @param bytes     the estimated memory the keyframes hold
 * @param budget    the most {@code bytes} may reach before keyframes are thinned or evicted
 */
public record Timeline(BigInteger earliest, BigInteger latest, int keyframes, long interval, long bytes, long budget) {

    /** No history: a snapshot built outside a running simulation. */
    public static final Timeline NONE = new Timeline(BigInteger.ZERO, BigInteger.ZERO, 0, 1, 0, 0);

    public Timeline {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.compareTo(earliest) < 0) {
            throw new IllegalArgumentException("latest " + latest + " is before earliest " + earliest);
        }
        if (keyframes < 0 || interval < 1 || bytes < 0 || budget < 0) {
            throw new IllegalArgumentException("keyframes " + keyframes + ", interval " + interval + ", bytes " + bytes
                    + ", budget " + budget + ": none may be negative, and the interval is at least 1");
        }
    }

    /** Whether {@code generation} lies within the recorded range. */
    public boolean contains(BigInteger generation) {
        return generation.compareTo(earliest) >= 0 && generation.compareTo(latest) <= 0;
    }

    /** Generations in the range: latest - earliest. */
    public BigInteger span() {
        return latest.subtract(earliest);
    }
}
