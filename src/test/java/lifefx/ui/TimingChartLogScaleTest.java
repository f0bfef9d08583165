package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

/** The window's timing chart: a log scale keeps fast series apart when one generation takes seconds. */
class TimingChartLogScaleTest {

    /** How far apart 1 ms and 2 ms are drawn, as a share of the y axis's height. */
    private static double gapOfOneAndTwoMs(TimingChart chart) {
        StackPane root = (StackPane) chart.getParent();
        for (int i = 0; i < 3; i++) {
            root.applyCss();
            root.layout();
        }
        Axis<Number> y = chart.chart().getYAxis();
        return Math.abs(y.getDisplayPosition(1.0) - y.getDisplayPosition(2.0)) / y.getHeight();
    }

    @Test
    void theLogScaleKeepsMillisecondsApartBesideAnEightSecondGeneration() throws Exception {
        FxTestSupport.runFx(() -> {
            TimingChart chart = new TimingChart();
            new Scene(new StackPane(chart), 640, 320);
            chart.add("sequential", 1, 1.0);
            chart.add("sequential", 2, 2.0);
            chart.add("virtual-threads", 3, 8000.0);
            assertThat(chart.isLogScale()).isFalse();
            // Linear: 1 ms and 2 ms are one 8000th of the axis apart, under a pixel.
            assertThat(gapOfOneAndTwoMs(chart)).isLessThan(0.001);

            chart.logScaleBox().fire();
            assertThat(chart.isLogScale()).isTrue();
            assertThat(chart.chart().getYAxis()).isInstanceOf(LogAxis.class);
            assertThat(chart.seriesNames()).containsExactly("sequential", "virtual-threads");
            assertThat(chart.chart().getData()).hasSize(2);
            // Log, 1 to 10,000 ms: a factor of two is log10(2)/4 of the axis, about 7.5%.
            assertThat(gapOfOneAndTwoMs(chart)).isBetween(0.06, 0.09);
            Axis<Number> y = chart.chart().getYAxis();
            assertThat(y.getDisplayPosition(8000.0)).as("larger values higher up").isLessThan(y.getDisplayPosition(1.0));

            chart.add("sequential", 4, 3.0);
            assertThat(chart.chart().getData().getFirst().getData()).hasSize(3);
            chart.setLogScale(false);
            assertThat(chart.chart().getYAxis()).isNotInstanceOf(LogAxis.class);
            assertThat(gapOfOneAndTwoMs(chart)).isLessThan(0.001);
        });
    }

    @Test
    void logAxisLabelsAndDecades() {
        assertThat(LogAxis.label(0.01)).isEqualTo("0.01");
        assertThat(LogAxis.label(2)).isEqualTo("2");
        assertThat(LogAxis.label(1000)).isEqualTo("1,000");
        assertThat(LogAxis.label(5e9)).isEqualTo("5e9");
        assertThat(LogAxis.label(1e-7)).isEqualTo("1e-7");
        assertThat(LogAxis.decades(0.03, 8000)).containsExactly(0.01, 10000.0);
        assertThat(LogAxis.decades(0, 5)).containsExactly(1.0, 10.0);
        assertThat(LogAxis.decades(10, 10)).containsExactly(10.0, 100.0);
    }
}
