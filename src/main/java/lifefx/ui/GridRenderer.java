package lifefx.ui;

import java.util.Arrays;
import java.util.Optional;
import lifefx.life.GridSize;
import lifefx.sim.Snapshot;

/**
 * Turns a snapshot into pixels: one int per view pixel, written into an array the caller then
 * hands to a {@code PixelBuffer}. The universe draws its own cells ({@link
 * lifefx.universe.Universe.Snapshot#render}), at a cost of about the view's pixels, whatever the
 * universe's size; this class adds what the view needs around them: the part of a cell cut by the
 * view's edge when zoomed in, grid lines, and the area beyond a torus's edge. Not thread-safe (it
 * keeps a scratch array); the grid view calls it on the JavaFX application thread.
 */
final class GridRenderer {

    private int[] scratch = new int[0];
    private int[] logical = new int[0];

    /** Renders {@code s} as the viewport shows it into {@code out} (row-major, {@code width × height}). */
    void render(Snapshot s, Viewport v, int width, int height, int[] out, Palette palette) {
        if (out.length < width * height) {
            throw new IllegalArgumentException("pixel array too small: " + out.length + " < " + width + "x" + height);
        }
        if (v.magnification() == 1) {
            renderCells(s, v, width, height, out, palette);
            if (v.gridLinesVisible()) {
                drawGridLines(v.zoom(), v.subX(), v.subY(), width, height, out, palette.gridLine());
            }
        } else {
            // Stretched: the cells at the logical size, then each logical pixel f times larger.
            int lw = Math.min(v.logicalWidth(), width);
            int lh = Math.min(v.logicalHeight(), height);
            if (logical.length < lw * lh) {
                logical = new int[lw * lh];
            }
            renderCells(s, v, lw, lh, logical, palette);
            magnify(v.magnification(), lw, lh, width, height, out);
            if (v.gridLinesVisible()) {
                drawStretchedGridLines(v, width, height, out, palette.gridLine());
            }
        }
        Optional<GridSize> torus = s.torusSize();
        if (torus.isPresent()) {
            maskOutside(v, torus.get(), width, height, out, palette.outside());
        }
    }

    /** Nearest-neighbour enlargement by {@code f} of a {@code lw × lh} image into {@code width × height}. */
    private void magnify(double f, int lw, int lh, int width, int height, int[] out) {
        int[] srcX = new int[width];
        for (int x = 0; x < width; x++) {
            srcX[x] = Math.min(lw - 1, (int) (x / f));
        }
        int previous = -1;
        for (int y = 0; y < height; y++) {
            int sy = Math.min(lh - 1, (int) (y / f));
            int base = y * width;
            if (sy == previous) {
                System.arraycopy(out, base - width, out, base, width);
                continue;
            }
            int src = sy * lw;
            for (int x = 0; x < width; x++) {
                out[base + x] = logical[src + srcX[x]];
            }
            previous = sy;
        }
    }

    /** A line on the first view pixel row and column of every cell, when stretched. */
    private static void drawStretchedGridLines(Viewport v, int width, int height, int[] out, int line) {
        boolean[] lineCol = new boolean[width];
        for (int x = 1; x < width; x++) {
            lineCol[x] = v.colAt(x) != v.colAt(x - 1);
        }
        lineCol[0] = v.subX() == 0;
        for (int y = 0; y < height; y++) {
            int base = y * width;
            if (y == 0 ? v.subY() == 0 : v.rowAt(y) != v.rowAt(y - 1)) {
                Arrays.fill(out, base, base + width, line);
                continue;
            }
            for (int x = 0; x < width; x++) {
                if (lineCol[x]) {
                    out[base + x] = line;
                }
            }
        }
    }

    /** The cells alone, at zoom k, with the first cell's cut at the view's edge. */
    private void renderCells(Snapshot s, Viewport v, int width, int height, int[] out, Palette palette) {
        int k = v.zoom();
        int sx = v.subX();
        int sy = v.subY();
        if (sx == 0 && sy == 0) {
            s.cells().render(v.left(), v.top(), k, out, width, height, palette.alive(), palette.dead());
        } else {
            // Zoomed in with the first cell cut by the edge: draw whole cells, then shift.
            int cell = 1 << k;
            int w2 = width + cell;
            int h2 = height + cell;
            if (scratch.length < w2 * h2) {
                scratch = new int[w2 * h2];
            }
            s.cells().render(v.left(), v.top(), k, scratch, w2, h2, palette.alive(), palette.dead());
            for (int y = 0; y < height; y++) {
                System.arraycopy(scratch, (y + sy) * w2 + sx, out, y * width, width);
            }
        }
    }

    /** A line on the first pixel row and column of every cell. */
    private static void drawGridLines(int k, int sx, int sy, int width, int height, int[] out, int line) {
        int cell = 1 << k;
        for (int y = 0; y < height; y++) {
            int base = y * width;
            if ((y + sy) % cell == 0) {
                Arrays.fill(out, base, base + width, line);
                continue;
            }
            for (int x = (cell - sx % cell) % cell; x < width; x += cell) {
                out[base + x] = line;
            }
        }
    }

    /** Pixels that show no cell of the torus (it is drawn once, not repeated) get the outside colour. */
    private static void maskOutside(Viewport v, GridSize size, int width, int height, int[] out, int outside) {
        int[] cols = insideRange(v, true, size.width(), width);
        int[] rows = insideRange(v, false, size.height(), height);
        for (int y = 0; y < height; y++) {
            int base = y * width;
            if (y < rows[0] || y >= rows[1]) {
                Arrays.fill(out, base, base + width, outside);
                continue;
            }
            Arrays.fill(out, base, base + Math.min(cols[0], width), outside);
            if (cols[1] < width) {
                Arrays.fill(out, base + Math.max(cols[1], 0), base + width, outside);
            }
        }
    }

    /** The pixels {@code [from, to)} along one axis whose cell lies in {@code [0, side)}. */
    private static int[] insideRange(Viewport v, boolean horizontal, int side, int pixels) {
        int from = 0;
        while (from < pixels && cell(v, horizontal, from) < 0) {
            from++;
        }
        int to = from;
        // The cells grow with the pixels: find the first pixel past the torus by bisection.
        int lo = from;
        int hi = pixels;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cell(v, horizontal, mid) < side) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        to = Math.max(to, lo);
        return new int[] {from, to};
    }

    private static long cell(Viewport v, boolean horizontal, int pixel) {
        return horizontal ? v.colAt(pixel) : v.rowAt(pixel);
    }
}
