package lifefx.sim;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.math.BigInteger;
import java.util.Objects;
import lifefx.universe.Topology;
import lifefx.universe.Universe;
import lifefx.life.GridSize;
import lifefx.life.Rule;

/**
 * Undo and redo stacks of user changes. Used only by the simulation's stepping thread, so it is not
 * thread-safe and needs no locks.
 *
 * <p>Two kinds of change are kept. A <em>stroke</em> (a click or one drag of the mouse) is a list of
 * cells with their value before and after; undoing it puts those cells back in whatever generation
 * is current, as a paint program does, so it works while the simulation runs. A <em>replacement</em>
 * (clear, random fill, pattern load, resize) keeps the whole universe before and after as
 * immutable snapshots, so this costs nothing until they would otherwise have been garbage. A
 * <em>patch</em> (an edit of a selection: clear, flip, rotate, paste, fill) keeps only the cells it
 * changed, at about {@value Patch#BYTES_PER_CELL} bytes each, where a replacement of a torus keeps
 * two whole grids (a byte a cell each): flipping a 50 × 50 selection of a 2000 × 2000 torus
 * changes at most 2,500 cells, about 43 KB, against 8 MB for two snapshots. {@link Workspace}
 * records a replacement instead when the patch would be the larger of the two.
 *
 * <p>The history is bounded: at most {@link #MAX_ENTRIES} entries and about {@code budgetBytes}
 * of grids and cells; the oldest entries go first. The newest entry is always kept. The byte count
 * is exactly the sum of {@link Entry#bytes()} over both stacks: every way an entry leaves a stack
 * (undo, redo, trim, and a new change dropping the redo stack) takes its bytes off, so the depth
 * that can be undone is what the budget allows, however often the user undoes and edits again.
 */
final class EditHistory {

    static final int MAX_ENTRIES = 200;

    /** One undoable change. */
    sealed interface Entry permits Stroke, Replacement, Patch {
        long bytes();
    }

    /**
     * Cells set by one stroke; grows while the stroke goes on. Coordinates are the universe's
     * ({@code x} column, {@code y} row; on a torus already wrapped into range), and the stroke
     * belongs to the topology it was drawn on.
     */
    static final class Stroke implements Entry {
        final long id;
        final Topology topology;
        long[] xs = new long[16];
        long[] ys = new long[16];
        boolean[] before = new boolean[16];
        boolean[] after = new boolean[16];
        int count;
        private final Map<Cell, Integer> slots = new HashMap<>();

        Stroke(long id, Topology topology) {
            this.id = id;
            this.topology = topology;
        }

        private record Cell(long x, long y) {
        }

        /** Records that {@code (x, y)} went from {@code was} to {@code now}; keeps the first "before". */
        void put(long x, long y, boolean was, boolean now) {
            Cell key = new Cell(x, y);
            Integer slot = slots.get(key);
            if (slot != null) {
                after[slot] = now;
                return;
            }
            if (count == xs.length) {
                xs = Arrays.copyOf(xs, count * 2);
                ys = Arrays.copyOf(ys, count * 2);
                before = Arrays.copyOf(before, count * 2);
                after = Arrays.copyOf(after, count * 2);
            }
            xs[count] = x;
            ys[count] = y;
            before[count] = was;
            after[count] = now;
            slots.put(key, count);
            count++;
        }

        @Override
        public long bytes() {
            return 64L + count * 80L;
        }
    }

    /**
     * A universe's whole state, as a replacement keeps it: its topology, its cells (an immutable
     * snapshot, which shares its representation with the universe while neither changes), and the
     * rule and document ({@code null}: "leave them as they are").
     */
    record State(Topology topology, Universe.Snapshot cells, Rule rule, Document document) {
        State {
            Objects.requireNonNull(topology, "topology");
            Objects.requireNonNull(cells, "cells");
        }

        /**
         * What the state holds, as counted against the budget: a torus its cells (a byte each, an
         * upper bound for bit representations); a HashLife root shares nearly all its nodes with
         * the states around it, so a nominal amount plus a node per 64 live cells, at most 64 MiB.
         */
        long bytes() {
            if (topology instanceof Topology.Torus(GridSize size)) {
                return size.cells();
            }
            BigInteger pop = cells.population();
            long nodes = pop.bitLength() > 40 ? 1L << 34 : pop.longValue() / 64;
            return 4096 + Math.min(64L << 20, nodes * 104);
        }
    }

    /**
     * A whole universe swapped for another: clear, random fill, load, resize, switching between
     * the torus and the plane. A load also swaps the rule and the document (its title and file),
     * so undoing it gives them back.
     */
    record Replacement(State before, State after) implements Entry {

        @Override
        public long bytes() {
            // Both states may be shared with the reset point or the current generation; counting
            // them in full errs on the side of keeping less history.
            return before.bytes() + after.bytes();
        }
    }

    /**
     * The cells one {@link CellEdit} changed: where, and their value after (before is the
     * opposite, as only changed cells are kept). Immutable once made.
     */
    static final class Patch implements Entry {
        /** Two {@code long} coordinates and a bit: what a changed cell costs here. */
        static final int BYTES_PER_CELL = 17;

        final Topology topology;
        final long[] xs;
        final long[] ys;
        final java.util.BitSet after;

        Patch(Topology topology, long[] xs, long[] ys, java.util.BitSet after) {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException("xs and ys differ in length");
            }
            this.topology = Objects.requireNonNull(topology, "topology");
            this.xs = xs;
            this.ys = ys;
            this.after = after;
        }

        int count() {
            return xs.length;
        }

        @Override
        public long bytes() {
            return 64L + (long) count() * BYTES_PER_CELL;
        }
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final long budgetBytes;
    private long bytes;

    EditHistory(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /**
     * The stroke entry to record into: the newest undo entry when it is this stroke on this size,
     * else a new one. Any new change clears the redo stack.
     */
    Stroke stroke(long id, Topology topology) {
        if (undo.peekLast() instanceof Stroke s && s.id == id && s.topology.equals(topology)) {
            bytes -= s.bytes();
            undo.removeLast();
            return s;
        }
        return new Stroke(id, topology);
    }

    /**
     * Puts a stroke (new or grown) back on top, if it changed anything; a change drops what could
     * be redone.
     */
    void commit(Stroke s) {
        if (s.count > 0) {
            clearRedo();
            push(undo, s);
        }
    }

    /** Records a new change; it drops what could be redone. */
    void record(Replacement r) {
        clearRedo();
        push(undo, r);
    }

    /** Records the cells an edit changed, if any; it drops what could be redone. */
    void record(Patch p) {
        if (p.count() > 0) {
            clearRedo();
            push(undo, p);
        }
    }

    private void clearRedo() {
        for (Entry e : redo) {
            bytes -= e.bytes();
        }
        redo.clear();
    }

    Entry popUndo() {
        Entry e = undo.pollLast();
        if (e != null) {
            bytes -= e.bytes();
        }
        return e;
    }

    Entry popRedo() {
        Entry e = redo.pollLast();
        if (e != null) {
            bytes -= e.bytes();
        }
        return e;
    }

    /** After an undo: the entry becomes redoable. */
    void pushRedo(Entry e) {
        push(redo, e);
    }

    /** After a redo: the entry becomes undoable again, keeping the rest of the redo stack. */
    void pushUndo(Entry e) {
        push(undo, e);
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** How many changes can be undone now. */
    int undoDepth() {
        return undo.size();
    }

    /** How many undone changes can be redone now. */
    int redoDepth() {
        return redo.size();
    }

    /** The bytes counted against the budget; always the sum over the entries held. */
    long bytesHeld() {
        return bytes;
    }

    void clear() {
        undo.clear();
        redo.clear();
        bytes = 0;
    }

    private void push(Deque<Entry> stack, Entry e) {
        stack.addLast(e);
        bytes += e.bytes();
        trim();
    }

    /**
     * Drops the oldest undo entries until within bounds, keeping the newest one; then, if still
     * over, the redo entries furthest from now.
     */
    private void trim() {
        while ((bytes > budgetBytes || undo.size() + redo.size() > MAX_ENTRIES) && undo.size() + redo.size() > 1) {
            Entry dropped = undo.size() > 1 ? undo.pollFirst() : redo.pollFirst();
            bytes -= dropped.bytes();
        }
    }
}
