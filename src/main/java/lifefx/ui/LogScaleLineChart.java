package lifefx.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.StackPane;

/**
 * What the window's live line charts share ({@link TimingChart}, {@link PopulationChart}): a line
 * chart against generation with no animation and no symbols, and a "log scale" check box in its
 * top-right corner that switches the y axis between linear and {@link LogAxis}. JavaFX fixes a
 * chart's axes when it is made, so the switch makes a new chart and moves the series over (cost:
 * the points shown). Subclasses add and update their series through {@link #chart()}, which
 * changes when the scale does. FX thread only.
 */
abstract class LogScaleLineChart extends StackPane {

    private final String yLabel;
    private final CheckBox logScale = new CheckBox("log scale");
    private LineChart<Number, Number> chart;

    /**
     * @param styleClass the chart's style class; the check box gets {@code styleClass} with
     *                   {@code -chart} replaced by {@code -log-scale}
     * @param yLabel     the y axis's label
     */
    LogScaleLineChart(String styleClass, String yLabel) {
        this.yLabel = yLabel;
        getStyleClass().add(styleClass);
        chart = newChart(false);
        logScale.getStyleClass().add(styleClass.replace("-chart", "-log-scale"));
        logScale.setFocusTraversable(false);
        logScale.selectedProperty().addListener((o, was, log) -> rebuild(log));
        StackPane.setAlignment(logScale, Pos.TOP_RIGHT);
        StackPane.setMargin(logScale, new Insets(4, 8, 0, 0));
        getChildren().addAll(chart, logScale);
        setPrefHeight(220);
        setMinHeight(140);
    }

    private LineChart<Number, Number> newChart(boolean log) {
        NumberAxis xAxis = new NumberAxis();
        xAxis.setLabel("generation");
        xAxis.setForceZeroInRange(false);
        xAxis.setAnimated(false);
        xAxis.setMinorTickVisible(false);
        ValueAxis<Number> yAxis;
        if (log) {
            yAxis = new LogAxis();
        } else {
            NumberAxis linear = new NumberAxis();
            linear.setMinorTickVisible(false);
            yAxis = linear;
        }
        yAxis.setLabel(yLabel);
        yAxis.setAnimated(false);
        LineChart<Number, Number> c = new LineChart<>(xAxis, yAxis);
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setLegendVisible(true);
        c.setTitle(null);
        return c;
    }

    private void rebuild(boolean log) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>(chart.getData());
        chart.getData().clear();
        LineChart<Number, Number> next = newChart(log);
        next.getData().addAll(all);
        getChildren().set(getChildren().indexOf(chart), next);
        chart = next;
    }

    /** Whether the y axis is logarithmic; the check box in the chart's corner sets it. */
    public boolean isLogScale() {
        return logScale.isSelected();
    }

    public void setLogScale(boolean log) {
        logScale.setSelected(log);
    }

    /** The chart now shown (a new one after each switch of scale). */
    LineChart<Number, Number> chart() {
        return chart;
    }

    /** The scale check box, for tests. */
    CheckBox logScaleBox() {
        return logScale;
    }
}
