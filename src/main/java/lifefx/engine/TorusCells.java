package lifefx.engine;

import lifefx.life.Grid;
import lifefx.life.GridSize;

/**
 * Read access to the cells of a torus at one generation, in whatever representation a strategy
 * keeps them (bytes, 64-cell words): what a universe needs to answer get, bounds, digest and
 * render without converting the whole torus.
 *
 * <p>Rows and columns are given in range ({@code 0 ≤ row < height}, {@code 0 ≤ col < width});
 * wrapping is the caller's business.
 *
 * <p><b>Threading.</b> What {@link TorusState#snapshot()} returns is immutable and may be read
 * from any thread at any time. A {@link TorusState} is a {@code TorusCells} too, but a live one:
 * only its owner thread may read it, between steps.
 */
public interface TorusCells {

    /** {@code grid}'s cells, as a byte representation reads them. O(1). */
    static TorusCells of(Grid grid) {
        return new GridCells(java.util.Objects.requireNonNull(grid, "grid"));
    }

    /** The torus's size. */
    GridSize size();

    /** The generation these cells hold. */
    long generation();

    /** Live cells. O(1). */
    long population();

    /** Whether the cell at {@code (row, col)} is alive. O(1). */
    boolean alive(int row, int col);

    /**
     * The first live column {@code ≥ col} in {@code row}, or -1 when none (also when {@code col ≥
     * width}). O(width) for bytes, O(width / 64) for words.
     */
    int nextAlive(int row, int col);

    /** The last live column in {@code row}, or -1. O(width) for bytes, O(width / 64) for words. */
    int lastAlive(int row);

    /**
     * ORs the cells of {@code row} into {@code words}, 64 to a word, cell {@code c} at bit {@code c
     * & 63} of word {@code c >>> 6}; {@code words} holds at least {@code ceil(width / 64)} words.
     * The default walks {@link #nextAlive}; a word representation ORs its words.
     */
    default void orRow(int row, long[] words) {
        int width = size().width();
        for (int c = nextAlive(row, 0); c >= 0; c = c + 1 < width ? nextAlive(row, c + 1) : -1) {
            words[c >>> 6] |= 1L << c;
        }
    }

    /**
     * How many cells are alive in exactly one of this and {@code other} (a torus of the same size):
     * births plus deaths when {@code other} is the generation before. The default ORs each row of
     * both into words ({@link #orRow}) and counts the bits of their XOR: O(cells / 64 + live cells).
     * The byte and word representations override it with a direct comparison when both sides are of
     * their kind: O(cells) for bytes, O(cells / 64) for words (one XOR and one bit count a word).
     * Immutable cells may be compared on any thread.
     *
     * @throws IllegalArgumentException when the sizes differ
     */
    default long changedCells(TorusCells other) {
        checkSameSize(this, other);
        int rows = size().height();
        long[] a = new long[(size().width() + 63) >>> 6];
        long[] b = new long[a.length];
        long changed = 0;
        for (int row = 0; row < rows; row++) {
            java.util.Arrays.fill(a, 0L);
            java.util.Arrays.fill(b, 0L);
            orRow(row, a);
            other.orRow(row, b);
            for (int i = 0; i < a.length; i++) {
                changed += Long.bitCount(a[i] ^ b[i]);
            }
        }
        return changed;
    }

    /** Refuses to compare tori of two sizes. */
    static void checkSameSize(TorusCells a, TorusCells b) {
        if (!a.size().equals(b.size())) {
            throw new IllegalArgumentException("cannot compare the cells of a " + a.size() + " torus with a "
                    + b.size() + " torus");
        }
    }

    /**
     * Which blocks of 2^3 × 2^3 cells and up hold a live cell, for drawing zoomed out at a cost of
     * the pixels rather than the cells; or {@code null} when this representation keeps none (the
     * default: a caller then reads the cells). Immutable snapshots of word representations build it
     * once, on the first call (O(cells / 64)), and keep it.
     */
    default LiveSummary liveSummary() {
        return null;
    }

    /** Whether {@link #liveSummary()} answers at once (built already, or none kept). */
    default boolean liveSummaryReady() {
        return true;
    }

    /**
     * The cells as a byte grid, at {@link #generation()}: O(1) for a byte representation, a
     * conversion (O(cells)) for others. For what needs a grid: saving, the per-cell strategies.
     */
    Grid toGrid();
}
