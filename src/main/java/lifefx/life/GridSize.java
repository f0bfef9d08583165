package lifefx.life;

/**
 * The height and width of a toroidal grid, in cells. Immutable and thread-safe.
 *
 * <p>Both sides are at least 1. The product is capped at {@link #MAX_CELLS} because a grid keeps
 * one byte per cell in a single array; 10,000 × 10,000 (10⁸ cells) is well inside the cap.
 *
 * @param height number of rows (the article's {@code y} axis)
 * @param width  number of columns (the article's {@code x} axis)
 */
public record GridSize(int height, int width) {

    /** Largest number of cells a grid may hold: 2³⁰, about 1.07 × 10⁹ (one byte each). */
    public static final long MAX_CELLS = 1L << 30;

    /** Largest height or width. */
    public static final int MAX_SIDE = 1 << 20;

    public GridSize {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException(
                    "grid size " + height + "x" + width + " is too small: both sides must be at least 1");
        }
        if (height > MAX_SIDE || width > MAX_SIDE) {
            throw new IllegalArgumentException(
                    String.format(java.util.Locale.ROOT, "grid size %dx%d is too large: each side must be at most %,d",
                            height, width, MAX_SIDE));
        }
        if ((long) height * width > MAX_CELLS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "grid size %dx%d has %,d cells, more than the limit of %,d", height, width,
                    (long) height * width, MAX_CELLS));
        }
    }

    /**
     * Parses {@code HxW} (height first, as in the article's {@code Grid(height, width)}), also with
     * {@code X} or {@code ×} and surrounding spaces.
     *
     * @throws IllegalArgumentException with a one-line message saying what is wrong
     */
    public static GridSize parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty grid size: expected HEIGHTxWIDTH, for example 500x900");
        }
        String t = text.strip();
        int sep = -1;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == 'x' || ch == 'X' || ch == '×') {
                sep = i;
                break;
            }
        }
        if (sep < 0) {
            throw new IllegalArgumentException(
                    "bad grid size '" + text + "': expected HEIGHTxWIDTH, for example 500x900");
        }
        int h = parseSide(t.substring(0, sep).strip(), "height", text);
        int w = parseSide(t.substring(sep + 1).strip(), "width", text);
        return new GridSize(h, w);
    }

    private static int parseSide(String s, String what, String whole) {
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("bad grid size '" + whole + "': the " + what
                    + " '" + s + "' is not a whole number");
        }
        if (s.length() > 9) {
            throw new IllegalArgumentException("bad grid size '" + whole + "': the " + what
                    + " " + s + " is larger than " + MAX_SIDE);
        }
        return Integer.parseInt(s);
    }

    /** Number of cells, {@code height × width}; always fits an {@code int}. */
    public int cells() {
        return height * width;
    }

    /** {@code HxW}, the form {@link #parse} reads. */
    @Override
    public String toString() {
        return height + "x" + width;
    }
}
