package lifefx.pattern;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * An immutable set of live cells, each at a column {@code x} and row {@code y} (both {@code int}),
 * kept as one sorted {@code long[]} of packed {@code (y, x)} keys. Immutable and thread-safe.
 *
 * <p>Why packed longs: patterns can hold millions of cells, and 8 bytes a cell with no object per
 * cell keeps a 10⁶-cell pattern at 8 MB. Sorting by {@code y} then {@code x} is also the order in
 * which RLE and plaintext write rows, so writers stream the array once.
 */
public final class CellSet {

    /** The empty set. */
    public static final CellSet EMPTY = new CellSet(new long[0]);

    private final long[] keys;

    private CellSet(long[] keys) {
        this.keys = keys;
    }

    /** Packs {@code (x, y)} into a key whose signed order is row-major order. */
    public static long key(int x, int y) {
        return ((long) y << 32) | ((x ^ 0x8000_0000) & 0xFFFF_FFFFL);
    }

    /** The column of a packed key. */
    public static int keyX(long key) {
        return (int) key ^ 0x8000_0000;
    }

    /** The row of a packed key. */
    public static int keyY(long key) {
        return (int) (key >> 32);
    }

    /** A set of the given packed keys, in any order and with repeats allowed; the array is copied. */
    public static CellSet ofKeys(long... keys) {
        return sortedUnique(keys.clone(), keys.length);
    }

    /** A set from {@code x, y} pairs: {@code of(0,0, 1,0)} holds (0,0) and (1,0). */
    public static CellSet of(int... xy) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("expected x, y pairs, got " + xy.length + " numbers");
        }
        long[] k = new long[xy.length / 2];
        for (int i = 0; i < k.length; i++) {
            k[i] = key(xy[2 * i], xy[2 * i + 1]);
        }
        return sortedUnique(k, k.length);
    }

    /**
     * Takes ownership of {@code keys[0..length)}, sorting and removing repeats in place. Callers in
     * this package hand over arrays nobody else holds, so no copy is made.
     */
    static CellSet sortedUnique(long[] keys, int length) {
        Arrays.sort(keys, 0, length);
        int n = 0;
        for (int i = 0; i < length; i++) {
            if (n == 0 || keys[n - 1] != keys[i]) {
                keys[n++] = keys[i];
            }
        }
        return wrap(keys, n);
    }

    /** Takes ownership of {@code keys[0..length)}, which must already be strictly increasing. */
    static CellSet wrap(long[] keys, int length) {
        if (length == 0) {
            return EMPTY;
        }
        return new CellSet(length == keys.length ? keys : Arrays.copyOf(keys, length));
    }

    /** Number of live cells. */
    public int size() {
        return keys.length;
    }

    public boolean isEmpty() {
        return keys.length == 0;
    }

    /** The packed key of the {@code i}-th cell in row-major order. */
    public long keyAt(int i) {
        return keys[i];
    }

    /** The column of the {@code i}-th cell in row-major order. */
    public int x(int i) {
        return keyX(keys[i]);
    }

    /** The row of the {@code i}-th cell in row-major order. */
    public int y(int i) {
        return keyY(keys[i]);
    }

    /** Whether {@code (x, y)} is live. O(log n). */
    public boolean contains(int x, int y) {
        return Arrays.binarySearch(keys, key(x, y)) >= 0;
    }

    /** Calls {@code action} with each packed key in row-major order. */
    public void forEachKey(LongConsumer action) {
        for (long k : keys) {
            action.accept(k);
        }
    }

    /** A copy of the packed keys, in row-major order. */
    public long[] toKeyArray() {
        return keys.clone();
    }

    /** Smallest x, or 0 when empty. O(n). */
    public int minX() {
        int m = Integer.MAX_VALUE;
        for (long k : keys) {
            m = Math.min(m, keyX(k));
        }
        return keys.length == 0 ? 0 : m;
    }

    /** Largest x, or -1 when empty. O(n). */
    public int maxX() {
        int m = Integer.MIN_VALUE;
        for (long k : keys) {
            m = Math.max(m, keyX(k));
        }
        return keys.length == 0 ? -1 : m;
    }

    /** Smallest y, or 0 when empty. O(1). */
    public int minY() {
        return keys.length == 0 ? 0 : keyY(keys[0]);
    }

    /** Largest y, or -1 when empty. O(1). */
    public int maxY() {
        return keys.length == 0 ? -1 : keyY(keys[keys.length - 1]);
    }

    /**
     * These cells moved by {@code (dx, dy)}. Order is kept, since a translation keeps row-major
     * order.
     *
     * @throws ArithmeticException when a coordinate would leave the {@code int} range
     */
    public CellSet translate(int dx, int dy) {
        if ((dx == 0 && dy == 0) || keys.length == 0) {
            return this;
        }
        long[] k = new long[keys.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = key(Math.addExact(keyX(keys[i]), dx), Math.addExact(keyY(keys[i]), dy));
        }
        return new CellSet(k);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CellSet c && Arrays.equals(keys, c.keys);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keys);
    }

    /** The first few cells as {@code (x,y)}; all of them for small sets. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CellSet[size=").append(keys.length).append(':');
        for (int i = 0; i < Math.min(keys.length, 32); i++) {
            sb.append(" (").append(x(i)).append(',').append(y(i)).append(')');
        }
        return sb.append(keys.length > 32 ? " …]" : "]").toString();
    }
}
