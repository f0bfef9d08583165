package lifefx.pattern;

import java.util.Objects;
import lifefx.life.Grid;
import lifefx.life.GridSize;

/**
 * Where a loaded pattern goes, and on what torus: the one rule that the window (open, paste, the
 * library) and {@code lifefx run} share, so a file starts the same way in both. Immutable and
 * thread-safe; any thread may call anything.
 *
 * <p>The torus, in this order of preference:
 * <ol>
 *   <li>the size the user asked for ({@code run --torus}), with the pattern's box centred;
 *   <li>the pattern's own {@code :Tw,h} size, with the pattern at its own coordinates (origin at
 *       row 0, column 0), so a saved torus opens exactly as it was saved;
 *   <li>the torus already shown (the window's), when the box fits in it with {@value #KEEP_MARGIN}
 *       free cells on every side, with the box centred;
 *   <li>else the box with {@value #MARGIN} free cells (or half the box, if more) on every side,
 *       within the torus limits, with the box centred; if the margin would pass a limit, the box
 *       itself.
 * </ol>
 * Cells that fall outside the torus (a box larger than a requested size) wrap round it.
 *
 * <p>Choosing a placement allocates nothing, so a caller can check the size against its memory
 * before {@link #place} builds the grid.
 *
 * @param size the torus
 * @param row  the torus row of the pattern's origin (its box's top-left); may be negative
 * @param col  the torus column of the pattern's origin; may be negative
 */
public record Placement(GridSize size, int row, int col) {

    /** Free rows and columns kept around a pattern when the torus is made to hold it. */
    public static final int MARGIN = 32;

    /** Free rows and columns a pattern needs on every side to stay on the torus already shown. */
    public static final int KEEP_MARGIN = 8;

    public Placement {
        Objects.requireNonNull(size, "size");
    }

    /**
     * The placement of {@code p}.
     *
     * @param requested the torus the user asked for, or {@code null}
     * @param current   the torus shown now, kept when the pattern fits it, or {@code null} for none
     *                  (the command line)
     * @throws IllegalArgumentException with a one-line reason when no torus was asked for and the
     *                                  pattern's box is too large for one
     */
    public static Placement of(Pattern p, GridSize requested, GridSize current) {
        if (requested != null) {
            return centred(p, requested);
        }
        if (p.rule().torus() != null) {
            return new Placement(p.rule().torus(), 0, 0);
        }
        GridSize box = p.naturalSize();
        if (current != null && box.height() + 2L * KEEP_MARGIN <= current.height()
                && box.width() + 2L * KEEP_MARGIN <= current.width()) {
            return centred(p, current);
        }
        long h = Math.min(GridSize.MAX_SIDE, box.height() + 2L * Math.max(MARGIN, box.height() / 2));
        long w = Math.min(GridSize.MAX_SIDE, box.width() + 2L * Math.max(MARGIN, box.width() / 2));
        GridSize grown = h * w <= GridSize.MAX_CELLS ? new GridSize((int) h, (int) w) : box;
        return centred(p, grown);
    }

    /** The pattern's box centred on {@code size} (rounding up and left). */
    private static Placement centred(Pattern p, GridSize size) {
        return new Placement(size, (int) (((long) size.height() - p.height()) / 2),
                (int) (((long) size.width() - p.width()) / 2));
    }

    /**
     * {@code p} on a fresh torus of {@link #size()} at generation 0, its origin at ({@link #row()},
     * {@link #col()}), wrapping round the torus. Allocates a byte per cell of the torus.
     */
    public Grid place(Pattern p) {
        Grid.Builder b = new Grid.Builder(size);
        int h = size.height();
        int w = size.width();
        CellSet cells = p.cells();
        for (int i = 0, n = cells.size(); i < n; i++) {
            b.set(Math.floorMod((long) cells.y(i) + row, h), Math.floorMod((long) cells.x(i) + col, w), true);
        }
        return b.build(0);
    }
}
