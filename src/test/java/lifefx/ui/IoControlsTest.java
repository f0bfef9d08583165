package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import lifefx.engine.SequentialStrategy;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.sim.Grids;
import lifefx.sim.Settings;
import lifefx.sim.Snapshot;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The cell I/O picker, latency slider and overlay lines, on a real window. */
class IoControlsTest {

    @Test
    void choosingLatencyMakesTheRunningSimulationWaitButNotChangeTheGrid() throws Exception {
        Grid start = Grids.random(new GridSize(20, 30), 0.35, 3, 0);
        try (TestWindow tw = TestWindow.open(start, Settings.DEFAULT.withStrategy("virtual-threads"))) {
            assertThat(FxTestSupport.onFx(() -> tw.window.toolBar().latencySlider().isDisabled())).isTrue();
            // The slider's scale is log10 of microseconds: 2 is 100 µs.
            FxTestSupport.runFx(() -> {
                tw.window.toolBar().latencySlider().setValue(2);
                tw.window.toolBar().ioBox().setValue("latency");
            });
            assertThat(FxTestSupport.onFx(() -> tw.window.toolBar().latencySlider().isDisabled())).isFalse();
            FxTestSupport.runFx(() -> tw.window.gridView().requestFocus());
            FxRobot robot = new FxRobot();
            robot.type(KeyCode.SPACE);
            Snapshot busy = tw.await(s -> s.generation() >= 3 && s.io().peakInFlight() > 1);
            assertThat(busy.io().mode()).isEqualTo("latency");
            assertThat(busy.io().latencyNanos()).isEqualTo(100_000);
            robot.type(KeyCode.SPACE);
            Snapshot end = tw.settle();
            assertThat(end.grid()).isEqualTo(sequential(start, end.generation()));
            FxTestSupport.pulses(10);
            String overlay = FxTestSupport.onFx(() -> tw.window.overlay().text());
            assertThat(overlay).contains("cell I/O     latency 100us").contains("in flight").contains("(peak ");

            // I cycles the mode: latency -> socket -> none.
            robot.type(KeyCode.I);
            robot.type(KeyCode.N);
            Snapshot socket = tw.settle();
            assertThat(socket.io().mode()).isEqualTo("socket");
            assertThat(socket.grid()).isEqualTo(sequential(start, socket.generation()));
            robot.type(KeyCode.I);
            robot.type(KeyCode.N);
            Snapshot none = tw.settle();
            assertThat(none.io().active()).isFalse();
            assertThat(FxTestSupport.onFx(() -> tw.window.toolBar().ioBox().getValue())).isEqualTo("none");
            FxTestSupport.pulses(5);
            assertThat(FxTestSupport.onFx(() -> tw.window.overlay().text())).doesNotContain("cell I/O");
        }
    }

    private static Grid sequential(Grid start, long generations) throws Exception {
        Grid g = start;
        try (SequentialStrategy s = new SequentialStrategy()) {
            for (long i = 0; i < generations; i++) {
                g = s.step(g, CellLogic.of(Rule.CONWAY));
            }
        }
        return g;
    }
}
