package lifefx.sim;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.universe.Topology;
import lifefx.universe.Universe;

/**
 * The recorded past of the run, for stepping back and seeking ({@link Simulation#stepBack()},
 * {@link Simulation#seek}): keyframes, that is immutable {@link Universe.Snapshot}s of some of the
 * generations computed, from which any generation of the range can be reached again by restoring
 * the nearest keyframe at or before it and stepping forward with the universe's own strategy.
 *
 * <p><b>Branches.</b> A history belongs to one branch: the cells as they were after the last edit,
 * under one rule and topology, and every generation computed from them. An edit (paint, clear,
 * fill, load, undo, redo, resize, a rule change) starts a new branch at the edited cells and drops
 * the old one, including the generations recorded after the edit point. Switching strategy or
 * threads does not: the cells are the same. Reset back to the start of play keeps the branch.
 *
 * <p><b>Budget.</b> A keyframe is counted as its universe's cells (a byte per torus cell, an upper
 * bound for the bit representations; a HashLife root, which shares nearly all its nodes with its
 * neighbours, as 4 KiB plus 104 bytes per 64 live cells), as {@link EditHistory} counts undo. One
 * keyframe is kept per K generations, K a power of two starting at 1 (every step kept). When the
 * keyframes exceed the budget, or {@value #MAX_KEYFRAMES} of them are kept, K doubles and every
 * keyframe that is not the first of its block of K generations is dropped (the old history is
 * thinned, and later steps are recorded K apart). Once K is {@value #MAX_INTERVAL}, the oldest
 * keyframes are evicted instead, and the range starts later. The first keyframe of the range is
 * kept whatever the budget, so the range is never empty. The HashLife figure assumes the roots
 * share their nodes, as consecutive generations do; after a collection of HashLife's node table the
 * old keyframes' nodes stay on the heap but are shared no more, so the real use can exceed it. If a
 * generation then fails (HashLife says the heap ran out), the history is dropped: see {@link #drop}.
 *
 * <p><b>Cost of a step back.</b> Restoring a keyframe is O(1) (a root node, or an immutable grid or
 * word array). Reaching a generation between keyframes then recomputes the generations from the
 * keyframe: at most K - 1 of them when stepping one generation at a time (a HashLife universe jumps
 * them at once). On the plane the steps usually are the keyframes, so stepping back costs nothing.
 *
 * <p><b>Threading.</b> Not thread-safe: the stepping thread alone uses it ({@link SteppingLoop});
 * others see its {@link #timeline()}.
 */
final class StepHistory {

    /** The most keyframes kept, whatever their size: bounds the map's own cost. */
    static final int MAX_KEYFRAMES = 4096;
    /** The widest spacing of keyframes: a step back recomputes at most this many generations minus one. */
    static final long MAX_INTERVAL = 1024;

    private record Frame(Universe.Snapshot cells, long bytes) {
    }

    private final long budget;
    private final TreeMap<BigInteger, Frame> frames = new TreeMap<>();
    private BigInteger latest = BigInteger.ZERO;
    private long interval = 1;
    private long bytes;
    /** The branch: the workspace's edit count, topology and rule the keyframes were computed under. */
    private long branchEdits = -1;
    private Topology branchTopology;
    private Rule branchRule;

    /** @param budget the most bytes the keyframes may hold (the first is kept even if it alone exceeds it) */
    StepHistory(long budget) {
        if (budget < 0) {
            throw new IllegalArgumentException("budget must not be negative, got " + budget);
        }
        this.budget = budget;
    }

    /** Whether the history is of the branch of {@code edits}, {@code topology} and {@code rule}. */
    boolean isBranch(long edits, Topology topology, Rule rule) {
        return edits == branchEdits && !frames.isEmpty() && topology.equals(branchTopology) && rule.equals(branchRule);
    }

    /**
     * Starts a new branch at {@code cells} unless the history already is that branch; returns
     * whether it started one.
     */
    boolean follow(long edits, Topology topology, Rule rule, Universe.Snapshot cells) {
        if (isBranch(edits, topology, rule)) {
            return false;
        }
        frames.clear();
        bytes = 0;
        interval = 1;
        branchEdits = edits;
        branchTopology = topology;
        branchRule = rule;
        latest = cells.generation();
        put(cells);
        return true;
    }

    /**
     * Drops every keyframe; the next {@link #follow} starts a new branch at the cells then. After a
     * generation failed: the keyframes may be what filled the heap (a HashLife root keeps its nodes
     * alive on the heap after a collection has dropped them from the node table).
     */
    void drop() {
        frames.clear();
        bytes = 0;
        interval = 1;
        branchEdits = -1;
        branchTopology = null;
        branchRule = null;
    }

    /**
     * Keeps the branch through a change that landed on one of its generations (a reset to the start
     * of play): from now on it is the branch of {@code edits}.
     */
    void adopt(long edits) {
        branchEdits = edits;
    }

    /**
     * Whether a keyframe should be taken of {@code generation}, just computed on this branch: when
     * no keyframe of its block of K generations is at or before it. Also moves {@link
     * Timeline#latest()} on. Cheap; call it before taking a snapshot, which costs on some
     * representations.
     */
    boolean wants(BigInteger generation) {
        if (generation.compareTo(latest) > 0) {
            latest = generation;
        }
        if (generation.compareTo(frames.firstKey()) < 0) {
            return false;
        }
        BigInteger k = BigInteger.valueOf(interval);
        Map.Entry<BigInteger, Frame> before = frames.floorEntry(generation);
        return !before.getKey().equals(generation) && !before.getKey().divide(k).equals(generation.divide(k));
    }

    /** Records {@code cells}, a generation {@link #wants} asked for, then keeps within the budget. */
    void record(Universe.Snapshot cells) {
        BigInteger g = cells.generation();
        BigInteger k = BigInteger.valueOf(interval);
        Map.Entry<BigInteger, Frame> after = frames.higherEntry(g);
        if (after != null && after.getKey().divide(k).equals(g.divide(k))) {
            // Reached again from before it: the block keeps its first generation.
            bytes -= frames.remove(after.getKey()).bytes();
        }
        put(cells);
        while ((bytes > budget || frames.size() > MAX_KEYFRAMES) && frames.size() > 1) {
            shrink();
        }
    }

    private void put(Universe.Snapshot cells) {
        long b = bytesOf(branchTopology, cells);
        Frame old = frames.put(cells.generation(), new Frame(cells, b));
        bytes += b - (old == null ? 0 : old.bytes());
    }

    /** Doubles K and thins the keyframes to it, or at the widest K evicts the oldest. */
    private void shrink() {
        if (interval >= MAX_INTERVAL) {
            bytes -= frames.pollFirstEntry().getValue().bytes();
            return;
        }
        interval *= 2;
        BigInteger k = BigInteger.valueOf(interval);
        BigInteger lastBlock = null;
        for (Iterator<Map.Entry<BigInteger, Frame>> it = frames.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<BigInteger, Frame> e = it.next();
            BigInteger block = e.getKey().divide(k);
            if (lastBlock != null && block.equals(lastBlock)) {
                bytes -= e.getValue().bytes();
                it.remove();
            } else {
                lastBlock = block;
            }
        }
    }

    /** The generations that can be reached: {@code g} moved into the recorded range. */
    BigInteger clamp(BigInteger g) {
        BigInteger lo = frames.firstKey();
        return g.compareTo(lo) < 0 ? lo : g.compareTo(latest) > 0 ? latest : g;
    }

    /** The oldest generation kept. */
    BigInteger earliest() {
        return frames.firstKey();
    }

    /** The newest keyframe at or before {@code g} (which is at least {@link #earliest()}). */
    Universe.Snapshot keyframeAtOrBefore(BigInteger g) {
        return frames.floorEntry(g).getValue().cells();
    }

    /** Estimated bytes the keyframes hold. */
    long bytes() {
        return bytes;
    }

    /** What the window's timeline shows; {@link Timeline#NONE} before the first branch. */
    Timeline timeline() {
        if (frames.isEmpty()) {
            return Timeline.NONE;
        }
        return new Timeline(frames.firstKey(), latest, frames.size(), interval, bytes, budget);
    }

    /** See the class comment, Budget. */
    static long bytesOf(Topology topology, Universe.Snapshot cells) {
        if (topology instanceof Topology.Torus(GridSize size)) {
            return 64 + size.cells();
        }
        BigInteger pop = cells.population();
        long nodes = pop.bitLength() > 40 ? 1L << 34 : pop.longValue() / 64;
        return 4096 + Math.min(64L << 20, nodes * 104);
    }
}
