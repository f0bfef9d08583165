package lifefx.ui;

import java.util.ArrayList;
import java.util.List;
import lifefx.engine.StrategyRegistry;
import lifefx.universe.HashLifeUniverse;

/**
 * One entry of the strategy picker: a torus strategy of the registry, or {@code hashlife}, the
 * unbounded universe's. Choosing one of the other universe switches universe too. Immutable.
 *
 * @param name        the name the simulation knows it by
 * @param description one line for the picker
 * @param usesThreads whether the threads setting changes what it does
 * @param unbounded   whether it runs the unbounded universe (else a torus)
 */
public record StrategyChoice(String name, String description, boolean usesThreads, boolean unbounded) {

    /** HashLife's entry. */
    public static final StrategyChoice HASHLIFE = new StrategyChoice(HashLifeUniverse.STRATEGY,
            "unbounded universe: Gosper's HashLife, memoized quadtree, steps of 2^k generations", false, true);

    /** Every choice, in the picker's order: the torus strategies, then hashlife. */
    public static List<StrategyChoice> all() {
        List<StrategyChoice> all = new ArrayList<>();
        for (StrategyRegistry.Entry e : StrategyRegistry.all()) {
            all.add(new StrategyChoice(e.name(), "torus: " + e.description(), e.usesThreads(), false));
        }
        all.add(HASHLIFE);
        return List.copyOf(all);
    }

    /**
     * The choice named {@code name}.
     *
     * @throws IllegalArgumentException naming an unknown strategy
     */
    public static StrategyChoice get(String name) {
        for (StrategyChoice c : all()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + name + "'");
    }
}
