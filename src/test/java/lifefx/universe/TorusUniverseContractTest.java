package lifefx.universe;

import java.util.Optional;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link TorusUniverse} against the universe contract, once for every strategy in {@link
 * StrategyRegistry} (so a strategy added there is tested here with no change), on a small torus
 * whose sides are neither equal nor powers of two, so wrapping mistakes show.
 */
@ParameterizedClass(name = "torus 13x18, {0}")
@MethodSource("lifefx.engine.StrategyRegistry#names")
class TorusUniverseContractTest implements UniverseContract {

    static final GridSize SIZE = new GridSize(13, 18);

    @Parameter
    String strategy;

    @Override
    public Universe create(Rule rule) {
        return new TorusUniverse(SIZE, rule, strategy, new StrategyConfig(3));
    }

    @Override
    public Optional<GridSize> torus() {
        return Optional.of(SIZE);
    }
}
