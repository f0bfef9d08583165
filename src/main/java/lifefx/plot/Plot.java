package lifefx.plot;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, as plain data, for a {@link ChartRenderer} to draw: {@code bench} builds
 * these ({@code lifefx.bench.BenchPlots}) and never sees a chart toolkit. Values; thread-safe.
 *
 * <p>Every value axis says its unit in its label. {@code logY} (and {@code logX}) ask for a
 * logarithmic axis, which {@code BenchPlots} chooses when the data span more than a decade.
 */
public sealed interface Plot permits Plot.Bars, Plot.Lines {

    String title();

    /**
     * Grouped bars with whiskers: one group per category (a strategy), one bar per series in each
     * group (a grid, an I/O mode), the bar's height the median and the whisker its min..max.
     *
     * @param title      the chart's title, which says what the whiskers are
     * @param valueLabel the value axis's label with its unit, e.g. {@code "ms per generation"}
     * @param logY       a logarithmic value axis
     * @param categories the groups along the category axis, in order
     * @param series     the bars of each group; each has one value per category ({@link Spread#NONE} for none)
     */
    record Bars(String title, String valueLabel, boolean logY, List<String> categories, List<BarSeries> series)
            implements Plot {
        public Bars {
            Objects.requireNonNull(title);
            Objects.requireNonNull(valueLabel);
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (BarSeries s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                            + " values for " + categories.size() + " categories");
                }
            }
        }
    }

    /** One bar per category, named for the legend. */
    record BarSeries(String name, List<Spread> values) {
        public BarSeries {
            Objects.requireNonNull(name);
            values = List.copyOf(values);
        }
    }

    /**
     * Lines through points, with whiskers at each point. The x axis is numeric ({@code categories}
     * empty; {@code logX} may ask for a log axis) or a list of labels ({@code categories} non-empty;
     * a point's x is then the label's index).
     *
     * @param title      the chart's title
     * @param xLabel     the x axis's label, with its unit
     * @param yLabel     the y axis's label, with its unit
     * @param logX       a logarithmic x axis (numeric x only)
     * @param logY       a logarithmic y axis
     * @param categories labels of a category x axis, or empty for a numeric one
     * @param series     the lines, in legend order
     */
    record Lines(String title, String xLabel, String yLabel, boolean logX, boolean logY, List<String> categories,
                 List<LineSeries> series) implements Plot {
        public Lines {
            Objects.requireNonNull(title);
            Objects.requireNonNull(xLabel);
            Objects.requireNonNull(yLabel);
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            if (logX && !categories.isEmpty()) {
                throw new IllegalArgumentException("a category x axis cannot be logarithmic");
            }
        }
    }

    /**
     * A named line. A {@code reference} line (a floor, a bound) is drawn dashed and without whiskers.
     */
    record LineSeries(String name, List<Point> points, boolean reference) {
        public LineSeries {
            Objects.requireNonNull(name);
            points = List.copyOf(points);
        }
    }

    /** A point: x, and y as a median with its spread. */
    record Point(double x, Spread y) {
        public Point {
            Objects.requireNonNull(y);
        }
    }
}
