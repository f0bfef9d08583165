package lifefx.ui;

import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import lifefx.sim.CellRegion;

/**
 * Zoom and pan of the grid view: which universe cell lands on which pixel. A model with no nodes.
 * Use on the JavaFX application thread only.
 *
 * <p>The mapping is {@code x = offsetX + col * scale}, {@code y = offsetY + row * scale}, in view
 * pixels, with cells in universe coordinates ({@code long}), so it does not depend on one fixed
 * grid: {@link #setContent} only tells it what "fit" means. Scale is pixels per cell, from {@link
 * #minScale()} (fit, or 1 when the content is small) up to {@value #MAX_SCALE}. At 1 pixel per cell
 * and above, offsets are whole pixels and the zoom levels are whole numbers, so every cell is a
 * crisp square of equal size.
 */
public final class Viewport {

    /** Most pixels per cell. */
    public static final double MAX_SCALE = 32;

    /** Grid lines are drawn from this many pixels per cell up. */
    public static final double GRID_LINE_SCALE = 6;

    private static final double[] LEVELS_ABOVE_ONE = {1, 2, 3, 4, 6, 8, 12, 16, 24, 32};

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyDoubleWrapper offsetX = new ReadOnlyDoubleWrapper(this, "offsetX", 0);
    private final ReadOnlyDoubleWrapper offsetY = new ReadOnlyDoubleWrapper(this, "offsetY", 0);
    private double viewWidth = 1;
    private double viewHeight = 1;
    private CellRegion content = new CellRegion(0, 0, 1, 1);
    /** Bumped on every change, so a view can tell cheaply whether it must redraw. */
    private long revision;
    /** Whether the last change was a fit: then a resized view fits again instead of keeping its centre. */
    private boolean fitted;

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty offsetXProperty() {
        return offsetX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty offsetYProperty() {
        return offsetY.getReadOnlyProperty();
    }

    public double scale() {
        return scale.get();
    }

    public double offsetX() {
        return offsetX.get();
    }

    public double offsetY() {
        return offsetY.get();
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
    public void setViewSize(double width, double height) {
        double w = Math.max(1, width);
        double h = Math.max(1, height);
        if (w == viewWidth && h == viewHeight) {
            return;
        }
        double dx = (w - viewWidth) / 2;
        double dy = (h - viewHeight) / 2;
        viewWidth = w;
        viewHeight = h;
        if (fitted) {
            fit();
            return;
        }
        set(Math.max(scale(), minScale()), offsetX() + dx, offsetY() + dy);
    }

    /** What {@link #fit()} shows: the region of the universe holding the pattern. */
    public void setContent(CellRegion region) {
        if (region.height() < 1 || region.width() < 1) {
            throw new IllegalArgumentException("content must hold at least one cell: " + region);
        }
        content = region;
        if (scale() < minScale()) {
            set(minScale(), offsetX(), offsetY());
        }
    }

    public CellRegion content() {
        return content;
    }

    /** The scale at which the content just fits the view, capped at {@link #MAX_SCALE}. */
    public double fitScale() {
        double s = Math.min(viewWidth / content.width(), viewHeight / content.height());
        if (s >= 1) {
            // Whole pixels per cell keep every cell the same size.
            s = Math.floor(s);
        }
        return Math.min(MAX_SCALE, s);
    }

    /** The smallest scale: fit when the content is larger than the view, else 1 pixel per cell. */
    public double minScale() {
        return Math.min(1, fitScale());
    }

    /** Shows the whole content, centred. */
    public void fit() {
        double s = fitScale();
        double ox = (viewWidth - content.width() * s) / 2 - content.left() * s;
        double oy = (viewHeight - content.height() * s) / 2 - content.top() * s;
        set(s, ox, oy);
        fitted = true;
    }

    /** Whether the view shows the fit of the content (no zoom or pan since). */
    public boolean isFitted() {
        return fitted;
    }

    /** Zooms by {@code steps} levels (positive: in) keeping the cell under {@code (x, y)} in place. */
    public void zoomAt(double x, double y, int steps) {
        double s = scale();
        for (int i = 0; i < Math.abs(steps); i++) {
            s = steps > 0 ? nextLevel(s) : previousLevel(s);
        }
        zoomTo(s, x, y);
    }

    /** Sets the scale (clamped to the allowed range), keeping the point under {@code (x, y)} in place. */
    public void zoomTo(double newScale, double x, double y) {
        double s = Math.clamp(newScale, minScale(), MAX_SCALE);
        double k = s / scale();
        set(s, x - (x - offsetX()) * k, y - (y - offsetY()) * k);
    }

    /** Moves the picture by {@code (dx, dy)} pixels. */
    public void panBy(double dx, double dy) {
        set(scale(), offsetX() + dx, offsetY() + dy);
    }

    /** The universe row under view coordinate {@code y}. */
    public long rowAt(double y) {
        return (long) Math.floor((y - offsetY()) / scale());
    }

    /** The universe column under view coordinate {@code x}. */
    public long colAt(double x) {
        return (long) Math.floor((x - offsetX()) / scale());
    }

    /** View x of the left edge of column {@code col}. */
    public double xOf(long col) {
        return offsetX() + col * scale();
    }

    /** View y of the top edge of row {@code row}. */
    public double yOf(long row) {
        return offsetY() + row * scale();
    }

    public boolean gridLinesVisible() {
        return scale() >= GRID_LINE_SCALE;
    }

    /** For a status bar: {@code 8 px/cell}, or {@code 1 px = 3.5 cells} below one pixel per cell. */
    public String describe() {
        double s = scale();
        if (s >= 1) {
            return (s == Math.rint(s) ? String.valueOf((long) s) : String.format(Locale.ROOT, "%.2f", s)) + " px/cell";
        }
        return String.format(Locale.ROOT, "1 px = %.1f cells", 1 / s);
    }

    double nextLevel(double s) {
        if (s < 1) {
            double t = s * 2;
            return t > 1 ? 1 : t;
        }
        for (double level : LEVELS_ABOVE_ONE) {
            if (level > s + 1e-9) {
                return level;
            }
        }
        return MAX_SCALE;
    }

    double previousLevel(double s) {
        if (s <= 1 + 1e-9) {
            return Math.max(minScale(), s / 2);
        }
        double prev = 1;
        for (double level : LEVELS_ABOVE_ONE) {
            if (level >= s - 1e-9) {
                return prev;
            }
            prev = level;
        }
        return prev;
    }

    private void set(double s, double ox, double oy) {
        if (s >= 1) {
            // Whole-pixel offsets: cell edges on pixel edges, so clicks and pixels agree exactly.
            ox = Math.rint(ox);
            oy = Math.rint(oy);
        }
        fitted = false;
        if (s == scale() && ox == offsetX() && oy == offsetY()) {
            return;
        }
        revision++;
        scale.set(s);
        offsetX.set(ox);
        offsetY.set(oy);
    }
}
