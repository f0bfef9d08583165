package lifefx.sim;

import java.util.Arrays;
import java.util.Optional;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.pattern.CellSet;
import lifefx.pattern.Macrocell;
import lifefx.pattern.Metadata;
import lifefx.pattern.Pattern;
import lifefx.pattern.Position;
import lifefx.universe.Bounds;
import lifefx.universe.HashLifeUniverse;
import lifefx.universe.Topology;
import lifefx.universe.Universe;
import lifefx.universe.Universes;

/**
 * Moves cells between pattern files and universes, the same way for the window and the command
 * line. Stateless; any thread (meant for a worker thread: both directions cost about the
 * population).
 *
 * <p><b>Where a pattern lands on the plane.</b> At its file's own coordinates when it has them
 * ({@code #CXRLE Pos=x,y}, or the absolute coordinates of a Life 1.06 file); otherwise with its
 * top-left corner at the origin, as Golly places it (checked with bgolly: an RLE without a position
 * and one with {@code Pos=0,0} give the same tree).
 */
public final class PatternCells {

    private PatternCells() {
    }

    /**
     * A snapshot of the unbounded plane holding {@code p}'s cells at generation 0.
     *
     * @throws IllegalArgumentException for a rule with B0, which the plane cannot run (the message
     *                                  says why, for a user)
     */
    public static Universe.Snapshot onPlane(Pattern p) {
        return planeUniverse(p, p.rule()).snapshot();
    }

    /**
     * The unbounded plane holding {@code p}'s cells at generation 0, run under {@code rule}. The
     * cells go in as one tree, built bottom-up ({@link Macrocell#of}): O(cells · log cells), with
     * no node left over, where setting them one by one would leave a path of dead nodes per cell
     * in the table (seconds and hundreds of MiB for a dense soup of 10^6 cells).
     *
     * @throws IllegalArgumentException for a rule with B0 (the message says why, for a user)
     */
    public static HashLifeUniverse planeUniverse(Pattern p, Rule rule) {
        Rule plain = rule.withoutTorus();
        long budget = Runtime.getRuntime().maxMemory() / 4;
        Position at = origin(p);
        if (Math.abs(at.x()) < 1L << 30 && Math.abs(at.y()) < 1L << 30) {
            return HashLifeUniverse.fromMacrocell(Macrocell.of(p).withRule(plain), plain, budget);
        }
        // Far out (a position beyond ±2^30): one cell at a time.
        HashLifeUniverse u = new HashLifeUniverse(plain, budget);
        CellSet cells = p.cells();
        for (int i = 0; i < cells.size(); i++) {
            u.set(at.x() + cells.x(i), at.y() + cells.y(i), true);
        }
        return u;
    }

    /** Where {@code p}'s cell (0, 0) lands on the plane: its position, or the origin, as in Golly. */
    public static Position origin(Pattern p) {
        Position pos = p.metadata().position();
        return pos != null ? pos : Position.ORIGIN;
    }

    /**
     * The cells of {@code cells} as a pattern: a torus whole (its size in the rule, {@code :Tw,h},
     * as Golly writes it), the plane as the box of its live cells with that box's corner as the
     * position ({@code #CXRLE Pos=}).
     *
     * @throws IllegalArgumentException when the plane's pattern is too large for a cell list (more
     *                                  than 2^31 cells a side, or more cells than an array holds)
     */
    public static Pattern toPattern(Universe.Snapshot cells, Topology topology, Rule rule, Metadata metadata) {
        if (topology instanceof Topology.Torus(GridSize size)) {
            return Pattern.fromGrid(Universes.gridOf(cells, size), rule.withTorus(size)).withMetadata(metadata);
        }
        Optional<Bounds> box = cells.bounds();
        if (box.isEmpty()) {
            return Pattern.of(CellSet.EMPTY, rule.withoutTorus(), metadata.withPosition(null));
        }
        Bounds b = box.get();
        if (b.width() > Integer.MAX_VALUE || b.height() > Integer.MAX_VALUE
                || cells.population().bitLength() > 30) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the pattern is too large for a cell list (%,d cells, %,d x %,d); save it as a macrocell (.mc) file",
                    cells.population(), b.width(), b.height()));
        }
        long[] keys = new long[Math.max(16, cells.population().intValue())];
        int[] n = {0};
        long left = b.left();
        long top = b.top();
        cells.forEachCell((x, y) -> keys[n[0]++] = CellSet.key((int) (x - left), (int) (y - top)));
        return Pattern.of(CellSet.ofKeys(Arrays.copyOf(keys, n[0])), rule.withoutTorus(),
                metadata.withPosition(new Position(left, top)));
    }
}
