package lifefx.pattern;

import java.util.Objects;
import java.util.Optional;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;

/**
 * A Life pattern as a file holds it: live cells, the box they sit in, a rule and metadata.
 * Immutable and thread-safe; any thread may call anything.
 *
 * <p><b>Coordinates.</b> Cells are at {@code (x, y)} = (column, row) relative to the pattern's
 * <em>origin</em>, the top-left corner of the file's box: row 0, column 0 of an RLE or plaintext
 * body, or the smallest x and y of a Life 1.05/1.06 file. Every cell has {@code 0 <= x < width}
 * and {@code 0 <= y < height}. Leading empty rows and columns count: an RLE body {@code 2$3bo!}
 * has its one cell at (3, 2).
 *
 * <p><b>The box.</b> {@code width × height} is at least the cells' extent from the origin, and more
 * when the file says so (an RLE header {@code x = 72, y = 48} over a smaller body) or when the
 * pattern was taken from a whole torus by {@link #fromGrid}. Writers put it in the RLE header. The
 * header never decides memory: a box is two ints.
 *
 * @param cells    live cells relative to the origin
 * @param width    columns of the box, at least {@code maxX + 1}; 0 only when there are no cells
 * @param height   rows of the box, at least {@code maxY + 1}; 0 only when there are no cells
 * @param rule     the rule, {@code B3/S23} when the file names none; may carry a {@code :Tw,h} torus
 * @param metadata name, author, comments and position
 */
public record Pattern(CellSet cells, int width, int height, Rule rule, Metadata metadata) {

    public Pattern {
        Objects.requireNonNull(cells, "cells");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(metadata, "metadata");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative box " + width + "x" + height);
        }
        if (!cells.isEmpty()) {
            if (cells.minX() < 0 || cells.minY() < 0) {
                throw new IllegalArgumentException("cells must not lie left of or above the origin: "
                        + "smallest x is " + cells.minX() + ", smallest y is " + cells.minY());
            }
            if (cells.maxX() >= width || cells.maxY() >= height) {
                throw new IllegalArgumentException("cells reach column " + cells.maxX() + " and row "
                        + cells.maxY() + ", outside the box of " + width + "x" + height);
            }
        }
    }

    /** A pattern whose box is just the cells' extent from the origin. */
    public static Pattern of(CellSet cells, Rule rule, Metadata metadata) {
        return new Pattern(cells, cells.maxX() + 1, cells.maxY() + 1, rule, metadata);
    }

    /** A B3/S23 pattern with no metadata whose box is the cells' extent from the origin. */
    public static Pattern of(CellSet cells) {
        return of(cells, Rule.CONWAY, Metadata.EMPTY);
    }

    /**
     * The whole torus as a pattern: the box is the grid's {@code width × height}, the origin is
     * row 0, column 0, so {@code fromGrid(g, r).toGrid(g.size())} has the same cells as {@code g},
     * also after a round trip through a file. The rule is kept as given (with or without a
     * {@code :T} size).
     */
    public static Pattern fromGrid(Grid grid, Rule rule) {
        int w = grid.width();
        int h = grid.height();
        long[] keys = new long[Math.max(16, grid.population())];
        int n = 0;
        for (int row = 0; row < h; row++) {
            int base = row * w;
            for (int col = 0; col < w; col++) {
                if (grid.cellAt(base + col) != 0) {
                    keys[n++] = CellSet.key(col, row);
                }
            }
        }
        return new Pattern(CellSet.wrap(keys, n), w, h, rule, Metadata.EMPTY);
    }

    /** Number of live cells. */
    public int population() {
        return cells.size();
    }

    /** The smallest box holding every live cell, or empty when there are none. O(n). */
    public Optional<Bounds> boundingBox() {
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Bounds(cells.minX(), cells.minY(), cells.maxX(), cells.maxY()));
    }

    /**
     * The torus to run this pattern on when the user names none: the rule's {@code :Tw,h} size if
     * it has one, else the box (at least 1×1).
     *
     * @throws IllegalArgumentException with a one-line message naming the limit the box breaks:
     *                                  {@link GridSize#MAX_SIDE} or {@link GridSize#MAX_CELLS}
     */
    public GridSize naturalSize() {
        if (rule.torus() != null) {
            return rule.torus();
        }
        int h = Math.max(1, height);
        int w = Math.max(1, width);
        // Name the limit that is actually broken: a side, or the whole area.
        if (h > GridSize.MAX_SIDE || w > GridSize.MAX_SIDE) {
            throw new IllegalArgumentException("the pattern spans " + h + "x" + w
                    + " cells (height x width), more than a torus's limit of " + GridSize.MAX_SIDE
                    + " cells a side; choose a torus size");
        }
        if ((long) h * w > GridSize.MAX_CELLS) {
            throw new IllegalArgumentException("the pattern spans " + h + "x" + w + " cells (height x width), "
                    + (long) h * w + " in all, more than a torus's limit of " + GridSize.MAX_CELLS
                    + " cells; choose a torus size");
        }
        return new GridSize(h, w);
    }

    /**
     * This pattern on a fresh torus of {@code size}, at generation 0: the origin goes to row 0,
     * column 0 and cells beyond the torus wrap round (modulo height and width).
     */
    public Grid toGrid(GridSize size) {
        Grid.Builder b = new Grid.Builder(size);
        int h = size.height();
        int w = size.width();
        for (int i = 0, n = cells.size(); i < n; i++) {
            b.set(Math.floorMod(cells.y(i), h), Math.floorMod(cells.x(i), w), true);
        }
        return b.build(0);
    }

    public Pattern withRule(Rule newRule) {
        return new Pattern(cells, width, height, newRule, metadata);
    }

    public Pattern withMetadata(Metadata newMetadata) {
        return new Pattern(cells, width, height, rule, newMetadata);
    }

    /**
     * The same cells moved so the smallest x and y are 0, with the box shrunk to the cells' extent
     * and the position moved by the same amount (so the cells stay where they were in the file's
     * absolute coordinates). This is what a format with no origin of its own (Life 1.05, 1.06)
     * gives back.
     */
    public Pattern normalized() {
        if (cells.isEmpty()) {
            return new Pattern(cells, 0, 0, rule, metadata);
        }
        int dx = cells.minX();
        int dy = cells.minY();
        Position p = metadata.position() == null ? Position.ORIGIN : metadata.position();
        Metadata m = metadata.withPosition(new Position(p.x() + dx, p.y() + dy));
        return of(cells.translate(-dx, -dy), rule, m);
    }
}
