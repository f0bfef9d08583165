package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import lifefx.analysis.Identification;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.sim.Settings;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Run → Identify (Ctrl+I) and the Run menu's auto-stop items, in a real window on the headless platform. */
class IdentifyWindowTest {

    /** A pentadecathlon (its row of ten cells) in the middle of a 40x40 torus. */
    private static Grid pentadecathlon() {
        Grid.Builder b = new Grid.Builder(new GridSize(40, 40));
        for (int c = 15; c < 25; c++) {
            b.set(20, c, true);
        }
        return b.build(0);
    }

    private static List<String> texts(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof Labeled l) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                out.addAll(texts(c));
            }
        }
        return out;
    }

    @Test
    void ctrlIShowsTheFactsAndThePeriodMapWithoutStoppingThePlay() throws Exception {
        try (TestWindow tw = TestWindow.open(pentadecathlon(), Settings.DEFAULT.withStrategy("sequential"))) {
            FxTestSupport.runFx(() -> tw.window.stage().requestFocus());
            tw.model().simulation().setSpeedLimit(30);
            tw.model().play();
            new FxRobot().press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
            FxTestSupport.waitUntil(() -> tw.window.identifyModel() != null
                    && tw.window.identifyModel().resultProperty().get() != null);
            Identification id = FxTestSupport.onFx(() -> tw.window.identifyModel().resultProperty().get());
            assertThat(id.type()).isEqualTo(Identification.Type.OSCILLATOR);
            assertThat(id.period()).isEqualTo(15);
            Node content = FxTestSupport.onFx(() -> tw.window.identifyView().dialog().getDialogPane().getContent());
            List<String> shown = FxTestSupport.onFx(() -> texts(content));
            assertThat(shown).contains("An oscillator of period 15.", "type", "oscillator", "period", "15",
                    "Each cell's own period");
            // Every live cell of a pentadecathlon changes within the period: no stator.
            assertThat(shown).contains("p15: 80 cells", "rotor-cells", "80", "heat", "22.4");
            Canvas map = FxTestSupport.onFx(() -> (Canvas) content.lookup("#identify-map-canvas"));
            assertThat(map.getWidth()).isPositive();
            assertThat(FxTestSupport.onFx(() -> tw.model().runningProperty().get()))
                    .as("identify works on a copy: the simulation plays on").isTrue();
            FxTestSupport.runFx(() -> tw.window.identifyView().dialog().close());
        }
    }

    @Test
    void closingTheDialogCancelsALongRun() throws Exception {
        // A glider gun never repeats: the run would go on to the limit.
        Grid.Builder b = new Grid.Builder(new GridSize(300, 300));
        int[] gun = {24, 0, 22, 1, 24, 1, 12, 2, 13, 2, 20, 2, 21, 2, 34, 2, 35, 2, 11, 3, 15, 3, 20, 3, 21, 3, 34, 3,
            35, 3, 0, 4, 1, 4, 10, 4, 16, 4, 20, 4, 21, 4, 0, 5, 1, 5, 10, 5, 14, 5, 16, 5, 17, 5, 22, 5, 24, 5, 10, 6,
            16, 6, 24, 6, 11, 7, 15, 7, 12, 8, 13, 8};
        for (int i = 0; i < gun.length; i += 2) {
            b.set(gun[i + 1] + 10, gun[i] + 10, true);
        }
        try (TestWindow tw = TestWindow.open(b.build(0), Settings.DEFAULT)) {
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.IDENTIFY));
            FxTestSupport.waitUntil(() -> tw.window.identifyModel().generationsRun() > 10);
            Thread worker = FxTestSupport.onFx(() -> tw.window.identifyModel().worker());
            FxTestSupport.runFx(() -> tw.window.identifyView().dialog().close());
            assertThat(worker.join(java.time.Duration.ofSeconds(20))).as("the identify thread ends").isTrue();
            assertThat(FxTestSupport.onFx(() -> tw.window.identifyModel().runningProperty().get())).isFalse();
            FxTestSupport.pulses(2);
            assertThat(FxTestSupport.onFx(() -> tw.window.identifyModel().resultProperty().get())).isNull();
        }
    }

    @Test
    void theRunMenuStopsABlinkerWhenItBecomesPeriodicWithANoticeAndNoAlert() throws Exception {
        Grid.Builder b = new Grid.Builder(new GridSize(20, 20));
        b.set(10, 9, true).set(10, 10, true).set(10, 11, true);
        try (TestWindow tw = TestWindow.open(b.build(0), Settings.DEFAULT)) {
            CheckMenuItem item = FxTestSupport.onFx(() -> (CheckMenuItem) tw.window.menuBar().item(Shortcut.STOP_IF_PERIODIC));
            assertThat(FxTestSupport.onFx(item::isSelected)).isFalse();
            FxTestSupport.runFx(item::fire);
            assertThat(FxTestSupport.onFx(() -> tw.model().stopIfPeriodicProperty().get())).isTrue();
            assertThat(FxTestSupport.onFx(item::isSelected)).isTrue();
            tw.settle();
            FxTestSupport.runFx(() -> tw.model().play());
            tw.await(s -> !s.running() && s.notice() != null);
            FxTestSupport.waitUntil(() -> tw.window.statusModel().noticeProperty().get().startsWith("Stopped at generation"));
            assertThat(FxTestSupport.onFx(() -> tw.window.statusModel().noticeProperty().get()))
                    .endsWith("the pattern became periodic (period 2)");
            assertThat(tw.prompts.errors).isEmpty();
        }
    }
}
