package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import lifefx.engine.ScheduleMap;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.sim.Settings;
import lifefx.sim.Snapshot;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The schedule map in the window: M shows it (and starts recording), the canvas then shows the
 * map's colours where it showed cells, Shift+M changes the colouring, M again shows the cells and
 * stops recording.
 */
class ScheduleMapViewTest {

    @Test
    void mShowsTheScheduleMapOfSequentialAsOneGradientAndShiftMColoursByThread() throws Exception {
        Grid start = TestWindow.soup(new GridSize(24, 32), 0.4, 5);
        try (TestWindow tw = TestWindow.open(start, Settings.DEFAULT.withStrategy("sequential"))) {
            FxRobot robot = new FxRobot();
            FxTestSupport.runFx(() -> tw.window.gridView().requestFocus());
            FxTestSupport.pulses(3);
            int[] cells = pixels(tw);
            assertThat(tw.settle().schedule()).as("nothing is recorded while the map is closed").isNull();

            robot.type(KeyCode.M);
            assertThat(FxTestSupport.onFx(() -> tw.window.scheduleLegend().isVisible())).isTrue();
            robot.type(KeyCode.N);
            Snapshot s = tw.window.model().simulation().await(x -> GridView.scheduleOf(x) != null,
                    Duration.ofSeconds(20));
            ScheduleMap map = GridView.scheduleOf(s);
            assertThat(map.strategy()).isEqualTo("sequential");
            FxTestSupport.pulses(3);
            int[] timeMap = pixels(tw);
            assertThat(timeMap).isNotEqualTo(cells);
            // The first row is drawn in the gradient's first colours, the last row in its last.
            Viewport v = tw.window.viewport();
            int[] first = pixelOf(tw, v, 0, 0);
            int[] last = pixelOf(tw, v, 23, 31);
            assertThat(timeMap[first[1] * first[2] + first[0]]).isEqualTo(ScheduleColouring.timeColour(map.fractionAt(0)));
            assertThat(timeMap[last[1] * last[2] + last[0]])
                    .isEqualTo(ScheduleColouring.timeColour(map.fractionAt(24 * 32 - 1)));
            assertThat(map.fractionAt(0)).isLessThan(map.fractionAt(24 * 32 - 1));
            assertThat(FxTestSupport.onFx(() -> tw.window.scheduleLegend().text()))
                    .contains("Schedule map: time").contains("sequential").contains("100%");

            robot.press(KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT);
            FxTestSupport.pulses(3);
            int[] threadMap = pixels(tw);
            // One thread: every torus pixel in the first thread colour.
            assertThat(threadMap[first[1] * first[2] + first[0]]).isEqualTo(ScheduleColouring.ordinalColour(0));
            assertThat(threadMap[last[1] * last[2] + last[0]]).isEqualTo(ScheduleColouring.ordinalColour(0));
            assertThat(FxTestSupport.onFx(() -> tw.window.scheduleLegend().text())).contains("Schedule map: thread");

            robot.type(KeyCode.M);
            Snapshot off = tw.window.model().simulation().await(x -> x.schedule() == null, Duration.ofSeconds(20));
            assertThat(off.schedule()).isNull();
            FxTestSupport.pulses(3);
            assertThat(FxTestSupport.onFx(() -> tw.window.scheduleLegend().isVisible())).isFalse();
            assertThat(pixels(tw)).isNotEqualTo(threadMap);
        }
    }

    /** x, y and the canvas width of the pixel at the centre of cell (row, col). */
    private static int[] pixelOf(TestWindow tw, Viewport v, long row, long col) throws Exception {
        int w = FxTestSupport.onFx(() -> (int) tw.window.gridView().canvas().getWidth());
        double x = v.xOf(col) + Math.scalb(1.0, v.zoom()) / 2;
        double y = v.yOf(row) + Math.scalb(1.0, v.zoom()) / 2;
        return new int[] {(int) x, (int) y, w};
    }

    private static int[] pixels(TestWindow tw) throws Exception {
        WritableImage img = FxTestSupport.onFx(() -> tw.window.gridView().canvas().snapshot(null, null));
        PixelReader px = img.getPixelReader();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] out = new int[w * h];
        px.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }
}
