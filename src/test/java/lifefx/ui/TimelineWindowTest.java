package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.sim.Settings;
import lifefx.sim.Snapshot;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Step back (Backspace, Shift+N) and the timeline bar (H), in a real window on the headless platform. */
class TimelineWindowTest {

    private static final GridSize SIZE = new GridSize(24, 24);

    /** The grid of a fresh run of the test's soup after {@code generations}. */
    private static Grid fresh(Grid start, int generations) {
        Grid g = start;
        lifefx.engine.GenerationStrategy seq = new lifefx.engine.SequentialStrategy();
        for (int i = 0; i < generations; i++) {
            try {
                g = seq.step(g, lifefx.life.CellLogic.of(lifefx.life.Rule.CONWAY));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return g;
    }

    @Test
    void backspaceAndShiftNStepBackAndTheTimelineSeeks() throws Exception {
        Grid start = Grids.random(SIZE, 0.35, 21, 0);
        try (TestWindow tw = TestWindow.open(start, Settings.DEFAULT.withStrategy("packed"))) {
            FxRobot robot = new FxRobot();
            FxTestSupport.runFx(() -> tw.window.gridView().requestFocus());
            assertThat(FxTestSupport.onFx(() -> tw.model().canStepBackProperty().get()))
                    .as("nothing recorded before generation 0").isFalse();
            for (int i = 0; i < 6; i++) {
                robot.type(KeyCode.N);
            }
            Snapshot s = tw.settle();
            assertThat(s.generation()).isEqualTo(6);
            assertThat(FxTestSupport.onFx(() -> tw.model().canStepBackProperty().get())).isTrue();
            robot.type(KeyCode.BACK_SPACE);
            robot.type(KeyCode.BACK_SPACE);
            s = tw.settle();
            assertThat(s.generation()).isEqualTo(4);
            assertThat(s.grid().withGeneration(0)).isEqualTo(fresh(start, 4).withGeneration(0));
            robot.press(KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT);
            s = tw.settle();
            assertThat(s.generation()).as("Shift+N steps back too").isEqualTo(3);

            assertThat(FxTestSupport.onFx(() -> tw.window.timeline().isVisible())).isFalse();
            robot.type(KeyCode.H);
            FxTestSupport.pulses(3);
            assertThat(FxTestSupport.onFx(() -> tw.window.timeline().isVisible())).isTrue();
            Slider slider = FxTestSupport.onFx(() -> tw.window.timeline().slider());
            assertThat(FxTestSupport.onFx(slider::getMax)).as("recorded 0..6").isEqualTo(6.0);
            assertThat(FxTestSupport.onFx(slider::getValue)).as("the thumb shows generation 3").isEqualTo(3.0);
            String label = FxTestSupport.onFx(() -> ((javafx.scene.control.Label) tw.window.stage().getScene()
                    .lookup("#timeline-label")).getText());
            assertThat(label).contains("generation 3").contains("0 – 6");

            // A click on the bar: one seek.
            FxTestSupport.runFx(() -> slider.setValue(5));
            s = tw.settle();
            assertThat(s.generation()).isEqualTo(5);
            assertThat(s.grid().withGeneration(0)).isEqualTo(fresh(start, 5).withGeneration(0));

            // A drag: many positions while the thumb is held; the last one is where it lands.
            FxTestSupport.runFx(() -> {
                slider.setValueChanging(true);
                for (double v : new double[] {4.2, 3.7, 2, 1.1, 0.4, 1.6}) {
                    slider.setValue(v);
                }
                slider.setValueChanging(false);
            });
            s = tw.settle();
            assertThat(s.generation()).isEqualTo(2);
            assertThat(s.grid().withGeneration(0)).isEqualTo(fresh(start, 2).withGeneration(0));
            FxTestSupport.pulses(3);
            assertThat(FxTestSupport.onFx(slider::getValue)).isEqualTo(2.0);
            assertThat(s.timeline().latest()).as("seeking is not an edit").isEqualTo(BigInteger.valueOf(6));

            // An edit starts a new history: nothing after it, nothing to scrub.
            FxTestSupport.runFx(() -> tw.model().clear());
            s = tw.settle();
            assertThat(s.timeline().earliest()).isEqualTo(s.timeline().latest());
            assertThat(FxTestSupport.onFx(slider::isDisabled)).isTrue();
            assertThat(FxTestSupport.onFx(() -> tw.model().canStepBackProperty().get())).isFalse();
            assertThat(tw.prompts.errors).isEmpty();
        }
    }
}
