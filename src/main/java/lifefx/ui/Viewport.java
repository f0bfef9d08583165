package lifefx.ui;

import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import lifefx.sim.CellRegion;

/**
 * Zoom and pan of the grid view: which universe cell lands on which pixel. A model with no nodes.
 * Use on the JavaFX application thread only.
 *
 * <p><b>Scale.</b> Powers of two, as the universes render: {@link #zoom()} {@code k ≥ 0} shows a
 * cell as 2^k × 2^k pixels (up to {@value #MAX_ZOOM}, 32 pixels per cell); {@code k < 0} makes a
 * pixel cover 2^-k × 2^-k cells (down to {@value #MIN_ZOOM}), lit when any of them lives. A torus
 * does not zoom out beyond showing itself whole ({@link #setMinZoom}).
 *
 * <p><b>Position.</b> Exact at any distance: the cell at the view's top-left pixel is kept as two
 * {@code long}s ({@link #left()}, {@link #top()}), and when zoomed in, the pixels of that cell cut
 * off by the view's edge ({@link #subX()}, {@link #subY()}, less than a cell). Zoomed out to 2^m
 * cells per pixel, zooming and fitting place the view at multiples of 2^m (panning moves it by
 * whole pixels, so it stays there), so every pixel shows one aligned block of cells, which a
 * torus's snapshot answers from its summary at a cost of the pixels. No {@code double}
 * holds a coordinate, so a glider 10^15 cells out is placed and clicked as exactly as one at the
 * origin.
 *
 * <p><b>Stretch.</b> A torus that {@link #fit() fits} at 2^k pixels per cell leaves up to half the
 * view empty in each direction. With {@link #setStretchToFit} on, a fit also sets a {@linkplain
 * #magnification() magnification} {@code 1 ≤ f < 2}: the view is worked out as above on a smaller
 * <em>logical</em> view ({@link #logicalWidth()} × {@link #logicalHeight()}, the view's pixels
 * divided by f), which the grid view then draws f times larger. Every method here takes and gives
 * the view's own pixels, so callers never see f; zooming in or out, or to 1:1, sets f back to 1
 * (panning keeps it).
 */
public final class Viewport {

    /** Most pixels per cell: 2^5 = 32. */
    public static final int MAX_ZOOM = 5;

    /** Most cells per pixel: 2^62. */
    public static final int MIN_ZOOM = -62;

    /** Grid lines are drawn from 2^3 = 8 pixels per cell up. */
    public static final int GRID_LINE_ZOOM = 3;

    private final ReadOnlyIntegerWrapper zoom = new ReadOnlyIntegerWrapper(this, "zoom", 0);
    private long left;
    private long top;
    private int subX;
    private int subY;
    private int minZoom = MIN_ZOOM;
    private int viewWidth = 1;
    private int viewHeight = 1;
    /** What {@link #fit()} shows. */
    private CellRegion content = new CellRegion(0, 0, 1, 1);
    /** Bumped on every change, so a view can tell cheaply whether it must redraw. */
    private long revision;
    /** Whether the last change was a fit: then a resized view fits again instead of keeping its centre. */
    private boolean fitted;
    /** View pixels per logical pixel; see "Stretch" above. */
    private double mag = 1;
    private boolean stretchToFit;

    public ReadOnlyIntegerProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** The scale as an exponent: 2^zoom pixels per cell (negative: 2^-zoom cells per pixel). */
    public int zoom() {
        return zoom.get();
    }

    /** Pixels per cell, {@code 2^zoom} times the {@linkplain #magnification() magnification} (below 1 when zoomed out). */
    public double scale() {
        return Math.scalb(mag, zoom());
    }

    /** View pixels per logical pixel: 1, or in {@code [1, 2)} after a stretched {@link #fit()}. */
    public double magnification() {
        return mag;
    }

    /** Whether {@link #fit()} stretches the content to fill the view (the window: on for a torus). */
    public void setStretchToFit(boolean on) {
        if (on != stretchToFit) {
            stretchToFit = on;
            if (fitted) {
                fit();
            }
        }
    }

    /** The width of the view in logical pixels: the pixels a universe renders before magnification. */
    public int logicalWidth() {
        return Math.max(1, (int) Math.floor(viewWidth / mag));
    }

    /** The height of the view in logical pixels. */
    public int logicalHeight() {
        return Math.max(1, (int) Math.floor(viewHeight / mag));
    }

    /** The column of the cell at the view's left edge. */
    public long left() {
        return left;
    }

    /** The row of the cell at the view's top edge. */
    public long top() {
        return top;
    }

    /** Pixels of the leftmost cell hidden beyond the left edge (0 when zoomed out). */
    public int subX() {
        return subX;
    }

    /** Pixels of the top cell hidden beyond the top edge (0 when zoomed out). */
    public int subY() {
        return subY;
    }

    public long revision() {
        return revision;
    }

    public double viewWidth() {
        return viewWidth;
    }

    public double viewHeight() {
        return viewHeight;
    }

    /** The view's size in pixels; keeps the cell at the view's centre where it was. */
    private double clearWidth;
    private double clearHeight;

    public void setViewSize(double width, double height) {
        int w = Math.max(1, (int) width);
        int h = Math.max(1, (int) height);
        if (w == viewWidth && h == viewHeight) {
            return;
        }
        int dx = (w - viewWidth) / 2;
        int dy = (h - viewHeight) / 2;
        viewWidth = w;
        viewHeight = h;
        if (fitted) {
            fit();
            return;
        }
        panBy(dx, dy);
    }

    /** What {@link #fit()} shows: the region of the universe holding the pattern (or the torus). */
    public void setContent(CellRegion region) {
        if (region.height() < 1 || region.width() < 1) {
            throw new IllegalArgumentException("content must hold at least one cell: " + region);
        }
        content = region;
    }

    public CellRegion content() {
        return content;
    }

    /**
     * The least zoom allowed: a torus shows itself whole at most ({@link #fitZoom} of it, or 0 when
     * it is smaller than the view); the plane goes out to {@value #MIN_ZOOM}.
     */
    public void setMinZoom(int z) {
        minZoom = Math.clamp(z, MIN_ZOOM, 0);
        if (zoom() < minZoom) {
            zoomTo(minZoom, viewWidth / 2.0, viewHeight / 2.0);
        }
    }

    public int minZoom() {
        return minZoom;
    }

    /** The largest zoom at which {@code region} fits the view, at most {@value #MAX_ZOOM}. */
    public int fitZoom(CellRegion region) {
        int k = MAX_ZOOM;
        while (k > MIN_ZOOM && !fits(region, k)) {
            k--;
        }
        return k;
    }

    private boolean fits(CellRegion r, int k) {
        return span(r.width(), k) <= viewWidth && span(r.height(), k) <= viewHeight;
    }

    /** Pixels that {@code cells} cells take at zoom {@code k} (rounded up), saturating. */
    private static double span(long cells, int k) {
        return Math.ceil(Math.scalb((double) cells, k));
    }

    /**
     * Shows the whole content, centred; then, when it lies partly under the {@linkplain
     * #setKeepClear top-left box} and the view has the room, moved right or down by as little as
     * takes it out from under.
     */
    public void fit() {
        CellRegion c = content;
        int k = Math.max(fitZoom(c), minZoom);
        double oldMag = mag;
        mag = stretchToFit ? stretch(c, k) : 1;
        int lw = logicalWidth();
        int lh = logicalHeight();
        // The content's centre, in cells, on the view's centre.
        long cx = c.left() + c.width() / 2;
        long cy = c.top() + c.height() / 2;
        place(k, cx, (c.width() & 1) != 0 ? 0.5 : 0, cy, (c.height() & 1) != 0 ? 0.5 : 0, lw / 2.0, lh / 2.0);
        if (clearWidth > 0 && clearHeight > 0) {
            // In logical pixels, where the view is worked out.
            double cw = clearWidth / mag;
            double ch = clearHeight / mag;
            double x0 = logicalX(c.left());
            double y0 = logicalY(c.top());
            double x1 = logicalX(c.left() + c.width());
            double y1 = logicalY(c.top() + c.height());
            if (x0 < cw && y0 < ch && x1 > 0 && y1 > 0) {
                double right = Math.ceil(cw - x0);
                double down = Math.ceil(ch - y0);
                boolean fitsRight = x1 + right <= lw;
                boolean fitsDown = y1 + down <= lh;
                if (fitsRight && (!fitsDown || right <= down)) {
                    moveBy(right, 0);
                } else if (fitsDown) {
                    moveBy(0, down);
                }
            }
        }
        if (mag != oldMag) {
            revision++;
        }
        fitted = true;
    }

    /**
     * The magnification that makes {@code c}, shown at 2^k pixels per cell, fill the view in one
     * direction: at least 1, below 2 (2^(k+1) would not have fitted), and 1 at the largest zoom.
     * When the content fits beside or below the {@linkplain #setKeepClear box kept clear} unstretched,
     * it is stretched only as far as it still does.
     */
    private double stretch(CellRegion c, int k) {
        if (k >= MAX_ZOOM) {
            return 1;
        }
        double w = span(c.width(), k);
        double h = span(c.height(), k);
        double f = Math.min(viewWidth / w, viewHeight / h);
        if (clearWidth > 0 && clearHeight > 0) {
            // Two pixels to spare for rounding to whole logical pixels.
            double beside = Math.min((viewWidth - clearWidth - 2) / w, viewHeight / h);
            double below = Math.min(viewWidth / w, (viewHeight - clearHeight - 2) / h);
            double clear = Math.max(beside, below);
            if (clear >= 1) {
                f = clear;
            }
        }
        // A hair less, so that the logical view, the view's pixels divided by f, still holds the content.
        return Math.clamp(f * (1 - 1e-9), 1.0, Math.nextDown(2.0));
    }

    /**
     * A box at the view's top-left corner, {@code width} × {@code height} pixels (the timing
     * overlay and its margins), that {@link #fit()} keeps the content out of when there is room;
     * a fitted view fits again when it changes. 0 × 0: none.
     */
    public void setKeepClear(double width, double height) {
        double w = Math.max(0, Math.ceil(width));
        double h = Math.max(0, Math.ceil(height));
        if (w == clearWidth && h == clearHeight) {
            return;
        }
        clearWidth = w;
        clearHeight = h;
        if (fitted && content != null) {
            fit();
        }
    }

    /** Whether the view shows the fit of the content (no zoom or pan since). */
    public boolean isFitted() {
        return fitted;
    }

    /**
     * Zooms by {@code steps} powers of two (positive: in) keeping the cell under {@code (x, y)} in
     * place. Out of a stretched fit, the first step out goes to the power of two below it.
     */
    public void zoomAt(double x, double y, int steps) {
        zoomTo(zoom() + steps + (mag > 1 && steps < 0 ? 1 : 0), x, y);
    }

    /**
     * Sets the zoom (clamped to the allowed range) and the magnification back to 1, keeping the
     * point under {@code (x, y)} in place.
     */
    public void zoomTo(int newZoom, double x, double y) {
        int k = Math.clamp(newZoom, minZoom, MAX_ZOOM);
        int px = (int) Math.floor(x / mag);
        int py = (int) Math.floor(y / mag);
        long col = logicalColAt(px);
        long row = logicalRowAt(py);
        double fx = fractionInCell(px, true);
        double fy = fractionInCell(py, false);
        unstretch();
        int vx = (int) Math.floor(x);
        int vy = (int) Math.floor(y);
        place(k, col, fx, row, fy, vx + 0.5, vy + 0.5);
    }

    /** Drops a stretched fit's magnification (zooming works in powers of two). */
    private void unstretch() {
        if (mag != 1) {
            mag = 1;
            revision++;
        }
    }

    /** Where within its cell (0..1) pixel {@code p}'s centre lies, when zoomed in; 0.5 otherwise. */
    private double fractionInCell(int p, boolean horizontal) {
        int k = zoom();
        if (k <= 0) {
            return 0.5;
        }
        int sub = horizontal ? subX : subY;
        return (Math.floorMod(p + sub, 1 << k) + 0.5) / (1 << k);
    }

    /**
     * Sets zoom {@code k} and a position that puts the point {@code fx} of the way into cell
     * {@code col} (and {@code fy} into {@code row}) at view pixel {@code (x, y)}.
     */
    private void place(int k, long col, double fx, long row, double fy, double x, double y) {
        long[] h = axis(k, col, fx, x);
        long[] v = axis(k, row, fy, y);
        set(k, h[0], (int) h[1], v[0], (int) v[1]);
    }

    /** {first cell, hidden pixels of it} for one axis. */
    private static long[] axis(int k, long cell, double fraction, double at) {
        if (k >= 0) {
            int size = 1 << k;
            // The view pixel where the cell begins; cells before it fill the view back to pixel 0.
            long edge = Math.round(at - fraction * size);
            long before = Math.floorDiv(edge + size - 1, size); // cells (partly) left of the edge
            long hidden = before * size - edge;
            return new long[] {cell - before, hidden};
        }
        int m = -k;
        long pixel = (long) Math.floor(at);
        // pixel 'pixel' covers cells [left + pixel*2^m, ...): the cell should fall in it
        long offset = m >= 63 || pixel >= (Long.MAX_VALUE >> m) ? Long.MAX_VALUE : pixel << m;
        // Every pixel starts at a multiple of 2^m, so each shows one aligned block of cells: what a
        // universe's summary of live blocks answers in one read (a shift of less than a pixel).
        long aligned = m >= 63 ? cell : Math.floorDiv(cell, 1L << m) << m;
        return new long[] {aligned - offset, 0};
    }

    /**
     * Zoom {@code k}, with the top-left corner of cell ({@code col}, {@code row}) at view pixel
     * ({@code x}, {@code y}) (zoomed out: that cell starts the pixel's run of cells).
     */
    public void showCellAt(int k, long col, long row, int x, int y) {
        int z = Math.clamp(k, minZoom, MAX_ZOOM);
        unstretch();
        place(z, col, 0, row, 0, z >= 0 ? x : x + 0.5, z >= 0 ? y : y + 0.5);
    }

    /** Moves the picture by {@code (dx, dy)} pixels. */
    public void panBy(double dx, double dy) {
        moveBy(dx / mag, dy / mag);
    }

    /** Moves the picture by {@code (dx, dy)} logical pixels. */
    private void moveBy(double dx, double dy) {
        int k = zoom();
        long ddx = Math.round(dx);
        long ddy = Math.round(dy);
        if (k >= 0) {
            long tx = subX - ddx;
            long ty = subY - ddy;
            set(k, left + Math.floorDiv(tx, 1L << k), (int) Math.floorMod(tx, 1L << k),
                    top + Math.floorDiv(ty, 1L << k), (int) Math.floorMod(ty, 1L << k));
        } else {
            int m = -k;
            set(k, left - cellsOf(ddx, m), 0, top - cellsOf(ddy, m), 0);
        }
    }

    /** {@code pixels × 2^m}, saturating. */
    private static long cellsOf(long pixels, int m) {
        if (pixels == 0) {
            return 0;
        }
        if (m >= 63 || Math.abs(pixels) > (Long.MAX_VALUE >> m)) {
            return pixels > 0 ? Long.MAX_VALUE / 2 : -(Long.MAX_VALUE / 2);
        }
        return pixels << m;
    }

    /** The universe row under view coordinate {@code y}. */
    public long rowAt(double y) {
        return logicalRowAt(Math.floor(y / mag));
    }

    /** The universe column under view coordinate {@code x}. */
    public long colAt(double x) {
        return logicalColAt(Math.floor(x / mag));
    }

    private long logicalRowAt(double y) {
        return cellAt(top, subY, (long) Math.floor(y));
    }

    private long logicalColAt(double x) {
        return cellAt(left, subX, (long) Math.floor(x));
    }

    private long cellAt(long first, int sub, long pixel) {
        int k = zoom();
        if (k >= 0) {
            return first + Math.floorDiv(pixel + sub, 1L << k);
        }
        return first + cellsOf(pixel, -k);
    }

    /** View x of the left edge of column {@code col} (for cells near the view). */
    public double xOf(long col) {
        return logicalX(col) * mag;
    }

    /** View y of the top edge of row {@code row} (for cells near the view). */
    public double yOf(long row) {
        return logicalY(row) * mag;
    }

    private double logicalX(long col) {
        return Math.scalb((double) (col - left), zoom()) - subX;
    }

    private double logicalY(long row) {
        return Math.scalb((double) (row - top), zoom()) - subY;
    }

    public boolean gridLinesVisible() {
        return zoom() >= GRID_LINE_ZOOM;
    }

    /** For a status bar: {@code 8 px/cell}, {@code 1 px = 4 cells} or {@code 1 px = 2^40 cells}. */
    public String describe() {
        if (mag != 1) {
            double perCell = scale();
            return perCell >= 1 ? String.format(Locale.ROOT, "%.1f px/cell", perCell)
                    : String.format(Locale.ROOT, "1 px = %,.1f cells", 1 / perCell);
        }
        return describe(zoom());
    }

    static String describe(int k) {
        if (k >= 0) {
            return (1 << k) + " px/cell";
        }
        int m = -k;
        if (m <= 16) {
            return String.format(Locale.ROOT, "1 px = %,d cells", 1L << m);
        }
        return "1 px = 2^" + m + " cells";
    }

    private void set(int k, long l, int sx, long t, int sy) {
        fitted = false;
        if (k == zoom() && l == left && t == top && sx == subX && sy == subY) {
            return;
        }
        revision++;
        left = l;
        top = t;
        subX = sx;
        subY = sy;
        zoom.set(k);
    }
}
