package lifefx.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.chart.ValueAxis;

/**
 * A logarithmic value axis for JavaFX charts, which have none: equal ratios take equal lengths, so
 * 0.01 ms and 8000 ms share one chart without the small values flattening onto the floor. Major
 * ticks at every power of ten (and at 2 and 5 times it when the axis spans three decades or less),
 * minor ticks at the other whole multiples; labels plain decimals ({@code 0.01}, {@code 1,000}) or
 * {@code 1e9} beyond six digits. Auto-ranging rounds the data's smallest and largest positive
 * values out to whole decades; values of 0 or below, which a log axis cannot show, are drawn at the
 * lower bound. FX thread only, as every node.
 */
public final class LogAxis extends ValueAxis<Number> {

    /** An auto-ranging axis. */
    public LogAxis() {
        setMinorTickCount(9);
        setLowerBound(1);
        setUpperBound(10);
    }

    /** A fixed axis from {@code lower} to {@code upper} (both positive, lower below upper). */
    public LogAxis(double lower, double upper) {
        this();
        if (!(lower > 0 && upper > lower)) {
            throw new IllegalArgumentException("a log axis needs 0 < lower < upper, got " + lower + " and " + upper);
        }
        setAutoRanging(false);
        setLowerBound(lower);
        setUpperBound(upper);
    }

    /** The whole decades around {@code min} and {@code max} (positive values only). */
    static double[] decades(double min, double max) {
        double lo = min > 0 && Double.isFinite(min) ? Math.pow(10, Math.floor(Math.log10(min))) : Double.NaN;
        double hi = max > 0 && Double.isFinite(max) ? Math.pow(10, Math.ceil(Math.log10(max))) : Double.NaN;
        if (Double.isNaN(lo) && Double.isNaN(hi)) {
            return new double[] {1, 10};
        }
        if (Double.isNaN(lo)) {
            lo = hi / 10;
        }
        if (Double.isNaN(hi)) {
            hi = lo * 10;
        }
        if (hi <= lo) {
            hi = lo * 10;
        }
        return new double[] {lo, hi};
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        return decades(minValue, maxValue);
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] r = (double[]) range;
        setLowerBound(r[0]);
        setUpperBound(r[1]);
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    private boolean vertical() {
        Side side = getSide();
        return side != null && side.isVertical();
    }

    private double length() {
        return vertical() ? getHeight() : getWidth();
    }

    /** Where {@code value} falls between the bounds, 0 at the lower and 1 at the upper, in log terms. */
    private double fraction(double value) {
        double lo = Math.log10(getLowerBound());
        double hi = Math.log10(getUpperBound());
        double v = value > 0 ? Math.log10(value) : lo;
        return hi == lo ? 0 : (v - lo) / (hi - lo);
    }

    @Override
    public double getDisplayPosition(Number value) {
        double f = fraction(value.doubleValue());
        double length = length();
        return vertical() ? length * (1 - f) : length * f;
    }

    @Override
    public Number getValueForDisplay(double displayPosition) {
        double length = length();
        double f = length == 0 ? 0 : displayPosition / length;
        if (vertical()) {
            f = 1 - f;
        }
        double lo = Math.log10(getLowerBound());
        double hi = Math.log10(getUpperBound());
        return Math.pow(10, lo + f * (hi - lo));
    }

    @Override
    public double getZeroPosition() {
        // No zero on a log axis; bar charts then start their bars at the lower bound.
        return Double.NaN;
    }

    @Override
    public boolean isValueOnAxis(Number value) {
        double v = value.doubleValue();
        return v > 0 && v >= getLowerBound() && v <= getUpperBound();
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] r = (double[]) range;
        int from = (int) Math.floor(Math.log10(r[0]) + 1e-9);
        int to = (int) Math.ceil(Math.log10(r[1]) - 1e-9);
        boolean fine = to - from <= 3;
        List<Number> ticks = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            for (int m : fine ? new int[] {1, 2, 5} : new int[] {1}) {
                double v = m * Math.pow(10, k);
                if (v >= r[0] * (1 - 1e-9) && v <= r[1] * (1 + 1e-9)) {
                    ticks.add(v);
                }
            }
        }
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        double lo = getLowerBound();
        double hi = getUpperBound();
        List<Number> minor = new ArrayList<>();
        for (int k = (int) Math.floor(Math.log10(lo)); k <= (int) Math.ceil(Math.log10(hi)); k++) {
            for (int m = 2; m <= 9; m++) {
                double v = m * Math.pow(10, k);
                if (v > lo && v < hi) {
                    minor.add(v);
                }
            }
        }
        return minor;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        if (getTickLabelFormatter() != null) {
            return getTickLabelFormatter().toString(value);
        }
        return label(value.doubleValue());
    }

    /** {@code 0.01}, {@code 2}, {@code 1,000}, {@code 100,000}; {@code 1e-7} and {@code 2e9} beyond. */
    static String label(double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            return String.valueOf(v);
        }
        BigDecimal d = new BigDecimal(String.format(java.util.Locale.ROOT, "%.3g", v)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= -4 && exponent <= 6) {
            return exponent >= 3 ? String.format(java.util.Locale.ROOT, "%,d", d.longValue()) : d.toPlainString();
        }
        BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }
}
