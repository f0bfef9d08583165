package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.sim.Settings;
import org.junit.jupiter.api.Test;

/**
 * A torus that, fitted and centred, would lie partly under the timing overlay is moved out from
 * under it when the view has the room, so an opened document is not hidden at first sight.
 */
class OverlayPlacementTest {

    @Test
    void aFittedTorusIsNotUnderTheOverlayWhenThereIsRoom() throws Exception {
        // 150 x 100 cells fit the test window's view at 4 pixels a cell (600 x 400 pixels),
        // which centred would reach under the overlay's bottom-right corner.
        try (TestWindow tw = TestWindow.open(TestWindow.soup(new GridSize(100, 150), 0.3, 7), Settings.DEFAULT)) {
            FxTestSupport.pulses(3);
            FxTestSupport.onFx(() -> {
                Viewport vp = tw.window.viewport();
                double x0 = vp.xOf(0);
                double y0 = vp.yOf(0);
                Rectangle2D torus = new Rectangle2D(x0, y0, vp.xOf(150) - x0, vp.yOf(100) - y0);
                Bounds o = tw.window.overlay().getBoundsInParent();
                assertThat(tw.window.overlay().isVisible()).isTrue();
                assertThat(torus.getMaxX()).as("the torus is still whole in the view")
                        .isLessThanOrEqualTo(tw.window.gridView().getWidth());
                assertThat(torus.getMaxY()).isLessThanOrEqualTo(tw.window.gridView().getHeight());
                assertThat(torus.intersects(o.getMinX(), o.getMinY(), o.getWidth(), o.getHeight()))
                        .as("torus %s under the overlay %s", torus, o).isFalse();
                return null;
            });
        }
    }

    @Test
    void startingPlayDoesNotMoveAFittedTorus() throws Exception {
        try (TestWindow tw = TestWindow.open(TestWindow.soup(new GridSize(100, 150), 0.3, 7), Settings.DEFAULT)) {
            FxTestSupport.pulses(3);
            double[] before = FxTestSupport.onFx(() -> new double[] {tw.window.viewport().xOf(0),
                    tw.window.viewport().yOf(0), tw.window.viewport().scale()});
            String paused = FxTestSupport.onFx(() -> tw.window.overlay().text());
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.PLAY));
            tw.window.model().simulation().await(s -> s.generation() > 200, java.time.Duration.ofSeconds(30));
            FxTestSupport.pulses(12);
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.PLAY));
            FxTestSupport.pulses(3);
            String timed = FxTestSupport.onFx(() -> tw.window.overlay().text());
            assertThat(timed).as("the overlay now shows timings").contains("mean / p95").doesNotContain("mean / p95   -");
            assertThat(timed).isNotEqualTo(paused);
            double[] after = FxTestSupport.onFx(() -> new double[] {tw.window.viewport().xOf(0),
                    tw.window.viewport().yOf(0), tw.window.viewport().scale()});
            assertThat(after).as("where the torus is drawn, and at what scale").containsExactly(before);
        }
    }
}
