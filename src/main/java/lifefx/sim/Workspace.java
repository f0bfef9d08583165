package lifefx.sim;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import lifefx.universe.Bounds;
import lifefx.universe.Topology;
import lifefx.universe.Universe;
import lifefx.universe.Universes;

/**
 * What the user edits: the live {@link Universe} (a torus or the unbounded plane), the rule it runs
 * under, the document it belongs to, the reset point, and the undo history. Changed only between
 * generations.
 *
 * <p><b>Universes are replaced, not mutated, when their kind changes.</b> A universe's rule,
 * topology and strategy are fixed when it is made, so a change of any of them makes a new universe
 * from the current cells (through the {@link Maker}, which knows the strategy and the cell logic)
 * and closes the old one. Cells, undo and reset go through immutable {@link Universe.Snapshot}s: O(1)
 * for HashLife, a byte-grid torus and {@code packed} words (shared, copy on write).
 *
 * <p><b>Threading.</b> Not thread-safe: {@link SteppingLoop} calls it from the stepping thread
 * only, so it needs no locks. Others see it only through the immutable {@link Snapshot}s built from
 * it.
 *
 * <p><b>Failures.</b> Every change that can fail does its failing part first (making the cell logic
 * for a new rule, making the new universe), so a change that throws leaves the state as it was.
 */
final class Workspace {

    /** Makes universes with the run's strategy and cell logic. */
    interface Maker {
        /** Prepares the cell logic for a rule before it becomes current; may throw, and then nothing changes. */
        void logicFor(Rule rule);

        /** A new universe of {@code topology} under {@code rule} holding {@code cells} (null: empty). */
        Universe make(Topology topology, Rule rule, Universe.Snapshot cells);
    }

    /** The most cells a random fill of the plane covers when it is given no area: 256 × 256 around the origin. */
    static final int PLANE_FILL_SIDE = 256;

    private final EditHistory history;
    private final Maker maker;
    private final Consumer<String> notices;
    private Universe universe;
    private Topology topology;
    private Rule rule;
    private Document document = Document.UNTITLED;
    private EditHistory.State resetPoint;
    /** Whether the cells were edited since the reset point was taken; a single step then takes a new one. */
    private boolean editedSinceResetPoint = true;
    private long edits;
    /** {@link #edits} when the reset point was taken: a reset then lands on the history's branch if it had no edit since. */
    private long resetPointEdits = -1;
    /** The universe's snapshot, taken once per change and shared by every reader; null after a change. */
    private Universe.Snapshot current;

    /**
     * @param notices told about changes that could not be made in full, such as undoing a drawing
     *                on another universe, or cells dropped by a switch to a smaller torus
     */
    Workspace(Topology topology, Universe.Snapshot initial, Rule rule, long historyBudget, Maker maker,
              Consumer<String> notices) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.rule = rule.withoutTorus();
        this.history = new EditHistory(historyBudget);
        this.maker = maker;
        this.notices = notices;
        this.universe = maker.make(topology, this.rule, initial);
    }

    /** The live universe, for stepping; call {@link #stepped()} after stepping it. */
    Universe universe() {
        return universe;
    }

    /** The cells now, as an immutable snapshot (O(1) when nothing changed since the last call). */
    Universe.Snapshot current() {
        if (current == null) {
            current = universe.snapshot();
        }
        return current;
    }

    /**
     * The universe was stepped. Not an edit. (A step rolled back through its checkpoint does not
     * call this: the universe is back where the cached snapshot, if any, was taken.)
     */
    void stepped() {
        current = null;
    }

    Topology topology() {
        return topology;
    }

    /** The rule the next generation uses (never with a torus suffix). */
    Rule rule() {
        return rule;
    }

    Document document() {
        return document;
    }

    /** The undo history (for tests in this package). */
    EditHistory history() {
        return history;
    }

    /** Counts every change that did not come from stepping. */
    long edits() {
        return edits;
    }

    boolean canUndo() {
        return history.canUndo();
    }

    boolean canRedo() {
        return history.canRedo();
    }

    boolean canReset() {
        return resetPoint != null && resetPoint.cells() != current();
    }

    /** Play starts here: the current generation becomes the reset point. */
    void markPlayStart() {
        resetPoint = state(null, null);
        editedSinceResetPoint = false;
        resetPointEdits = edits;
    }

    /** {@link #edits()} as it was when the reset point was taken ({@code -1}: there is none). */
    long resetPointEdits() {
        return resetPoint == null ? -1 : resetPointEdits;
    }

    /**
     * Makes {@code cells} (this topology's, under this rule: a keyframe of the step history) current
     * without counting it as an edit: stepping back and seeking move in time, they do not change
     * the branch. In place (O(1)) when the universe can restore them, else in a universe made anew.
     */
    void travelTo(Universe.Snapshot cells) {
        if (cells == current) {
            return;
        }
        if (restoredInPlace(cells)) {
            current = cells;
        } else {
            install(maker.make(topology, rule, cells), topology);
        }
    }

    /** A single step starts here: a new reset point if there was none or the cells were edited since. */
    void markStepStart() {
        if (resetPoint == null || editedSinceResetPoint) {
            markPlayStart();
        }
    }

    /** Back to the reset point; returns whether the cells changed. */
    boolean reset() {
        if (!canReset()) {
            return false;
        }
        switchTo(resetPoint);
        editedSinceResetPoint = false;
        return true;
    }

    /**
     * Changes the rule. A torus suffix also makes the universe that torus (undoable): a torus of
     * another size is resized with its cells centred; the plane becomes a torus holding its cells,
     * centred.
     */
    void setRule(Rule r) {
        Rule next = r.withoutTorus();
        if (r.torus() != null && !topology.equals(Topology.torus(r.torus()))) {
            maker.logicFor(next);
            Universe.Snapshot cells = topology instanceof Topology.Torus t
                    ? Universes.snapshotOf(Grids.resized(Universes.gridOf(current(), t.size()), r.torus()))
                    : centredOn(r.torus());
            replace(new EditHistory.State(Topology.torus(r.torus()), cells, next, null));
            return;
        }
        if (next.equals(rule)) {
            return;
        }
        maker.logicFor(next);
        Universe made = maker.make(topology, next, current());
        install(made, topology);
        rule = next;
    }

    /** The strategy or its settings changed: the same cells in a universe made anew. */
    void remake() {
        Universe made = maker.make(topology, rule, current());
        install(made, topology);
    }

    /** Resizes the torus, keeping the cells centred; drops the reset point. Returns whether anything changed. */
    boolean resize(GridSize size) {
        if (!(topology instanceof Topology.Torus t)) {
            notices.accept("the unbounded universe has no size to change; switch to a torus first");
            return false;
        }
        if (size.equals(t.size())) {
            return false;
        }
        Grid resized = Grids.resized(Universes.gridOf(current(), t.size()), size);
        replace(new EditHistory.State(Topology.torus(size), Universes.snapshotOf(resized), null, null));
        resetPoint = null;
        return true;
    }

    /**
     * Switches between the plane and a torus (or to a torus of another size), keeping the cells:
     * onto a torus they are centred, and cells that do not fit are dropped with a notice (undo
     * brings them back); onto the plane they keep their torus coordinates. Undoable. Returns whether
     * anything changed.
     */
    boolean switchTopology(Topology next) {
        if (next.equals(topology)) {
            return false;
        }
        Universe.Snapshot cells = switch (next) {
            case Topology.Torus t -> topology instanceof Topology.Torus here
                    ? Universes.snapshotOf(Grids.resized(Universes.gridOf(current(), here.size()), t.size()))
                    : centredOn(t.size());
            case Topology.Plane p -> current();
        };
        replace(new EditHistory.State(next, cells, null, null));
        resetPoint = null;
        return true;
    }

    /**
     * The plane's cells moved so that their bounding box is centred on a torus of {@code size}, with
     * a notice when some do not fit.
     */
    private Universe.Snapshot centredOn(GridSize size) {
        Universe.Snapshot cells = current();
        Optional<Bounds> b = cells.bounds();
        if (b.isEmpty()) {
            return Universes.snapshotOf(Grid.empty(size).withGeneration(Universes.clamp(cells.generation())));
        }
        Bounds box = b.get();
        long dx = (size.width() - box.width()) / 2 - box.left();
        long dy = (size.height() - box.height()) / 2 - box.top();
        Grid.Builder g = new Grid.Builder(size);
        long[] dropped = {0};
        cells.forEachCell((x, y) -> {
            long col = x + dx;
            long row = y + dy;
            if (col >= 0 && col < size.width() && row >= 0 && row < size.height()) {
                g.set((int) row, (int) col, true);
            } else {
                dropped[0]++;
            }
        });
        if (cells.generation().bitLength() > 63) {
            throw new IllegalArgumentException("generation " + cells.generation() + " is beyond what a torus counts");
        }
        if (dropped[0] > 0) {
            notices.accept(String.format(java.util.Locale.ROOT,
                    "the pattern (%,d x %,d) does not fit a %s torus: %,d of its %,d cells were dropped; undo brings them back",
                    box.width(), box.height(), size, dropped[0], cells.population()));
        }
        return Universes.snapshotOf(g.build(cells.generation().longValue()));
    }

    boolean clear() {
        if (current().population().signum() == 0) {
            return false;
        }
        Universe.Snapshot empty = Universes.empty(topology);
        replace(new EditHistory.State(topology, atGeneration(empty), null, null));
        return true;
    }

    /**
     * Replaces the cells with random ones, alive with probability {@code density}: the whole torus,
     * or on the plane the {@code area} (or, when it is null, {@value #PLANE_FILL_SIDE} squared cells
     * around the origin).
     */
    void randomFill(double density, long seed, CellRegion area) {
        Universe.Snapshot cells;
        if (topology instanceof Topology.Torus t) {
            cells = Universes.snapshotOf(Grids.random(t.size(), density, seed, Universes.clamp(current().generation())));
        } else {
            CellRegion a = area != null ? area
                    : new CellRegion(-PLANE_FILL_SIDE / 2, -PLANE_FILL_SIDE / 2, PLANE_FILL_SIDE, PLANE_FILL_SIDE);
            if (a.height() * a.width() > 1L << 26) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "a random fill of %,d x %,d cells is too large; fill at most %,d cells", a.width(), a.height(), 1L << 26));
            }
            Universe u = maker.make(topology, rule, null);
            try {
                SplittableRandom random = new SplittableRandom(seed);
                for (long y = a.top(); y < a.bottom(); y++) {
                    for (long x = a.left(); x < a.right(); x++) {
                        if (random.nextDouble() < density) {
                            u.set(x, y, true);
                        }
                    }
                }
                cells = atGeneration(u.snapshot());
            } finally {
                u.close();
            }
        }
        replace(new EditHistory.State(topology, cells, null, null));
    }

    /** {@code cells} (of this topology) at the current generation. */
    private Universe.Snapshot atGeneration(Universe.Snapshot cells) {
        BigInteger g = current().generation();
        if (cells.generation().equals(g)) {
            return cells;
        }
        if (topology instanceof Topology.Torus t) {
            return Universes.snapshotOf(Universes.gridOf(cells, t.size()).withGeneration(g.longValueExact()));
        }
        Universe u = maker.make(topology, rule, cells);
        try {
            return Universes.withGeneration(u, g).snapshot();
        } finally {
            u.close();
        }
    }

    boolean setDocument(Document d) {
        if (d.equals(document)) {
            return false;
        }
        document = d;
        return true;
    }

    /**
     * A load: topology and cells, rule ({@code null}: keep it) and document ({@code null}: keep it)
     * at once, undone together. Drops the reset point.
     */
    void load(Topology nextTopology, Universe.Snapshot cells, Rule nextRule, Document nextDocument) {
        Rule r = nextRule == null ? null : nextRule.withoutTorus();
        replace(new EditHistory.State(nextTopology, cells, r, nextDocument));
        resetPoint = null;
    }

    /** Makes {@code after} current, recording the change for undo (with the rule and document before, when it sets them). */
    private void replace(EditHistory.State after) {
        EditHistory.State before = state(after.rule() != null ? rule : null, after.document() != null ? document : null);
        switchTo(after);
        history.record(new EditHistory.Replacement(before, after));
    }

    /** The state now; rule and document included when not null. */
    private EditHistory.State state(Rule withRule, Document withDocument) {
        return new EditHistory.State(topology, current(), withRule, withDocument);
    }

    /**
     * Makes {@code s} current: in place (O(1)) when the universe has the same topology and rule,
     * else in a new universe.
     */
    private void switchTo(EditHistory.State s) {
        Rule nextRule = s.rule() != null ? s.rule() : rule;
        boolean ruleChanges = !nextRule.equals(rule);
        if (ruleChanges) {
            maker.logicFor(nextRule);
        }
        if (!ruleChanges && s.topology().equals(topology) && restoredInPlace(s.cells())) {
            // The universe holds exactly those cells again: the same snapshot, so a reset point or
            // an undo state taken from it is recognised as "where we are".
            current = s.cells();
        } else {
            install(maker.make(s.topology(), nextRule, s.cells()), s.topology());
        }
        rule = nextRule;
        if (s.document() != null) {
            document = s.document();
        }
        edited();
    }

    private boolean restoredInPlace(Universe.Snapshot cells) {
        try {
            universe.restore(cells);
            return true;
        } catch (IllegalArgumentException notOfThisKind) {
            return false;
        }
    }

    private void install(Universe made, Topology t) {
        Universe old = universe;
        universe = made;
        topology = t;
        current = null;
        old.close();
    }

    private void edited() {
        edits++;
        editedSinceResetPoint = true;
    }

    /**
     * Sets the cells of one paint command ({@code ys[i]} row, {@code xs[i]} column; a torus wraps
     * them); returns whether any changed.
     */
    boolean paint(long strokeId, long[] ys, long[] xs, boolean alive) {
        EditHistory.Stroke stroke = history.stroke(strokeId, topology);
        boolean changed = false;
        for (int i = 0; i < ys.length; i++) {
            long x = xs[i];
            long y = ys[i];
            if (topology instanceof Topology.Torus(GridSize size)) {
                x = Math.floorMod(x, size.width());
                y = Math.floorMod(y, size.height());
            }
            boolean was = universe.get(x, y);
            if (was == alive) {
                continue;
            }
            universe.set(x, y, alive);
            stroke.put(x, y, was, alive);
            changed = true;
        }
        history.commit(stroke);
        if (changed) {
            current = null;
            edited();
        }
        return changed;
    }

    /** The largest area a random fill of a selection covers. */
    static final long SELECTION_FILL_MAX = CellEdit.Fill.MAX_CELLS;

    /**
     * Applies one edit of a rectangle ({@link CellEdit}) as one undoable change; returns whether
     * any cell changed. The edit first works out the value each touched cell should have (each cell
     * once; a torus wraps them), then sets those that differ. It is recorded as a {@link
     * EditHistory.Patch} of the changed cells, or, when that would hold more bytes than two whole
     * states of this universe, as a {@link EditHistory.Replacement}. Costs about the live cells of
     * the rectangles involved (for a fill, their area; clear outside: the population).
     *
     * @throws IllegalArgumentException when the edit cannot be made (a selection too large, a
     *                                  rotation that does not fit the torus), before any cell changes
     */
    boolean edit(CellEdit e) {
        java.util.Map<Cell, Boolean> target = targets(e);
        boolean bigger = (long) target.size() * EditHistory.Patch.BYTES_PER_CELL
                > 2 * new EditHistory.State(topology, current(), null, null).bytes();
        EditHistory.State before = bigger ? state(null, null) : null;
        long[] xs = new long[target.size()];
        long[] ys = new long[target.size()];
        java.util.BitSet after = new java.util.BitSet();
        int n = 0;
        for (var t : target.entrySet()) {
            long x = t.getKey().x();
            long y = t.getKey().y();
            boolean now = t.getValue();
            if (universe.get(x, y) == now) {
                continue;
            }
            universe.set(x, y, now);
            xs[n] = x;
            ys[n] = y;
            after.set(n, now);
            n++;
        }
        if (n == 0) {
            return false;
        }
        current = null;
        if (before != null) {
            history.record(new EditHistory.Replacement(before, state(null, null)));
        } else {
            history.record(new EditHistory.Patch(topology, java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n),
                    after));
        }
        edited();
        return true;
    }

    /** A cell in universe coordinates (on a torus wrapped into range). */
    private record Cell(long x, long y) {
    }

    /** What {@code e} sets each cell it touches to; reads the universe, changes nothing. */
    private java.util.Map<Cell, Boolean> targets(CellEdit e) {
        java.util.Map<Cell, Boolean> t = new java.util.HashMap<>();
        switch (e) {
            case CellEdit.Clear c -> put(t, c.area(), cellsIn(c.area()), false);
            case CellEdit.ClearOutside c -> {
                CellRegion a = CellTransforms.clampTo(topology, c.area());
                current().forEachCell((x, y) -> {
                    long dx = CellTransforms.offset(topology, x - a.left(), true);
                    long dy = CellTransforms.offset(topology, y - a.top(), false);
                    if (!(dx >= 0 && dx < a.width() && dy >= 0 && dy < a.height())) {
                        t.put(cell(x, y), false);
                    }
                });
            }
            case CellEdit.Fill f -> {
                CellRegion a = CellTransforms.clampTo(topology, f.area());
                if (a.width() * a.height() > SELECTION_FILL_MAX || a.width() > SELECTION_FILL_MAX
                        || a.height() > SELECTION_FILL_MAX) {
                    throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                            "a random fill of a %,d x %,d selection is too large; fill at most %,d cells",
                            a.width(), a.height(), SELECTION_FILL_MAX));
                }
                SplittableRandom random = new SplittableRandom(f.seed());
                for (long y = 0; y < a.height(); y++) {
                    for (long x = 0; x < a.width(); x++) {
                        t.put(cell(a.left() + x, a.top() + y), random.nextDouble() < f.density());
                    }
                }
            }
            case CellEdit.Flip f -> {
                CellRegion a = CellTransforms.clampTo(topology, f.area());
                lifefx.pattern.CellSet live = cellsIn(a);
                put(t, a, live, false);
                put(t, a, f.leftRight() ? CellTransforms.flipLeftRight(live, (int) a.width())
                        : CellTransforms.flipTopBottom(live, (int) a.height()), true);
            }
            case CellEdit.Rotate r -> {
                CellRegion a = r.area();
                CellRegion to = CellTransforms.rotated(a);
                if (!CellTransforms.clampTo(topology, a).equals(a) || !CellTransforms.clampTo(topology, to).equals(to)) {
                    throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                            "cannot rotate a %,d x %,d selection on a %s torus: the turned rectangle does not fit",
                            a.width(), a.height(), topology.describe()));
                }
                lifefx.pattern.CellSet live = cellsIn(a);
                put(t, to, cellsIn(to), false);
                put(t, a, live, false);
                put(t, to, CellTransforms.rotate(live, (int) a.width(), (int) a.height(), r.clockwise()), true);
            }
            case CellEdit.Paste p -> {
                CellRegion a = p.area();
                if (p.mode() == PasteMode.COPY) {
                    put(t, a, cellsIn(CellTransforms.clampTo(topology, a)), false);
                }
                lifefx.pattern.CellSet cells = p.cells();
                for (int i = 0; i < cells.size(); i++) {
                    Cell c = cell(a.left() + cells.x(i), a.top() + cells.y(i));
                    t.put(c, CellTransforms.combine(p.mode(), universe.get(c.x(), c.y()), true));
                }
            }
        }
        return t;
    }

    /** The live cells of {@code area} now, relative to its corner. */
    private lifefx.pattern.CellSet cellsIn(CellRegion area) {
        return CellTransforms.cellsIn(current(), topology, area);
    }

    /** Sets the target of each of {@code cells} (relative to {@code area}'s corner) to {@code alive}. */
    private void put(java.util.Map<Cell, Boolean> t, CellRegion area, lifefx.pattern.CellSet cells, boolean alive) {
        for (int i = 0; i < cells.size(); i++) {
            t.put(cell(area.left() + cells.x(i), area.top() + cells.y(i)), alive);
        }
    }

    /** The cell at {@code (x, y)}, wrapped into a torus's range. */
    private Cell cell(long x, long y) {
        if (topology instanceof Topology.Torus(GridSize size)) {
            return new Cell(Math.floorMod(x, (long) size.width()), Math.floorMod(y, (long) size.height()));
        }
        return new Cell(x, y);
    }

    /** Undoes the newest change; returns whether anything visible changed. */
    boolean undo() {
        return travel(true);
    }

    /** Redoes the newest undone change; returns whether anything visible changed. */
    boolean redo() {
        return travel(false);
    }

    /**
     * Undo ({@code back}) or redo: takes the newest entry of that stack, puts its "before" (or
     * "after") back, and moves it to the other stack; if that fails, the entry goes back where it
     * was. A stroke of another universe cannot be put back: it is dropped with a notice.
     */
    private boolean travel(boolean back) {
        EditHistory.Entry e = back ? history.popUndo() : history.popRedo();
        if (e == null) {
            return false;
        }
        try {
            switch (e) {
                case EditHistory.Stroke s -> {
                    if (!s.topology.equals(topology)) {
                        notices.accept("cannot " + (back ? "undo" : "redo") + " a drawing made on the "
                                + s.topology.describe() + " universe in this " + topology.describe() + " one");
                        return true;
                    }
                    setCells(s, back ? s.before : s.after);
                }
                case EditHistory.Replacement r -> switchTo(back ? r.before() : r.after());
                case EditHistory.Patch p -> {
                    if (!p.topology.equals(topology)) {
                        notices.accept("cannot " + (back ? "undo" : "redo") + " an edit made on the "
                                + p.topology.describe() + " universe in this " + topology.describe() + " one");
                        return true;
                    }
                    for (int i = 0; i < p.count(); i++) {
                        universe.set(p.xs[i], p.ys[i], p.after.get(i) != back);
                    }
                    current = null;
                }
            }
        } catch (RuntimeException | Error failed) {
            if (back) {
                history.pushUndo(e);
            } else {
                history.pushRedo(e);
            }
            throw failed;
        }
        if (back) {
            history.pushRedo(e);
        } else {
            history.pushUndo(e);
        }
        edited();
        return true;
    }

    private void setCells(EditHistory.Stroke s, boolean[] values) {
        for (int i = 0; i < s.count; i++) {
            universe.set(s.xs[i], s.ys[i], values[i]);
        }
        current = null;
    }

    /** Closes the live universe (its strategy's threads). */
    void close() {
        universe.close();
    }
}
