package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import lifefx.engine.SequentialStrategy;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.Rule;
import lifefx.sim.Settings;
import lifefx.sim.Snapshot;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A quick strategy switch and back, from the window's side, as a new user does it: the last choice
 * wins, and what the window shows is what runs.
 */
class StrategySwitchTest {

    private static final String SEQUENTIAL = "sequential";
    private static final String THREAD_PER_CELL = "thread-per-cell";

    private static boolean ranWith(Snapshot s, String strategy) {
        return s.strategy().equals(strategy) && s.stats().last() != null
                && s.stats().last().strategy().equals(strategy);
    }

    @Test
    void pageDownThenPageUpWhileAThreadPerCellGenerationRunsEndsOnSequential() throws Exception {
        // The default grid: a thread-per-cell generation on it takes seconds, so the switch back
        // arrives while one is in flight.
        Grid start = TestWindow.soup(LifeModel.DEFAULT_SIZE, 0.3, 42);
        try (TestWindow tw = TestWindow.open(start, Settings.DEFAULT.withStrategy(SEQUENTIAL))) {
            FxRobot robot = new FxRobot();
            FxTestSupport.runFx(() -> tw.window.gridView().requestFocus());
            robot.type(KeyCode.SPACE);
            tw.await(s -> s.running() && s.generation() >= 3);
            assertThat(FxTestSupport.onFx(() -> tw.window.toolBar().strategyBox().getValue().name())).isEqualTo(SEQUENTIAL);

            robot.type(KeyCode.PAGE_DOWN);
            assertThat(FxTestSupport.onFx(() -> tw.window.toolBar().strategyBox().getValue().name()))
                    .isEqualTo(THREAD_PER_CELL);
            // The switch has reached the simulation: a thread-per-cell generation is under way.
            Snapshot switched = tw.await(s -> s.strategy().equals(THREAD_PER_CELL));
            robot.type(KeyCode.PAGE_UP);
            assertThat(FxTestSupport.onFx(() -> tw.window.toolBar().strategyBox().getValue().name())).isEqualTo(SEQUENTIAL);

            // Settled: generations advance again, computed by sequential...
            Snapshot back = tw.await(s -> ranWith(s, SEQUENTIAL) && s.generation() > switched.generation());
            // ... and stay so: twenty generations later nothing has switched it back.
            Snapshot later = tw.await(s -> s.generation() >= back.generation() + 20);
            assertThat(ranWith(later, SEQUENTIAL)).as("still sequential at generation %d: %s", later.generation(),
                    later.stats().last()).isTrue();
            FxTestSupport.pulses(3);
            assertThat(FxTestSupport.onFx(() -> tw.window.toolBar().strategyBox().getValue().name())).isEqualTo(SEQUENTIAL);
            assertThat(FxTestSupport.onFx(() -> tw.model().strategyProperty().get())).isEqualTo(SEQUENTIAL);

            robot.type(KeyCode.SPACE);
            Snapshot end = tw.settle();
            assertThat(end.running()).isFalse();
            assertThat(end.strategy()).isEqualTo(SEQUENTIAL);
            assertThat(FxTestSupport.onFx(() -> tw.window.toolBar().strategyBox().getValue().name())).isEqualTo(SEQUENTIAL);
            assertThat(end.grid()).isEqualTo(sequential(start, end.generation()));
        }
    }

    private static Grid sequential(Grid start, long n) throws Exception {
        try (SequentialStrategy s = new SequentialStrategy()) {
            Grid g = start;
            for (long i = 0; i < n; i++) {
                g = s.step(g, CellLogic.of(Rule.CONWAY));
            }
            return g;
        }
    }
}
