package lifefx.pattern;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Collects a reader's cells as <em>runs</em> (a start cell and a length along the row) and turns
 * them into a {@link CellSet} once the whole file has been read. Not thread-safe: one reader, one
 * thread.
 *
 * <p>Why runs: an RLE item such as {@code 99999999o} is 9 bytes of text but 10⁸ cells. Storing
 * cells as they come would allocate 800 MB for it before the next item could break the cell
 * limit. Storing the run costs 12 bytes whatever its length, so memory while reading follows the
 * size of the file; the cells are expanded only once, at the end, when their total is known and
 * has passed both the cell limit and the heap check. A file is thus refused before anything large
 * is allocated.
 *
 * <p>The heap check: every time the running total of cells has used half of the margin measured
 * last, the free heap is measured again, and a file whose cells would no longer fit (8 bytes each,
 * keeping an eighth of the free heap spare) is refused at the item that passed the limit. Growing
 * the run arrays asks the heap first too.
 */
final class CellBuffer {

    /** Free heap, in bytes, that this JVM can still allocate: its real maximum minus what is in use. */
    static final LongSupplier JVM_FREE_HEAP = () -> {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    };

    private final Source source;
    private final LongSupplier freeHeap;
    /** The first cell of each run, as a packed key. */
    private long[] starts = new long[64];
    /** The length of each run; {@code null} while every run is one cell long (Life, plaintext). */
    private int[] lengths;
    private int runs;
    private long cells;
    /** The cell count up to which the last heap measurement still holds. */
    private long heapCheckedUpTo = -1;

    CellBuffer(Source source) {
        this(source, JVM_FREE_HEAP);
    }

    /** For tests: {@code freeHeap} stands in for the JVM's free heap, so the heap guard can be exercised. */
    CellBuffer(Source source, LongSupplier freeHeap) {
        this.source = source;
        this.freeHeap = freeHeap;
    }

    /** Number of cells added so far. */
    long cells() {
        return cells;
    }

    /** Adds one cell at {@code (x, y)}; {@code line} and {@code column} are where the file made it. */
    void add(int x, int y, int line, int column) throws PatternFormatException {
        addRun(x, y, 1, line, column);
    }

    /**
     * Adds {@code length} cells from {@code (x, y)} rightwards, after checking the cell limit and
     * the heap, so an error points at the item that produced them. Allocates nothing that grows
     * with {@code length}.
     */
    void addRun(int x, int y, long length, int line, int column) throws PatternFormatException {
        long total = cells + length;
        int max = source.limits().maxCells();
        if (total > max) {
            throw source.error(line, column, "the pattern has more than " + max
                    + " live cells, the most LifeFX reads");
        }
        if (total > heapCheckedUpTo) {
            long allowed = cellsThatFit(0);
            if (total > allowed) {
                throw outOfMemory(total, line, column);
            }
            // Measuring the heap costs far more than adding a cell: measure again only after half
            // of the remaining margin has been used.
            heapCheckedUpTo = total + (allowed - total) / 2;
        }
        if (runs == starts.length) {
            grow(line, column);
        }
        if (length > 1 && lengths == null) {
            lengths = new int[starts.length];
            Arrays.fill(lengths, 0, runs, 1);
        }
        starts[runs] = CellSet.key(x, y);
        if (lengths != null) {
            lengths[runs] = (int) length;
        }
        runs++;
        cells = total;
    }

    /** How many cells' keys (8 bytes each) fit in the free heap once {@code extraBytes} are also allocated. */
    private long cellsThatFit(long extraBytes) {
        long free = freeHeap.getAsLong() - extraBytes;
        return Math.max(0, (free - (free >> 3)) / Long.BYTES);
    }

    private void grow(int line, int column) throws PatternFormatException {
        int grown = (int) Math.min(Integer.MAX_VALUE - 8, starts.length + (long) (starts.length >> 1));
        if (grown <= runs) {
            throw source.error(line, column, "the pattern has more than " + runs
                    + " separate runs of cells, the most LifeFX reads");
        }
        // A copy needs the old and the new arrays at once.
        long bytes = (long) grown * (Long.BYTES + (lengths != null ? Integer.BYTES : 0));
        long free = freeHeap.getAsLong();
        if (bytes > free - (free >> 3)) {
            throw outOfMemory(cells, line, column);
        }
        try {
            starts = Arrays.copyOf(starts, grown);
            if (lengths != null) {
                lengths = Arrays.copyOf(lengths, grown);
            }
        } catch (OutOfMemoryError e) {
            throw outOfMemory(cells, line, column);
        }
    }

    private PatternFormatException outOfMemory(long needed, int line, int column) {
        return source.error(line, column, "the pattern has more live cells (" + needed
                + " by here) than fit in this JVM's memory; give Java more with -Xmx");
    }

    /**
     * The cells, whose runs must have been added in strictly increasing row-major order, not
     * touching or overlapping (as RLE and plaintext produce them).
     */
    CellSet toSortedSet() throws PatternFormatException {
        long[] keys = expand();
        return CellSet.wrap(keys, (int) cells);
    }

    /** The cells in any order, sorted and with repeats removed. */
    CellSet toSet() throws PatternFormatException {
        long[] keys = expand();
        return CellSet.sortedUnique(keys, (int) cells);
    }

    /** Every cell as a packed key; the only allocation whose size follows the cell count. */
    private long[] expand() throws PatternFormatException {
        long[] keys;
        if (lengths == null) {
            keys = starts;
        } else {
            // The run arrays are still live while the keys are filled in.
            if (cells > cellsThatFit(0)) {
                throw outOfMemory(cells, source.line(), source.column());
            }
            try {
                keys = new long[(int) cells];
            } catch (OutOfMemoryError e) {
                throw outOfMemory(cells, source.line(), source.column());
            }
            int n = 0;
            for (int r = 0; r < runs; r++) {
                long start = starts[r];
                for (int k = 0; k < lengths[r]; k++) {
                    // x is the low half of the key, so the next cell of a row is the next key.
                    keys[n++] = start + k;
                }
            }
        }
        starts = null;
        lengths = null;
        return keys;
    }
}
