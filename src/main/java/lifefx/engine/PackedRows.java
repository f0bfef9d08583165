package lifefx.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import lifefx.life.Grid;
import lifefx.life.GridSize;

/**
 * A torus as rows of 64-cell words, and the one bit-parallel generation kernel that {@code packed}
 * uses, both on byte grids ({@link PackedStrategy}) and on its own words ({@link PackedState}).
 *
 * <p><b>Layout.</b> Row {@code r} is words {@code [r·wpr, (r+1)·wpr)} of one {@code long[]}, where
 * {@code wpr = ceil(width / 64)}; cell {@code c} is bit {@code c & 63} of word {@code c >>> 6}.
 * The padding bits above cell {@code width-1} in a row's last word are always zero: every writer
 * here keeps them so, and the readers rely on it.
 *
 * <p><b>The kernel.</b> For each row it first adds each cell to its west and east neighbours (both
 * wrapping) into a 2-bit "triple sum" per cell (one full adder across three words). A cell's
 * 3×3 sum (its eight neighbours plus itself, 0..9) is then the sum of the triple sums of the rows
 * above, at and below it, added as three 2-bit numbers into four bit-planes. Each row's triple sum
 * is computed once and used for three output rows. For B3/S23 the next state is {@code sum = 3, or
 * sum = 4 and alive}, four operations; any other outer-totalistic rule (B0 and S8 included) is
 * matched term by term: a dead cell is born at {@code sum = n} for n in B, a live cell survives at
 * {@code sum = n + 1} for n in S. About 30 word operations per 64 cells.
 *
 * <p>Tiny tori need nothing special: on a width of 1 or 2 the west and east neighbours are found
 * by the same shifts and carries and may be the cell itself or the same cell twice, and on heights
 * 1 and 2 the rows above and below are the same row, which is exactly the article's counting (on
 * 1×1 the lone cell is its own neighbour eight times).
 *
 * <p>Stateless; every method may run on many threads at once for disjoint output rows.
 */
final class PackedRows {

    private PackedRows() {
    }

    /** Words per row for a torus {@code width} cells wide. */
    static int wordsPerRow(int width) {
        return (width + 63) >>> 6;
    }

    /** The bits of a row's last word that hold cells. */
    static long lastMask(int width) {
        int used = width & 63;
        return used == 0 ? -1L : (1L << used) - 1;
    }

    // ------------------------------------------------------------------ reading

    /**
     * Cells that differ between two tori of words of the same size (rows of {@code wpr} words,
     * {@code width} cells): the bits of their XOR, each row's last word masked to its cells. One
     * XOR and one bit count per word; no allocation.
     */
    static long changedBits(long[] a, long[] b, int height, int width) {
        int wpr = wordsPerRow(width);
        long mask = lastMask(width);
        long changed = 0;
        for (int row = 0; row < height; row++) {
            int base = row * wpr;
            int last = base + wpr - 1;
            for (int i = base; i < last; i++) {
                changed += Long.bitCount(a[i] ^ b[i]);
            }
            changed += Long.bitCount((a[last] ^ b[last]) & mask);
        }
        return changed;
    }

    /** Whether cell {@code (row, col)} is set; both in range. */
    static boolean alive(long[] words, int wpr, int row, int col) {
        return (words[row * wpr + (col >>> 6)] >>> col & 1L) != 0;
    }

    /** The first live column {@code ≥ col} of {@code row}, or -1. */
    static int nextAlive(long[] words, int wpr, int width, int row, int col) {
        if (col >= width) {
            return -1;
        }
        int base = row * wpr;
        int i = col >>> 6;
        long word = words[base + i] & (-1L << col);
        while (true) {
            if (word != 0) {
                return (i << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++i == wpr) {
                return -1;
            }
            word = words[base + i];
        }
    }

    /** ORs row {@code row}'s words into {@code into} (at least {@code wpr} words). */
    static void orRow(long[] words, int wpr, int row, long[] into) {
        int base = row * wpr;
        for (int i = 0; i < wpr; i++) {
            into[i] |= words[base + i];
        }
    }

    /** The last live column of {@code row}, or -1. */
    static int lastAlive(long[] words, int wpr, int row) {
        int base = row * wpr;
        for (int i = wpr - 1; i >= 0; i--) {
            long word = words[base + i];
            if (word != 0) {
                return (i << 6) + 63 - Long.numberOfLeadingZeros(word);
            }
        }
        return -1;
    }

    /** Live cells among words {@code [from, to)}. */
    static long population(long[] words, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            n += Long.bitCount(words[i]);
        }
        return n;
    }

    // ------------------------------------------------------------------ bytes <-> bits

    /** One bit per byte: the low bit of each of eight 0/1 bytes read as a little-endian long. */
    private static final long BYTE_LOW_BITS = 0x0101010101010101L;

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** {@code grid}'s cells as words in the layout above. O(cells), 8 cells per {@code Long.compress}. */
    static long[] pack(Grid grid) {
        int w = grid.width();
        int wpr = wordsPerRow(w);
        long[] words = new long[grid.height() * wpr];
        byte[] bytes = new byte[w];
        for (int r = 0; r < grid.height(); r++) {
            grid.copyRow(r, bytes, 0);
            packRow(bytes, words, r * wpr);
        }
        return words;
    }

    /** Packs one row of 0/1 bytes into the (zeroed) words at {@code offset}. */
    static void packRow(byte[] bytes, long[] words, int offset) {
        int w = bytes.length;
        int c = 0;
        for (; c + 8 <= w; c += 8) {
            long eight = Long.compress((long) LONGS.get(bytes, c), BYTE_LOW_BITS);
            words[offset + (c >>> 6)] |= eight << (c & 63);
        }
        for (; c < w; c++) {
            words[offset + (c >>> 6)] |= (long) bytes[c] << (c & 63);
        }
    }

    /** Unpacks the row at word {@code offset} into {@code bytes} (its length is the width). */
    static void unpackRow(long[] words, int offset, byte[] bytes) {
        int w = bytes.length;
        int c = 0;
        for (; c + 8 <= w; c += 8) {
            long eight = (words[offset + (c >>> 6)] >>> (c & 63)) & 0xFF;
            LONGS.set(bytes, c, Long.expand(eight, BYTE_LOW_BITS));
        }
        for (; c < w; c++) {
            bytes[c] = (byte) (words[offset + (c >>> 6)] >>> (c & 63) & 1L);
        }
    }

    /** Words in the layout above as a new grid at {@code generation}. O(cells). */
    static Grid toGrid(long[] words, GridSize size, long generation) {
        int w = size.width();
        int wpr = wordsPerRow(w);
        Grid.Builder b = new Grid.Builder(size);
        byte[] bytes = new byte[w];
        for (int r = 0; r < size.height(); r++) {
            unpackRow(words, r * wpr, bytes);
            b.setRow(r, bytes, 0);
        }
        return b.build(generation);
    }

    // ------------------------------------------------------------------ the kernel

    /** Whether a rule is Conway's B3/S23, which has its own four-operation path. */
    static boolean isConway(int birth, int survival) {
        return birth == 1 << 3 && survival == ((1 << 2) | (1 << 3));
    }

    /**
     * Which kernel {@link #rows} runs: the Vector API one ({@link PackedVectorRows}) when the module
     * {@code jdk.incubator.vector} is in the boot layer, unless the system property
     * {@code lifefx.packed.kernel} is {@code scalar}; otherwise the scalar one below. Read once.
     */
    static final boolean VECTOR = vectorModuleLoaded()
            && !"scalar".equals(System.getProperty("lifefx.packed.kernel"));

    /** The kernel in use, for reports: "Vector API, 4 words (256 bits) per vector", or "scalar" and why. */
    public static String describeKernel() {
        if (VECTOR) {
            return PackedVectorRows.describe();
        }
        return vectorModuleLoaded()
                ? "scalar (lifefx.packed.kernel=scalar)"
                : "scalar (no jdk.incubator.vector module)";
    }

    /** Whether {@code --add-modules jdk.incubator.vector} put the Vector API in the boot layer. */
    private static boolean vectorModuleLoaded() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /**
     * Computes rows {@code [from, to)} of the generation after {@code src} into {@code dst} (same
     * layout, torus {@code height × width}) and returns their live cells. Checks for an interrupt
     * once every few rows, so a cancelled band stops within microseconds. Reads {@code src} rows
     * {@code from-1 .. to} (wrapped) and writes only {@code dst} rows {@code [from, to)}. Runs the
     * {@link PackedVectorRows Vector API kernel} when it is available ({@link #VECTOR}), else the
     * scalar one; both give the same words.
     *
     * @throws InterruptedException when the calling thread is interrupted
     */
    static long rows(long[] src, long[] dst, int height, int width, int from, int to, int birth, int survival)
            throws InterruptedException {
        return VECTOR
                ? PackedVectorRows.rows(src, dst, height, width, from, to, birth, survival)
                : scalarRows(src, dst, height, width, from, to, birth, survival);
    }

    /** {@link #rows} one word at a time, whatever the JVM has; tests compare both kernels through it. */
    static long scalarRows(long[] src, long[] dst, int height, int width, int from, int to, int birth, int survival)
            throws InterruptedException {
        int wpr = wordsPerRow(width);
        long mask = lastMask(width);
        TripleSums t = new TripleSums(wpr);
        boolean conway = isConway(birth, survival);
        // 3×3 sums (0..9) that make a cell live: born at n, survives at n + 1 (itself counted).
        int keptAt = survival << 1;
        tripleSum(src, (from == 0 ? height - 1 : from - 1) * wpr, wpr, width, t.upLo, t.upHi);
        tripleSum(src, from * wpr, wpr, width, t.midLo, t.midHi);
        long population = 0;
        for (int r = from; r < to; r++) {
            checkInterrupt(r);
            tripleSum(src, (r + 1 == height ? 0 : r + 1) * wpr, wpr, width, t.downLo, t.downHi);
            int base = r * wpr;
            for (int i = 0; i < wpr; i++) {
                dst[base + i] = nextWord(t.upLo[i], t.midLo[i], t.downLo[i], t.upHi[i], t.midHi[i], t.downHi[i],
                        src[base + i], conway, birth, keptAt);
            }
            dst[base + wpr - 1] &= mask;
            for (int i = base; i < base + wpr; i++) {
                population += Long.bitCount(dst[i]);
            }
            t.advance();
        }
        return population;
    }

    /**
     * The triple sums (low and high bits, {@code wpr} words each) of the three rows around the row
     * a kernel is computing: above it ({@code up}), itself ({@code mid}) and below it ({@code
     * down}). Each row's triple sum is computed once, into {@code down}, and serves three output
     * rows; {@link #advance} then moves down a row, reusing the old top row's arrays for the next
     * row below. One per kernel call, on its thread.
     */
    static final class TripleSums {
        long[] upLo;
        long[] upHi;
        long[] midLo;
        long[] midHi;
        long[] downLo;
        long[] downHi;

        TripleSums(int wpr) {
            upLo = new long[wpr];
            upHi = new long[wpr];
            midLo = new long[wpr];
            midHi = new long[wpr];
            downLo = new long[wpr];
            downHi = new long[wpr];
        }

        /** The row below becomes the middle one, the middle one the top; the old top's arrays are reused below. */
        void advance() {
            long[] lo = upLo;
            long[] hi = upHi;
            upLo = midLo;
            upHi = midHi;
            midLo = downLo;
            midHi = downHi;
            downLo = lo;
            downHi = hi;
        }
    }

    /** Every 16 rows, whether the kernel's thread was interrupted: a cancelled band stops within microseconds. */
    static void checkInterrupt(int row) throws InterruptedException {
        if ((row & 15) == 0 && Thread.interrupted()) {
            throw new InterruptedException("generation cancelled");
        }
    }

    /**
     * The next 64 cells, from the triple sums of the rows above ({@code a}), at ({@code b}) and below
     * ({@code c}) them, low and high bits, and the cells themselves. A dead cell is born at a 3×3
     * sum of {@code n} for n in {@code birth}; a live one stays at {@code n} for n in {@code keptAt}
     * (its survival set shifted by one, itself counted). For B3/S23 ({@code conway}) that is {@code
     * sum = 3, or sum = 4 and alive}.
     */
    static long nextWord(long a0, long b0, long c0, long a1, long b1, long c1, long alive,
                         boolean conway, int birth, int keptAt) {
        long x = a0 ^ b0;
        long s0 = x ^ c0;
        long k0 = (a0 & b0) | (x & c0);
        long y = a1 ^ b1;
        long z = y ^ c1;
        long s1 = z ^ k0;
        long k1 = (a1 & b1) | (y & c1);
        long k2 = z & k0;
        long s2 = k1 ^ k2;
        if (conway) {
            // bit 3 of the sum (8 and 9) is never needed for 3 and 4
            return (s0 & s1 & ~s2) | (alive & ~s0 & ~s1 & s2);
        }
        long s3 = k1 & k2;
        return (~alive & match(birth, s0, s1, s2, s3)) | (alive & match(keptAt, s0, s1, s2, s3));
    }

    /** The cells whose 3×3 sum, given as bit-planes, is one of the values set in {@code sums} (bits 0..9). */
    private static long match(int sums, long s0, long s1, long s2, long s3) {
        long m = 0;
        while (sums != 0) {
            int n = Integer.numberOfTrailingZeros(sums);
            sums &= sums - 1;
            m |= ((n & 1) != 0 ? s0 : ~s0) & ((n & 2) != 0 ? s1 : ~s1)
                    & ((n & 4) != 0 ? s2 : ~s2) & ((n & 8) != 0 ? s3 : ~s3);
        }
        return m;
    }

    /**
     * West + self + east of every cell of the row at word {@code off}, as a 2-bit number: low bits
     * into {@code lo}, high bits into {@code hi}. West of cell 0 is cell {@code width-1} and east of
     * cell {@code width-1} is cell 0. Padding bits of the result may be set; the kernel masks its
     * output instead.
     */
    static void tripleSum(long[] src, int off, int wpr, int width, long[] lo, long[] hi) {
        int lastWord = off + wpr - 1;
        int lastBit = (width - 1) & 63;
        long cellLast = (src[lastWord] >>> lastBit) & 1L; // cell width-1
        long cellFirst = src[off] & 1L;                    // cell 0
        if (wpr == 1) {
            tripleWord(src[off], cellLast, cellFirst << lastBit, lo, hi, 0);
            return;
        }
        tripleWord(src[off], cellLast, src[off + 1] << 63, lo, hi, 0);
        for (int i = 1; i < wpr - 1; i++) {
            tripleWord(src[off + i], src[off + i - 1] >>> 63, src[off + i + 1] << 63, lo, hi, i);
        }
        tripleWord(src[lastWord], src[lastWord - 1] >>> 63, cellFirst << lastBit, lo, hi, wpr - 1);
    }

    /**
     * West + self + east of the 64 cells of word {@code x} into {@code lo[i]} and {@code hi[i]}:
     * {@code westIn} is the bit that enters at bit 0 when the word moves one cell east (the west
     * neighbour of its first cell), {@code eastIn} the bits ORed in after it moves one cell west.
     */
    static void tripleWord(long x, long westIn, long eastIn, long[] lo, long[] hi, int i) {
        long west = (x << 1) | westIn;
        long east = (x >>> 1) | eastIn;
        long t = west ^ x;
        lo[i] = t ^ east;
        hi[i] = (west & x) | (t & east);
    }
}
