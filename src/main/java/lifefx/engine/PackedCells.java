package lifefx.engine;

import java.util.Objects;
import lifefx.life.Grid;
import lifefx.life.GridSize;

/**
 * An immutable copy of {@code packed}'s words at one generation: its snapshot. Reads go straight to
 * the bits (a word per 64 cells); {@link #toGrid()} converts only when asked.
 *
 * <p><b>Threading.</b> Immutable and thread-safe. The words are final before the constructor runs
 * (a copy, or an array the state hands over and never writes again: {@code packed} shares its
 * current array and writes a fresh one from then on), and the array is reached only through a
 * final field, so (JLS 17.5) every thread that sees this object sees the words as they were, even
 * when the object itself was handed over without synchronisation. The {@link #liveSummary()} is
 * immutable too and published through a volatile field.
 */
final class PackedCells implements TorusCells {

    private final GridSize size;
    private final int width;
    private final int wpr;
    private final long generation;
    private final long population;
    private final long[] words;
    /** Built on the first {@link #liveSummary()}; a race builds it twice, equal both times. */
    private volatile LiveSummary summary;

    /** Takes {@code words} (layout of {@link PackedRows}); the caller must not write them again. */
    PackedCells(GridSize size, long generation, long population, long[] words) {
        this.size = Objects.requireNonNull(size, "size");
        this.width = size.width();
        this.wpr = PackedRows.wordsPerRow(width);
        this.generation = generation;
        this.population = population;
        this.words = words;
    }

    /** Copies the words into {@code dst}, which has the same size. */
    void copyTo(long[] dst) {
        System.arraycopy(words, 0, dst, 0, words.length);
    }

    @Override
    public GridSize size() {
        return size;
    }

    @Override
    public long generation() {
        return generation;
    }

    @Override
    public long population() {
        return population;
    }

    @Override
    public boolean alive(int row, int col) {
        return PackedRows.alive(words, wpr, row, col);
    }

    @Override
    public int nextAlive(int row, int col) {
        return PackedRows.nextAlive(words, wpr, width, row, col);
    }

    @Override
    public int lastAlive(int row) {
        return PackedRows.lastAlive(words, wpr, row);
    }

    @Override
    public void orRow(int row, long[] into) {
        PackedRows.orRow(words, wpr, row, into);
    }

    /** One XOR and one bit count per word against other packed cells (O(cells / 64)); else the default. */
    @Override
    public long changedCells(TorusCells other) {
        if (!(other instanceof PackedCells p)) {
            return TorusCells.super.changedCells(other);
        }
        TorusCells.checkSameSize(this, other);
        return PackedRows.changedBits(words, p.words, size.height(), width);
    }

    /** Built once, on the first call, from the words: O(cells / 64); then O(1). Any thread. */
    @Override
    public LiveSummary liveSummary() {
        LiveSummary s = summary;
        if (s == null) {
            s = LiveSummary.ofWords(words, size.height(), width);
            summary = s;
        }
        return s;
    }

    @Override
    public boolean liveSummaryReady() {
        return summary != null;
    }

    /** The words themselves, for the state that shares them: never to be written. */
    long[] words() {
        return words;
    }

    /** O(cells): unpacks every row. */
    @Override
    public Grid toGrid() {
        return PackedRows.toGrid(words, size, generation);
    }

    @Override
    public String toString() {
        return "packed cells " + size + " at generation " + generation;
    }
}
