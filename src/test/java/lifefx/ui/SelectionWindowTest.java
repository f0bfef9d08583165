package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.pattern.CellSet;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternReader;
import lifefx.sim.CellRegion;
import lifefx.sim.PasteMode;
import lifefx.sim.Settings;
import lifefx.sim.Snapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Selection editing on the real window through the glass robot: select with Shift+drag, copy,
 * paste under the mouse, undo; Ctrl+V no longer replaces the document.
 */
class SelectionWindowTest {

    private static final GridSize SIZE = new GridSize(40, 60);
    /** A glider (rows 2-4, columns 3-5) and a block (rows 10-11, columns 20-21). */
    private static final Grid START = glider();

    private static TestWindow tw;
    private static FxRobot robot;

    private static Grid glider() {
        Grid.Builder b = new Grid.Builder(SIZE);
        int[][] cells = {{2, 4}, {3, 5}, {4, 3}, {4, 4}, {4, 5}, {10, 20}, {10, 21}, {11, 20}, {11, 21}};
        for (int[] c : cells) {
            b.set(c[0], c[1], true);
        }
        return b.build(0);
    }

    @BeforeAll
    static void open() throws Exception {
        tw = TestWindow.open(START, Settings.DEFAULT);
        robot = new FxRobot();
    }

    @AfterAll
    static void close() {
        tw.close();
    }

    @BeforeEach
    void reset() throws Exception {
        FxTestSupport.runFx(() -> {
            tw.model().loadGrid(START, null);
            tw.window.selection().select(null);
            tw.window.selection().setPasteMode(PasteMode.COPY);
        });
        // After a switch of universe the window fits the new one first; then set the view.
        tw.settle();
        // 8 pixels a cell, cell (0, 0) at view pixel (10, 10).
        FxTestSupport.runFx(() -> tw.window.viewport().showCellAt(3, 0, 0, 10, 10));
        tw.settle();
    }

    /** The screen point at the centre of cell (row, col). */
    private static Point2D cell(long row, long col) throws Exception {
        return tw.screenOfPixel(10 + col * 8 + 3, 10 + row * 8 + 3);
    }

    private static void keys(KeyCode... codes) {
        robot.press(codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.release(codes[i]);
        }
    }

    private static void shiftDrag(long r0, long c0, long r1, long c1) throws Exception {
        FxTestSupport.runFx(() -> tw.window.gridView().requestFocus());
        robot.moveTo(cell(r0, c0));
        robot.press(KeyCode.SHIFT);
        robot.drag(cell(r0, c0), MouseButton.PRIMARY).dropTo(cell(r1, c1));
        robot.release(KeyCode.SHIFT);
        FxTestSupport.pulses(2);
    }

    @Test
    void selectCopyPasteUnderTheMouseAndUndo() throws Exception {
        shiftDrag(1, 2, 5, 6);
        CellRegion sel = FxTestSupport.onFx(() -> tw.window.selection().selection());
        assertThat(sel).isEqualTo(new CellRegion(1, 2, 5, 5));
        assertThat(FxTestSupport.onFx(() -> tw.window.gridView().shownSelection())).isEqualTo(sel);
        assertThat(FxTestSupport.onFx(() -> tw.window.statusModel().selectionTextProperty().get()))
                .isEqualTo("5 × 5 selected, 5 alive");

        keys(KeyCode.CONTROL, KeyCode.C);
        String rle = FxTestSupport.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        Pattern copied = PatternReader.read(rle, "clipboard");
        assertThat(copied.cells()).isEqualTo(CellSet.of(2, 1, 3, 2, 1, 3, 2, 3, 3, 3));

        Snapshot before = tw.settle();
        robot.moveTo(cell(20, 30));
        keys(KeyCode.CONTROL, KeyCode.V);
        FxTestSupport.waitUntil(() -> tw.window.selection().ghostProperty().get() != null);
        FxTestSupport.pulses(2);
        GridView.Ghost g = FxTestSupport.onFx(() -> tw.window.gridView().shownGhost());
        // The 5 × 5 box is centred on the mouse's cell.
        assertThat(g.top()).isEqualTo(18);
        assertThat(g.left()).isEqualTo(28);
        assertThat(tw.settle().grid()).as("the ghost is not pasted yet").isEqualTo(before.grid());
        assertThat(FxTestSupport.onFx(() -> tw.window.statusModel().selectionTextProperty().get()))
                .startsWith("paste 5 × 5, 5 alive (copy)");
        robot.moveTo(cell(21, 31));
        FxTestSupport.pulses(2);
        assertThat(FxTestSupport.onFx(() -> tw.window.gridView().shownGhost().top())).as("it follows the mouse")
                .isEqualTo(19);
        robot.clickOn(MouseButton.PRIMARY);
        Snapshot pasted = tw.settle();
        assertThat(pasted.population()).isEqualTo(before.population() + 5);
        for (int i = 0; i < copied.cells().size(); i++) {
            assertThat(pasted.grid().isAlive(19 + copied.cells().y(i), 29 + copied.cells().x(i))).isTrue();
        }
        assertThat(FxTestSupport.onFx(() -> tw.window.selection().ghostProperty().get())).isNull();
        assertThat(tw.model().fileName()).as("the document stays").isEqualTo(FxTestSupport.onFx(() -> tw.model().fileName()));

        keys(KeyCode.CONTROL, KeyCode.Z);
        assertThat(tw.settle().grid()).as("undo of the paste").isEqualTo(before.grid());
    }

    @Test
    void ctrlVNoLongerReplacesTheDocumentAndEscapeCancels() throws Exception {
        String name = FxTestSupport.onFx(() -> tw.model().fileName());
        FxTestSupport.runFx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("x = 3, y = 2\n3o$3o!\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            tw.window.gridView().requestFocus();
        });
        Snapshot before = tw.settle();
        robot.moveTo(cell(30, 40));
        keys(KeyCode.CONTROL, KeyCode.V);
        FxTestSupport.waitUntil(() -> tw.window.selection().ghostProperty().get() != null);
        Snapshot during = tw.settle();
        assertThat(during.grid()).isEqualTo(before.grid());
        assertThat(FxTestSupport.onFx(() -> tw.model().fileName())).isEqualTo(name);
        keys(KeyCode.ESCAPE);
        FxTestSupport.pulses(2);
        assertThat(FxTestSupport.onFx(() -> tw.window.selection().ghostProperty().get())).isNull();
        robot.clickOn(MouseButton.PRIMARY);
        // With the paste cancelled, a click draws again.
        assertThat(tw.settle().population()).isEqualTo(before.population() + 1);
        assertThat(tw.prompts.errors).isEmpty();
    }

    @Test
    void badClipboardTextGivesAOneLineNoticeAndNoDialog() throws Exception {
        FxTestSupport.runFx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("x = 3, y = 2\n3o$3q!\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            tw.window.gridView().requestFocus();
        });
        keys(KeyCode.CONTROL, KeyCode.V);
        FxTestSupport.waitUntil(() -> !tw.window.statusModel().noticeProperty().get().isEmpty());
        String notice = FxTestSupport.onFx(() -> tw.window.statusModel().noticeProperty().get());
        assertThat(notice).startsWith("Cannot paste:").contains("clipboard:2:5").doesNotContain("Exception").doesNotContain("\n");
        assertThat(FxTestSupport.onFx(() -> tw.window.selection().ghostProperty().get())).isNull();
        assertThat(tw.prompts.errors).isEmpty();
    }

    @Test
    void deleteClearsOnlyTheSelectionFlipAndRotateMoveItsCellsAndEachUndoesAsOne() throws Exception {
        Snapshot before = tw.settle();
        shiftDrag(1, 2, 5, 6);
        keys(KeyCode.X);
        Snapshot flipped = tw.settle();
        // The glider's (4, 3) goes to (4, 5) mirrored about columns 2..6; the block stays.
        assertThat(flipped.grid().isAlive(2, 4)).isTrue();
        assertThat(flipped.grid().isAlive(3, 3)).isTrue();
        assertThat(flipped.grid().isAlive(3, 5)).isFalse();
        assertThat(flipped.population()).isEqualTo(before.population());
        keys(KeyCode.SHIFT, KeyCode.PERIOD);
        Snapshot turned = tw.settle();
        assertThat(turned.population()).isEqualTo(before.population());
        assertThat(turned.grid()).isNotEqualTo(flipped.grid());
        keys(KeyCode.DELETE);
        Snapshot cleared = tw.settle();
        assertThat(cleared.population()).as("only the block is left").isEqualTo(4);
        keys(KeyCode.CONTROL, KeyCode.Z);
        assertThat(tw.settle().grid()).isEqualTo(turned.grid());
        keys(KeyCode.CONTROL, KeyCode.Z);
        assertThat(tw.settle().grid()).isEqualTo(flipped.grid());
        keys(KeyCode.CONTROL, KeyCode.Z);
        assertThat(tw.settle().grid()).isEqualTo(before.grid());
        keys(KeyCode.SHIFT, KeyCode.DELETE);
        assertThat(tw.settle().population()).as("clear outside keeps the glider").isEqualTo(5);
        // A click outside removes the selection and draws nothing; Delete then clears every cell.
        robot.clickOn(cell(30, 50));
        FxTestSupport.pulses(2);
        assertThat(FxTestSupport.onFx(() -> tw.window.selection().selection())).isNull();
        assertThat(tw.settle().population()).isEqualTo(5);
        keys(KeyCode.DELETE);
        assertThat(tw.settle().population()).isZero();
    }

    @Test
    void onThePlaneSelectAllTakesThePatternsBoundsFarFromTheOriginAndCopyAndFlipWork() throws Exception {
        long far = 1L << 40;
        FxTestSupport.runFx(() -> tw.model().newUniverse(lifefx.universe.Topology.PLANE));
        tw.settle();
        FxTestSupport.runFx(() -> {
            // An L: (far, far), (far+1, far), (far+2, far), (far+2, far+1) as (row, col).
            tw.model().paint(77, new long[] {far, far + 1, far + 2, far + 2}, new long[] {far, far, far, far + 1}, true);
            tw.window.gridView().requestFocus();
        });
        Snapshot before = tw.settle();
        keys(KeyCode.CONTROL, KeyCode.A);
        assertThat(FxTestSupport.onFx(() -> tw.window.selection().selection())).isEqualTo(new CellRegion(far, far, 3, 2));
        keys(KeyCode.CONTROL, KeyCode.C);
        Pattern copied = PatternReader.read(
                FxTestSupport.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()), "clipboard");
        assertThat(copied.cells()).isEqualTo(CellSet.of(0, 0, 0, 1, 0, 2, 1, 2));
        keys(KeyCode.X);
        Snapshot flipped = tw.settle();
        assertThat(flipped.isAlive(far, far + 1)).isTrue();
        assertThat(flipped.isAlive(far, far)).isFalse();
        assertThat(flipped.isAlive(far + 2, far)).isTrue();
        keys(KeyCode.CONTROL, KeyCode.Z);
        Snapshot back = tw.settle();
        for (long r = far - 1; r <= far + 3; r++) {
            for (long c = far - 1; c <= far + 2; c++) {
                assertThat(back.isAlive(r, c)).isEqualTo(before.isAlive(r, c));
            }
        }
        assertThat(back.population()).isEqualTo(4);
    }
}
