package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import lifefx.life.Grid;
import lifefx.life.Grids;
import lifefx.life.GridSize;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private static final GridSize SIZE = new GridSize(10, 10);
    /** What one replacement of a {@link #SIZE} grid counts: both grids, a byte per cell. */
    private static final long REPLACEMENT = 200;

    private static final lifefx.universe.Topology TORUS = lifefx.universe.Topology.torus(SIZE);

    private static Grid grid(long seed) {
        return Grids.random(SIZE, 0.5, seed, 0);
    }

    private static EditHistory.Replacement replacement(long seed) {
        return new EditHistory.Replacement(
                new EditHistory.State(TORUS, lifefx.universe.Universes.snapshotOf(grid(seed)), null, null),
                new EditHistory.State(TORUS, lifefx.universe.Universes.snapshotOf(grid(seed + 1)), null, null));
    }

    @Test
    void theBudgetCountsExactlyWhatIsHeldAcrossUndoThenEditCycles() {
        EditHistory h = new EditHistory(10 * REPLACEMENT);
        for (int i = 0; i < 25; i++) {
            h.record(replacement(i));
        }
        assertThat(h.undoDepth()).isEqualTo(10);
        for (int cycle = 0; cycle < 100; cycle++) {
            for (int u = 0; u < 4 && h.canUndo(); u++) {
                h.pushRedo(h.popUndo());
            }
            h.record(replacement(cycle));
            assertThat(h.redoDepth()).isZero();
            assertThat(h.bytesHeld()).as("bytes after cycle %d", cycle).isEqualTo(h.undoDepth() * REPLACEMENT);
        }
        for (int i = 0; i < 10; i++) {
            h.record(replacement(i));
        }
        assertThat(h.undoDepth()).as("the depth the budget allows").isEqualTo(10);
    }

    @Test
    void aStrokeDropsTheRedoStackAndItsBytes() {
        EditHistory h = new EditHistory(10 * REPLACEMENT);
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            h.record(replacement(i));
            h.pushRedo(h.popUndo());
            if (h.canUndo()) {
                h.pushRedo(h.popUndo());
            }
            EditHistory.Stroke s = h.stroke(i, TORUS);
            s.put(rnd.nextInt(10), rnd.nextInt(10), false, true);
            h.commit(s);
            assertThat(h.redoDepth()).isZero();
            assertThat(h.bytesHeld()).isLessThanOrEqualTo(10 * REPLACEMENT);
        }
        for (int i = 0; i < 10; i++) {
            h.record(replacement(i));
        }
        assertThat(h.undoDepth()).isEqualTo(10);
        assertThat(h.bytesHeld()).isEqualTo(10 * REPLACEMENT);
    }

    @Test
    void aStrokeThatChangesNothingKeepsWhatCanBeRedone() {
        EditHistory h = new EditHistory(10 * REPLACEMENT);
        h.record(replacement(1));
        h.pushRedo(h.popUndo());
        h.commit(h.stroke(7, TORUS));
        assertThat(h.redoDepth()).isEqualTo(1);
        assertThat(h.bytesHeld()).isEqualTo(REPLACEMENT);
    }
}
