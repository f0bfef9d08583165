package lifefx.engine;

import lifefx.life.CellLogic;
import lifefx.life.Grid;

/**
 * A strategy's cells kept between generations, in the strategy's own representation: a torus
 * universe owns one and asks it to step, edit, snapshot and restore, so no representation is
 * converted unless somebody asks for a {@link #toGrid() grid}. Made by {@link
 * StrategyRegistry.Entry#openTorus}.
 *
 * <p>Two kinds exist. The per-cell strategies keep the immutable byte {@link Grid} and make a new
 * one each generation through their {@link GenerationStrategy} ({@code GridState}). {@code
 * packed} with pure logic keeps rows of 64-cell words, double-buffered ({@code PackedState});
 * with logic that does I/O it is a per-cell strategy like the others.
 *
 * <p><b>Threading.</b> Not thread-safe: one owner thread calls everything, except {@link
 * #close()}, which may come from any thread, also while a step runs (it then cancels the step,
 * as {@link GenerationStrategy#close()} says). What {@link #snapshot()} returns is immutable and
 * readable from any thread.
 *
 * <p><b>Steps are all or nothing.</b> {@link #step} either computes every generation and moves
 * to the last, or throws and leaves the cells and the generation exactly as before.
 */
public interface TorusState extends TorusCells, AutoCloseable {

    /** Makes the cell at {@code (row, col)} (in range) alive or dead. Between steps. */
    void set(int row, int col, boolean alive);

    /**
     * Computes {@code generations} (at least 1) generations, checking for an interrupt before
     * each and during each.
     *
     * @throws InterruptedException  when the calling thread is interrupted, or closed meanwhile
     * @throws StepFailedException   when a cell's logic fails, with a message fit for a user
     * @throws IllegalStateException after {@link #close()}
     */
    void step(long generations) throws InterruptedException, StepFailedException;

    /**
     * Steps as {@link #step} does and returns how many cells differ between the step's two ends.
     * The default compares a snapshot taken before with the cells after ({@link
     * TorusCells#changedCells}); {@code packed}'s words compare with the array the step read, which
     * they keep for the checkpoint anyway: one XOR and bit count per word, nothing allocated.
     */
    default long stepCounting(long generations) throws InterruptedException, StepFailedException {
        TorusCells before = snapshot();
        step(generations);
        return snapshot().changedCells(before);
    }

    /** An immutable copy of the cells and the generation, readable on any thread. */
    TorusCells snapshot();

    /**
     * Puts back the cells and generation of {@code cells}, which have this torus's size; a
     * snapshot of this kind of state is copied back directly, any other is converted.
     */
    void restore(TorusCells cells);

    /**
     * A way back to the cells and generation as they are now, across the next {@link #step} call
     * only; {@link Checkpoint#rollBack()} must come before any other change (an edit, a restore,
     * another step). The default keeps a {@link #snapshot()}; the word states keep the array the
     * step read instead, O(1).
     */
    default Checkpoint checkpoint() {
        TorusCells s = snapshot();
        return () -> restore(s);
    }

    /** What {@link #checkpoint()} returns. */
    @FunctionalInterface
    interface Checkpoint {
        /**
         * Puts back the cells and generation of the checkpoint: nothing to do after a step that
         * threw; after one that completed, the generation before it.
         *
         * @throws IllegalStateException when the state changed in another way since (a misuse)
         */
        void rollBack();
    }

    /** Ends every thread the state (or its strategy) started; cancels a step in flight. Idempotent. */
    @Override
    void close();

    /** The per-cell state: {@code start} stepped by {@code strategy} with {@code logic}, today's byte grids. */
    static TorusState ofGrid(Grid start, GenerationStrategy strategy, CellLogic logic) {
        return new GridState(start, strategy, logic);
    }
}
