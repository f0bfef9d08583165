package lifefx.sim;

import java.util.Arrays;

/**
 * The numbers a race reports for a list of per-generation values: count, minimum, quartiles
 * (median included) and maximum. Quartiles interpolate linearly between the two nearest ranks (the
 * usual "type 7" definition, also R's and NumPy's default), so the median of an even count is the
 * mean of the middle two. Stateless and thread-safe.
 */
public final class RaceStats {

    private RaceStats() {
    }

    /**
     * A summary of values. Empty ({@code count == 0}) when there were none: then every number is NaN.
     *
     * @param count  how many values
     * @param min    the smallest
     * @param q1     the 25th percentile
     * @param median the 50th percentile
     * @param q3     the 75th percentile
     * @param max    the largest
     */
    public record Summary(int count, double min, double q1, double median, double q3, double max) {

        /** A summary of no values. */
        public static final Summary EMPTY = new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        public boolean isEmpty() {
            return count == 0;
        }
    }

    /** The summary of the first {@code n} values of {@code values}. O(n log n); {@code values} is not changed. */
    public static Summary of(double[] values, int n) {
        if (n < 0 || n > values.length) {
            throw new IllegalArgumentException("n must be between 0 and " + values.length + ", got " + n);
        }
        if (n == 0) {
            return Summary.EMPTY;
        }
        double[] s = Arrays.copyOf(values, n);
        Arrays.sort(s);
        return new Summary(n, s[0], quantile(s, 0.25), quantile(s, 0.5), quantile(s, 0.75), s[n - 1]);
    }

    /** The summary of the first {@code n} times in nanoseconds, in milliseconds. */
    public static Summary millis(long[] nanos, int n) {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            ms[i] = nanos[i] / 1e6;
        }
        return of(ms, n);
    }

    /**
     * Ratios pair by pair: {@code a[i] / b[i]} for every generation both completed ({@code i <
     * min(na, nb)}). Pairing by generation keeps a slow stretch of the machine (another process, a
     * collection) from favouring whichever lane it happened not to hit, since both lanes of a pair
     * ran one right after the other.
     */
    public static double[] ratios(long[] a, int na, long[] b, int nb) {
        int n = Math.min(na, nb);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = b[i] == 0 ? Double.POSITIVE_INFINITY : (double) a[i] / b[i];
        }
        return r;
    }

    /** The {@code p} quantile (0..1) of sorted, non-empty {@code s}, interpolating between ranks. */
    static double quantile(double[] s, double p) {
        double pos = p * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
