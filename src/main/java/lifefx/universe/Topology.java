package lifefx.universe;

import java.util.List;
import java.util.Objects;
import lifefx.engine.StrategyRegistry;
import lifefx.life.GridSize;

/**
 * The shape of a universe's world: a torus of a fixed size, whose cells any registered strategy
 * computes, or the unbounded plane, which {@code hashlife} computes. Immutable.
 */
public sealed interface Topology {

    /** The unbounded plane. */
    Topology PLANE = new Plane();

    /** A torus of {@code size}. */
    static Topology torus(GridSize size) {
        return new Torus(size);
    }

    /** The strategies that can step a universe of this shape, in the order a picker shows them. */
    List<String> strategies();

    /** The strategy a new universe of this shape gets when none is asked for. */
    String defaultStrategy();

    /** Whether {@code strategy} can step a universe of this shape. */
    default boolean supports(String strategy) {
        return strategies().contains(strategy);
    }

    /** Words for users: {@code "unbounded"} or {@code "torus 200x320"}. */
    String describe();

    /**
     * A torus: both axes wrap.
     *
     * @param size height × width
     */
    record Torus(GridSize size) implements Topology {
        public Torus {
            Objects.requireNonNull(size, "size");
        }

        @Override
        public List<String> strategies() {
            return StrategyRegistry.names();
        }

        @Override
        public String defaultStrategy() {
            return "sequential";
        }

        @Override
        public String describe() {
            return "torus " + size;
        }
    }

    /** The unbounded plane, stepped by HashLife. */
    record Plane() implements Topology {
        @Override
        public List<String> strategies() {
            return List.of(HashLifeUniverse.STRATEGY);
        }

        @Override
        public String defaultStrategy() {
            return HashLifeUniverse.STRATEGY;
        }

        @Override
        public String describe() {
            return "unbounded";
        }
    }
}
