package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PackedStrategy} against the shared strategy contract, plus the word-boundary widths. */
class PackedStrategyTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return new PackedStrategy(config);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 63, 64, 65, 127, 128, 129, 200})
    void widthsAroundWordBoundariesMatchTheReference(int width) throws Exception {
        Rule[] rules = {Rule.CONWAY, Rule.parse("B36/S23"), Rule.parse("B0/S8"), Rule.parse("B1357/S02468")};
        for (Rule rule : rules) {
            Grid start = GenerationStrategyContract.soup(new GridSize(5, width), width * 31L, 0.45);
            try (GenerationStrategy s = create(new StrategyConfig(2))) {
                assertThat(GenerationStrategyContract.run(s, start, CellLogic.of(rule), 3))
                        .as("width %d, %s", width, rule)
                        .isEqualTo(ReferenceLife.run(start, rule, 3));
            }
        }
    }
}
