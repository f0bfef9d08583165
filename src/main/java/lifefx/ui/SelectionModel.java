package lifefx.ui;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import lifefx.life.GridSize;
import lifefx.pattern.CellSet;
import lifefx.pattern.Metadata;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternFormat;
import lifefx.pattern.PatternWriter;
import lifefx.sim.CellEdit;
import lifefx.sim.CellRegion;
import lifefx.sim.CellTransforms;
import lifefx.sim.PasteMode;
import lifefx.sim.Snapshot;
import lifefx.universe.Bounds;

/**
 * The selection and the paste in progress: the model behind Edit's select, copy, cut, clear,
 * flip, rotate and paste. Properties and commands only, no nodes; the grid view draws what it
 * says ({@link GridView#setOverlay}) and sends it primary presses ({@link GridView.Gestures}).
 * FX thread only.
 *
 * <p><b>The selection</b> ({@link #selectionProperty()}) is a {@link CellRegion} in universe
 * coordinates (rows and columns, {@code long}s), or null when nothing is selected. On a torus it
 * lies within the torus when drawn with the mouse or by select-all; a rotation may carry it over an
 * edge, where it wraps. This is the rectangle an export of the selection reads.
 *
 * <p><b>Edits</b> go to the simulation as {@link CellEdit}s, applied between generations on its
 * stepping thread, each one undoable change; this class never touches a universe. Copy reads the
 * cells from the newest snapshot (immutable) on the FX thread: it costs the selection's area up to
 * 4 M cells, beyond that the population (see {@link CellTransforms#cellsIn}).
 */
final class SelectionModel implements GridView.Gestures {

    /** A pattern waiting to be placed: its cells relative to a box of {@code width × height}. */
    record Pasting(CellSet cells, int width, int height) {
    }

    private final LifeModel model;
    private final StatusBarModel status;
    private final Viewport viewport;
    private final ReadOnlyObjectWrapper<CellRegion> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyObjectWrapper<Pasting> pasting = new ReadOnlyObjectWrapper<>(this, "pasting");
    private final ReadOnlyObjectWrapper<GridView.Ghost> ghost = new ReadOnlyObjectWrapper<>(this, "ghost");
    private final ReadOnlyObjectWrapper<PasteMode> pasteMode = new ReadOnlyObjectWrapper<>(this, "pasteMode",
            PasteMode.COPY);
    private final java.util.Map<PasteMode, ReadOnlyBooleanWrapper> modeChecks = new java.util.EnumMap<>(PasteMode.class);
    private final ReadOnlyBooleanWrapper selectTool = new ReadOnlyBooleanWrapper(this, "selectTool");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    /** Where the drag that selects started, or null. */
    private GridView.Cell anchor;
    /** The cell under the mouse, or null when the mouse is off the grid. */
    private GridView.Cell mouse;
    /** The snapshot whose population of the selection {@link #text} shows; when it was counted. */
    private Snapshot counted;
    private long countedAt;

    SelectionModel(LifeModel model, StatusBarModel status, Viewport viewport) {
        this.model = Objects.requireNonNull(model);
        this.status = Objects.requireNonNull(status);
        this.viewport = Objects.requireNonNull(viewport);
        for (PasteMode m : PasteMode.values()) {
            modeChecks.put(m, new ReadOnlyBooleanWrapper(this, "paste-" + m.label(), m == PasteMode.COPY));
        }
        pasteMode.addListener((o, was, now) -> modeChecks.forEach((m, w) -> w.set(m == now)));
        javafx.beans.InvalidationListener recount = o -> {
            counted = null;
            recount(model.snapshot(), true);
        };
        selection.addListener(recount);
        pasting.addListener(recount);
        pasteMode.addListener(recount);
    }

    /** The selected cells, or null. See the class comment. */
    ReadOnlyObjectProperty<CellRegion> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    CellRegion selection() {
        return selection.get();
    }

    /** The pattern being placed, or null. */
    ReadOnlyObjectProperty<Pasting> pastingProperty() {
        return pasting.getReadOnlyProperty();
    }

    /** The pattern being placed where it would land now (under the mouse), or null. */
    ReadOnlyObjectProperty<GridView.Ghost> ghostProperty() {
        return ghost.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<PasteMode> pasteModeProperty() {
        return pasteMode.getReadOnlyProperty();
    }

    /** Whether {@code m} is the paste mode (for the menu's check items). */
    ReadOnlyBooleanProperty pasteModeIs(PasteMode m) {
        return modeChecks.get(m).getReadOnlyProperty();
    }

    void setPasteMode(PasteMode m) {
        pasteMode.set(Objects.requireNonNull(m));
    }

    /** While on, a plain drag selects instead of drawing (F5). */
    ReadOnlyBooleanProperty selectToolProperty() {
        return selectTool.getReadOnlyProperty();
    }

    void toggleSelectTool() {
        selectTool.set(!selectTool.get());
    }

    /** "12 × 7 selected, 5 alive", what is being pasted, or empty: what the status bar shows. */
    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Selects {@code r} (null: nothing), cut to the torus when there is one. */
    void select(CellRegion r) {
        selection.set(r == null ? null : clamp(r));
    }

    /** Selects {@code r} as it is (it may wrap over a torus's edge). */
    private void selectAsIs(CellRegion r) {
        selection.set(r);
    }

    // ---- Mouse ---------------------------------------------------------------------------------

    @Override
    public boolean pressed(GridView.Cell c, boolean shift) {
        if (pasting.get() != null) {
            place(c);
            return true;
        }
        if (shift || selectTool.get()) {
            anchor = c;
            select(between(c, c));
            return true;
        }
        CellRegion s = selection.get();
        if (s != null && !contains(s, c)) {
            // A click outside the selection removes it (and draws nothing).
            select(null);
            return true;
        }
        return false;
    }

    @Override
    public void dragged(GridView.Cell c) {
        mouse = c;
        if (anchor != null) {
            select(between(anchor, c));
        }
    }

    @Override
    public void released(GridView.Cell c) {
        anchor = null;
    }

    @Override
    public void moved(GridView.Cell c) {
        mouse = c;
        updateGhost();
    }

    // ---- Commands ------------------------------------------------------------------------------

    /** Ctrl+A: the pattern's bounds on the plane, the whole torus. */
    void selectAll() {
        Snapshot s = model.snapshot();
        if (s == null) {
            return;
        }
        if (s.torusSize().isPresent()) {
            GridSize g = s.torusSize().get();
            select(new CellRegion(0, 0, g.height(), g.width()));
            return;
        }
        java.util.Optional<Bounds> b = s.cells().bounds();
        if (b.isEmpty()) {
            status.notice("Nothing to select: no cell is alive");
            return;
        }
        select(new CellRegion(b.get().top(), b.get().left(), b.get().height(), b.get().width()));
    }

    /** Escape: cancels a paste, else removes the selection; returns whether it did either. */
    boolean escape() {
        if (pasting.get() != null) {
            pasting.set(null);
            updateGhost();
            return true;
        }
        if (selection.get() != null) {
            select(null);
            return true;
        }
        return false;
    }

    /** Ctrl+C: the selection's cells to the clipboard as RLE; returns whether it did. */
    boolean copy() {
        CellRegion r = needSelection("copy");
        Snapshot s = model.snapshot();
        if (r == null || s == null) {
            return false;
        }
        try {
            CellRegion a = fit(r, s);
            if (a.width() > Integer.MAX_VALUE || a.height() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("at most " + Integer.MAX_VALUE + " cells a side can be copied");
            }
            CellSet cells = CellTransforms.cellsIn(s.cells(), s.topology(), a);
            Pattern p = new Pattern(cells, (int) a.width(), (int) a.height(), s.rule(), Metadata.EMPTY);
            ClipboardContent c = new ClipboardContent();
            c.putString(PatternWriter.write(p, PatternFormat.RLE));
            Clipboard.getSystemClipboard().setContent(c);
            return true;
        } catch (IllegalArgumentException | OutOfMemoryError e) {
            status.notice("Cannot copy the selection: " + (e instanceof OutOfMemoryError ? "not enough memory"
                    : e.getMessage()));
            return false;
        }
    }

    /** Ctrl+X: copy, then clear the selection (one undo entry: the clear). */
    void cut() {
        if (copy()) {
            model.simulation().edit(new CellEdit.Clear(selection.get()));
        }
    }

    /** Delete: clears the selection, or every cell when nothing is selected. */
    void clear() {
        if (selection.get() == null) {
            model.clear();
        } else {
            model.simulation().edit(new CellEdit.Clear(selection.get()));
        }
    }

    /** Shift+Delete: kills every cell outside the selection. */
    void clearOutside() {
        CellRegion r = needSelection("clear outside it");
        if (r != null) {
            model.simulation().edit(new CellEdit.ClearOutside(r));
        }
    }

    /** Fills the selection at random with {@code density} (the random fill dialog, with a selection). */
    void fill(double density) {
        CellRegion r = needSelection("fill it");
        Snapshot s = model.snapshot();
        if (r != null && s != null) {
            CellRegion a = fit(r, s);
            if (a.width() > CellEdit.Fill.MAX_CELLS || a.height() > CellEdit.Fill.MAX_CELLS
                    || a.width() * a.height() > CellEdit.Fill.MAX_CELLS) {
                status.notice(String.format(java.util.Locale.ROOT,
                        "Cannot fill a %,d × %,d selection: at most %,d cells at once", a.width(), a.height(),
                        CellEdit.Fill.MAX_CELLS));
                return;
            }
            model.simulation().edit(new CellEdit.Fill(r, density, System.nanoTime()));
        }
    }

    /** X ({@code leftRight}) or Y: mirrors the selection. */
    void flip(boolean leftRight) {
        CellRegion r = needSelection("flip it");
        if (r != null) {
            model.simulation().edit(new CellEdit.Flip(r, leftRight));
        }
    }

    /** &gt; (clockwise) or &lt;: turns the selection about its centre; the selection turns with it. */
    void rotate(boolean clockwise) {
        CellRegion r = needSelection("rotate it");
        Snapshot s = model.snapshot();
        if (r != null && s != null && s.torusSize().isPresent()
                && (r.width() > s.torusSize().get().height() || r.height() > s.torusSize().get().width())) {
            status.notice(String.format(java.util.Locale.ROOT,
                    "Cannot rotate a %,d × %,d selection on a %s torus: turned, it would not fit", r.width(), r.height(),
                    s.torusSize().get()));
            return;
        }
        if (r != null) {
            model.simulation().edit(new CellEdit.Rotate(r, clockwise));
            selectAsIs(CellTransforms.rotated(r));
        }
    }

    /** Starts placing {@code p}: it follows the mouse until a click places it or Escape cancels. */
    void startPaste(Pattern p) {
        pasting.set(new Pasting(p.cells(), p.width(), p.height()));
        updateGhost();
    }

    /** Pastes the pattern being placed so that it lands where the ghost is with the mouse at {@code c}. */
    void place(GridView.Cell c) {
        Pasting p = pasting.get();
        if (p == null) {
            return;
        }
        mouse = c;
        GridView.Ghost g = ghostAt(p, c);
        model.simulation().edit(new CellEdit.Paste(p.cells(), p.width(), p.height(), g.top(), g.left(), pasteMode.get()));
        pasting.set(null);
        updateGhost();
    }

    /**
     * Called once per pulse: recounts the selection's live cells when the cells changed, at most
     * four times a second while the simulation plays (a count costs the selection's area).
     */
    void pulse(Snapshot s) {
        if (s != null && shownTopology != null && !s.topology().equals(shownTopology)) {
            // Another kind or size of universe: the rectangle meant cells that are not there any more.
            select(null);
        }
        shownTopology = s == null ? null : s.topology();
        recount(s, false);
    }

    private lifefx.universe.Topology shownTopology;

    // ---- Helpers -------------------------------------------------------------------------------

    private void recount(Snapshot s, boolean now) {
        Pasting p = pasting.get();
        if (p != null) {
            // A hint, not a notice: notices are for what went wrong.
            text.set(String.format(java.util.Locale.ROOT, "paste %,d × %,d, %,d alive (%s): click places, Esc cancels",
                    p.width(), p.height(), p.cells().size(), pasteMode.get().label()));
            return;
        }
        CellRegion r = selection.get();
        if (r == null || s == null) {
            text.set("");
            return;
        }
        if (s == counted || !now && s.running() && System.nanoTime() - countedAt < 250_000_000L) {
            return;
        }
        counted = s;
        countedAt = System.nanoTime();
        String alive;
        try {
            alive = String.format(java.util.Locale.ROOT, "%,d alive",
                    CellTransforms.cellsIn(s.cells(), s.topology(), fit(r, s)).size());
        } catch (IllegalArgumentException e) {
            alive = "too large to count";
        }
        text.set(String.format(java.util.Locale.ROOT, "%,d × %,d selected, %s", r.width(), r.height(), alive));
    }

    /** The selection, or null after a notice that says how to select {@code what} needs. */
    CellRegion needSelection(String what) {
        CellRegion r = selection.get();
        if (r == null) {
            status.notice("Select cells first to " + what + ": Shift+drag, or Ctrl+A for all");
        }
        return r;
    }

    private void updateGhost() {
        Pasting p = pasting.get();
        ghost.set(p == null ? null : ghostAt(p, mouse));
    }

    /** The pattern centred on {@code c} (null: the middle of the view). */
    private GridView.Ghost ghostAt(Pasting p, GridView.Cell c) {
        GridView.Cell at = c != null ? c
                : new GridView.Cell(viewport.rowAt(viewport.viewHeight() / 2), viewport.colAt(viewport.viewWidth() / 2));
        return new GridView.Ghost(p.cells(), at.row() - p.height() / 2, at.col() - p.width() / 2, p.width(), p.height());
    }

    private static CellRegion between(GridView.Cell a, GridView.Cell b) {
        long top = Math.min(a.row(), b.row());
        long left = Math.min(a.col(), b.col());
        return new CellRegion(top, left, Math.max(a.row(), b.row()) - top + 1, Math.max(a.col(), b.col()) - left + 1);
    }

    private static boolean contains(CellRegion r, GridView.Cell c) {
        return c != null && r.contains(c.row(), c.col());
    }

    /** {@code r} cut to the torus's range (the plane: as is): what a drag or select-all selects. */
    private CellRegion clamp(CellRegion r) {
        Snapshot s = model.snapshot();
        if (s == null || s.torusSize().isEmpty()) {
            return r;
        }
        GridSize g = s.torusSize().get();
        long top = Math.max(0, Math.min(r.top(), g.height() - 1));
        long left = Math.max(0, Math.min(r.left(), g.width() - 1));
        long bottom = Math.min(g.height(), Math.max(top + 1, r.bottom()));
        long right = Math.min(g.width(), Math.max(left + 1, r.right()));
        return new CellRegion(top, left, bottom - top, right - left);
    }

    /** {@code r} at most the torus's size (it may wrap over an edge, as a turned selection does). */
    private static CellRegion fit(CellRegion r, Snapshot s) {
        if (s.torusSize().isEmpty()) {
            return r;
        }
        GridSize g = s.torusSize().get();
        return new CellRegion(r.top(), r.left(), Math.min(r.height(), g.height()), Math.min(r.width(), g.width()));
    }
}
