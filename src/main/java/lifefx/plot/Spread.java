package lifefx.plot;

import java.util.Arrays;

/**
 * A median with the smallest and largest value it was taken from: how {@code bench} reports a
 * figure measured several times (generations of one run, or rounds of {@code --repeat}). A value;
 * thread-safe.
 *
 * @param median the median (the mean of the middle two for an even count)
 * @param min    the smallest value
 * @param max    the largest value
 * @param count  how many values; 0 for {@link #NONE}, whose figures are NaN
 */
public record Spread(double median, double min, double max, int count) {

    /** No values: every figure NaN. */
    public static final Spread NONE = new Spread(Double.NaN, Double.NaN, Double.NaN, 0);

    public Spread {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, got " + count);
        }
        if (count > 0 && !(min <= median && median <= max)) {
            throw new IllegalArgumentException("expected min <= median <= max, got " + min + ", " + median + ", " + max);
        }
    }

    /** The spread of {@code values} (not changed); {@link #NONE} when there are none. NaN values are ignored. */
    public static Spread of(double... values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return NONE;
        }
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Spread(median, v[0], v[n - 1], n);
    }

    /** The spread of {@code values}, each multiplied by {@code scale} (e.g. nanoseconds to milliseconds). */
    public static Spread of(long[] values, double scale) {
        return of(Arrays.stream(values).mapToDouble(x -> x * scale).toArray());
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Every figure multiplied by {@code factor} (positive). */
    public Spread times(double factor) {
        return isEmpty() ? this : new Spread(median * factor, min * factor, max * factor, count);
    }
}
