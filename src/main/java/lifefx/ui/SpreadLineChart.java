package lifefx.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.util.StringConverter;
import lifefx.plot.Plot;
import lifefx.plot.Spread;

/**
 * Lines of medians with min..max whiskers at each point, from plain data ({@link Plot.Lines}):
 * numeric x (linear or {@link LogAxis}) or labelled x (a point's x is the label's index), linear or
 * log y. Reference lines (a floor, a bound) are dashed, without symbols or whiskers. Each series's
 * whiskers take its line's colour from the chart's stylesheet. FX thread only.
 */
public final class SpreadLineChart extends LineChart<Number, Number> {

    private final List<Path> whiskers = new ArrayList<>();
    private final java.util.Set<String> referenceNames = new java.util.HashSet<>();
    private final boolean logY;

    private SpreadLineChart(ValueAxis<Number> x, ValueAxis<Number> y, boolean logY) {
        super(x, y);
        this.logY = logY;
        x.setAnimated(false);
        y.setAnimated(false);
        setAnimated(false);
    }

    /** A chart showing {@code lines}. */
    public static SpreadLineChart of(Plot.Lines lines) {
        ValueAxis<Number> x;
        List<String> labels = lines.categories();
        if (!labels.isEmpty()) {
            NumberAxis axis = new NumberAxis(-0.5, labels.size() - 0.5, 1);
            axis.setMinorTickVisible(false);
            axis.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number n) {
                    double v = n.doubleValue();
                    int i = (int) Math.round(v);
                    return Math.abs(v - i) < 1e-6 && i >= 0 && i < labels.size() ? labels.get(i) : "";
                }

                @Override
                public Number fromString(String s) {
                    return labels.indexOf(s);
                }
            });
            x = axis;
        } else {
            x = lines.logX() ? new LogAxis() : new NumberAxis();
        }
        ValueAxis<Number> y = lines.logY() ? new LogAxis() : new NumberAxis();
        x.setLabel(lines.xLabel());
        y.setLabel(lines.yLabel());
        SpreadLineChart chart = new SpreadLineChart(x, y, lines.logY());
        chart.setTitle(lines.title());
        chart.setCreateSymbols(true);
        chart.setVerticalZeroLineVisible(false);
        chart.setHorizontalZeroLineVisible(false);
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = 0;
        for (Plot.LineSeries s : lines.series()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (Plot.Point p : s.points()) {
                Spread v = p.y();
                if (v.isEmpty() || (lines.logY() && !(v.median() > 0))) {
                    continue;
                }
                XYChart.Data<Number, Number> d = new XYChart.Data<>(p.x(), v.median());
                d.setExtraValue(s.reference() ? null : v);
                series.getData().add(d);
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, v.min() > 0 ? v.min() : v.median());
                maxY = Math.max(maxY, v.max());
            }
            chart.getData().add(series);
            Path w = new Path();
            w.setManaged(false);
            chart.whiskers.add(w);
            chart.getPlotChildren().add(w);
            if (s.reference()) {
                chart.referenceNames.add(s.name());
                series.getNode().setStyle("-fx-stroke-dash-array: 10 7; -fx-stroke-width: 2; -fx-stroke: #666;");
                for (XYChart.Data<Number, Number> d : series.getData()) {
                    d.getNode().setVisible(false);
                }
            } else {
                int colour = chart.getData().size() - 1;
                w.getStyleClass().addAll("chart-series-line", "default-color" + colour % 8);
                w.setStyle("-fx-stroke-width: 1.5;");
            }
        }
        SpreadBarChart.fit(y, lines.logY(), minY, maxY);
        if (labels.isEmpty() && maxX >= minX) {
            if (lines.logX()) {
                SpreadBarChart.fit(x, true, minX, maxX);
            } else {
                ((NumberAxis) x).setForceZeroInRange(false);
            }
        }
        return chart;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        for (int i = 0; i < getData().size() && i < whiskers.size(); i++) {
            Path w = whiskers.get(i);
            w.getElements().clear();
            for (XYChart.Data<Number, Number> d : getData().get(i).getData()) {
                if (!(d.getExtraValue() instanceof Spread v) || v.count() < 2) {
                    continue;
                }
                double x = getXAxis().getDisplayPosition(d.getXValue());
                double top = getYAxis().getDisplayPosition(v.max());
                double bottom = getYAxis().getDisplayPosition(v.min() > 0 || !logY ? v.min() : v.median());
                w.getElements().addAll(List.of(new MoveTo(x, bottom), new LineTo(x, top),
                        new MoveTo(x - 4, top), new LineTo(x + 4, top),
                        new MoveTo(x - 4, bottom), new LineTo(x + 4, bottom)));
            }
            w.toFront();
        }
    }

    /**
     * Gives the legend entries of reference lines a grey dashed look, as their lines have. The
     * legend is built during layout, so call this after a layout pass.
     */
    void styleReferenceLegend() {
        for (Node n : lookupAll(".chart-legend-item")) {
            if (n instanceof javafx.scene.control.Label l && referenceNames.contains(l.getText()) && l.getGraphic() != null) {
                l.getGraphic().setStyle("-fx-background-color: #666, #666; -fx-background-insets: 0, 0;"
                        + " -fx-background-radius: 0; -fx-padding: 1 7 1 7;");
            }
        }
    }

    /** The chart for any plot. */
    static Node chartFor(Plot plot) {
        return switch (plot) {
            case Plot.Bars b -> SpreadBarChart.of(b);
            case Plot.Lines l -> of(l);
        };
    }
}
