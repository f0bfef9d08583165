package lifefx.cli;

import java.math.BigInteger;
import java.util.Optional;
import lifefx.life.Rule;
import lifefx.pattern.CellSet;
import lifefx.pattern.Metadata;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternLimits;
import lifefx.pattern.Position;
import lifefx.universe.Bounds;
import lifefx.universe.Universe;

/**
 * The live cells of an unbounded universe as a {@link Pattern}: the bounding box, its top-left as
 * the position ({@code #CXRLE Pos=x,y} in RLE). Called from the thread that owns the universe.
 *
 * <p>It finds the cells through {@link Universe#render} alone, so it needs nothing of the
 * representation: it renders the box as {@value #TILE} × {@value #TILE} pixels at a scale where
 * each pixel covers a square of cells, and looks again, one scale finer, only inside the lit
 * pixels, down to one pixel a cell. HashLife renders skip empty subtrees, so the cost is about
 * {@value #TILE}² pixels per occupied square at each scale: O(population × log(box side)) for a
 * sparse pattern, and never the area of the box.
 */
final class PlaneCells {

    /** Pixels per side of one look; 2^6. */
    static final int TILE = 64;
    private static final int TILE_SHIFT = 6;

    private PlaneCells() {
    }

    /**
     * The pattern, or a failure (exit 1) when a file could not hold it: more live cells, a wider box
     * or a position further out than {@link PatternLimits#DEFAULT} lets LifeFX read back.
     */
    static Pattern pattern(Universe u, Rule rule) throws CliException {
        Optional<Bounds> box = RunCommand.boundsOf(u, "--out");
        if (box.isEmpty()) {
            return new Pattern(CellSet.EMPTY, 0, 0, rule, Metadata.EMPTY);
        }
        Bounds b = box.get();
        PatternLimits lim = PatternLimits.DEFAULT;
        BigInteger pop = u.population();
        if (pop.compareTo(BigInteger.valueOf(lim.maxCells())) > 0) {
            throw CliException.failure("--out: " + pop + " live cells at generation " + u.generation()
                    + ", more than the " + lim.maxCells() + " a pattern file may hold (as LifeFX reads them back)");
        }
        if (Long.compareUnsigned(b.width(), lim.maxExtent()) > 0 || Long.compareUnsigned(b.height(), lim.maxExtent()) > 0) {
            throw CliException.failure("--out: the live cells span " + Long.toUnsignedString(b.width()) + "x"
                    + Long.toUnsignedString(b.height()) + " (width x height), more than " + lim.maxExtent()
                    + " cells across, which a pattern file may hold");
        }
        if (Math.abs(b.left()) > lim.maxCoordinate() || Math.abs(b.top()) > lim.maxCoordinate()) {
            throw CliException.failure("--out: the live cells start at " + b.left() + "," + b.top()
                    + ", beyond the positions within ±" + lim.maxCoordinate() + " a pattern file may hold");
        }
        int side = TILE_SHIFT;
        while ((1L << side) < Math.max(b.width(), b.height())) {
            side++;
        }
        long[] keys = new long[pop.intValueExact()];
        int[] n = {0};
        collect(u, b, b.left(), b.top(), side, keys, n);
        if (n[0] != keys.length) {
            throw new IllegalStateException("found " + n[0] + " live cells, the universe says " + keys.length);
        }
        return new Pattern(CellSet.ofKeys(keys), (int) b.width(), (int) b.height(), rule,
                Metadata.EMPTY.withPosition(new Position(b.left(), b.top())));
    }

    /** Adds the live cells of the square of 2^{@code shift} cells at ({@code x0, y0}) within the box. */
    private static void collect(Universe u, Bounds b, long x0, long y0, int shift, long[] keys, int[] n) {
        int pixelShift = Math.min(shift, TILE_SHIFT); // the square as 2^pixelShift pixels a side
        int m = shift - pixelShift; // each pixel 2^m cells a side
        int side = 1 << pixelShift;
        int[] px = new int[side * side];
        u.render(x0, y0, -m, px, side, side, 1, 0);
        for (int i = 0; i < px.length; i++) {
            if (px[i] == 0) {
                continue;
            }
            long x = x0 + ((long) (i % side) << m);
            long y = y0 + ((long) (i / side) << m);
            if (m > 0) {
                collect(u, b, x, y, m, keys, n);
            } else if (x <= b.right() && y <= b.bottom()) {
                keys[n[0]++] = CellSet.key((int) (x - b.left()), (int) (y - b.top()));
            }
        }
    }
}
