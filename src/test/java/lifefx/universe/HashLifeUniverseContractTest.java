package lifefx.universe;

import java.util.Optional;
import lifefx.life.GridSize;
import lifefx.life.Rule;

/** {@link HashLifeUniverse} against the universe contract, on the unbounded plane. */
class HashLifeUniverseContractTest implements UniverseContract {

    @Override
    public Universe create(Rule rule) {
        return new HashLifeUniverse(rule);
    }

    @Override
    public Optional<GridSize> torus() {
        return Optional.empty();
    }
}
