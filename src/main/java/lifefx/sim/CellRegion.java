package lifefx.sim;

/**
 * A rectangle of the universe in cell coordinates (named so as not to be mistaken for JavaFX's
 * layout {@code Region}): rows {@code [top, top+height)} and columns
 * {@code [left, left+width)}. Immutable and thread-safe.
 *
 * <p>Coordinates are {@code long} so that an unbounded universe (HashLife) can later publish a
 * window far from the origin; the torus publishes its whole self at {@code (0, 0)}.
 */
public record CellRegion(long top, long left, long height, long width) {

    public CellRegion {
        if (height < 0 || width < 0) {
            throw new IllegalArgumentException("region size must not be negative: " + height + "x" + width);
        }
    }

    /** Whether the cell {@code (row, col)} lies inside. */
    public boolean contains(long row, long col) {
        return row >= top && row - top < height && col >= left && col - left < width;
    }

    public long bottom() {
        return top + height;
    }

    public long right() {
        return left + width;
    }
}
