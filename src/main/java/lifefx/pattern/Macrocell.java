package lifefx.pattern;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import lifefx.life.Rule;

/**
 * A pattern as a canonical quadtree, the content of a Golly macrocell ({@code .mc}) file: leaves of
 * 8 × 8 cells and interior nodes that name four children, equal squares shared. It is the neutral
 * form through which a file reaches a hash-consed universe without ever listing its cells, so a
 * pattern of 10^12 cells costs what its distinct squares cost. Immutable and thread-safe.
 *
 * <p><b>Nodes.</b> Node {@code 0} is the empty square of whatever level is asked for; nodes {@code
 * 1..nodeCount()} are numbered children first, in the order of a depth-first walk from the root
 * visiting NW, NE, SW, SE, each distinct square once. That numbering is what {@link PatternWriter}
 * writes, so equal trees write equal files and {@link #equals} is equality of cells, placement, rule,
 * generation and metadata. A leaf (level 3) is one {@code long}: row {@code r} (0 at the top) in bits
 * {@code 8r..8r+7}, column {@code c} at bit {@code 8r+c}, the layout of the universe's leaves. The
 * root is trimmed: it is the smallest centred square, of level 4 or more, holding every live cell.
 *
 * <p><b>Coordinates.</b> The root of level {@code L} is centred: it covers {@code [−2^(L−1),
 * 2^(L−1))} on both axes, x to the right and y downwards, and these are Golly's coordinates, the
 * ones of {@code #CXRLE Pos=}, of {@link Position} and of the HashLife universe. A Golly file's tree
 * sits one row higher: Golly shows the file's tree cell {@code (x, y)} at {@code (x, y + 1)} (its
 * manual: "the upper left cell of the southeast child of the root node is at (x=0, y=1)"; checked
 * with {@code bgolly}, which writes an RLE cell at {@code Pos=0,0} as file tree cell (0, −1)). So
 * the reader moves a file's tree down one row and the writer moves it back up, O(nodes) each; the
 * node numbers of a {@code Macrocell} are those of the moved tree, not of the file.
 *
 * <p><b>Costs.</b> Three arrays of one entry per node (about 25 bytes a node); {@link
 * #population()} is computed once, O(nodes). Building from cells costs O(cells · log cells);
 * expanding to cells costs O(cells + nodes) and is refused past {@link PatternLimits}.
 */
public final class Macrocell {

    /** The level of a leaf: 2^3 = 8 cells a side. */
    public static final int LEAF_LEVEL = 3;
    /** The smallest interior node, 16 × 16, and the smallest root. */
    public static final int MIN_ROOT_LEVEL = 4;
    /** The deepest node LifeFX reads or builds: squares of 2^256 cells a side. */
    public static final int MAX_LEVEL = 256;

    private final byte[] levels;
    private final long[] bits;
    private final int[] kids;
    private final int root;
    private final Rule rule;
    private final BigInteger generation;
    private final Metadata metadata;
    private final BigInteger population;

    private Macrocell(byte[] levels, long[] bits, int[] kids, int root, Rule rule, BigInteger generation,
                      Metadata metadata) {
        this.levels = levels;
        this.bits = bits;
        this.kids = kids;
        this.root = root;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.generation = Objects.requireNonNull(generation, "generation");
        if (generation.signum() < 0) {
            throw new IllegalArgumentException("negative generation " + generation);
        }
        Objects.requireNonNull(metadata, "metadata");
        if (metadata.position() != null) {
            throw new IllegalArgumentException("a macrocell tree places its cells itself; metadata must have no position");
        }
        this.metadata = metadata;
        this.population = countPopulation();
    }

    /** The empty tree with this rule, at generation 0, with no metadata. */
    public static Macrocell empty(Rule rule) {
        return new Macrocell(new byte[1], new long[1], new int[4], 0, rule, BigInteger.ZERO, Metadata.EMPTY);
    }

    // ------------------------------------------------------------------ reading the tree

    /** Distinct non-empty nodes, leaves included; 0 for the empty tree. */
    public int nodeCount() {
        return levels.length - 1;
    }

    /** The root node, the last one ({@code nodeCount()}), or 0 when there are no live cells. */
    public int root() {
        return root;
    }

    /** The root's level (4 or more), or 0 when there are no live cells. */
    public int rootLevel() {
        return levels[root] & 0xFF;
    }

    public boolean isEmpty() {
        return root == 0;
    }

    /** The level of node {@code i} ≥ 1: 3 for a leaf, 4 and up for interior nodes. */
    public int level(int i) {
        check(i);
        return levels[i] & 0xFF;
    }

    /** The 64 cells of leaf {@code i}: row {@code r} in bits {@code 8r..8r+7}, column {@code c} at bit {@code 8r+c}. */
    public long leafBits(int i) {
        check(i);
        if (levels[i] != LEAF_LEVEL) {
            throw new IllegalArgumentException("node " + i + " is not a leaf");
        }
        return bits[i];
    }

    /**
     * A child of interior node {@code i}: quadrant 0 NW, 1 NE, 2 SW, 3 SE. 0 is the empty square; any
     * other child has a smaller number than {@code i} and level {@code level(i) − 1}.
     */
    public int child(int i, int quadrant) {
        check(i);
        if (levels[i] == LEAF_LEVEL) {
            throw new IllegalArgumentException("node " + i + " is a leaf");
        }
        return kids[4 * i + Objects.checkIndex(quadrant, 4)];
    }

    private void check(int i) {
        if (i < 1 || i >= levels.length) {
            throw new IndexOutOfBoundsException("node " + i + " is not in 1.." + nodeCount());
        }
    }

    public Rule rule() {
        return rule;
    }

    /** The generation the file was saved at ({@code #G}), 0 when it names none. */
    public BigInteger generation() {
        return generation;
    }

    /** Name ({@code #N}), author ({@code #O}) and comments ({@code #C}); never a position. */
    public Metadata metadata() {
        return metadata;
    }

    /** Live cells, which may be far more than a {@code long} holds. O(1). */
    public BigInteger population() {
        return population;
    }

    public Macrocell withRule(Rule newRule) {
        return new Macrocell(levels, bits, kids, root, newRule, generation, metadata);
    }

    public Macrocell withGeneration(BigInteger newGeneration) {
        return new Macrocell(levels, bits, kids, root, rule, newGeneration, metadata);
    }

    /** With this metadata; its position, if any, is dropped (the tree places the cells). */
    public Macrocell withMetadata(Metadata newMetadata) {
        return new Macrocell(levels, bits, kids, root, rule, generation, newMetadata.withPosition(null));
    }

    private BigInteger countPopulation() {
        int n = levels.length;
        long[] pop = new long[n];
        Map<Integer, BigInteger> big = null;
        for (int i = 1; i < n; i++) {
            if (levels[i] == LEAF_LEVEL) {
                pop[i] = Long.bitCount(bits[i]);
                continue;
            }
            long s = 0;
            for (int q = 0; q < 4 && s >= 0; q++) {
                long c = pop[kids[4 * i + q]];
                s = c < 0 || s > Long.MAX_VALUE - c ? -1 : s + c;
            }
            if (s < 0) {
                if (big == null) {
                    big = new HashMap<>();
                }
                BigInteger b = BigInteger.ZERO;
                for (int q = 0; q < 4; q++) {
                    int k = kids[4 * i + q];
                    b = b.add(pop[k] >= 0 ? BigInteger.valueOf(pop[k]) : big.get(k));
                }
                big.put(i, b);
            }
            pop[i] = s;
        }
        if (root == 0) {
            return BigInteger.ZERO;
        }
        return pop[root] >= 0 ? BigInteger.valueOf(pop[root]) : big.get(root);
    }

    // ------------------------------------------------------------------ cells

    /**
     * The tree of a pattern's cells: the pattern's position (or 0,0) plus the cell is its
     * coordinate, as in Golly. Name, author and comments are kept; the generation is 0.
     *
     * @throws IllegalArgumentException when a coordinate leaves ±2^31 (no reader makes such a pattern:
     *                                  it needs a position beyond every reader's limit)
     */
    public static Macrocell of(Pattern p) {
        // Normalized first, so the offset is where the cells are (a far position with cells far
        // the other way cancels out) and only the cells' own coordinates must fit.
        Pattern n = p.normalized();
        Position pos = n.metadata().position() == null ? Position.ORIGIN : n.metadata().position();
        return fromCells(n.cells(), pos.x(), pos.y(), n.rule(), BigInteger.ZERO, n.metadata().withPosition(null));
    }

    /** Cells are packed with 29 bits of leaf coordinate per axis: tree coordinates within ±2^31. */
    private static final long COORD_LIMIT = 1L << 31;

    /**
     * Cells at {@code (ox + x, oy + y)} as a tree. O(cells · log cells) time and
     * two {@code long}s a cell of scratch memory.
     */
    public static Macrocell fromCells(CellSet cells, long ox, long oy, Rule rule, BigInteger generation,
                                      Metadata metadata) {
        Builder b = new Builder();
        int n = cells.size();
        if (n == 0) {
            return b.build(0, rule, generation, metadata);
        }
        if (ox < -COORD_LIMIT || ox > COORD_LIMIT || oy < -COORD_LIMIT || oy > COORD_LIMIT) {
            throw new IllegalArgumentException("cannot build a macrocell tree of cells beyond ±2^31: the position is "
                    + ox + "," + oy);
        }
        long minX = ox + cells.minX();
        long maxX = ox + cells.maxX();
        long minY = oy + cells.minY();
        long maxY = oy + cells.maxY();
        if (Math.max(-minX, maxX) >= COORD_LIMIT || Math.max(-minY, maxY) >= COORD_LIMIT) {
            throw new IllegalArgumentException("cannot build a macrocell tree of cells beyond ±2^31: they lie at x "
                    + minX + ".." + maxX + ", y " + minY + ".." + maxY);
        }
        // One key per cell: its leaf (29 bits of x, 29 of y, offset to be non-negative) and its bit.
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long tx = ox + cells.x(i);
            long ty = oy + cells.y(i);
            long lx = (tx >> 3) + LEAF_OFFSET;
            long ly = (ty >> 3) + LEAF_OFFSET;
            keys[i] = (ly << 35) | (lx << 6) | ((ty & 7) << 3) | (tx & 7);
        }
        Arrays.sort(keys);
        int leaves = 0;
        long[] lxs = new long[n];
        long[] lys = new long[n];
        long[] lbits = new long[n];
        for (int i = 0; i < n; i++) {
            long leaf = keys[i] >>> 6;
            if (leaves == 0 || (keys[i - 1] >>> 6) != leaf) {
                lys[leaves] = (leaf >>> 29) - LEAF_OFFSET;
                lxs[leaves] = (leaf & ((1L << 29) - 1)) - LEAF_OFFSET;
                leaves++;
            }
            lbits[leaves - 1] |= 1L << (keys[i] & 63);
        }
        keys = null;
        int level = MIN_ROOT_LEVEL;
        while (Math.max(-minX, maxX + 1) > 1L << (level - 1) || Math.max(-minY, maxY + 1) > 1L << (level - 1)) {
            level++;
        }
        long half = 1L << (level - 1 - LEAF_LEVEL);
        int r = new TreeFromLeaves(b, lxs, lys, lbits).build(level, -half, -half, 0, leaves);
        return b.build(r, rule, generation, metadata);
    }

    /** Added to a leaf coordinate (cell coordinate / 8, within ±2^28) to pack it in 29 bits. */
    private static final long LEAF_OFFSET = 1L << 28;

    /** Partitions leaves (in leaf units) into quadrants, recursively, building nodes bottom-up. */
    private record TreeFromLeaves(Builder b, long[] xs, long[] ys, long[] bits) {

        /** The node of {@code level} whose top-left leaf is (x0, y0), from the leaves in [lo, hi). */
        int build(int level, long x0, long y0, int lo, int hi) {
            if (lo == hi) {
                return 0;
            }
            if (level == LEAF_LEVEL) {
                return b.leaf(bits[lo]);
            }
            long half = 1L << (level - 1 - LEAF_LEVEL);
            int midY = partition(lo, hi, i -> ys[i] < y0 + half);
            int nwEnd = partition(lo, midY, i -> xs[i] < x0 + half);
            int swEnd = partition(midY, hi, i -> xs[i] < x0 + half);
            int nw = build(level - 1, x0, y0, lo, nwEnd);
            int ne = build(level - 1, x0 + half, y0, nwEnd, midY);
            int sw = build(level - 1, x0, y0 + half, midY, swEnd);
            int se = build(level - 1, x0 + half, y0 + half, swEnd, hi);
            return b.node(level, nw, ne, sw, se);
        }

        private int partition(int lo, int hi, java.util.function.IntPredicate first) {
            int i = lo;
            for (int j = lo; j < hi; j++) {
                if (first.test(j)) {
                    swap(i++, j);
                }
            }
            return i;
        }

        private void swap(int i, int j) {
            long t = xs[i];
            xs[i] = xs[j];
            xs[j] = t;
            t = ys[i];
            ys[i] = ys[j];
            ys[j] = t;
            t = bits[i];
            bits[i] = bits[j];
            bits[j] = t;
        }
    }

    /**
     * The cells as a {@link Pattern}: the origin is the top-left of the live cells' bounding box and
     * the position is that corner; the rule and metadata are the tree's.
     *
     * @param sourceName what to call the tree in messages, such as a file name
     * @throws PatternFormatException with a one-line message when the cells break a limit: more live
     *                                cells than {@code maxCells} or than the free heap holds (8 bytes
     *                                a cell), a box wider or higher than {@code maxExtent}, or a
     *                                position beyond {@code maxCoordinate}
     */
    public Pattern toPattern(String sourceName, PatternLimits limits) throws PatternFormatException {
        if (root == 0) {
            return new Pattern(CellSet.EMPTY, 0, 0, rule, metadata);
        }
        String hint = "; LifeFX keeps it as a tree (write it as .mc, or run it on the HashLife universe)";
        if (population.compareTo(BigInteger.valueOf(limits.maxCells())) > 0) {
            throw PatternFormatException.of(sourceName, "the pattern has " + population + " live cells, more than"
                    + " the " + limits.maxCells() + " LifeFX expands into a cell list" + hint, null);
        }
        int level = rootLevel();
        // A trimmed root of level L has a cell at least 2^(L-2) from the centre.
        if (level - 2 >= 62 || (1L << (level - 2)) > 2L * limits.maxCoordinate() + 2L * limits.maxExtent()) {
            throw PatternFormatException.of(sourceName, "the pattern spans a square of 2^" + level
                    + " cells a side, beyond the coordinates LifeFX expands into a cell list" + hint, null);
        }
        long[] box = box(root);
        long origin = -(1L << (level - 1));
        long minX = origin + box[0];
        long minY = origin + box[1];
        long width = box[2] - box[0] + 1;
        long height = box[3] - box[1] + 1;
        if (width > limits.maxExtent() || height > limits.maxExtent()) {
            throw PatternFormatException.of(sourceName, "the pattern spans " + width + "x" + height
                    + " cells (width x height), more than the " + limits.maxExtent() + " a side LifeFX expands"
                    + " into a cell list" + hint, null);
        }
        Position pos = new Position(minX, minY);
        if (Math.abs(pos.x()) > limits.maxCoordinate() || Math.abs(pos.y()) > limits.maxCoordinate()) {
            throw PatternFormatException.of(sourceName, "the pattern lies at " + pos + ", beyond the coordinates"
                    + " within ±" + limits.maxCoordinate() + " LifeFX expands into a cell list" + hint, null);
        }
        long need = population.longValueExact() * 8;
        long free = CellBuffer.JVM_FREE_HEAP.getAsLong();
        if (need > free - free / 8) {
            throw PatternFormatException.of(sourceName, "not enough memory to list the pattern's " + population
                    + " live cells (" + (need >> 20) + " MiB, " + (free >> 20) + " MiB free)" + hint, null);
        }
        long[] keys = new long[population.intValueExact()];
        int[] count = {0};
        emit(root, level, -box[0], -box[1], keys, count);
        CellSet cells = CellSet.sortedUnique(keys, count[0]);
        return new Pattern(cells, (int) width, (int) height, rule, metadata.withPosition(pos));
    }

    /** Appends the keys of node {@code i}'s cells, its corner at (dx, dy) relative to the box. */
    private void emit(int i, int level, long dx, long dy, long[] keys, int[] count) {
        if (i == 0) {
            return;
        }
        if (level == LEAF_LEVEL) {
            long b = bits[i];
            while (b != 0) {
                int bit = Long.numberOfTrailingZeros(b);
                b &= b - 1;
                keys[count[0]++] = CellSet.key((int) (dx + (bit & 7)), (int) (dy + (bit >>> 3)));
            }
            return;
        }
        long h = 1L << (level - 1);
        emit(kids[4 * i], level - 1, dx, dy, keys, count);
        emit(kids[4 * i + 1], level - 1, dx + h, dy, keys, count);
        emit(kids[4 * i + 2], level - 1, dx, dy + h, keys, count);
        emit(kids[4 * i + 3], level - 1, dx + h, dy + h, keys, count);
    }

    /** The live cells' box in node {@code i} (level ≤ 62) as {minX, minY, maxX, maxY} offsets. O(nodes below). */
    private long[] box(int top) {
        long[][] memo = new long[levels.length][];
        return box(top, memo);
    }

    private long[] box(int i, long[][] memo) {
        if (memo[i] != null) {
            return memo[i];
        }
        long[] r;
        if (levels[i] == LEAF_LEVEL) {
            long b = bits[i];
            long cols = 0;
            for (int row = 0; row < 8; row++) {
                cols |= b >>> (8 * row) & 0xFF;
            }
            r = new long[] {Long.numberOfTrailingZeros(cols), Long.numberOfTrailingZeros(b) >>> 3,
                    63 - Long.numberOfLeadingZeros(cols), (63 - Long.numberOfLeadingZeros(b)) >>> 3};
        } else {
            long h = 1L << ((levels[i] & 0xFF) - 1);
            r = new long[] {Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
            for (int q = 0; q < 4; q++) {
                int k = kids[4 * i + q];
                if (k != 0) {
                    long[] c = box(k, memo);
                    long dx = (q & 1) * h;
                    long dy = (q >> 1) * h;
                    r[0] = Math.min(r[0], c[0] + dx);
                    r[1] = Math.min(r[1], c[1] + dy);
                    r[2] = Math.max(r[2], c[2] + dx);
                    r[3] = Math.max(r[3], c[3] + dy);
                }
            }
        }
        memo[i] = r;
        return r;
    }

    // ------------------------------------------------------------------ identity

    @Override
    public boolean equals(Object o) {
        return o instanceof Macrocell m && root == m.root && Arrays.equals(levels, m.levels)
                && Arrays.equals(bits, m.bits) && Arrays.equals(kids, m.kids) && rule.equals(m.rule)
                && generation.equals(m.generation) && metadata.equals(m.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(bits), Arrays.hashCode(kids), rule, generation, metadata);
    }

    @Override
    public String toString() {
        return "Macrocell[nodes=" + nodeCount() + ", level=" + rootLevel() + ", population=" + population
                + ", rule=" + rule + ", generation=" + generation + "]";
    }

    // ------------------------------------------------------------------ building

    /** A map from a pair of node numbers (packed, never 0) to a node number, 12 bytes an entry, no boxing. */
    private static final class PairMemo {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        /** The value for {@code key}, or −1. */
        int get(long key) {
            int mask = keys.length - 1;
            for (int s = slot(key) & mask; keys[s] != 0; s = (s + 1) & mask) {
                if (keys[s] == key) {
                    return values[s];
                }
            }
            return -1;
        }

        void put(long key, int value) {
            if (2 * (size + 1) > keys.length) {
                long[] k = keys;
                int[] v = values;
                keys = new long[k.length * 2];
                values = new int[k.length * 2];
                size = 0;
                for (int i = 0; i < k.length; i++) {
                    if (k[i] != 0) {
                        put(k[i], v[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int s = slot(key) & mask;
            while (keys[s] != 0 && keys[s] != key) {
                s = (s + 1) & mask;
            }
            if (keys[s] == 0) {
                size++;
            }
            keys[s] = key;
            values[s] = value;
        }

        private static int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }

    /**
     * Makes canonical nodes, each distinct square once, and then a {@link Macrocell}. Readers and
     * universes build trees through it. Not thread-safe: one builder, one thread. Costs about 40 bytes
     * a node while building.
     */
    public static final class Builder {
        private byte[] levels = new byte[64];
        private long[] bits = new long[64];
        private int[] kids = new int[256];
        private int n = 1;
        /** Open addressing: node numbers, 0 for a free slot. */
        private int[] table = new int[128];

        public Builder() {
            levels[0] = 0;
        }

        /** Nodes made so far, not counting the empty node 0. */
        public int size() {
            return n - 1;
        }

        /** The canonical leaf with these 64 cells; 0 when there are none. */
        public int leaf(long cells) {
            if (cells == 0) {
                return 0;
            }
            return find(LEAF_LEVEL, cells, 0, 0, 0, 0);
        }

        /**
         * The canonical node of {@code level} with these children (each 0 or of level {@code level −
         * 1}); 0 when all four are empty.
         *
         * @throws IllegalArgumentException for a level outside 4..{@value #MAX_LEVEL} or a child of
         *                                  the wrong level or not yet made
         */
        public int node(int level, int nw, int ne, int sw, int se) {
            if (level < MIN_ROOT_LEVEL || level > MAX_LEVEL) {
                throw new IllegalArgumentException("level " + level + " is outside " + MIN_ROOT_LEVEL + ".." + MAX_LEVEL);
            }
            for (int k : new int[] {nw, ne, sw, se}) {
                if (k < 0 || k >= n) {
                    throw new IllegalArgumentException("child " + k + " is not a node made yet (1.." + (n - 1) + ")");
                }
                if (k != 0 && (levels[k] & 0xFF) != level - 1) {
                    throw new IllegalArgumentException("child " + k + " has level " + (levels[k] & 0xFF)
                            + ", but a level-" + level + " node needs children of level " + (level - 1));
                }
            }
            if ((nw | ne | sw | se) == 0) {
                return 0;
            }
            return find(level, 0, nw, ne, sw, se);
        }

        /** The level of node {@code i} made by this builder; 0 for the empty node. */
        public int level(int i) {
            return levels[Objects.checkIndex(i, n)] & 0xFF;
        }

        private int find(int level, long b, int nw, int ne, int sw, int se) {
            int h = hash(level, b, nw, ne, sw, se);
            int mask = table.length - 1;
            int s = h & mask;
            for (int i; (i = table[s]) != 0; s = (s + 1) & mask) {
                if ((levels[i] & 0xFF) == level && bits[i] == b && kids[4 * i] == nw && kids[4 * i + 1] == ne
                        && kids[4 * i + 2] == sw && kids[4 * i + 3] == se) {
                    return i;
                }
            }
            if (n == Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("too many nodes");
            }
            if (n == levels.length) {
                int cap = (int) Math.min(Integer.MAX_VALUE - 8L, levels.length * 2L);
                levels = Arrays.copyOf(levels, cap);
                bits = Arrays.copyOf(bits, cap);
                kids = Arrays.copyOf(kids, cap * 4);
            }
            int i = n++;
            levels[i] = (byte) level;
            bits[i] = b;
            kids[4 * i] = nw;
            kids[4 * i + 1] = ne;
            kids[4 * i + 2] = sw;
            kids[4 * i + 3] = se;
            table[s] = i;
            if (n * 2L > table.length) {
                rehash();
            }
            return i;
        }

        private void rehash() {
            int[] t = new int[table.length * 2];
            int mask = t.length - 1;
            for (int i = 1; i < n; i++) {
                int s = hash(levels[i] & 0xFF, bits[i], kids[4 * i], kids[4 * i + 1], kids[4 * i + 2],
                        kids[4 * i + 3]) & mask;
                while (t[s] != 0) {
                    s = (s + 1) & mask;
                }
                t[s] = i;
            }
            table = t;
        }

        private static int hash(int level, long b, int nw, int ne, int sw, int se) {
            long h = b * 0x9E3779B97F4A7C15L + level;
            h = (h ^ nw) * 0xBF58476D1CE4E5B9L;
            h = (h ^ ne) * 0x94D049BB133111EBL;
            h = (h ^ sw) * 0x9E3779B97F4A7C15L;
            h = (h ^ se) * 0xBF58476D1CE4E5B9L;
            return (int) (h ^ (h >>> 31) ^ (h >>> 47));
        }

        /** Copies {@code tree}'s nodes into this builder and returns its root here (0 when empty). O(nodes). */
        public int add(Macrocell tree) {
            int[] here = new int[tree.levels.length];
            for (int i = 1; i < here.length; i++) {
                int level = tree.levels[i] & 0xFF;
                here[i] = level == LEAF_LEVEL ? leaf(tree.bits[i])
                        : node(level, here[tree.kids[4 * i]], here[tree.kids[4 * i + 1]], here[tree.kids[4 * i + 2]],
                                here[tree.kids[4 * i + 3]]);
            }
            return here[tree.root];
        }

        /**
         * The centred tree under {@code root} moved one row down ({@code down}) or up, as a centred
         * root one level up (so no row falls off; {@link #build} trims it again). O(distinct pairs
         * of vertically adjacent squares), about O(nodes).
         *
         * @throws IllegalArgumentException when the root is already of level {@value #MAX_LEVEL}
         */
        int shiftedRow(int root, boolean down) {
            if (root == 0) {
                return 0;
            }
            int l = levels[root] & 0xFF;
            if (l >= MAX_LEVEL) {
                throw new IllegalArgumentException("the tree is of level " + l + "; moving it one row needs a level more"
                        + " than the " + MAX_LEVEL + " LifeFX holds");
            }
            int nw = kids[4 * root];
            int ne = kids[4 * root + 1];
            int sw = kids[4 * root + 2];
            int se = kids[4 * root + 3];
            int e = node(l + 1, node(l, 0, 0, 0, nw), node(l, 0, 0, ne, 0), node(l, 0, sw, 0, 0), node(l, se, 0, 0, 0));
            PairMemo memo = new PairMemo();
            return down ? shift(0, e, l + 1, true, memo) : shift(e, 0, l + 1, false, memo);
        }

        /**
         * Down: the square whose first row is {@code top}'s last and whose other rows are {@code
         * bottom}'s first ones. Up: the square of {@code top}'s rows but its first, then {@code
         * bottom}'s first row. Both are of {@code level} (or 0). Recursion depth = level.
         */
        private int shift(int top, int bottom, int level, boolean down, PairMemo memo) {
            if ((top | bottom) == 0) {
                return 0;
            }
            long key = (long) top << 32 | bottom & 0xFFFF_FFFFL;
            int done = memo.get(key);
            if (done >= 0) {
                return done;
            }
            int r;
            if (level == LEAF_LEVEL) {
                long t = bits[top];
                long b = bits[bottom];
                r = leaf(down ? b << 8 | t >>> 56 : t >>> 8 | b << 56);
            } else {
                int tnw = kids[4 * top];
                int tne = kids[4 * top + 1];
                int tsw = kids[4 * top + 2];
                int tse = kids[4 * top + 3];
                int bnw = kids[4 * bottom];
                int bne = kids[4 * bottom + 1];
                int bsw = kids[4 * bottom + 2];
                int bse = kids[4 * bottom + 3];
                int l = level - 1;
                r = down
                        ? node(level, shift(tsw, bnw, l, true, memo), shift(tse, bne, l, true, memo),
                                shift(bnw, bsw, l, true, memo), shift(bne, bse, l, true, memo))
                        : node(level, shift(tnw, tsw, l, false, memo), shift(tne, tse, l, false, memo),
                                shift(tsw, bnw, l, false, memo), shift(tse, bne, l, false, memo));
            }
            memo.put(key, r);
            return r;
        }

        /**
         * The tree under {@code root} (0 for no cells): trimmed to the smallest centred root of level
         * 4 or more, renumbered children first (NW, NE, SW, SE), nodes the root does not reach
         * dropped. O(nodes). The builder may be used on afterwards.
         *
         * @throws IllegalArgumentException when {@code root} is a leaf (a root is level 4 or more)
         */
        public Macrocell build(int root, Rule rule, BigInteger generation, Metadata metadata) {
            if (root != 0 && (levels[Objects.checkIndex(root, n)] & 0xFF) < MIN_ROOT_LEVEL) {
                throw new IllegalArgumentException("the root must be a node of level " + MIN_ROOT_LEVEL
                        + " or more, not a leaf");
            }
            int r = trim(root);
            int[] renumber = new int[n];
            int[] order = new int[n];
            int count = 0;
            if (r != 0) {
                count = number(r, renumber, order, 0);
            }
            byte[] l = new byte[count + 1];
            long[] b = new long[count + 1];
            int[] k = new int[4 * (count + 1)];
            for (int j = 1; j <= count; j++) {
                int old = order[j - 1];
                l[j] = levels[old];
                b[j] = bits[old];
                for (int q = 0; q < 4; q++) {
                    k[4 * j + q] = renumber[kids[4 * old + q]];
                }
            }
            return new Macrocell(l, b, k, count, rule, generation, metadata.withPosition(null));
        }

        private int trim(int r) {
            while (r != 0 && (levels[r] & 0xFF) > MIN_ROOT_LEVEL) {
                int level = levels[r] & 0xFF;
                int[] inner = new int[4];
                for (int q = 0; q < 4; q++) {
                    int c = kids[4 * r + q];
                    if (c == 0) {
                        continue;
                    }
                    for (int g = 0; g < 4; g++) {
                        if (g == 3 - q) {
                            inner[q] = kids[4 * c + g];
                        } else if (kids[4 * c + g] != 0) {
                            return r;
                        }
                    }
                }
                r = node(level - 1, inner[0], inner[1], inner[2], inner[3]);
            }
            return r;
        }

        /** Numbers the nodes under {@code i} children first; returns the count so far. Depth ≤ 256. */
        private int number(int i, int[] renumber, int[] order, int count) {
            if (i == 0 || renumber[i] != 0) {
                return count;
            }
            if ((levels[i] & 0xFF) > LEAF_LEVEL) {
                for (int q = 0; q < 4; q++) {
                    count = number(kids[4 * i + q], renumber, order, count);
                }
            }
            order[count] = i;
            renumber[i] = ++count;
            return count;
        }
    }
}
