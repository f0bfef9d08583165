package lifefx.universe;

/**
 * An inclusive rectangle of cells: {@code left ≤ x ≤ right}, {@code top ≤ y ≤ bottom}.
 *
 * @param left   the smallest x
 * @param top    the smallest y
 * @param right  the largest x
 * @param bottom the largest y
 */
public record Bounds(long left, long top, long right, long bottom) {

    public Bounds {
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("empty bounds: x " + left + ".." + right + ", y " + top + ".." + bottom);
        }
    }

    /** Width in cells; may exceed {@code long} for the widest universes, so as an unsigned value. */
    public long width() {
        return right - left + 1;
    }

    /** Height in cells (unsigned, as {@link #width()}). */
    public long height() {
        return bottom - top + 1;
    }
}
