package lifefx.ui;

import lifefx.life.Grid;
import lifefx.sim.CellRegion;
import lifefx.sim.Snapshot;

/**
 * Turns a snapshot into pixels: one int per view pixel, written into an array the caller then
 * hands to a {@code PixelBuffer}. No JavaFX nodes and no {@code fillRect}: the cost is one array
 * store per view pixel, whatever the number of live cells. Not thread-safe (it keeps scratch
 * arrays); the grid view calls it on the JavaFX application thread.
 *
 * <p>Pixel {@code (x, y)} shows the cell under its centre when cells are at least a pixel wide.
 * When they are smaller, a pixel shows "alive" if any cell it covers is alive, so a sparse pattern
 * does not vanish when zoomed out; beyond {@value #MAX_SAMPLES}×{@value #MAX_SAMPLES} cells per
 * pixel only that many evenly spaced cells are looked at, which bounds a frame's cost by the view's
 * size, not the grid's.
 */
final class GridRenderer {

    static final int MAX_SAMPLES = 4;

    private int[] colFrom = new int[0];
    private int[] colTo = new int[0];
    private boolean[] lineX = new boolean[0];
    private byte[] rowBuf = new byte[0];
    private byte[] acc = new byte[0];
    private final int[] lut = new int[2];

    /**
     * Renders {@code s} as seen through the given scale and offsets into {@code out} (row-major,
     * {@code width × height}).
     */
    void render(Snapshot s, double scale, double offsetX, double offsetY, int width, int height, int[] out,
                Palette palette, boolean gridLines) {
        if (out.length < width * height) {
            throw new IllegalArgumentException("pixel array too small: " + out.length + " < " + width + "x" + height);
        }
        ensureScratch(width, s.grid().width());
        if (scale >= 1) {
            renderMagnified(s.grid(), s.region(), scale, offsetX, offsetY, width, height, out, palette, gridLines);
        } else {
            renderReduced(s.grid(), s.region(), scale, offsetX, offsetY, width, height, out, palette);
        }
    }

    private void ensureScratch(int width, int gridWidth) {
        if (colFrom.length < width) {
            colFrom = new int[width];
            colTo = new int[width];
            lineX = new boolean[width];
            acc = new byte[width];
        }
        if (rowBuf.length < gridWidth) {
            rowBuf = new byte[gridWidth];
        }
    }

    /** Cell index (relative to the region's edge) under the centre of pixel {@code p}. */
    private static long cellUnder(int p, double offset, double scale, long regionStart) {
        return (long) Math.floor((p + 0.5 - offset) / scale) - regionStart;
    }

    private void renderMagnified(Grid g, CellRegion region, double scale, double ox, double oy, int width, int height,
                                 int[] out, Palette p, boolean gridLines) {
        int gw = g.width();
        int gh = g.height();
        long prev = cellUnder(-1, ox, scale, region.left());
        for (int x = 0; x < width; x++) {
            long c = cellUnder(x, ox, scale, region.left());
            colFrom[x] = c >= 0 && c < gw ? (int) c : -1;
            lineX[x] = gridLines && c != prev;
            prev = c;
        }
        int lastRow = Integer.MIN_VALUE;
        boolean lastLine = false;
        long prevRow = cellUnder(-1, oy, scale, region.top());
        for (int y = 0; y < height; y++) {
            long rr = cellUnder(y, oy, scale, region.top());
            boolean lineY = gridLines && rr != prevRow;
            prevRow = rr;
            int base = y * width;
            if (rr < 0 || rr >= gh) {
                java.util.Arrays.fill(out, base, base + width, p.outside());
                lastRow = Integer.MIN_VALUE;
                continue;
            }
            int r = (int) rr;
            if (r == lastRow && lineY == lastLine) {
                // Every pixel row of one cell row looks the same: copy instead of recomputing.
                System.arraycopy(out, base - width, out, base, width);
                continue;
            }
            g.copyRow(r, rowBuf, 0);
            int alive = p.alive();
            int dead = p.dead();
            int outside = p.outside();
            int line = p.gridLine();
            if (scale == 1 && !lineY) {
                // One pixel per cell: the visible columns are one contiguous run of the row, so the
                // inner loop is a table lookup with no branch per pixel.
                lut[0] = dead;
                lut[1] = alive;
                int x = 0;
                while (x < width && colFrom[x] < 0) {
                    out[base + x++] = outside;
                }
                int c0 = x < width ? colFrom[x] - x : 0;
                int runEnd = x;
                while (runEnd < width && colFrom[runEnd] >= 0) {
                    runEnd++;
                }
                for (; x < runEnd; x++) {
                    out[base + x] = lut[rowBuf[c0 + x]];
                }
                for (; x < width; x++) {
                    out[base + x] = outside;
                }
                lastRow = r;
                lastLine = false;
                continue;
            }
            for (int x = 0; x < width; x++) {
                int c = colFrom[x];
                int px;
                if (c < 0) {
                    px = outside;
                } else if (lineY || lineX[x]) {
                    px = line;
                } else {
                    px = rowBuf[c] != 0 ? alive : dead;
                }
                out[base + x] = px;
            }
            lastRow = r;
            lastLine = lineY;
        }
    }

    private void renderReduced(Grid g, CellRegion region, double scale, double ox, double oy, int width, int height,
                               int[] out, Palette p) {
        int gw = g.width();
        int gh = g.height();
        for (int x = 0; x < width; x++) {
            long from = (long) Math.floor((x - ox) / scale) - region.left();
            long to = Math.max(from + 1, (long) Math.floor((x + 1 - ox) / scale) - region.left());
            from = Math.max(0, from);
            to = Math.min(gw, to);
            colFrom[x] = from < to ? (int) from : -1;
            colTo[x] = (int) Math.max(from, to);
        }
        long lastFrom = Long.MIN_VALUE;
        long lastTo = Long.MIN_VALUE;
        for (int y = 0; y < height; y++) {
            long from = (long) Math.floor((y - oy) / scale) - region.top();
            long to = Math.max(from + 1, (long) Math.floor((y + 1 - oy) / scale) - region.top());
            from = Math.max(0, from);
            to = Math.min(gh, to);
            int base = y * width;
            if (from >= to) {
                java.util.Arrays.fill(out, base, base + width, p.outside());
                lastFrom = Long.MIN_VALUE;
                continue;
            }
            if (from == lastFrom && to == lastTo) {
                System.arraycopy(out, base - width, out, base, width);
                continue;
            }
            java.util.Arrays.fill(acc, 0, width, (byte) 0);
            int rowStep = (int) Math.max(1, (to - from + MAX_SAMPLES - 1) / MAX_SAMPLES);
            for (long r = from; r < to; r += rowStep) {
                g.copyRow((int) r, rowBuf, 0);
                for (int x = 0; x < width; x++) {
                    int cf = colFrom[x];
                    if (cf < 0 || acc[x] != 0) {
                        continue;
                    }
                    int ct = colTo[x];
                    int colStep = Math.max(1, (ct - cf + MAX_SAMPLES - 1) / MAX_SAMPLES);
                    for (int c = cf; c < ct; c += colStep) {
                        if (rowBuf[c] != 0) {
                            acc[x] = 1;
                            break;
                        }
                    }
                }
            }
            for (int x = 0; x < width; x++) {
                out[base + x] = colFrom[x] < 0 ? p.outside() : acc[x] != 0 ? p.alive() : p.dead();
            }
            lastFrom = from;
            lastTo = to;
        }
    }
}
