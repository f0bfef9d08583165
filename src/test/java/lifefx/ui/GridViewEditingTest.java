package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.sim.Settings;
import lifefx.sim.Snapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Mouse editing on the real window, through the glass robot on the headless platform. */
class GridViewEditingTest {

    private static TestWindow tw;
    private static FxRobot robot;

    @BeforeAll
    static void open() throws Exception {
        tw = TestWindow.open(Grid.empty(new GridSize(40, 60)), Settings.DEFAULT);
        robot = new FxRobot();
    }

    @AfterAll
    static void close() throws Exception {
        tw.close();
    }

    @BeforeEach
    void emptyGrid() throws Exception {
        FxTestSupport.runFx(() -> tw.model().loadGrid(Grid.empty(new GridSize(40, 60)), null));
        tw.settle();
    }

    /** Sets zoom and pan so that cell (0, 0) has its top-left corner at view pixel (ox, oy). */
    private static void view(double scale, double ox, double oy) throws Exception {
        FxTestSupport.runFx(() -> tw.window.viewport().showCellAt(Math.getExponent(scale), 0, 0, (int) ox, (int) oy));
        FxTestSupport.pulses(2);
    }

    private static void clickPixel(double x, double y) throws Exception {
        Point2D p = tw.screenOfPixel(x, y);
        robot.moveTo(p).clickOn(MouseButton.PRIMARY);
    }

    @Test
    void aClickTogglesExactlyTheCellUnderItAtSeveralZoomsAndOffsets() throws Exception {
        double[][] views = {{1, 10, 7}, {4, -20, 33}, {8, -150, -90}, {32, -300, -200}};
        int[][] cells = {{0, 0}, {12, 20}, {7, 13}};
        for (double[] v : views) {
            view(v[0], v[1], v[2]);
            Viewport vp = tw.window.viewport();
            double scale = vp.scale();
            for (int[] c : cells) {
                double left = vp.xOf(c[1]);
                double top = vp.yOf(c[0]);
                if (left < 0 || top < 0 || left + scale > vp.viewWidth() || top + scale > vp.viewHeight()) {
                    continue;
                }
                // The first and the last pixel of the cell both hit it; its neighbours stay dead.
                clickPixel(left, top);
                Snapshot on = tw.settle();
                assertThat(on.population()).as("view %s, cell %s,%s", java.util.Arrays.toString(v), c[0], c[1])
                        .isEqualTo(1);
                assertThat(on.grid().isAlive(c[0], c[1])).isTrue();
                clickPixel(left + scale - 1, top + scale - 1);
                Snapshot off = tw.settle();
                assertThat(off.population()).as("second click on the cell's last pixel, view %s",
                        java.util.Arrays.toString(v)).isZero();
            }
        }
    }

    @Test
    void aClickWhenZoomedOutBelowOnePixelPerCellHitsTheCellTheViewportNames() throws Exception {
        FxTestSupport.runFx(() -> tw.model().loadGrid(Grid.empty(new GridSize(2000, 3000)), null));
        tw.settle();
        FxTestSupport.runFx(() -> tw.window.viewport().fit());
        FxTestSupport.pulses(2);
        Viewport vp = tw.window.viewport();
        assertThat(vp.scale()).isLessThan(1);
        double x = 200;
        double y = 150;
        clickPixel(x, y);
        Snapshot s = tw.settle();
        assertThat(s.population()).isEqualTo(1);
        // A pixel covers several cells here, and the robot may land anywhere on it: the live cell must
        // be one of those the pixel (or, with rounding, its neighbour) covers.
        int alive = -1;
        for (int i = 0; i < s.grid().size().cells(); i++) {
            if (s.grid().cellAt(i) != 0) {
                alive = i;
            }
        }
        long row = alive / s.grid().width();
        long col = alive % s.grid().width();
        assertThat(row).isBetween(vp.rowAt(y - 1), vp.rowAt(y + 2));
        assertThat(col).isBetween(vp.colAt(x - 1), vp.colAt(x + 2));
    }

    @Test
    void aDragPaintsALineAndADragFromALiveCellErases() throws Exception {
        view(8, 0, 0);
        Viewport vp = tw.window.viewport();
        Point2D from = tw.screenOfPixel(vp.xOf(2) + 3, vp.yOf(3) + 3);
        Point2D to = tw.screenOfPixel(vp.xOf(30) + 3, vp.yOf(3) + 3);
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        Snapshot s = tw.settle();
        assertThat(s.population()).isEqualTo(29);
        for (int c = 2; c <= 30; c++) {
            assertThat(s.grid().isAlive(3, c)).as("cell 3,%d", c).isTrue();
        }
        // A diagonal drag: every cell on the line, no gaps.
        Point2D a = tw.screenOfPixel(vp.xOf(5) + 2, vp.yOf(10) + 2);
        Point2D b = tw.screenOfPixel(vp.xOf(15) + 2, vp.yOf(20) + 2);
        robot.drag(a, MouseButton.PRIMARY).dropTo(b);
        s = tw.settle();
        for (int i = 0; i <= 10; i++) {
            assertThat(s.grid().isAlive(10 + i, 5 + i)).as("diagonal cell %d", i).isTrue();
        }
        assertThat(s.population()).isEqualTo(29 + 11);
        // Starting on a live cell erases along the drag.
        Point2D c = tw.screenOfPixel(vp.xOf(10) + 3, vp.yOf(3) + 3);
        Point2D d = tw.screenOfPixel(vp.xOf(20) + 3, vp.yOf(3) + 3);
        robot.drag(c, MouseButton.PRIMARY).dropTo(d);
        s = tw.settle();
        assertThat(s.population()).isEqualTo(29 + 11 - 11);
        assertThat(s.grid().isAlive(3, 9)).isTrue();
        assertThat(s.grid().isAlive(3, 21)).isTrue();
    }

    @Test
    void undoAndRedoKeysRestoreExactGrids() throws Exception {
        view(8, 0, 0);
        Viewport vp = tw.window.viewport();
        Grid empty = tw.settle().grid();
        clickPixel(vp.xOf(4) + 1, vp.yOf(4) + 1);
        clickPixel(vp.xOf(5) + 1, vp.yOf(5) + 1);
        Grid twoClicks = tw.settle().grid();
        FxTestSupport.runFx(() -> tw.model().randomFill(0.4));
        Grid filled = tw.settle().grid();
        FxTestSupport.runFx(() -> tw.window.run(Shortcut.CLEAR));
        Grid cleared = tw.settle().grid();
        assertThat(cleared.population()).isZero();
        assertThat(filled.population()).isGreaterThan(100);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(tw.settle().grid()).isEqualTo(filled);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(tw.settle().grid()).isEqualTo(twoClicks);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(tw.settle().grid()).isEqualTo(empty);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(tw.settle().grid()).isEqualTo(twoClicks);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(tw.settle().grid()).isEqualTo(filled);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(tw.settle().grid()).isEqualTo(cleared);
    }
}
