package lifefx.cli;

import java.math.BigInteger;
import java.util.Optional;
import lifefx.life.Rule;
import lifefx.pattern.CellSet;
import lifefx.pattern.Metadata;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternLimits;
import lifefx.sim.PatternCells;
import lifefx.universe.Topology;
import lifefx.universe.Bounds;
import lifefx.universe.Universe;

/**
 * The live cells of an unbounded universe as a {@link Pattern}: the bounding box, its top-left as
 * the position ({@code #CXRLE Pos=x,y} in RLE). Called from the thread that owns the universe.
 *
 * <p>It checks what a file can hold first, with messages for the command line, then lists the
 * cells through the universe's snapshot ({@link lifefx.sim.PatternCells}, shared with the window):
 * O(population + nodes). A pattern too big for a cell list belongs in a macrocell file
 * ({@code --out FILE.mc}), which keeps the tree.
 */
final class PlaneCells {

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
                    + ", more than the " + lim.maxCells() + " a pattern file may hold (as LifeFX reads them back);"
                    + " write a .mc file, which keeps the tree");
        }
        if (Long.compareUnsigned(b.width(), lim.maxExtent()) > 0 || Long.compareUnsigned(b.height(), lim.maxExtent()) > 0) {
            throw CliException.failure("--out: the live cells span " + Long.toUnsignedString(b.width()) + "x"
                    + Long.toUnsignedString(b.height()) + " (width x height), more than " + lim.maxExtent()
                    + " cells across, which a pattern file may hold");
        }
        if (Math.abs(b.left()) > PatternLimits.MAX_POSITION || Math.abs(b.top()) > PatternLimits.MAX_POSITION) {
            throw CliException.failure("--out: the live cells start at " + b.left() + "," + b.top()
                    + ", beyond the positions within ±" + PatternLimits.MAX_POSITION + " a pattern file may hold;"
                    + " write a .mc file, which keeps the tree");
        }
        return PatternCells.toPattern(u.snapshot(), Topology.PLANE, rule, Metadata.EMPTY);
    }
}
