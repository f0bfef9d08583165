package lifefx.sim;

import java.util.Arrays;
import lifefx.pattern.CellSet;
import lifefx.universe.Topology;
import lifefx.universe.Universe;

/**
 * The cell arithmetic of selection editing, free of any universe or toolkit: flips and quarter
 * turns of a set of cells inside a box, where a rotated rectangle lands, how a paste mode combines
 * a pattern's cell with the cell under it, and the live cells of a rectangle of a snapshot. Used by
 * the stepping thread ({@link Workspace}) to apply a {@link CellEdit}, by the window to move its
 * selection with a rotation and to copy, and by the tests. Stateless and thread-safe.
 *
 * <p>Cell sets here are {@link CellSet}s relative to the box's top-left corner ({@code x} column,
 * {@code y} row, {@code 0 ≤ x < width}, {@code 0 ≤ y < height}), so a box is at most {@code
 * Integer.MAX_VALUE} cells a side. Costs are about the number of cells, plus a sort.
 */
public final class CellTransforms {

    private CellTransforms() {
    }

    /** {@code cells} of a box {@code width} wide mirrored left to right: x becomes {@code width - 1 - x}. */
    public static CellSet flipLeftRight(CellSet cells, int width) {
        long[] k = new long[cells.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = CellSet.key(width - 1 - cells.x(i), cells.y(i));
        }
        return CellSet.ofKeys(k);
    }

    /** {@code cells} of a box {@code height} high mirrored top to bottom: y becomes {@code height - 1 - y}. */
    public static CellSet flipTopBottom(CellSet cells, int height) {
        long[] k = new long[cells.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = CellSet.key(cells.x(i), height - 1 - cells.y(i));
        }
        return CellSet.ofKeys(k);
    }

    /**
     * {@code cells} of a {@code width × height} box turned a quarter turn, into a box {@code height}
     * wide and {@code width} high: clockwise (on screen, y downwards) the top-left corner goes to
     * the top-right, {@code (x, y) → (height - 1 - y, x)}; anticlockwise {@code (x, y) → (y,
     * width - 1 - x)}.
     */
    public static CellSet rotate(CellSet cells, int width, int height, boolean clockwise) {
        long[] k = new long[cells.size()];
        for (int i = 0; i < k.length; i++) {
            int x = cells.x(i);
            int y = cells.y(i);
            k[i] = clockwise ? CellSet.key(height - 1 - y, x) : CellSet.key(y, width - 1 - x);
        }
        return CellSet.ofKeys(k);
    }

    /**
     * The rectangle that {@code r} turned a quarter turn (either way) about its centre covers: its
     * width and height swapped, its centre where {@code r}'s is, to within half a cell when the two
     * sides differ by an odd number. The offset is rounded towards zero, so turning back, or
     * turning four times the same way, lands exactly on {@code r} again.
     */
    public static CellRegion rotated(CellRegion r) {
        long d = r.height() - r.width();
        return new CellRegion(r.top() + d / 2, r.left() - d / 2, r.width(), r.height());
    }

    /** What a cell becomes when a pattern's cell ({@code pattern}) is pasted over it ({@code under}). */
    public static boolean combine(PasteMode mode, boolean under, boolean pattern) {
        return switch (mode) {
            case COPY -> pattern;
            case OR -> under || pattern;
            case XOR -> under ^ pattern;
        };
    }

    /** The most cells a rectangle's side may have here: what a {@link CellSet} can address. */
    public static final long MAX_SIDE = Integer.MAX_VALUE;

    /** Below this area a rectangle is read cell by cell; above, by visiting the live cells. */
    static final long READ_BY_CELL = 1L << 22;

    /**
     * The live cells of {@code area} in {@code cells} (of a universe of {@code topology}), relative
     * to the area's top-left corner. On a torus the area wraps, and is cut to the torus's size.
     * Costs the area or, when that is larger than {@value #READ_BY_CELL} cells, the population plus
     * the representation's size.
     *
     * @throws IllegalArgumentException when a side is longer than {@link #MAX_SIDE}
     */
    public static CellSet cellsIn(Universe.Snapshot cells, Topology topology, CellRegion area) {
        CellRegion a = clampTo(topology, area);
        if (a.width() > MAX_SIDE || a.height() > MAX_SIDE) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the selection (%,d x %,d) is too large: at most %,d cells a side", a.width(), a.height(), MAX_SIDE));
        }
        long[][] keys = {new long[16]};
        int[] n = {0};
        java.util.function.LongConsumer add = key -> {
            if (n[0] == keys[0].length) {
                keys[0] = Arrays.copyOf(keys[0], n[0] * 2);
            }
            keys[0][n[0]++] = key;
        };
        if (a.width() * a.height() <= READ_BY_CELL) {
            for (long y = 0; y < a.height(); y++) {
                for (long x = 0; x < a.width(); x++) {
                    if (cells.get(a.left() + x, a.top() + y)) {
                        add.accept(CellSet.key((int) x, (int) y));
                    }
                }
            }
        } else {
            cells.forEachCell((x, y) -> {
                long dx = offset(topology, x - a.left(), true);
                long dy = offset(topology, y - a.top(), false);
                if (dx >= 0 && dx < a.width() && dy >= 0 && dy < a.height()) {
                    add.accept(CellSet.key((int) dx, (int) dy));
                }
            });
        }
        return CellSet.ofKeys(Arrays.copyOf(keys[0], n[0]));
    }

    /** On a torus: the distance wrapped into the torus ({@code columns} or rows); on the plane as is. */
    static long offset(Topology topology, long d, boolean columns) {
        if (topology instanceof Topology.Torus t) {
            return Math.floorMod(d, columns ? (long) t.size().width() : (long) t.size().height());
        }
        return d;
    }

    /** {@code area} cut to at most the torus's size (the plane: as is), so no cell is counted twice. */
    static CellRegion clampTo(Topology topology, CellRegion area) {
        if (topology instanceof Topology.Torus t) {
            return new CellRegion(area.top(), area.left(), Math.min(area.height(), t.size().height()),
                    Math.min(area.width(), t.size().width()));
        }
        return area;
    }
}
