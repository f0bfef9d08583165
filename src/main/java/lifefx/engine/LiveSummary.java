package lifefx.engine;

/**
 * Which square blocks of a torus hold at least one live cell, at every block side from 2^{@value
 * #FIRST_LEVEL} = 8 up to the first that covers the torus: a small pyramid of bits, so that a view
 * zoomed out to 2^m cells per pixel reads one bit per pixel instead of the 4^m / 64 words under it.
 *
 * <p>Level {@code L} ({@code FIRST_LEVEL ≤ L ≤ }{@link #topLevel()}) cuts the torus into blocks of
 * {@code 2^L × 2^L} cells aligned to cell (0, 0); the blocks of the last row and column are cut
 * short by the torus's edge (they do not wrap). Bit ({@code blockRow}, {@code blockCol}) is set
 * when any cell of that block is alive.
 *
 * <p><b>Costs.</b> {@link #ofWords}: one read of every word (O(cells / 64)) for the first level, then
 * each level from the one below at a quarter of its size; memory about cells / 48 bits (200 KB for a
 * 10,000 × 10,000 torus). {@link #any}: O(1).
 *
 * <p><b>Threading.</b> Immutable once built (every array is reached through final fields), so it
 * may be read from any thread.
 */
public final class LiveSummary {

    /** The finest level: blocks of 8 × 8 cells, one byte of a word across 8 rows. */
    public static final int FIRST_LEVEL = 3;

    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH = 0x8080808080808080L;
    private static final long EVEN = 0x5555555555555555L;

    private final int height;
    private final int width;
    /** {@code bits[L - FIRST_LEVEL]}: block rows one after another, {@code rowWords[L - FIRST_LEVEL]} words each. */
    private final long[][] bits;
    private final int[] rowWords;

    private LiveSummary(int height, int width, long[][] bits, int[] rowWords) {
        this.height = height;
        this.width = width;
        this.bits = bits;
        this.rowWords = rowWords;
    }

    /**
     * The summary of {@code words}, a torus of {@code height × width} cells as rows of 64-cell
     * words (the layout of {@link PackedRows}: bits beyond the width are zero). Reads the words
     * once; does not keep them.
     */
    static LiveSummary ofWords(long[] words, int height, int width) {
        int wpr = PackedRows.wordsPerRow(width);
        int top = topLevelFor(height, width);
        long[][] bits = new long[top - FIRST_LEVEL + 1][];
        int[] rowWords = new int[bits.length];

        // Level 3: OR 8 rows, then one bit per byte of each word (a word's 8 bytes are 8 blocks).
        int blockRows = blocks(height, FIRST_LEVEL);
        int nw = (wpr + 7) >>> 3;
        long[] first = new long[blockRows * nw];
        long[] acc = new long[wpr];
        for (int br = 0; br < blockRows; br++) {
            int r0 = br << FIRST_LEVEL;
            int r1 = Math.min(r0 + (1 << FIRST_LEVEL), height);
            System.arraycopy(words, r0 * wpr, acc, 0, wpr);
            for (int r = r0 + 1; r < r1; r++) {
                int base = r * wpr;
                for (int i = 0; i < wpr; i++) {
                    acc[i] |= words[base + i];
                }
            }
            int out = br * nw;
            for (int i = 0; i < wpr; i++) {
                long x = acc[i];
                if (x != 0) {
                    // the high bit of each byte is set when the byte is not zero
                    long nonZero = (((x & LOW7) + LOW7) | x) & HIGH;
                    first[out + (i >>> 3)] |= Long.compress(nonZero, HIGH) << ((i & 7) << 3);
                }
            }
        }
        bits[0] = first;
        rowWords[0] = nw;

        // Each next level: OR two block rows, then one bit per pair of bits.
        for (int level = FIRST_LEVEL + 1; level <= top; level++) {
            long[] below = bits[level - 1 - FIRST_LEVEL];
            int belowWords = rowWords[level - 1 - FIRST_LEVEL];
            int belowRows = blocks(height, level - 1);
            int rows = blocks(height, level);
            int words2 = (blocks(width, level) + 63) >>> 6;
            long[] here = new long[rows * words2];
            for (int r = 0; r < rows; r++) {
                int a = (2 * r) * belowWords;
                boolean hasSecond = 2 * r + 1 < belowRows;
                int b = a + belowWords;
                int out = r * words2;
                for (int j = 0; j < belowWords; j++) {
                    long x = below[a + j] | (hasSecond ? below[b + j] : 0L);
                    if (x != 0) {
                        long pairs = Long.compress(x | (x >>> 1), EVEN);
                        here[out + (j >>> 1)] |= pairs << ((j & 1) << 5);
                    }
                }
            }
            bits[level - FIRST_LEVEL] = here;
            rowWords[level - FIRST_LEVEL] = words2;
        }
        return new LiveSummary(height, width, bits, rowWords);
    }

    /** The level whose one block covers a torus of {@code height × width}: at least {@link #FIRST_LEVEL}. */
    public static int topLevelFor(int height, int width) {
        int side = Math.max(height, width);
        int level = 32 - Integer.numberOfLeadingZeros(side - 1); // ceil(log2(side)), 0 for side 1
        return Math.max(FIRST_LEVEL, level);
    }

    /** Blocks of 2^level cells along a side of {@code side} cells (the last one may be short). */
    private static int blocks(int side, int level) {
        return (int) ((side + (1L << level) - 1) >>> level);
    }

    /** The torus's height in cells. */
    public int height() {
        return height;
    }

    /** The torus's width in cells. */
    public int width() {
        return width;
    }

    /** The coarsest level: one block of 2^topLevel × 2^topLevel cells covers the whole torus. */
    public int topLevel() {
        return FIRST_LEVEL + bits.length - 1;
    }

    /**
     * The bits of {@code level}, block rows one after another, {@link #rowWords(int)} words each,
     * block column {@code c} at bit {@code c & 63} of word {@code c >>> 6} of its row: for a
     * renderer's inner loop. The caller must not write them.
     */
    public long[] bits(int level) {
        return bits[level - FIRST_LEVEL];
    }

    /** Words per block row of {@code level}. */
    public int rowWords(int level) {
        return rowWords[level - FIRST_LEVEL];
    }

    /**
     * Whether any cell lives in block ({@code blockRow}, {@code blockCol}) of {@code level}: the
     * cells of rows {@code [blockRow·2^level, (blockRow+1)·2^level)} and the same columns, cut at
     * the torus's edge. Arguments in range.
     */
    public boolean any(int level, int blockRow, int blockCol) {
        int l = level - FIRST_LEVEL;
        return (bits[l][blockRow * rowWords[l] + (blockCol >>> 6)] >>> blockCol & 1L) != 0;
    }
}
