package lifefx.ui;

import java.util.Arrays;
import lifefx.engine.ScheduleMap;

/**
 * Draws a {@link ScheduleMap} as the viewport shows the torus: each view pixel gets the colour of
 * the cell under its centre (zoomed out, one cell of the 2^k × 2^k block it covers, so a frame
 * costs the view's pixels whatever the torus's size); pixels beyond the torus get the palette's
 * outside colour. Grid lines are left to {@link GridRenderer}'s conventions: none here, the map's
 * bands and gradients are what matter. Not thread-safe (scratch arrays); FX thread only.
 */
final class ScheduleMapRenderer {

    private long[] rows = new long[0];
    private long[] cols = new long[0];

    /** Renders {@code map} into {@code out} (row-major, {@code width × height}). */
    void render(ScheduleMap map, ScheduleColouring colouring, Viewport v, int width, int height, int[] out,
                Palette palette) {
        if (out.length < width * height) {
            throw new IllegalArgumentException("pixel array too small: " + out.length + " < " + width + "x" + height);
        }
        if (rows.length < height) {
            rows = new long[height];
        }
        if (cols.length < width) {
            cols = new long[width];
        }
        for (int y = 0; y < height; y++) {
            rows[y] = v.rowAt(y + 0.5);
        }
        for (int x = 0; x < width; x++) {
            cols[x] = v.colAt(x + 0.5);
        }
        int h = map.size().height();
        int w = map.size().width();
        int outside = palette.outside();
        for (int y = 0; y < height; y++) {
            int base = y * width;
            long row = rows[y];
            if (row < 0 || row >= h) {
                Arrays.fill(out, base, base + width, outside);
                continue;
            }
            int rowBase = (int) row * w;
            for (int x = 0; x < width; x++) {
                long col = cols[x];
                out[base + x] = col < 0 || col >= w ? outside : colour(map, colouring, rowBase + (int) col);
            }
        }
    }

    /** The colour of cell {@code index} of {@code map} in {@code colouring}. */
    static int colour(ScheduleMap map, ScheduleColouring colouring, int index) {
        return switch (colouring) {
            case TIME -> ScheduleColouring.timeColour(map.fractionAt(index));
            case THREAD -> ScheduleColouring.ordinalColour(map.threadAt(index));
            case CARRIER -> ScheduleColouring.ordinalColour(map.carrierAt(index));
        };
    }
}
