package lifefx.ui;

/**
 * Colours of the grid view as opaque ARGB ints (opaque, so premultiplied and plain ARGB agree).
 * Immutable.
 *
 * @param alive    a live cell
 * @param dead     a dead cell
 * @param outside  view pixels that show no cell (beyond the edge of the torus)
 * @param gridLine lines between cells when zoomed in
 */
public record Palette(int alive, int dead, int outside, int gridLine) {

    /** For AtlantaFX Primer Light: dark cells on white, as on paper. */
    public static final Palette LIGHT = new Palette(0xFF1F2328, 0xFFFFFFFF, 0xFFD0D7DE, 0xFFE4E8EC);

    /** For AtlantaFX Primer Dark: bright cells on near-black, as in Golly. */
    public static final Palette DARK = new Palette(0xFFF0F6FC, 0xFF0D1117, 0xFF30363D, 0xFF21262D);

    public Palette {
        for (int c : new int[] {alive, dead, outside, gridLine}) {
            if (c >>> 24 != 0xFF) {
                throw new IllegalArgumentException("palette colours must be opaque: " + Integer.toHexString(c));
            }
        }
    }
}
