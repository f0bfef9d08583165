package lifefx.universe;

import java.math.BigInteger;
import java.util.Objects;
import lifefx.engine.StrategyConfig;
import lifefx.engine.TorusCells;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;

/**
 * Makes universes of a {@link Topology} and moves cells between them: what a front end needs to
 * open a document, switch strategy or rule (a new universe with the same cells), and switch between
 * the torus and the plane.
 */
public final class Universes {

    private Universes() {
    }

    /**
     * A universe of {@code topology} stepped by {@code strategy}, holding the cells and the
     * generation of {@code cells} (a snapshot of any universe; {@code null} for an empty one at
     * generation 0). On a torus, cells of the snapshot outside {@code 0 ≤ x < width}, {@code 0 ≤ y
     * < height} are dropped: use {@link #countOutside} first to say so.
     *
     * @param logic the cell logic of a torus (it may do I/O); the plane computes {@code rule} itself
     * @throws IllegalArgumentException naming a strategy the topology does not have, or a B0 rule on
     *                                  the plane (with the reason, for a user)
     */
    public static Universe open(Topology topology, Rule rule, String strategy, StrategyConfig config,
                                CellLogic logic, Universe.Snapshot cells) {
        Objects.requireNonNull(topology, "topology");
        if (!topology.supports(strategy)) {
            throw new IllegalArgumentException("the " + topology.describe() + " universe has no strategy '" + strategy
                    + "'; it has: " + String.join(", ", topology.strategies()));
        }
        return switch (topology) {
            case Topology.Torus t -> new TorusUniverse(gridOf(cells, t.size()), rule, strategy, config, logic);
            case Topology.Plane p -> {
                HashLifeUniverse u = new HashLifeUniverse(rule);
                if (cells instanceof HashLifeUniverse.HashLifeSnapshot) {
                    u.restore(cells);
                } else if (cells != null) {
                    cells.forEachCell((x, y) -> u.set(x, y, true));
                    u.setGeneration(cells.generation());
                }
                yield u;
            }
        };
    }

    /**
     * The cells of {@code cells} as a grid of {@code size} at its generation: O(1) for a torus
     * snapshot of that size, else O(population + cells of the grid).
     *
     * @throws IllegalArgumentException when the generation does not fit a {@code long}
     */
    public static Grid gridOf(Universe.Snapshot cells, GridSize size) {
        if (cells == null) {
            return Grid.empty(size);
        }
        if (cells instanceof TorusUniverse.TorusSnapshot(TorusCells c) && c.size().equals(size)) {
            return c.toGrid();
        }
        if (cells.generation().bitLength() > 63) {
            throw new IllegalArgumentException("generation " + cells.generation() + " is beyond what a torus counts");
        }
        Grid.Builder b = new Grid.Builder(size);
        int h = size.height();
        int w = size.width();
        cells.forEachCell((x, y) -> {
            if (x >= 0 && x < w && y >= 0 && y < h) {
                b.set((int) y, (int) x, true);
            }
        });
        return b.build(cells.generation().longValue());
    }

    /** Live cells of {@code cells} outside a torus of {@code size} at the origin. O(population). */
    public static long countOutside(Universe.Snapshot cells, GridSize size) {
        long[] outside = {0};
        int h = size.height();
        int w = size.width();
        cells.forEachCell((x, y) -> {
            if (x < 0 || x >= w || y < 0 || y >= h) {
                outside[0]++;
            }
        });
        return outside[0];
    }

    /** An immutable snapshot of {@code grid}'s cells and generation, as a torus of its size would take it. */
    public static Universe.Snapshot snapshotOf(Grid grid) {
        return new TorusUniverse.TorusSnapshot(TorusCells.of(grid));
    }

    /** A snapshot of an empty universe of {@code topology} at generation 0. */
    public static Universe.Snapshot empty(Topology topology) {
        return switch (topology) {
            case Topology.Torus t -> snapshotOf(Grid.empty(t.size()));
            case Topology.Plane p -> new HashLifeUniverse(Rule.CONWAY, 1 << 20).snapshot();
        };
    }

    /**
     * Sets {@code u}'s generation counter, leaving its cells: for a universe made from cells of
     * another generation. Returns {@code u}.
     *
     * @throws IllegalArgumentException for a torus and a generation beyond a {@code long}, or a negative one
     */
    public static Universe withGeneration(Universe u, BigInteger generation) {
        switch (u) {
            case HashLifeUniverse h -> h.setGeneration(generation);
            case TorusUniverse t -> t.restore(snapshotOf(t.grid().withGeneration(generation.longValueExact())));
            default -> throw new IllegalArgumentException("cannot set the generation of " + u.description());
        }
        return u;
    }

    /** The generation as a {@code long}, clamped to {@link Long#MAX_VALUE}. */
    public static long clamp(BigInteger n) {
        return n.bitLength() > 63 ? (n.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : n.longValue();
    }
}
