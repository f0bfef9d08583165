package lifefx.pattern;

import java.util.Arrays;

/**
 * A growing array of packed cell keys that refuses to grow past the cell limit or past what the
 * heap can hold, so a file that produces too many cells fails with a clear message instead of an
 * {@code OutOfMemoryError}. Not thread-safe.
 */
final class CellBuffer {

    private final Source source;
    private long[] keys = new long[64];
    private int size;

    CellBuffer(Source source) {
        this.source = source;
    }

    int size() {
        return size;
    }

    /**
     * Makes room for {@code more} cells. Called before adding them, with the place in the file that
     * produced them, so the error points there.
     */
    void reserve(long more, int line, int column) throws PatternFormatException {
        long needed = size + more;
        int max = source.limits().maxCells();
        if (needed > max) {
            throw source.error(line, column, "the pattern has more than " + max
                    + " live cells, the most LifeFX reads");
        }
        if (needed <= keys.length) {
            return;
        }
        long grown = Math.min(max, Math.max(needed, keys.length + (keys.length >> 1)));
        // Ask the heap before allocating: a copy needs old + new arrays at once.
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (grown * Long.BYTES > free - (free >> 3)) {
            grown = needed;
            if (needed * Long.BYTES > free - (free >> 3)) {
                throw outOfMemory(needed, line, column);
            }
        }
        try {
            keys = Arrays.copyOf(keys, (int) grown);
        } catch (OutOfMemoryError e) {
            throw outOfMemory(needed, line, column);
        }
    }

    private PatternFormatException outOfMemory(long needed, int line, int column) {
        return source.error(line, column, "the pattern has more live cells (" + needed
                + " by here) than fit in this JVM's memory; give Java more with -Xmx");
    }

    /** Adds a cell; {@link #reserve} must have made room. */
    void add(int x, int y) {
        keys[size++] = CellSet.key(x, y);
    }

    /** The cells, which must have been added in strictly increasing row-major order. */
    CellSet toSortedSet() {
        CellSet s = CellSet.wrap(keys, size);
        keys = null;
        return s;
    }

    /** The cells in any order, sorted and with repeats removed. */
    CellSet toSet() {
        CellSet s = CellSet.sortedUnique(keys, size);
        keys = null;
        return s;
    }
}
