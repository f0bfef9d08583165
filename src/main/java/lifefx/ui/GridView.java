package lifefx.ui;

import java.nio.IntBuffer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import lifefx.sim.Snapshot;

/**
 * The grid: a {@link Canvas} showing cells drawn into a {@link PixelBuffer}, with mouse editing,
 * panning and zooming. Use on the JavaFX application thread only.
 *
 * <p>{@link #draw} is called once per pulse with the newest snapshot; it re-renders only when the
 * snapshot, the viewport, the size or the palette changed. Two pixel buffers are used in turn, so
 * the frame being written is never the one the render thread may still be reading.
 *
 * <p><b>Preparing off the FX thread.</b> When a new snapshot would first have to build something in
 * proportion to the universe before it can be drawn ({@link lifefx.universe.Universe.Snapshot#renderReady}:
 * a big torus's summary of live blocks, zoomed out), one virtual thread ({@code lifefx-render-prep})
 * builds it while the view keeps showing, or moves on to, the newest snapshot already prepared. So
 * a frame costs the pixels drawn, and the picture trails the simulation by the time one summary
 * takes (a few milliseconds on a 10,000² torus). A changed view (zoom, pan, resize) is drawn at once
 * from the newest snapshot, preparing it on the FX thread if need be.
 *
 * <p>Mouse: a primary click toggles the cell under it; a primary drag paints the cells along the
 * path, or erases them when the drag started on a live cell. Right or middle drag, or primary drag
 * while {@link #panModeProperty() pan mode} is on (Space held), pans. The wheel zooms at the
 * cursor. When {@link #setGestures gestures} are set, a primary press goes to them first (a
 * Shift+drag selects, a click places a paste, a click outside the selection removes it), and
 * drawing happens only when they decline it.
 *
 * <p>Over the cells it draws the {@link #setOverlay overlay}: the selection as a translucent
 * rectangle, and the pattern being pasted as translucent cells under the mouse (its box only, when
 * it has more than {@value #GHOST_CELLS_DRAWN} cells, so a frame costs at most that many rectangles).
 */
public final class GridView extends Region {

    /** Where a user edit goes: cells (universe coordinates) to set, one stroke id per press. */
    public interface CellEditor {
        void paint(long stroke, long[] rows, long[] cols, boolean alive);
    }

    /** A universe cell under the mouse. */
    public record Cell(long row, long col) {
    }

    /**
     * What a primary press does before drawing is considered: selecting, placing a paste. Each
     * call gets the cell under the mouse, not cut to a torus (the receiver decides).
     */
    public interface Gestures {
        /** A primary press; true when handled here, and then the drag and the release come here too. */
        boolean pressed(Cell c, boolean shift);

        void dragged(Cell c);

        void released(Cell c);

        /** The mouse moved to {@code c}, or left the grid ({@code null}). */
        void moved(Cell c);
    }

    /** A pattern shown where it would be pasted: {@code cells} relative to the box at ({@code top}, {@code left}). */
    public record Ghost(lifefx.pattern.CellSet cells, long top, long left, int width, int height) {
    }

    /** Above this many cells a ghost is drawn as its box. */
    static final int GHOST_CELLS_DRAWN = 20_000;

    private final Canvas canvas = new Canvas();

    private final Viewport viewport;
    private final CellEditor editor;
    private final GridRenderer renderer = new GridRenderer();
    private final ScheduleMapRenderer scheduleRenderer = new ScheduleMapRenderer();
    private final ReadOnlyObjectWrapper<Cell> hover = new ReadOnlyObjectWrapper<>(this, "cellUnderMouse");
    private final BooleanProperty panMode = new SimpleBooleanProperty(this, "panMode");

    private final PixelBuffer<IntBuffer>[] buffers = newBufferArray();
    private final WritableImage[] images = new WritableImage[2];
    private int front;
    private int pixelWidth;
    private int pixelHeight;

    private Snapshot shown;
    private Snapshot latest;
    private long shownViewport = -1;
    private Palette shownPalette;
    private Palette palette = Palette.LIGHT;
    /** The schedule map's colouring while the map is shown instead of the cells, else null. */
    private ScheduleColouring schedule;
    private ScheduleColouring shownSchedule;
    private boolean sizeChanged = true;
    private long lastRenderNanos;
    /** The newest snapshot whose render is prepared; written by the prep thread. */
    private volatile Snapshot prepared;
    /** The prep thread in flight, or null; FX thread only. */
    private Thread preparing;

    private Gestures gestures;
    /** Whether the press being dragged went to the gestures. */
    private boolean gesturing;
    private lifefx.sim.CellRegion selection;
    private Ghost ghost;
    private long overlayRevision;
    private long shownOverlay = -1;

    /**
     * Whether Shift is held, from the key events the grid received: a mouse event says so itself
     * on the desktop, but the headless platform's robot puts no modifiers on mouse events.
     */
    private boolean shiftHeld;

    private long strokes;
    private long stroke;
    private boolean strokeAlive;
    private Cell lastPainted;
    private boolean panning;
    private double panX;
    private double panY;
    /** Whether the last pan gesture actually moved the picture (so Space release is not "play"). */
    private boolean pannedSincePanModeOn;

    public GridView(Viewport viewport, CellEditor editor) {
        this.viewport = viewport;
        this.editor = editor;
        getStyleClass().add("grid-view");
        canvas.getGraphicsContext2D().setImageSmoothing(false);
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(0, 0);
        setPrefSize(800, 600);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            updateHover(e.getX(), e.getY());
            if (gestures != null) {
                gestures.moved(anyCellAt(e.getX(), e.getY()));
            }
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hover.set(null);
            if (gestures != null) {
                gestures.moved(null);
            }
        });
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventFilter(javafx.scene.input.KeyEvent.ANY, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SHIFT) {
                shiftHeld = e.getEventType() == javafx.scene.input.KeyEvent.KEY_PRESSED;
            }
        });
        focusedProperty().addListener((o, was, now) -> shiftHeld = false);
        panMode.addListener((o, was, now) -> {
            if (now) {
                pannedSincePanModeOn = false;
            }
            setCursor(now ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static PixelBuffer<IntBuffer>[] newBufferArray() {
        return new PixelBuffer[2];
    }

    /** The canvas the cells are drawn on (for snapshots in tests). */
    public Canvas canvas() {
        return canvas;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** The cell under the mouse, or {@code null} when the mouse is elsewhere. */
    public ReadOnlyObjectProperty<Cell> cellUnderMouseProperty() {
        return hover.getReadOnlyProperty();
    }

    /** While true, a primary drag pans instead of painting (the window sets it while Space is held). */
    public BooleanProperty panModeProperty() {
        return panMode;
    }

    /** Whether a pan happened since pan mode was last switched on. */
    public boolean pannedSincePanModeOn() {
        return pannedSincePanModeOn;
    }

    public void setPalette(Palette p) {
        palette = p;
    }

    /**
     * Shows the schedule map in {@code colouring} instead of the cells, where a snapshot carries a
     * map of this torus ({@link Snapshot#schedule()}); {@code null} shows the cells.
     */
    public void setSchedule(ScheduleColouring colouring) {
        schedule = colouring;
    }

    /** The schedule map {@code s} carries for its own torus, or null. */
    static lifefx.engine.ScheduleMap scheduleOf(Snapshot s) {
        if (s.schedule() == null || s.schedule().map() == null) {
            return null;
        }
        lifefx.engine.ScheduleMap map = s.schedule().map();
        return s.torusSize().map(map.size()::equals).orElse(false) ? map : null;
    }

    /** Sends primary presses to {@code g} before drawing (null: none). */
    public void setGestures(Gestures g) {
        gestures = g;
    }

    /**
     * Draws {@code sel} (null: no selection) and {@code g} (null: no paste in progress) over the
     * cells from the next frame on.
     */
    public void setOverlay(lifefx.sim.CellRegion sel, Ghost g) {
        if (!java.util.Objects.equals(sel, selection) || !java.util.Objects.equals(g, ghost)) {
            selection = sel;
            ghost = g;
            overlayRevision++;
        }
    }

    /** Nanoseconds the last re-render took (the pixel loop and the buffer update), for the perf log. */
    public long lastRenderNanos() {
        return lastRenderNanos;
    }

    @Override
    protected void layoutChildren() {
        int w = Math.max(1, (int) Math.floor(getWidth()));
        int h = Math.max(1, (int) Math.floor(getHeight()));
        if (w != pixelWidth || h != pixelHeight) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            viewport.setViewSize(w, h);
            sizeChanged = true;
        }
    }

    /**
     * Shows {@code s}: called once per pulse by the window's timer with the newest snapshot. Cheap
     * when nothing changed; otherwise one pass over the view's pixels.
     */
    public void draw(Snapshot newest) {
        latest = newest;
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        boolean sameView = viewport.revision() == shownViewport && palette == shownPalette && !sizeChanged
                && schedule == shownSchedule && overlayRevision == shownOverlay;
        Snapshot s = newest;
        int k = viewport.zoom();
        if (sameView && shown != null && newest != shown && !newest.cells().renderReady(k)) {
            if (preparing == null || !preparing.isAlive()) {
                preparing = Thread.ofVirtual().name("lifefx-render-prep").start(() -> {
                    newest.cells().prepareRender(k);
                    prepared = newest;
                });
            }
            Snapshot ready = prepared;
            s = ready != null && ready.version() > shown.version() && ready.cells().renderReady(k) ? ready : shown;
        }
        if (s == shown && sameView) {
            return;
        }
        long t0 = System.nanoTime();
        if (sizeChanged || buffers[0] == null || w != pixelWidth || h != pixelHeight) {
            for (int i = 0; i < 2; i++) {
                buffers[i] = new PixelBuffer<>(w, h, IntBuffer.allocate(w * h), PixelFormat.getIntArgbPreInstance());
                images[i] = new WritableImage(buffers[i]);
            }
            pixelWidth = w;
            pixelHeight = h;
            sizeChanged = false;
        }
        int back = 1 - front;
        PixelBuffer<IntBuffer> buffer = buffers[back];
        int[] pixels = buffer.getBuffer().array();
        lifefx.engine.ScheduleMap map = schedule == null ? null : scheduleOf(s);
        if (map != null) {
            scheduleRenderer.render(map, schedule, viewport, w, h, pixels, palette);
        } else {
            renderer.render(s, viewport, w, h, pixels, palette);
        }
        buffer.updateBuffer(b -> null);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        // The image covers the whole canvas with opaque pixels; clearing first lets the canvas drop
        // its previous drawing commands instead of piling them up.
        gc.clearRect(0, 0, w, h);
        gc.drawImage(images[back], 0, 0);
        drawOverlay(gc);
        shownOverlay = overlayRevision;
        front = back;
        shown = s;
        shownViewport = viewport.revision();
        shownPalette = palette;
        shownSchedule = schedule;
        lastRenderNanos = System.nanoTime() - t0;
    }

    /** The selection and the ghost, in translucent colours over the cells just drawn. */
    private void drawOverlay(GraphicsContext gc) {
        double scale = viewport.scale();
        if (selection != null) {
            double x = viewport.xOf(selection.left());
            double y = viewport.yOf(selection.top());
            double w = Math.max(1, selection.width() * scale);
            double h = Math.max(1, selection.height() * scale);
            gc.setFill(javafx.scene.paint.Color.rgb(40, 120, 255, 0.28));
            gc.fillRect(x, y, w, h);
            gc.setStroke(javafx.scene.paint.Color.rgb(40, 120, 255, 0.9));
            gc.setLineWidth(1);
            gc.strokeRect(Math.floor(x) + 0.5, Math.floor(y) + 0.5, Math.max(1, Math.round(w) - 1),
                    Math.max(1, Math.round(h) - 1));
        }
        if (ghost != null) {
            double x = viewport.xOf(ghost.left());
            double y = viewport.yOf(ghost.top());
            gc.setFill(javafx.scene.paint.Color.rgb(255, 90, 40, 0.12));
            gc.fillRect(x, y, Math.max(1, ghost.width() * scale), Math.max(1, ghost.height() * scale));
            if (ghost.cells().size() <= GHOST_CELLS_DRAWN) {
                gc.setFill(javafx.scene.paint.Color.rgb(255, 90, 40, 0.6));
                double side = Math.max(1, scale);
                lifefx.pattern.CellSet c = ghost.cells();
                for (int i = 0; i < c.size(); i++) {
                    gc.fillRect(x + c.x(i) * scale, y + c.y(i) * scale, side, side);
                }
            }
            gc.setStroke(javafx.scene.paint.Color.rgb(255, 90, 40, 0.9));
            gc.strokeRect(Math.floor(x) + 0.5, Math.floor(y) + 0.5, Math.max(1, Math.round(ghost.width() * scale) - 1),
                    Math.max(1, Math.round(ghost.height() * scale) - 1));
        }
    }

    // ---- Mouse ------------------------------------------------------------------------------

    private boolean pans(MouseEvent e) {
        return e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE
                || (e.getButton() == MouseButton.PRIMARY && panMode.get());
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        if (pans(e)) {
            panning = true;
            panX = e.getX();
            panY = e.getY();
            setCursor(Cursor.CLOSED_HAND);
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY || latest == null) {
            return;
        }
        if (gestures != null && gestures.pressed(anyCellAt(e.getX(), e.getY()), e.isShiftDown() || shiftHeld)) {
            gesturing = true;
            e.consume();
            return;
        }
        Cell c = cellAt(e.getX(), e.getY());
        if (c == null) {
            return;
        }
        stroke = ++strokes;
        strokeAlive = !latest.isAlive(c.row(), c.col());
        lastPainted = c;
        editor.paint(stroke, new long[] {c.row()}, new long[] {c.col()}, strokeAlive);
        e.consume();
    }

    private void onDragged(MouseEvent e) {
        updateHover(e.getX(), e.getY());
        if (panning) {
            viewport.panBy(e.getX() - panX, e.getY() - panY);
            panX = e.getX();
            panY = e.getY();
            pannedSincePanModeOn = true;
            e.consume();
            return;
        }
        if (gesturing) {
            gestures.dragged(anyCellAt(e.getX(), e.getY()));
            e.consume();
            return;
        }
        if (lastPainted == null) {
            return;
        }
        Cell c = cellAt(e.getX(), e.getY());
        if (c == null || c.equals(lastPainted)) {
            return;
        }
        long[][] line = line(lastPainted, c);
        editor.paint(stroke, line[0], line[1], strokeAlive);
        lastPainted = c;
        e.consume();
    }

    private void onReleased(MouseEvent e) {
        if (panning) {
            panning = false;
            setCursor(panMode.get() ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        }
        if (gesturing) {
            gesturing = false;
            gestures.released(anyCellAt(e.getX(), e.getY()));
        }
        lastPainted = null;
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        viewport.zoomAt(e.getX(), e.getY(), e.getDeltaY() > 0 ? 1 : -1);
        updateHover(e.getX(), e.getY());
        e.consume();
    }

    private void updateHover(double x, double y) {
        hover.set(cellAt(x, y));
    }

    /** The cell of the shown universe under view point {@code (x, y)}, or {@code null} if none. */
    Cell cellAt(double x, double y) {
        if (latest == null || x < 0 || y < 0 || x >= canvas.getWidth() || y >= canvas.getHeight()) {
            return null;
        }
        long row = viewport.rowAt(y);
        long col = viewport.colAt(x);
        if (latest.torusSize().isPresent()) {
            var size = latest.torusSize().get();
            return row >= 0 && row < size.height() && col >= 0 && col < size.width() ? new Cell(row, col) : null;
        }
        return new Cell(row, col);
    }

    /** The cell under view point {@code (x, y)}, wherever it is (off a torus too). */
    Cell anyCellAt(double x, double y) {
        return new Cell(viewport.rowAt(y), viewport.colAt(x));
    }

    /** The selection drawn now, or null (for tests). */
    lifefx.sim.CellRegion shownSelection() {
        return selection;
    }

    /** The paste ghost drawn now, or null (for tests). */
    Ghost shownGhost() {
        return ghost;
    }

    /**
     * The cells on the straight line after {@code from} up to and including {@code to}
     * (Bresenham), so a fast drag leaves no gaps.
     */
    static long[][] line(Cell from, Cell to) {
        long dr = Math.abs(to.row() - from.row());
        long dc = Math.abs(to.col() - from.col());
        // Every step moves one cell along the longer axis, so this is the exact length.
        int n = (int) Math.min(1 << 24, Math.max(dr, dc));
        long[] rows = new long[n];
        long[] cols = new long[n];
        long sr = Long.signum(to.row() - from.row());
        long sc = Long.signum(to.col() - from.col());
        long r = from.row();
        long c = from.col();
        long err = dc - dr;
        int i = 0;
        while (i < n && (r != to.row() || c != to.col())) {
            long e2 = 2 * err;
            if (e2 > -dr) {
                err -= dr;
                c += sc;
            }
            if (e2 < dc) {
                err += dc;
                r += sr;
            }
            rows[i] = r;
            cols[i] = c;
            i++;
        }
        return new long[][] {java.util.Arrays.copyOf(rows, i), java.util.Arrays.copyOf(cols, i)};
    }

}
