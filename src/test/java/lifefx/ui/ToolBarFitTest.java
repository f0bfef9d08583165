package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.sim.Settings;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The toolbar at the smallest window it is made for, 1280 pixels wide: every control shows whole
 * (nothing in the overflow menu, no label cut to "…"), and nothing moves when play starts.
 */
class ToolBarFitTest {

    @Test
    void everythingFitsAt1280PixelsAndNothingMovesWhenPlaying() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(40, 40)), Settings.DEFAULT)) {
            FxTestSupport.runFx(() -> tw.window.stage().setWidth(1280));
            FxTestSupport.pulses(4);
            ToolBar bar = FxTestSupport.onFx(() -> (ToolBar) tw.window.toolBar().getChildren().getFirst());
            FxTestSupport.onFx(() -> {
                Node overflow = bar.lookup(".tool-bar-overflow-button");
                assertThat(overflow == null || !overflow.isVisible()).as("items in the overflow menu").isTrue();
                for (Node n : bar.getItems()) {
                    assertThat(n.isVisible()).as("%s shown", n).isTrue();
                    assertThat(n.getBoundsInParent().getMaxX()).as("%s inside the bar", n).isLessThanOrEqualTo(bar.getWidth());
                }
                assertWhole(bar);
                return null;
            });
            // The longest strategy names too, as the strategy box shows them.
            var box = FxTestSupport.onFx(() -> tw.window.toolBar().strategyBox());
            for (var choice : FxTestSupport.onFx(() -> java.util.List.copyOf(box.getItems()))) {
                FxTestSupport.runFx(() -> box.setValue(choice));
                FxTestSupport.pulses(2);
                FxTestSupport.onFx(() -> {
                    assertWhole(bar);
                    return null;
                });
            }
            FxTestSupport.runFx(() -> box.setValue(box.getItems().getFirst()));
            tw.settle();
            Map<String, Double> paused = FxTestSupport.onFx(() -> positions(bar));
            FxRobot robot = new FxRobot();
            FxTestSupport.runFx(() -> tw.window.gridView().requestFocus());
            robot.type(KeyCode.SPACE);
            tw.await(s -> s.running());
            FxTestSupport.pulses(4);
            assertThat(FxTestSupport.onFx(() -> positions(bar))).isEqualTo(paused);
            robot.type(KeyCode.SPACE);
            tw.await(s -> !s.running());
        }
    }

    /** Every text in {@code n}'s subtree (buttons, labels, a combo box's shown value) is shown whole. */
    private static void assertWhole(Node n) {
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && l.isVisible()) {
            assertThat(l.getWidth()).as("'%s' shown whole", l.getText()).isGreaterThanOrEqualTo(l.prefWidth(-1) - 0.5);
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                assertWhole(c);
            }
        }
    }

    /** Each item's x within the bar, by id or text. */
    private static Map<String, Double> positions(ToolBar bar) {
        Map<String, Double> at = new LinkedHashMap<>();
        int i = 0;
        for (Node n : bar.getItems()) {
            at.put(i++ + ":" + (n.getId() == null ? n.getClass().getSimpleName() : n.getId()),
                    n.getBoundsInParent().getMinX());
        }
        return at;
    }
}
