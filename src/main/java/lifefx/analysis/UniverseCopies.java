package lifefx.analysis;

import lifefx.engine.StrategyConfig;
import lifefx.life.Rule;
import lifefx.universe.HashLifeUniverse;
import lifefx.universe.Topology;
import lifefx.universe.TorusUniverse;
import lifefx.life.CellLogic;
import lifefx.universe.Universe;
import lifefx.universe.Universes;

/**
 * Universes made from a snapshot for analysis, so that {@link Identify} and {@link AutoStop} never
 * step the universe someone else owns: a torus is stepped by {@code packed} on one thread with the
 * pure rule (whatever logic or I/O the original had; the cells are the same), the plane by HashLife.
 * Any thread; the copy belongs to the caller, who closes it.
 */
public final class UniverseCopies {

    /** The torus strategy a copy uses: bit-parallel, and its snapshots are O(1). */
    static final String TORUS_STRATEGY = "packed";

    private UniverseCopies() {
    }

    /**
     * A new universe of {@code topology} under {@code rule} holding the cells and generation of
     * {@code cells}. O(cells of the torus) for a torus; for the plane O(distinct nodes) of the tree.
     *
     * @throws IllegalArgumentException for a B0 rule on the plane
     */
    public static Universe of(Universe.Snapshot cells, Topology topology, Rule rule) {
        Rule r = rule.withoutTorus();
        String strategy = topology instanceof Topology.Torus ? TORUS_STRATEGY : HashLifeUniverse.STRATEGY;
        return Universes.open(topology, r, strategy, new StrategyConfig(1), CellLogic.of(r), cells);
    }

    /** A copy of {@code u} as it is now: {@link #of} its snapshot, topology and rule. */
    public static Universe of(Universe u) {
        Topology t = u instanceof TorusUniverse tu ? Topology.torus(tu.size()) : Topology.PLANE;
        return of(u.snapshot(), t, u.rule());
    }
}
