package lifefx.sim;

import java.util.Objects;
import java.util.function.Consumer;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;

/**
 * The state of the universe that the user edits: the current grid, the rule it runs under, the
 * document it belongs to, the reset point, and the undo history. Changed only between generations.
 *
 * <p><b>Threading.</b> Not thread-safe: {@link SteppingLoop} calls it from the stepping thread
 * only, so it needs no locks. Others see it only through the immutable {@link Snapshot}s built from
 * it.
 *
 * <p><b>Failures.</b> Every change that can fail does its failing part first (making the cell logic
 * for a new rule, allocating a resized grid), so a change that throws leaves the state as it was.
 */
final class Universe {

    /** Makes the cell logic for a rule before it becomes current; may throw, and then nothing changes. */
    interface LogicMaker {
        void makeFor(Rule rule);
    }

    private final EditHistory history;
    private final LogicMaker logic;
    private final Consumer<String> notices;
    private Grid current;
    private Rule rule;
    private Document document = Document.UNTITLED;
    private Grid resetPoint;
    /** Whether the grid was edited since the reset point was taken; a single step then takes a new one. */
    private boolean editedSinceResetPoint = true;
    private long edits;

    /**
     * @param logic   called before the rule changes, to make the logic for the new rule
     * @param notices told about changes that could not be made, such as undoing a drawing on a grid
     *                of another size
     */
    Universe(Grid initial, Rule rule, long historyBudget, LogicMaker logic, Consumer<String> notices) {
        this.current = Objects.requireNonNull(initial, "initial");
        this.rule = rule.withoutTorus();
        this.history = new EditHistory(historyBudget);
        this.logic = logic;
        this.notices = notices;
    }

    Grid current() {
        return current;
    }

    /** The rule the next generation uses (never with a torus suffix). */
    Rule rule() {
        return rule;
    }

    Document document() {
        return document;
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
        return resetPoint != null && resetPoint != current;
    }

    /** Play starts here: the current generation becomes the reset point. */
    void markPlayStart() {
        resetPoint = current;
        editedSinceResetPoint = false;
    }

    /** A single step starts here: a new reset point if there was none or the grid was edited since. */
    void markStepStart() {
        if (resetPoint == null || editedSinceResetPoint) {
            markPlayStart();
        }
    }

    /** Adopts a computed generation. Not an edit. */
    void adopt(Grid next) {
        current = next;
    }

    /** Back to the reset point; returns whether the grid changed. */
    boolean reset() {
        if (resetPoint == null || current == resetPoint) {
            return false;
        }
        current = resetPoint;
        editedSinceResetPoint = false;
        edits++;
        return true;
    }

    /** Changes the rule; a torus suffix also resizes the grid to that torus (undoable). */
    void setRule(Rule r) {
        Rule next = r.withoutTorus();
        Grid resized = r.torus() != null && !r.torus().equals(current.size()) ? Grids.resized(current, r.torus())
                : current;
        logic.makeFor(next);
        rule = next;
        if (resized != current) {
            replace(resized);
        }
    }

    /** Resizes, keeping the cells centred; drops the reset point. Returns whether anything changed. */
    boolean resize(GridSize size) {
        if (size.equals(current.size())) {
            return false;
        }
        replace(Grids.resized(current, size));
        resetPoint = null;
        return true;
    }

    boolean clear() {
        if (current.population() == 0) {
            return false;
        }
        replace(Grid.empty(current.size()).withGeneration(current.generation()));
        return true;
    }

    void randomFill(double density, long seed) {
        replace(Grids.random(current.size(), density, seed, current.generation()));
    }

    boolean setDocument(Document d) {
        if (d.equals(document)) {
            return false;
        }
        document = d;
        return true;
    }

    /**
     * A load: grid, rule ({@code null}: keep it) and document ({@code null}: keep it) at once, undone
     * together. Drops the reset point.
     */
    void load(Grid grid, Rule nextRule, Document nextDocument) {
        EditHistory.Replacement r = new EditHistory.Replacement(current, grid, rule,
                nextRule == null ? rule : nextRule.withoutTorus(), document, nextDocument == null ? document : nextDocument);
        switchTo(r.after(), r.ruleAfter(), r.documentAfter());
        history.record(r);
        resetPoint = null;
    }

    /** Swaps in a whole new grid, recording it for undo. */
    private void replace(Grid next) {
        history.recordReplacement(current, next);
        current = next;
        edited();
    }

    /** Makes {@code grid} current, and {@code nextRule} and {@code nextDocument} when not null. */
    private void switchTo(Grid grid, Rule nextRule, Document nextDocument) {
        if (nextRule != null && !nextRule.equals(rule)) {
            logic.makeFor(nextRule);
            rule = nextRule;
        }
        if (nextDocument != null) {
            document = nextDocument;
        }
        current = grid;
        edited();
    }

    private void edited() {
        edits++;
        editedSinceResetPoint = true;
    }

    /** Sets the cells of one paint command; returns whether any changed. */
    boolean paint(long strokeId, int[] rows, int[] cols, boolean alive) {
        int h = current.height();
        int w = current.width();
        byte now = alive ? (byte) 1 : 0;
        EditHistory.Stroke stroke = history.stroke(strokeId, current.size());
        Grid.Builder b = null;
        for (int i = 0; i < rows.length; i++) {
            int index = Math.floorMod(rows[i], h) * w + Math.floorMod(cols[i], w);
            byte was = (byte) (b == null ? current.cellAt(index) : (b.get(index / w, index % w) ? 1 : 0));
            if (was == now) {
                continue;
            }
            if (b == null) {
                b = current.toBuilder();
            }
            b.set(index, alive);
            stroke.put(index, was, now);
        }
        history.commit(stroke);
        if (b == null) {
            return false;
        }
        current = b.build(current.generation());
        edited();
        return true;
    }

    /** Undoes the newest change; returns whether anything visible changed. */
    boolean undo() {
        EditHistory.Entry e = history.popUndo();
        if (e == null) {
            return false;
        }
        switch (e) {
            case EditHistory.Stroke s -> {
                if (!s.size.equals(current.size())) {
                    notices.accept("cannot undo a drawing made on a " + s.size + " grid on this " + current.size() + " grid");
                    return true;
                }
                current = setCells(s.indices, s.before, s.count);
            }
            case EditHistory.Replacement r -> {
                try {
                    switchTo(r.before(), r.ruleBefore(), r.documentBefore());
                } catch (RuntimeException | Error failed) {
                    history.pushUndo(e);
                    throw failed;
                }
            }
        }
        history.pushRedo(e);
        edited();
        return true;
    }

    /** Redoes the newest undone change; returns whether anything visible changed. */
    boolean redo() {
        EditHistory.Entry e = history.popRedo();
        if (e == null) {
            return false;
        }
        switch (e) {
            case EditHistory.Stroke s -> {
                if (!s.size.equals(current.size())) {
                    notices.accept("cannot redo a drawing made on a " + s.size + " grid on this " + current.size() + " grid");
                    return true;
                }
                current = setCells(s.indices, s.after, s.count);
            }
            case EditHistory.Replacement r -> {
                try {
                    switchTo(r.after(), r.ruleAfter(), r.documentAfter());
                } catch (RuntimeException | Error failed) {
                    history.pushRedo(e);
                    throw failed;
                }
            }
        }
        history.pushUndo(e);
        edited();
        return true;
    }

    private Grid setCells(int[] indices, byte[] values, int count) {
        Grid.Builder b = current.toBuilder();
        for (int i = 0; i < count; i++) {
            b.set(indices[i], values[i] != 0);
        }
        return b.build(current.generation());
    }
}
