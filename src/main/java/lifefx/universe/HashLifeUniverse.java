package lifefx.universe;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lifefx.life.Rule;

/**
 * The unbounded plane, stepped by Gosper's HashLife: a canonical (hash-consed) quadtree whose every
 * node remembers where its centre will be 2^(level−2) generations later, so that repeated structure
 * in space and time is computed once. This is the algorithm of Golly's {@code hlifealgo}.
 *
 * <p><b>Representation.</b> A node of level {@code L} is a square of 2^L × 2^L cells. Leaves are
 * level 3 (8 × 8 cells in one {@code long}, row {@code r} in bits {@code 8r..8r+7}, column {@code c}
 * at bit {@code 8r+c}); every other node has four children of level {@code L−1}. Nodes are unique
 * by content: a node table (open addressing keyed by the children's identity) returns the
 * existing node for the same four children, so equal squares are the same object. The root is at
 * least level 5 and always centred on the origin: it covers {@code [−2^(L−1), 2^(L−1))} on both
 * axes.
 *
 * <p><b>Memo.</b> Each node keeps two results: its centre 2^(L−2) generations ahead (Gosper's), and
 * its centre 2^k generations ahead for the last smaller {@code k} asked of it (so stepping by 1, as
 * when editing, is memoized too and does not disturb the big-step memo). Level-4 nodes (16 × 16) are
 * computed directly, four rows per {@code long}, with a bit-parallel adder for any outer-totalistic
 * rule.
 *
 * <p><b>Steps.</b> {@link #step} splits {@code n} into powers of two and jumps 2^k at a time: the
 * root first grows by empty borders until it is of level at least k+3 with every live cell inside its
 * central quarter, so nothing can leave it; the result replaces the root and empty borders are
 * trimmed. A jump of 10^9 on the Gosper glider gun takes milliseconds; chaotic patterns cost about
 * as much as their distinct 16 × 16 histories.
 *
 * <p><b>Memory.</b> The node table is bounded by a budget in bytes (about {@value #BYTES_PER_NODE}
 * bytes per node, object and table slot), by default a quarter of {@link Runtime#maxMemory()}. When
 * a step fills it, the table is rebuilt from the current root alone (unreachable nodes and every
 * memo are dropped, as Golly does) and the jump is tried again; if it still does not fit, the jump
 * is split into halves, down to single generations. Only when one generation of the pattern cannot
 * fit does {@link #step} throw a {@link UniverseException} (one line, for a user), and the universe
 * stays at the generation it had before the call, the last good one. If the Java heap runs out first
 * (a budget above what the heap can hold, or many snapshots of old trees), the table is collected
 * the same way and {@link #step} throws a {@link UniverseException}, the universe again as before
 * the call. Snapshots keep their nodes alive on the Java heap but not in the table; restoring one
 * puts its nodes back.
 *
 * <p><b>Cancellation.</b> A step checks {@link Thread#interrupted()} every
 * {@value #POLL_INTERVAL} node computations (as Golly's poller does) and at its start, and then
 * throws {@link InterruptedException} with the universe exactly as before the call: the quadtree is
 * immutable and the new root is assigned only when the whole step is done. Memos computed so far
 * stay, so a retried step is faster.
 *
 * <p><b>Coordinates.</b> Every {@code long} is a valid coordinate. The tree may grow beyond the
 * {@code long} range (after about 2^62 generations of a growing pattern); then {@link #get}, {@link
 * #set} and {@link #render} see the {@code long} window of it, and {@link #bounds} and {@link
 * #digest} throw {@link ArithmeticException} if a live cell lies outside that window.
 *
 * <p><b>Threads.</b> Not thread-safe: one thread owns the universe (see {@link Universe}). Another
 * thread may only interrupt the owner to cancel a step. {@link Snapshot snapshots} are immutable
 * and may be read from any thread.
 */
public final class HashLifeUniverse implements Universe {

    /**
     * Estimated bytes per node: the object (72 bytes with compressed references) and its share of
     * the table (16 to 32: a reference and a hash per slot, at most half the slots used, since
     * linear probing slows down sharply above that).
     */
    static final int BYTES_PER_NODE = 104;

    /** The name of the one strategy of the unbounded universe. */
    public static final String STRATEGY = "hashlife";

    /** Node computations between two looks at the interrupt flag. */
    static final int POLL_INTERVAL = 4096;

    private static final int LEAF = 3;
    private static final int MIN_ROOT = 5;

    private final Rule rule;
    private final boolean conway;
    private final int birth;
    private final int survival;
    private final long maxNodes;
    private final long budgetBytes;

    private static final int INITIAL_SLOTS = 1 << 14;

    /** The node table: open addressing, linear probing, each slot's hash kept beside it. */
    private Node[] slots = new Node[INITIAL_SLOTS];
    private int[] hashes = new int[INITIAL_SLOTS];
    private int count;
    private int epoch = 1;
    private Node[] empties = new Node[80];

    private Node root;
    private BigInteger generation = BigInteger.ZERO;

    /** The root being stepped (null between steps), kept by a collection. */
    private Node working;
    private int pollCountdown = POLL_INTERVAL;
    private volatile long workDone;
    private int collections;

    /**
     * An empty universe with a node table of a quarter of the heap.
     *
     * @throws IllegalArgumentException for a rule with B0
     */
    public HashLifeUniverse(Rule rule) {
        this(rule, Runtime.getRuntime().maxMemory() / 4);
    }

    /**
     * An empty universe whose node table may use about {@code memoryBudgetBytes}. A torus suffix on
     * the rule ({@code :Tw,h}) is dropped: this plane has no edges.
     *
     * @throws IllegalArgumentException for a rule with B0, or a budget below 1
     */
    public HashLifeUniverse(Rule rule, long memoryBudgetBytes) {
        Objects.requireNonNull(rule, "rule");
        if ((rule.birth() & 1) != 0) {
            throw new IllegalArgumentException("rule " + rule.withoutTorus() + " has B0: on an unbounded universe a"
                    + " dead cell with no live neighbours would be born, so the infinite empty plane would turn on;"
                    + " use a torus for B0 rules");
        }
        if (memoryBudgetBytes < 1) {
            throw new IllegalArgumentException("memory budget must be at least 1 byte, got " + memoryBudgetBytes);
        }
        this.rule = rule.withoutTorus();
        this.birth = rule.birth();
        this.survival = rule.survival();
        this.conway = birth == Rule.CONWAY.birth() && survival == Rule.CONWAY.survival();
        this.budgetBytes = memoryBudgetBytes;
        this.maxNodes = Math.max(1, memoryBudgetBytes / BYTES_PER_NODE);
        this.root = empty(MIN_ROOT);
    }

    // ------------------------------------------------------------------ the interface

    @Override
    public String description() {
        return "hashlife";
    }

    @Override
    public Rule rule() {
        return rule;
    }

    @Override
    public BigInteger generation() {
        return generation;
    }

    @Override
    public BigInteger population() {
        return root.population();
    }

    /** The memory budget of the node table in bytes, as given to the constructor. */
    public long memoryBudget() {
        return budgetBytes;
    }

    /** Nodes now in the table. */
    public int nodeCount() {
        return count;
    }

    /** How many times the node table has been rebuilt because it was full. */
    public int collections() {
        return collections;
    }

    /** Node computations done by steps so far, published every {@value #POLL_INTERVAL}; for tests. */
    long workDone() {
        return workDone;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Costs O(distinct nodes of the tree) at worst, each node's box computed once per call.
     *
     * @throws ArithmeticException when a live cell lies outside the {@code long} range
     */
    @Override
    public Optional<Bounds> bounds() {
        return boundsOf(root);
    }

    /** {@link #bounds()} of the tree under {@code root}; reads immutable nodes only, so any thread may call it. */
    static Optional<Bounds> boundsOf(Node root) {
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Node w = longWindowOf(root);
        long origin = originOf(w.level);
        Boxes boxes = new Boxes();
        if (w.level < 64) {
            long[] b = boxes.box(w);
            return Optional.of(new Bounds(origin + b[0], origin + b[1], origin + b[2], origin + b[3]));
        }
        // level 64: offsets reach 2^64 - 1, so combine the four children in absolute coordinates
        long[] a = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
        Node[] kids = {w.nw, w.ne, w.sw, w.se};
        for (int i = 0; i < 4; i++) {
            if (!kids[i].isEmpty()) {
                long[] b = boxes.box(kids[i]);
                long cx = (i & 1) == 0 ? Long.MIN_VALUE : 0;
                long cy = (i & 2) == 0 ? Long.MIN_VALUE : 0;
                a[0] = Math.min(a[0], cx + b[0]);
                a[1] = Math.min(a[1], cy + b[1]);
                a[2] = Math.max(a[2], cx + b[2]);
                a[3] = Math.max(a[3], cy + b[3]);
            }
        }
        return Optional.of(new Bounds(a[0], a[1], a[2], a[3]));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The {@link CellDigest} of the live cells, with no tag (the plane has no size). It walks
     * every live cell in row-major order in a fresh (unshared) walk of the tree, strip by strip, so
     * it costs O(population + nodes on the way) time and O(width of the pattern in leaves) memory:
     * about a second per 10^7 cells.
     *
     * @throws ArithmeticException when a live cell lies outside the {@code long} range
     */
    @Override
    public String digest() {
        CellDigest digest = new CellDigest();
        if (!root.isEmpty()) {
            Node w = longWindow();
            List<Node> strip = new ArrayList<>();
            List<Long> xs = new ArrayList<>();
            strip.add(w);
            xs.add(originOf(w.level));
            new RowWalker(digest::add).strip(strip, xs, originOf(w.level), w.level);
        }
        return digest.hex();
    }

    /** Every live cell of the tree under {@code root}, in row-major order; any thread. O(population + nodes). */
    static void forEachCellOf(Node root, CellSink sink) {
        if (!root.isEmpty()) {
            Node w = longWindowOf(root);
            List<Node> strip = new ArrayList<>();
            List<Long> xs = new ArrayList<>();
            strip.add(w);
            xs.add(originOf(w.level));
            new RowWalker(sink).strip(strip, xs, originOf(w.level), w.level);
        }
    }

    /** O(levels). */
    @Override
    public boolean get(long x, long y) {
        return cellOf(root, x, y);
    }

    /** {@link #get} in the tree under {@code root}; any thread. */
    static boolean cellOf(Node root, long x, long y) {
        Node w = root;
        if (w.level > 64) {
            w = windowOf(root);
        } else if (!inside(w.level, x, y)) {
            return false;
        }
        long half = w.level == 64 ? Long.MIN_VALUE : 1L << (w.level - 1);
        long ux = x + half;
        long uy = y + half;
        Node n = w;
        while (n.level > LEAF) {
            int b = n.level - 1;
            boolean east = (ux >>> b & 1) != 0;
            boolean south = (uy >>> b & 1) != 0;
            n = south ? (east ? n.se : n.sw) : (east ? n.ne : n.nw);
        }
        return (n.bits >>> ((uy & 7) * 8 + (ux & 7)) & 1) != 0;
    }

    /** O(levels): rebuilds the path from the root to the cell, growing the root when needed. */
    @Override
    public void set(long x, long y, boolean alive) {
        Node r = root;
        while (r.level < 64 && !inside(r.level, x, y)) {
            r = expand(r);
        }
        root = setDeep(r, x, y, alive);
    }

    @Override
    public void step(BigInteger generations) throws InterruptedException, UniverseException {
        Objects.requireNonNull(generations, "generations");
        if (generations.signum() <= 0) {
            throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("step cancelled before it started");
        }
        working = root;
        try {
            if (count > maxNodes) {
                collect();
            }
            for (int j = 0; j < generations.bitLength(); j++) {
                if (generations.testBit(j)) {
                    working = jump(working, j);
                }
            }
            root = working;
            generation = generation.add(generations);
        } catch (OutOfMemoryError e) {
            // The Java heap ran out before the node budget did (a budget above the heap, or snapshots
            // holding old trees). The stack has unwound; dropping every node the root does not need
            // frees the heap, and the universe stays where it was.
            slots = null; // first, with no allocation: the heap is full
            hashes = null;
            working = null;
            for (int i = 0; i < empties.length; i++) {
                empties[i] = null;
            }
            collect();
            throw new UniverseException("out of memory for HashLife: the Java heap (" + heapMiB()
                    + " MiB) filled before the node table's budget of " + budgetBytes / (1024 * 1024)
                    + " MiB; the universe stays at generation " + generation);
        } finally {
            working = null;
        }
    }

    private static long heapMiB() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Empty subtrees are skipped by their population, and a subtree inside one pixel lights it
     * without looking further, so the cost is about the pixels plus the live cells drawn at zoom-in.
     */
    @Override
    public void render(long left, long top, int scale, int[] pixels, int width, int height, int alive, int dead) {
        renderOf(root, left, top, scale, pixels, width, height, alive, dead);
    }

    /** {@link #render} of the tree under {@code root}; reads immutable nodes only, so any thread may call it. */
    static void renderOf(Node root, long left, long top, int scale, int[] pixels, int width, int height, int alive,
                         int dead) {
        Objects.requireNonNull(pixels, "pixels");
        if (width < 0 || height < 0 || (long) width * height > pixels.length) {
            throw new IllegalArgumentException("pixel buffer of " + pixels.length + " is too small for "
                    + width + "x" + height);
        }
        if (scale > 30 || scale < -63) {
            throw new IllegalArgumentException("scale " + scale + " is out of range -63..30");
        }
        java.util.Arrays.fill(pixels, 0, width * height, dead);
        if (width == 0 || height == 0 || root.isEmpty()) {
            return;
        }
        Renderer rd = new Renderer(left, top, scale, pixels, width, height, alive);
        Node w = windowOf(root);
        long o = originOf(w.level);
        rd.draw(w, o, o);
    }

    /** Sets the generation counter (cells are untouched): for a universe built from another's cells. */
    void setGeneration(BigInteger g) {
        if (g.signum() < 0) {
            throw new IllegalArgumentException("generation must not be negative, got " + g);
        }
        generation = g;
    }

    /** O(1): the root and the generation. */
    @Override
    public Universe.Snapshot snapshot() {
        return new HashLifeSnapshot(this, root, generation, root.population());
    }

    /**
     * O(1) when the snapshot is this universe's and its nodes are still in the table, else O(its
     * distinct nodes). A snapshot of another HashLife universe (another rule, say) is copied node
     * by node into this one's table, without its memos, which belong to the other rule.
     *
     * @throws IllegalArgumentException when {@code s} is not a HashLife snapshot
     */
    @Override
    public void restore(Universe.Snapshot s) {
        if (!(s instanceof HashLifeSnapshot h)) {
            throw new IllegalArgumentException("cannot restore " + s + " into the unbounded universe:"
                    + " not a snapshot of a HashLife universe");
        }
        root = h.owner() == this ? canonical(h.root(), new IdentityHashMap<>()) : copied(h.root(), new IdentityHashMap<>());
        generation = h.generation();
    }

    /** A node of this table equal to {@code n} of another universe's table. */
    private Node copied(Node n, Map<Node, Node> seen) {
        Node done = seen.get(n);
        if (done != null) {
            return done;
        }
        Node c = n.level == LEAF ? leaf(n.bits)
                : node(copied(n.nw, seen), copied(n.ne, seen), copied(n.sw, seen), copied(n.se, seen));
        seen.put(n, c);
        return c;
    }

    // ------------------------------------------------------------------ macrocell trees

    /**
     * A universe holding a macrocell tree, node for node: each distinct square of the tree becomes
     * one canonical node, so this costs O(nodes of the tree), never O(cells), and a tree of 10^12
     * cells loads as fast as its few thousand squares. The tree's root is centred on the origin and
     * its coordinates are Golly's, as this universe's are (see {@link lifefx.pattern.Macrocell}); the
     * generation is the tree's ({@code #G}).
     *
     * @param rule              the rule to run (usually {@code tree.rule()}); a torus suffix is dropped
     * @param memoryBudgetBytes as for {@link #HashLifeUniverse(Rule, long)}
     * @throws IllegalArgumentException for a rule with B0, a budget below 1, or a tree with more
     *                                  distinct nodes than the budget holds (the message says how many)
     */
    public static HashLifeUniverse fromMacrocell(lifefx.pattern.Macrocell tree, Rule rule, long memoryBudgetBytes) {
        HashLifeUniverse u = new HashLifeUniverse(rule, memoryBudgetBytes);
        int n = tree.nodeCount();
        if (n > u.maxNodes) {
            throw new IllegalArgumentException("the pattern has " + n + " distinct squares, more than the "
                    + u.maxNodes + " nodes a memory budget of " + memoryBudgetBytes + " bytes holds");
        }
        Node[] made = new Node[n + 1];
        for (int i = 1; i <= n; i++) {
            int level = tree.level(i);
            if (level == LEAF) {
                made[i] = u.leaf(tree.leafBits(i));
            } else {
                Node[] c = new Node[4];
                for (int q = 0; q < 4; q++) {
                    int k = tree.child(i, q);
                    c[q] = k == 0 ? u.empty(level - 1) : made[k];
                }
                made[i] = u.node(c[0], c[1], c[2], c[3]);
            }
        }
        Node r = tree.isEmpty() ? u.empty(MIN_ROOT) : made[tree.root()];
        while (r.level < MIN_ROOT) {
            r = u.expand(r);
        }
        u.root = r;
        u.generation = tree.generation();
        return u;
    }

    /**
     * The cells, rule and generation as a macrocell tree, each distinct node once: O(distinct nodes
     * of the root), no cell is listed. The tree's coordinates are this universe's.
     *
     * @throws IllegalArgumentException when the root is deeper than {@value lifefx.pattern.Macrocell#MAX_LEVEL}
     *                                  levels (after some 2^250 generations of growth)
     */
    public lifefx.pattern.Macrocell toMacrocell() {
        return macrocellOf(root, rule, generation);
    }

    /**
     * The cells of {@code snapshot}, a HashLife snapshot, as a macrocell tree under {@code rule}, as
     * {@link #toMacrocell()} does: O(distinct nodes), any thread (the nodes are immutable).
     *
     * @throws IllegalArgumentException when {@code snapshot} is not a HashLife snapshot
     */
    public static lifefx.pattern.Macrocell toMacrocell(Universe.Snapshot snapshot, Rule rule) {
        if (!(snapshot instanceof HashLifeSnapshot h)) {
            throw new IllegalArgumentException(snapshot + " is not a snapshot of the unbounded universe");
        }
        return macrocellOf(h.root(), rule.withoutTorus(), h.generation());
    }

    private static lifefx.pattern.Macrocell macrocellOf(Node root, Rule rule, BigInteger generation) {
        if (root.level > lifefx.pattern.Macrocell.MAX_LEVEL) {
            throw new IllegalArgumentException("the universe spans 2^" + root.level + " cells a side, more than a"
                    + " macrocell tree of LifeFX holds (2^" + lifefx.pattern.Macrocell.MAX_LEVEL + ")");
        }
        lifefx.pattern.Macrocell.Builder b = new lifefx.pattern.Macrocell.Builder();
        int r = treeNode(root, b, new IdentityHashMap<>());
        return b.build(r, rule, generation, lifefx.pattern.Metadata.EMPTY);
    }

    /** The builder's number for {@code n}, made children first; 0 for an empty square. Depth = levels. */
    private static int treeNode(Node n, lifefx.pattern.Macrocell.Builder b, Map<Node, Integer> done) {
        if (n.isEmpty()) {
            return 0;
        }
        Integer seen = done.get(n);
        if (seen != null) {
            return seen;
        }
        int i = n.level == LEAF ? b.leaf(n.bits)
                : b.node(n.level, treeNode(n.nw, b, done), treeNode(n.ne, b, done), treeNode(n.sw, b, done),
                        treeNode(n.se, b, done));
        done.put(n, i);
        return i;
    }

    /** Nothing to end: a HashLife universe starts no thread. Idempotent. */
    @Override
    public void close() {
        // no threads, no files
    }

    @Override
    public String toString() {
        return "hashlife " + rule + " at generation " + generation + ", population " + population();
    }

    /** A HashLife snapshot: the root node, immutable, and the generation. */
    record HashLifeSnapshot(HashLifeUniverse owner, Node root, BigInteger generation, BigInteger population)
            implements Universe.Snapshot {

        @Override
        public boolean get(long x, long y) {
            return cellOf(root, x, y);
        }

        @Override
        public Optional<Bounds> bounds() {
            return boundsOf(root);
        }

        @Override
        public void render(long left, long top, int scale, int[] pixels, int width, int height, int alive,
                           int dead) {
            renderOf(root, left, top, scale, pixels, width, height, alive, dead);
        }

        @Override
        public void forEachCell(CellSink sink) {
            forEachCellOf(root, sink);
        }

        /**
         * Against another HashLife snapshot: a walk of both quadtrees together that skips every pair
         * of identical nodes (hash-consing makes equal squares one object, so the parts that did not
         * change cost nothing), counts an empty side by the other's population, and XORs leaves;
         * pairs of large nodes met again are answered from a memo, so repeated structure (a glider
         * stream) is compared once. Costs about the nodes that differ. Any thread (nodes are
         * immutable). Against another kind of snapshot: the default.
         */
        @Override
        public BigInteger changedCells(Universe.Snapshot other) {
            if (!(other instanceof HashLifeSnapshot h)) {
                return Universe.Snapshot.super.changedCells(other);
            }
            return changedBetween(root, h.root());
        }

        @Override
        public String toString() {
            return "hashlife snapshot at generation " + generation + ", population " + population;
        }
    }

    // ------------------------------------------------------------------ differences

    /**
     * Cells alive in exactly one of two trees centred on the origin. The larger root is cut down to
     * the smaller's level first (its cells outside the centre count as changed); nodes made for that
     * stay outside the table, as {@link #windowOf} does.
     */
    static BigInteger changedBetween(Node a, Node b) {
        BigInteger outside = BigInteger.ZERO;
        while (a.level > b.level) {
            Node c = new Node(a.nw.se, a.ne.sw, a.sw.ne, a.se.nw, 0);
            outside = outside.add(a.population().subtract(c.population()));
            a = c;
        }
        while (b.level > a.level) {
            Node c = new Node(b.nw.se, b.ne.sw, b.sw.ne, b.se.nw, 0);
            outside = outside.add(b.population().subtract(c.population()));
            b = c;
        }
        return outside.add(changedBig(a, b, new java.util.HashMap<>()));
    }

    /** Two nodes of one level; in {@code long}s below any node whose populations might overflow one. */
    private static BigInteger changedBig(Node a, Node b, Map<NodePair, Long> memo) {
        if (a == b) {
            return BigInteger.ZERO;
        }
        if (a.pop >= 0 && b.pop >= 0 && a.pop + b.pop >= 0) {
            return BigInteger.valueOf(changed(a, b, memo));
        }
        return changedBig(a.nw, b.nw, memo).add(changedBig(a.ne, b.ne, memo)).add(changedBig(a.sw, b.sw, memo))
                .add(changedBig(a.se, b.se, memo));
    }

    /** Levels from which pairs are memoized: below, a pair is cheaper to recompute than to look up. */
    private static final int MEMO_FROM_LEVEL = 6;

    /** Two nodes of one level whose populations sum within a {@code long}. */
    private static long changed(Node a, Node b, Map<NodePair, Long> memo) {
        if (a == b) {
            return 0;
        }
        if (a.pop == 0) {
            return b.pop;
        }
        if (b.pop == 0) {
            return a.pop;
        }
        if (a.level == LEAF) {
            return Long.bitCount(a.bits ^ b.bits);
        }
        NodePair key = null;
        if (a.level >= MEMO_FROM_LEVEL) {
            key = new NodePair(a, b);
            Long seen = memo.get(key);
            if (seen != null) {
                return seen;
            }
        }
        long c = changed(a.nw, b.nw, memo) + changed(a.ne, b.ne, memo) + changed(a.sw, b.sw, memo)
                + changed(a.se, b.se, memo);
        if (key != null) {
            memo.put(key, c);
        }
        return c;
    }

    /** Two nodes by identity (nodes keep {@code Object}'s equality), the key of the difference memo. */
    private record NodePair(Node a, Node b) {
    }

    // ------------------------------------------------------------------ stepping

    /** Thrown, without a stack trace, when a step fills the node table. */
    private static final class TableFull extends RuntimeException {
        TableFull() {
            super("node table full", null, false, false);
        }
    }

    private static final TableFull TABLE_FULL = new TableFull();

    /**
     * Advances {@code r} by 2^j. On a full table, collects and retries, then splits into two halves.
     * Called only from {@link #step}, with {@link #working} the progress so far.
     */
    private Node jump(Node r, int j) throws InterruptedException, UniverseException {
        try {
            return jumpOnce(r, j);
        } catch (TableFull full) {
            working = r;
            collect();
            try {
                return jumpOnce(r, j);
            } catch (TableFull again) {
                collect();
            }
            if (j == 0) {
                throw new UniverseException("out of memory for HashLife: one generation of this pattern needs more"
                        + " than the node table's budget of " + budgetBytes / (1024 * 1024) + " MiB ("
                        + maxNodes + " nodes)");
            }
            Node half = jump(r, j - 1);
            working = half;
            return jump(half, j - 1);
        }
    }

    private Node jumpOnce(Node r, int j) throws InterruptedException {
        while (r.level < j + 2 || !inCentreHalf(r)) {
            r = expand(r);
        }
        r = expand(r);
        Node next = advance(r, j);
        while (next.level > MIN_ROOT && inCentreHalf(next)) {
            next = centre(next);
        }
        return next;
    }

    /**
     * The centre of {@code n} (level L−1) 2^j generations ahead, {@code j ≤ L−2}; memoized.
     */
    private Node advance(Node n, int j) throws InterruptedException {
        int lvl = n.level;
        boolean full = j >= lvl - 2;
        if (full) {
            if (n.result != null) {
                return n.result;
            }
        } else if (n.slowK == j && n.slow != null) {
            return n.slow;
        }
        if (--pollCountdown <= 0) {
            poll();
        }
        if (count > maxNodes) {
            throw TABLE_FULL;
        }
        Node r;
        if (n.isEmpty()) {
            r = empty(lvl - 1);
        } else if (lvl == LEAF + 1) {
            r = leaf(stepLeaves(n, full ? 4 : 1 << j));
        } else {
            Node nw = n.nw;
            Node ne = n.ne;
            Node sw = n.sw;
            Node se = n.se;
            Node n01 = node(nw.ne, ne.nw, nw.se, ne.sw);
            Node n10 = node(nw.sw, nw.se, sw.nw, sw.ne);
            Node n11 = node(nw.se, ne.sw, sw.ne, se.nw);
            Node n12 = node(ne.sw, ne.se, se.nw, se.ne);
            Node n21 = node(sw.ne, se.nw, sw.se, se.sw);
            if (full) {
                int k = lvl - 3;
                Node r00 = advance(nw, k);
                Node r01 = advance(n01, k);
                Node r02 = advance(ne, k);
                Node r10 = advance(n10, k);
                Node r11 = advance(n11, k);
                Node r12 = advance(n12, k);
                Node r20 = advance(sw, k);
                Node r21 = advance(n21, k);
                Node r22 = advance(se, k);
                r = node(advance(node(r00, r01, r10, r11), k), advance(node(r01, r02, r11, r12), k),
                        advance(node(r10, r11, r20, r21), k), advance(node(r11, r12, r21, r22), k));
            } else {
                Node c00 = centre(nw);
                Node c01 = centre(n01);
                Node c02 = centre(ne);
                Node c10 = centre(n10);
                Node c11 = centre(n11);
                Node c12 = centre(n12);
                Node c20 = centre(sw);
                Node c21 = centre(n21);
                Node c22 = centre(se);
                r = node(advance(node(c00, c01, c10, c11), j), advance(node(c01, c02, c11, c12), j),
                        advance(node(c10, c11, c20, c21), j), advance(node(c11, c12, c21, c22), j));
            }
        }
        if (full) {
            n.result = r;
        } else {
            n.slow = r;
            n.slowK = j;
        }
        return r;
    }

    private void poll() throws InterruptedException {
        pollCountdown = POLL_INTERVAL;
        workDone += POLL_INTERVAL;
        if (Thread.interrupted()) {
            throw new InterruptedException("step cancelled");
        }
    }

    // 16 x 16 cells as four longs, four rows each: row r at bits 16*(r%4) of word r/4, column c at bit c.
    private static final long NOT_COL0 = 0xFFFE_FFFE_FFFE_FFFEL;
    private static final long NOT_COL15 = 0x7FFF_7FFF_7FFF_7FFFL;

    /** Spreads four 8-bit rows (low 32 bits of {@code v}) to 16-bit rows. */
    private static long spread(long v) {
        return (v & 0xFFL) | (v & 0xFF00L) << 8 | (v & 0xFF0000L) << 16 | (v & 0xFF000000L) << 24;
    }

    /** The inverse of {@link #spread}: bytes at 16-bit strides to four packed rows. */
    private static long unspread(long v) {
        return (v & 0xFFL) | (v >>> 8 & 0xFF00L) | (v >>> 16 & 0xFF0000L) | (v >>> 24 & 0xFF000000L);
    }

    /** The central 8 × 8 leaf of a level-4 node after {@code gens} (1, 2 or 4) generations. */
    private long stepLeaves(Node n, int gens) {
        long nwb = n.nw.bits;
        long neb = n.ne.bits;
        long swb = n.sw.bits;
        long seb = n.se.bits;
        long g0 = spread(nwb) | spread(neb) << 8;
        long g1 = spread(nwb >>> 32) | spread(neb >>> 32) << 8;
        long g2 = spread(swb) | spread(seb) << 8;
        long g3 = spread(swb >>> 32) | spread(seb >>> 32) << 8;
        for (int g = 0; g < gens; g++) {
            long a0 = gen(g0, 0, g1);
            long a1 = gen(g1, g0, g2);
            long a2 = gen(g2, g1, g3);
            long a3 = gen(g3, g2, 0);
            g0 = a0;
            g1 = a1;
            g2 = a2;
            g3 = a3;
        }
        return centreOf(g1, g2);
    }

    private static long centreOf(long g1, long g2) {
        return unspread(g1 >>> 4 & 0x00FF_00FF_00FF_00FFL) | unspread(g2 >>> 4 & 0x00FF_00FF_00FF_00FFL) << 32;
    }

    /** One generation of the four rows in {@code w}, with the words above and below. */
    private long gen(long w, long above, long below) {
        long up = w << 16 | above >>> 48;
        long down = w >>> 16 | below << 48;
        // row above: three cells, a 0..3 count in (a1, a0)
        long ul = up << 1 & NOT_COL0;
        long ur = up >>> 1 & NOT_COL15;
        long ux = ul ^ ur;
        long a0 = ux ^ up;
        long a1 = (ul & ur) | (up & ux);
        long dl = down << 1 & NOT_COL0;
        long dr = down >>> 1 & NOT_COL15;
        long dx = dl ^ dr;
        long d0 = dx ^ down;
        long d1 = (dl & dr) | (down & dx);
        long ml = w << 1 & NOT_COL0;
        long mr = w >>> 1 & NOT_COL15;
        long m0 = ml ^ mr;
        long m1 = ml & mr;
        // a + d: 0..6 in (b2, b1, b0)
        long b0 = a0 ^ d0;
        long c0 = a0 & d0;
        long bx = a1 ^ d1;
        long b1 = bx ^ c0;
        long b2 = (a1 & d1) | (c0 & bx);
        // + m: 0..8 in (t3, t2, t1, t0)
        long t0 = b0 ^ m0;
        long e0 = b0 & m0;
        long tx = b1 ^ m1;
        long t1 = tx ^ e0;
        long e1 = (b1 & m1) | (e0 & tx);
        long t2 = b2 ^ e1;
        long t3 = b2 & e1;
        if (conway) {
            return t1 & ~t2 & ~t3 & (t0 | w);
        }
        long out = 0;
        for (int k = 0; k <= 8; k++) {
            long sel = ((birth >>> k & 1) != 0 ? ~w : 0) | ((survival >>> k & 1) != 0 ? w : 0);
            if (sel != 0) {
                long e = ((k & 1) != 0 ? t0 : ~t0) & ((k & 2) != 0 ? t1 : ~t1) & ((k & 4) != 0 ? t2 : ~t2)
                        & ((k & 8) != 0 ? t3 : ~t3);
                out |= e & sel;
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ the node table

    /**
     * A square of 2^level cells per side. Content fields are final; the memos and the epoch are the table's and are touched only by the owning universe's thread.
     */
    static final class Node {
        final int level;
        final long bits;
        final Node nw;
        final Node ne;
        final Node sw;
        final Node se;
        /** Population, or −1 when it does not fit a {@code long} ({@link #bigPop} then). */
        final long pop;
        final BigInteger bigPop;
        final int hash;
        Node result;
        Node slow;
        int slowK = -1;
        int epoch;

        Node(long bits, int hash) {
            this.level = LEAF;
            this.bits = bits;
            this.nw = null;
            this.ne = null;
            this.sw = null;
            this.se = null;
            this.pop = Long.bitCount(bits);
            this.bigPop = null;
            this.hash = hash;
        }

        Node(Node nw, Node ne, Node sw, Node se, int hash) {
            this.level = nw.level + 1;
            this.bits = 0;
            this.nw = nw;
            this.ne = ne;
            this.sw = sw;
            this.se = se;
            this.hash = hash;
            long s1 = nw.pop + ne.pop;
            long s2 = sw.pop + se.pop;
            long s = s1 + s2;
            if (nw.pop < 0 || ne.pop < 0 || sw.pop < 0 || se.pop < 0 || s1 < 0 || s2 < 0 || s < 0) {
                this.pop = -1;
                this.bigPop = nw.population().add(ne.population()).add(sw.population()).add(se.population());
            } else {
                this.pop = s;
                this.bigPop = null;
            }
        }

        boolean isEmpty() {
            return pop == 0;
        }

        BigInteger population() {
            return pop >= 0 ? BigInteger.valueOf(pop) : bigPop;
        }
    }

    private static int leafHash(long bits) {
        long z = bits * 0x9E3779B97F4A7C15L;
        z ^= z >>> 29;
        z *= 0xBF58476D1CE4E5B9L;
        return (int) (z ^ z >>> 32);
    }

    private static int nodeHash(Node a, Node b, Node c, Node d) {
        long h = a.hash;
        h = h * 0x9E3779B97F4A7C15L + b.hash;
        h = h * 0x9E3779B97F4A7C15L + c.hash;
        h = h * 0x9E3779B97F4A7C15L + d.hash;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ h >>> 32);
    }

    /** The canonical leaf with these cells. */
    private Node leaf(long bits) {
        int h = leafHash(bits);
        int mask = slots.length - 1;
        int i = h & mask;
        for (Node x; (x = slots[i]) != null; i = (i + 1) & mask) {
            if (hashes[i] == h && x.level == LEAF && x.bits == bits) {
                return x;
            }
        }
        Node n = new Node(bits, h);
        insert(n, i);
        return n;
    }

    /** The canonical node with these four canonical children. */
    private Node node(Node a, Node b, Node c, Node d) {
        int h = nodeHash(a, b, c, d);
        int mask = slots.length - 1;
        int i = h & mask;
        for (Node x; (x = slots[i]) != null; i = (i + 1) & mask) {
            if (hashes[i] == h && x.nw == a && x.ne == b && x.sw == c && x.se == d) {
                return x;
            }
        }
        Node n = new Node(a, b, c, d, h);
        insert(n, i);
        return n;
    }

    /** Puts {@code n} in the free slot {@code i} (found by probing from its hash). */
    private void insert(Node n, int i) {
        n.epoch = epoch;
        slots[i] = n;
        hashes[i] = n.hash;
        if (++count > slots.length >>> 1 && slots.length < (1 << 30)) {
            resize(slots.length * 2);
        }
    }

    /** Rehashes from the stored hashes, without touching the nodes (no cache miss per node). */
    private void resize(int size) {
        Node[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new Node[size];
        hashes = new int[size];
        int mask = size - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            Node x = oldSlots[j];
            if (x != null) {
                int h = oldHashes[j];
                int i = h & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = x;
                hashes[i] = h;
            }
        }
    }

    /** A free slot for a node with hash {@code h} that is not in the table. */
    private int freeSlot(int h) {
        int mask = slots.length - 1;
        int i = h & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /**
     * Rebuilds the table with only the nodes reachable from the root and the root being stepped,
     * dropping every memo (a memo may point at a node no longer in the table).
     */
    private void collect() {
        collections++;
        epoch++;
        // let go of the old table before allocating the new one, which may be all the heap has left
        slots = null;
        hashes = null;
        slots = new Node[INITIAL_SLOTS];
        hashes = new int[INITIAL_SLOTS];
        count = 0;
        keep(root);
        if (working != null) {
            keep(working);
        }
    }

    private void keep(Node n) {
        if (n.epoch == epoch) {
            return;
        }
        if (n.level > LEAF) {
            keep(n.nw);
            keep(n.ne);
            keep(n.sw);
            keep(n.se);
        }
        n.result = null;
        n.slow = null;
        n.slowK = -1;
        insert(n, freeSlot(n.hash));
    }

    /** The node in the current table equal to {@code n} (which may come from before a collection). */
    private Node canonical(Node n, Map<Node, Node> seen) {
        if (n.epoch == epoch) {
            return n;
        }
        Node done = seen.get(n);
        if (done != null) {
            return done;
        }
        Node c = n.level == LEAF ? leaf(n.bits)
                : node(canonical(n.nw, seen), canonical(n.ne, seen), canonical(n.sw, seen), canonical(n.se, seen));
        seen.put(n, c);
        return c;
    }

    private Node empty(int level) {
        if (level >= empties.length) {
            empties = java.util.Arrays.copyOf(empties, Math.max(level + 1, empties.length * 2));
        }
        Node e = empties[level];
        if (e != null && e.epoch == epoch) {
            return e;
        }
        e = level == LEAF ? leaf(0) : node(empty(level - 1), empty(level - 1), empty(level - 1), empty(level - 1));
        empties[level] = e;
        return e;
    }

    // ------------------------------------------------------------------ shapes

    /** The same cells in a node one level up, centred the same. */
    private Node expand(Node r) {
        Node e = empty(r.level - 1);
        return node(node(e, e, e, r.nw), node(e, e, r.ne, e), node(e, r.sw, e, e), node(r.se, e, e, e));
    }

    /** The central square of {@code n}, one level down. */
    private Node centre(Node n) {
        if (n.level == LEAF + 1) {
            long nwb = n.nw.bits;
            long neb = n.ne.bits;
            long swb = n.sw.bits;
            long seb = n.se.bits;
            return leaf(centreOf(spread(nwb >>> 32) | spread(neb >>> 32) << 8, spread(swb) | spread(seb) << 8));
        }
        return node(n.nw.se, n.ne.sw, n.sw.ne, n.se.nw);
    }

    /** Whether every live cell of {@code n} (level ≥ 5) lies in its central half. */
    private static boolean inCentreHalf(Node n) {
        return n.pop >= 0
                ? n.nw.se.pop + n.ne.sw.pop + n.sw.ne.pop + n.se.nw.pop == n.pop
                : n.nw.se.population().add(n.ne.sw.population()).add(n.sw.ne.population())
                        .add(n.se.nw.population()).equals(n.population());
    }

    /** {@code n} with its central square replaced by {@code c}. */
    private Node withCentre(Node n, Node c) {
        return node(node(n.nw.nw, n.nw.ne, n.nw.sw, c.nw), node(n.ne.nw, n.ne.ne, c.ne, n.ne.se),
                node(n.sw.nw, c.sw, n.sw.sw, n.sw.se), node(c.se, n.se.ne, n.se.sw, n.se.se));
    }

    /**
     * The level-64 square centred on the origin inside {@code r} (or {@code r} itself when it is
     * smaller). Nodes above level 64 are built outside the table: this is for reading, from any
     * thread, and never steps.
     */
    static Node windowOf(Node r) {
        Node w = r;
        while (w.level > 64) {
            w = new Node(w.nw.se, w.ne.sw, w.sw.ne, w.se.nw, 0);
        }
        return w;
    }

    /** {@link #windowOf} of the root, refused when live cells lie outside it. */
    private Node longWindow() {
        return longWindowOf(root);
    }

    private static Node longWindowOf(Node r) {
        Node w = windowOf(r);
        if (w != r && !w.population().equals(r.population())) {
            throw new ArithmeticException("live cells lie beyond the 64-bit coordinate range");
        }
        return w;
    }

    /** The smallest coordinate of a root of {@code level} ≤ 64, centred on the origin. */
    private static long originOf(int level) {
        return level >= 64 ? Long.MIN_VALUE : -(1L << (level - 1));
    }

    private static boolean inside(int level, long x, long y) {
        if (level >= 64) {
            return true;
        }
        long half = 1L << (level - 1);
        return x >= -half && x < half && y >= -half && y < half;
    }

    private Node setDeep(Node n, long x, long y, boolean alive) {
        if (n.level > 64) {
            return withCentre(n, setDeep(centre(n), x, y, alive));
        }
        long half = n.level == 64 ? Long.MIN_VALUE : 1L << (n.level - 1);
        return setIn(n, x + half, y + half, alive);
    }

    /** {@code n} with the cell at unsigned offsets (ux, uy) from its corner set. */
    private Node setIn(Node n, long ux, long uy, boolean alive) {
        if (n.level == LEAF) {
            long bit = 1L << ((uy & 7) * 8 + (ux & 7));
            return leaf(alive ? n.bits | bit : n.bits & ~bit);
        }
        int b = n.level - 1;
        boolean east = (ux >>> b & 1) != 0;
        boolean south = (uy >>> b & 1) != 0;
        if (south) {
            return east ? node(n.nw, n.ne, n.sw, setIn(n.se, ux, uy, alive))
                    : node(n.nw, n.ne, setIn(n.sw, ux, uy, alive), n.se);
        }
        return east ? node(n.nw, setIn(n.ne, ux, uy, alive), n.sw, n.se)
                : node(setIn(n.nw, ux, uy, alive), n.ne, n.sw, n.se);
    }

    // ------------------------------------------------------------------ bounds (unsigned offsets)

    private static long half(int level) {
        return 1L << (level - 1);
    }

    private static long leafMinX(long b) {
        return Long.numberOfTrailingZeros(columns(b));
    }

    private static long leafMaxX(long b) {
        return 63 - Long.numberOfLeadingZeros(columns(b));
    }

    /** The columns of a leaf holding a live cell, as 8 bits. */
    private static long columns(long b) {
        b |= b >>> 32;
        b |= b >>> 16;
        b |= b >>> 8;
        return b & 0xFF;
    }

    /**
     * Boxes of live cells of non-empty nodes of level ≤ 63, relative to the node's corner as
     * {left, top, right, bottom}; each node's box is computed once per instance, so a query costs
     * at most the distinct nodes below it, however long the pattern's edges.
     */
    private static final class Boxes {
        private final Map<Node, long[]> memo = new IdentityHashMap<>();

        long[] box(Node n) {
            long[] b = memo.get(n);
            if (b != null) {
                return b;
            }
            if (n.level == LEAF) {
                b = new long[] {leafMinX(n.bits), Long.numberOfTrailingZeros(n.bits) / 8, leafMaxX(n.bits),
                    (63 - Long.numberOfLeadingZeros(n.bits)) / 8};
            } else {
                long hf = half(n.level);
                b = new long[] {Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
                merge(b, n.nw, 0, 0);
                merge(b, n.ne, hf, 0);
                merge(b, n.sw, 0, hf);
                merge(b, n.se, hf, hf);
            }
            memo.put(n, b);
            return b;
        }

        private void merge(long[] b, Node child, long dx, long dy) {
            if (child.isEmpty()) {
                return;
            }
            long[] c = box(child);
            b[0] = Math.min(b[0], c[0] + dx);
            b[1] = Math.min(b[1], c[1] + dy);
            b[2] = Math.max(b[2], c[2] + dx);
            b[3] = Math.max(b[3], c[3] + dy);
        }
    }

    // ------------------------------------------------------------------ digest

    /** Feeds live cells to a {@link CellDigest} in row-major order, walking horizontal strips of nodes. */
    private static final class RowWalker {
        private final CellSink digest;

        RowWalker(CellSink digest) {
            this.digest = digest;
        }

        /** Emits the cells of a strip of same-level nodes, left to right, whose top row is {@code y}. */
        void strip(List<Node> nodes, List<Long> xs, long y, int level) {
            if (level == LEAF) {
                for (int r = 0; r < 8; r++) {
                    for (int i = 0; i < nodes.size(); i++) {
                        long row = nodes.get(i).bits >>> (8 * r) & 0xFF;
                        long x0 = xs.get(i);
                        while (row != 0) {
                            int c = Long.numberOfTrailingZeros(row);
                            row &= row - 1;
                            digest.cell(x0 + c, y + r);
                        }
                    }
                }
                return;
            }
            long h = half(level);
            List<Node> top = new ArrayList<>();
            List<Long> topX = new ArrayList<>();
            List<Node> bottom = new ArrayList<>();
            List<Long> bottomX = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                Node n = nodes.get(i);
                long x = xs.get(i);
                add(top, topX, n.nw, x);
                add(top, topX, n.ne, x + h);
                add(bottom, bottomX, n.sw, x);
                add(bottom, bottomX, n.se, x + h);
            }
            if (!top.isEmpty()) {
                strip(top, topX, y, level - 1);
            }
            if (!bottom.isEmpty()) {
                strip(bottom, bottomX, y + h, level - 1);
            }
        }

        private static void add(List<Node> nodes, List<Long> xs, Node n, long x) {
            if (!n.isEmpty()) {
                nodes.add(n);
                xs.add(x);
            }
        }
    }

    // ------------------------------------------------------------------ render

    /** One render call: the viewport in cells and the pixel mapping. */
    private static final class Renderer {
        private final long left;
        private final long top;
        private final int shift; // cells per pixel = 2^shift when zoomed out
        private final int zoom; // pixels per cell = 2^zoom when zoomed in
        private final int[] px;
        private final int w;
        private final int h;
        private final int alive;
        private final long right; // last visible cell, inclusive
        private final long bottom;
        private final Boxes boxes = new Boxes();

        Renderer(long left, long top, int scale, int[] px, int w, int h, int alive) {
            this.left = left;
            this.top = top;
            this.shift = Math.max(0, -scale);
            this.zoom = Math.max(0, scale);
            this.px = px;
            this.w = w;
            this.h = h;
            this.alive = alive;
            this.right = lastCell(left, w);
            this.bottom = lastCell(top, h);
        }

        /** The last cell shown by {@code pixels} pixels from {@code first}, clamped to the long range. */
        private long lastCell(long first, int pixels) {
            long span; // cells shown, as an unsigned count; 0 meaning 2^64 or more
            if (zoom > 0) {
                span = ((long) pixels + (1L << zoom) - 1) >>> zoom;
            } else if (shift >= 63 - 31 && (long) pixels > (Long.MAX_VALUE >>> shift)) {
                span = 0;
            } else {
                span = (long) pixels << shift;
            }
            if (span == 0 || Long.compareUnsigned(span - 1, Long.MAX_VALUE - first) > 0) {
                return Long.MAX_VALUE;
            }
            return first + span - 1;
        }

        /** Draws node {@code n} whose top-left cell is {@code (x, y)}. */
        void draw(Node n, long x, long y) {
            if (n.isEmpty()) {
                return;
            }
            long x1 = n.level >= 64 ? Long.MAX_VALUE : x + ((1L << n.level) - 1);
            long y1 = n.level >= 64 ? Long.MAX_VALUE : y + ((1L << n.level) - 1);
            if (x1 < left || x > right || y1 < top || y > bottom) {
                return;
            }
            if (shift > 0 && n.level <= shift + 1) {
                // At most 3 x 3 pixels. Whole node in one pixel: lit. Otherwise the node straddles
                // pixel edges (the view's corner is not a multiple of 2^shift); descending it to
                // cells along an edge through a dense pattern would cost the edge's length, so first
                // ask whether its pixels are lit already, then narrow it to its live cells' box.
                if (x >= left && x1 <= right && y >= top && y1 <= bottom
                        && onePixel(x, x1, left) && onePixel(y, y1, top)) {
                    lightPixel(x, y);
                    return;
                }
                if (allLit(x, y, x1, y1)) {
                    return;
                }
                if (n.level <= 62) {
                    long[] b = boxes.box(n);
                    long bx0 = x + b[0];
                    long by0 = y + b[1];
                    long bx1 = x + b[2];
                    long by1 = y + b[3];
                    if (bx1 < left || bx0 > right || by1 < top || by0 > bottom) {
                        return;
                    }
                    if (bx0 >= left && bx1 <= right && by0 >= top && by1 <= bottom
                            && onePixel(bx0, bx1, left) && onePixel(by0, by1, top)) {
                        lightPixel(bx0, by0);
                        return;
                    }
                    if (allLit(bx0, by0, bx1, by1)) {
                        return;
                    }
                }
            }
            if (n.level == LEAF) {
                long b = n.bits;
                while (b != 0) {
                    int i = Long.numberOfTrailingZeros(b);
                    b &= b - 1;
                    cell(x + (i & 7), y + (i >>> 3));
                }
                return;
            }
            long hf = half(n.level);
            draw(n.nw, x, y);
            draw(n.ne, x + hf, y);
            draw(n.sw, x, y + hf);
            draw(n.se, x + hf, y + hf);
        }

        private boolean onePixel(long a, long b, long origin) {
            return (a - origin) >>> shift == (b - origin) >>> shift;
        }

        private void lightPixel(long x, long y) {
            px[(int) ((y - top) >>> shift) * w + (int) ((x - left) >>> shift)] = alive;
        }

        /** Whether every pixel showing part of the cells [x0, x1] × [y0, y1] in view is lit. */
        private boolean allLit(long x0, long y0, long x1, long y1) {
            int pxa = (int) ((Math.max(x0, left) - left) >>> shift);
            int pxb = (int) ((Math.min(x1, right) - left) >>> shift);
            int pya = (int) ((Math.max(y0, top) - top) >>> shift);
            int pyb = (int) ((Math.min(y1, bottom) - top) >>> shift);
            for (int py = pya; py <= pyb; py++) {
                for (int p = pxa; p <= pxb; p++) {
                    if (px[py * w + p] != alive) {
                        return false;
                    }
                }
            }
            return true;
        }

        private void cell(long x, long y) {
            if (x < left || x > right || y < top || y > bottom) {
                return;
            }
            long dx = x - left;
            long dy = y - top;
            if (shift > 0) {
                px[(int) (dy >>> shift) * w + (int) (dx >>> shift)] = alive;
                return;
            }
            int x0 = (int) (dx << zoom);
            int y0 = (int) (dy << zoom);
            int xe = Math.min(w, x0 + (1 << zoom));
            int ye = Math.min(h, y0 + (1 << zoom));
            for (int yy = y0; yy < ye; yy++) {
                java.util.Arrays.fill(px, yy * w + x0, yy * w + xe, alive);
            }
        }
    }
}
