package lifefx.ui;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import lifefx.plot.Plot;
import lifefx.plot.Spread;

/**
 * A bar chart of medians with min..max whiskers, from plain data ({@link Plot.Bars}): a group of
 * bars per category (a strategy), a bar per series (a grid), its height the median and a whisker
 * from the min to the max. The value axis is logarithmic ({@link LogAxis}) when the plot asks, so
 * a strategy a thousand times slower than another does not flatten it. Reusable wherever medians
 * with their spread are shown: {@code bench --plot} renders one to PNG; the window may show one.
 * {@link #show} replaces the data and fits the value axis to the medians and the whiskers. FX
 * thread only.
 */
public final class SpreadBarChart extends BarChart<String, Number> {

    private final Path whiskers = new Path();
    private final boolean log;

    /** An empty chart with a log or linear value axis labelled {@code valueLabel}. */
    public SpreadBarChart(boolean log, String valueLabel) {
        super(new CategoryAxis(), log ? new LogAxis() : new NumberAxis());
        this.log = log;
        getYAxis().setLabel(valueLabel);
        getXAxis().setAnimated(false);
        getYAxis().setAnimated(false);
        setAnimated(false);
        whiskers.getStyleClass().add("spread-whiskers");
        whiskers.setStyle("-fx-stroke: #222; -fx-stroke-width: 1.5;");
        whiskers.setManaged(false);
        getPlotChildren().add(whiskers);
    }

    /** A chart showing {@code bars}, titled with its title. */
    public static SpreadBarChart of(Plot.Bars bars) {
        SpreadBarChart chart = new SpreadBarChart(bars.logY(), bars.valueLabel());
        chart.setTitle(bars.title());
        chart.show(bars);
        return chart;
    }

    /** Whether the value axis is logarithmic. */
    public boolean isLog() {
        return log;
    }

    /** Replaces the chart's data with {@code bars} (whose log flag must match this chart's). */
    public void show(Plot.Bars bars) {
        getData().clear();
        ((CategoryAxis) getXAxis()).setCategories(javafx.collections.FXCollections.observableArrayList(
                bars.categories()));
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Plot.BarSeries s : bars.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (int i = 0; i < bars.categories().size(); i++) {
                Spread v = s.values().get(i);
                if (v.isEmpty() || !(v.median() > 0 || !log)) {
                    continue;
                }
                XYChart.Data<String, Number> d = new XYChart.Data<>(bars.categories().get(i), v.median());
                d.setExtraValue(v);
                series.getData().add(d);
                min = Math.min(min, v.min() > 0 ? v.min() : v.median());
                max = Math.max(max, v.max());
            }
            getData().add(series);
        }
        fit((ValueAxis<Number>) getYAxis(), log, min, max);
    }

    /** Fits a value axis to [min, max] (whole decades on a log axis; from 0 with some headroom on a linear one). */
    static void fit(ValueAxis<Number> axis, boolean log, double min, double max) {
        if (!(max > 0)) {
            return;
        }
        axis.setAutoRanging(false);
        if (log) {
            double[] r = LogAxis.decades(min, max);
            axis.setLowerBound(r[0]);
            axis.setUpperBound(r[1]);
        } else {
            double unit = niceStep(max * 1.08 / 5);
            axis.setLowerBound(0);
            axis.setUpperBound(Math.ceil(max * 1.08 / unit) * unit);
            ((NumberAxis) axis).setTickUnit(unit);
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        whiskers.getElements().clear();
        for (XYChart.Series<String, Number> s : getData()) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                if (d.getNode() == null || !(d.getExtraValue() instanceof Spread v) || v.count() < 2) {
                    continue;
                }
                var b = d.getNode().getBoundsInParent();
                double x = b.getMinX() + b.getWidth() / 2;
                double cap = Math.max(2, Math.min(8, b.getWidth() / 4));
                double top = getYAxis().getDisplayPosition(v.max());
                double bottom = getYAxis().getDisplayPosition(v.min() > 0 || !log ? v.min() : v.median());
                whiskers.getElements().addAll(List.of(new MoveTo(x, bottom), new LineTo(x, top),
                        new MoveTo(x - cap, top), new LineTo(x + cap, top),
                        new MoveTo(x - cap, bottom), new LineTo(x + cap, bottom)));
            }
        }
        whiskers.toFront();
    }
}
