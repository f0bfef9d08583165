package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link LiveSummary} against a naive count of the cells of every block at every level: random
 * sizes with the word and block boundaries (7, 8, 9, 63, 64, 65, 127, 129, ...) drawn often, sparse
 * and dense soups, single cells in corners; and the sharing of words between {@code packed}'s state
 * and its snapshots, which the summary is built from.
 */
class LiveSummaryTest {

    @Provide
    Arbitrary<Integer> sides() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.of(1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 127, 128, 129, 511, 513)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 300)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(300, 1100)));
    }

    @Property(tries = 200)
    void everyBlockAtEveryLevelSaysWhetherACellLivesInIt(
            @ForAll("sides") int height,
            @ForAll("sides") int width,
            @ForAll @IntRange(min = 0, max = 3) int sparsity,
            @ForAll long seed) {
        Random random = new Random(seed);
        // Density from a half down to about one cell in 10^4, so that empty blocks are common too.
        double density = sparsity == 0 ? 0.5 : Math.pow(10, -sparsity - random.nextDouble());
        Grid grid = PackedStateTest.soup(new GridSize(height, width), random, density);
        LiveSummary summary = LiveSummary.ofWords(PackedRows.pack(grid), height, width);
        checkSummary(summary, grid, grid.size() + " at density " + density);
    }

    @Test
    void aLoneCellInEachCornerLightsExactlyItsBlocks() {
        int[][] sizes = {{1, 1}, {9, 9}, {65, 130}, {130, 65}, {300, 1}, {1, 300}};
        for (int[] hw : sizes) {
            int h = hw[0];
            int w = hw[1];
            int[][] corners = {{0, 0}, {0, w - 1}, {h - 1, 0}, {h - 1, w - 1}};
            for (int[] rc : corners) {
                Grid.Builder b = new Grid.Builder(new GridSize(h, w));
                b.set(rc[0], rc[1], true);
                Grid g = b.build(0);
                checkSummary(LiveSummary.ofWords(PackedRows.pack(g), h, w), g, h + "x" + w + " cell " + rc[0] + "," + rc[1]);
            }
        }
    }

    @Test
    void theTopLevelIsTheFirstWhoseOneBlockCoversTheTorus() {
        assertThat(LiveSummary.topLevelFor(1, 1)).isEqualTo(LiveSummary.FIRST_LEVEL);
        assertThat(LiveSummary.topLevelFor(8, 3)).isEqualTo(3);
        assertThat(LiveSummary.topLevelFor(9, 3)).isEqualTo(4);
        assertThat(LiveSummary.topLevelFor(10_000, 10_000)).isEqualTo(14);
        assertThat(LiveSummary.topLevelFor(3, 16_385)).isEqualTo(15);
    }

    /**
     * A packed snapshot shares the state's words (no copy); stepping, editing and restoring the
     * state afterwards never changes the snapshot, nor its summary.
     */
    @Test
    void aSnapshotSharesTheWordsYetNothingTheStateDoesLaterChangesIt() throws Exception {
        Random random = new Random(7);
        Grid start = PackedStateTest.soup(new GridSize(70, 130), random, 0.3);
        try (PackedState s = new PackedState(start, Rule.CONWAY, 1, 0)) {
            TorusCells first = s.snapshot();
            LiveSummary summary = first.liveSummary();
            s.set(5, 5, !s.alive(5, 5));      // copies the shared words first
            s.step(1);
            TorusCells second = s.snapshot();
            s.step(3);                          // must not reuse the second snapshot's words as a spare
            s.restore(first);                   // shares the first snapshot's words again
            s.set(0, 0, !s.alive(0, 0));        // and so copies before writing
            s.step(2);
            PackedStateTest.check(first, start, "first snapshot");
            assertThat(first.liveSummary()).isSameAs(summary);
            checkSummary(summary, start, "first snapshot's summary");
            Grid afterEdit = start.toBuilder().set(5, 5, !start.isAlive(5, 5)).build(start.generation());
            PackedStateTest.check(second, lifefx.life.ReferenceLife.run(afterEdit, Rule.CONWAY, 1), "second snapshot");
        }
    }

    @Test
    void aCheckpointRefusesARollbackAfterAnyOtherChange() throws Exception {
        Grid start = PackedStateTest.soup(new GridSize(20, 70), new Random(3), 0.4);
        try (PackedState s = new PackedState(start, Rule.CONWAY, 1, 0)) {
            TorusState.Checkpoint cp = s.checkpoint();
            s.step(1);
            s.set(1, 1, true);
            assertThatThrownBy(cp::rollBack).isInstanceOf(IllegalStateException.class);
            TorusState.Checkpoint notStepped = s.checkpoint();
            notStepped.rollBack(); // nothing happened since: nothing to undo
            assertThat(s.generation()).isEqualTo(start.generation() + 1);
        }
        try (PackedTilesState s = new PackedTilesState(start, Rule.CONWAY, 1, 0, 8)) {
            TorusState.Checkpoint cp = s.checkpoint();
            s.step(2);
            s.step(1);
            assertThatThrownBy(cp::rollBack).isInstanceOf(IllegalStateException.class);
        }
    }

    /** Every bit of every level of {@code summary} is the OR of its block's cells in {@code grid}. */
    static void checkSummary(LiveSummary summary, Grid grid, String at) {
        int h = grid.height();
        int w = grid.width();
        assertThat(summary.height()).isEqualTo(h);
        assertThat(summary.width()).isEqualTo(w);
        assertThat(1L << summary.topLevel()).as("%s: the top level covers the torus", at).isGreaterThanOrEqualTo(Math.max(h, w));
        for (int level = LiveSummary.FIRST_LEVEL; level <= summary.topLevel(); level++) {
            int side = 1 << level;
            int rows = (h + side - 1) / side;
            int cols = (w + side - 1) / side;
            boolean[][] expected = new boolean[rows][cols];
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    if (grid.isAlive(r, c)) {
                        expected[r / side][c / side] = true;
                    }
                }
            }
            for (int br = 0; br < rows; br++) {
                for (int bc = 0; bc < cols; bc++) {
                    if (summary.any(level, br, bc) != expected[br][bc]) {
                        throw new AssertionError(at + ": level " + level + " block (" + br + ", " + bc + ") should be "
                                + expected[br][bc]);
                    }
                }
            }
        }
    }
}
