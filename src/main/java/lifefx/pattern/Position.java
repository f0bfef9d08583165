package lifefx.pattern;

/**
 * Where a pattern's origin (its top-left) sits in the file's own absolute coordinates, as given by
 * {@code #CXRLE Pos=x,y}, {@code #P x y} or {@code #R x y} in RLE, or by the smallest coordinates
 * of a Life 1.05/1.06 file. Immutable.
 */
public record Position(long x, long y) {

    /** The origin itself, which every reader treats as "no position given". */
    public static final Position ORIGIN = new Position(0, 0);

    @Override
    public String toString() {
        return x + "," + y;
    }
}
