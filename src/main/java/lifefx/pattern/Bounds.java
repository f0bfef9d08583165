package lifefx.pattern;

/**
 * The smallest box holding every live cell of a non-empty pattern, inclusive on all sides.
 * Immutable.
 */
public record Bounds(int minX, int minY, int maxX, int maxY) {

    public Bounds {
        if (minX > maxX || minY > maxY) {
            throw new IllegalArgumentException("empty bounds " + minX + ".." + maxX + " x " + minY + ".." + maxY);
        }
    }

    /** Number of columns, {@code maxX - minX + 1}, as a long because it can exceed {@code int}. */
    public long width() {
        return (long) maxX - minX + 1;
    }

    /** Number of rows, {@code maxY - minY + 1}. */
    public long height() {
        return (long) maxY - minY + 1;
    }
}
