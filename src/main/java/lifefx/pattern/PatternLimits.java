package lifefx.pattern;

/**
 * How much a reader accepts before refusing a file, so a hostile or broken file fails fast with a
 * clear message instead of exhausting memory. Immutable.
 *
 * @param maxCells      most live cells a pattern may have
 * @param maxCoordinate largest absolute coordinate a file may use (Life 1.05/1.06 coordinates,
 *                      positions)
 * @param maxExtent     largest width or height, and so largest run count and row number
 * @param maxLineLength longest comment or header line, in characters; body lines may be any length
 */
public record PatternLimits(int maxCells, int maxCoordinate, int maxExtent, int maxLineLength) {

    /**
     * The largest absolute position of an RLE file ({@code #CXRLE Pos=x,y}): 9 × 10^17, far enough
     * for what the unbounded universe reaches in practice, and small enough that reading it cannot
     * overflow a {@code long}. Positions only move a pattern, so they need no tighter bound.
     */
    public static final long MAX_POSITION = 900_000_000_000_000_000L;

    /** 10⁸ cells, coordinates within ±10⁹, boxes up to 10⁹ wide and high, lines up to 64 Ki characters. */
    public static final PatternLimits DEFAULT = new PatternLimits(100_000_000, 1_000_000_000, 1_000_000_000, 65_536);

    public PatternLimits {
        if (maxCells < 0 || maxCoordinate < 0 || maxExtent < 1 || maxLineLength < 80) {
            throw new IllegalArgumentException("limits must be positive (and lines at least 80 characters)");
        }
    }
}
