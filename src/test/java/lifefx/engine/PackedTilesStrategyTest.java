package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PackedTilesStrategy} against the shared strategy contract, plus word boundaries and its cached state. */
class PackedTilesStrategyTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return new PackedTilesStrategy(config);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 63, 64, 65, 127, 128, 129, 200})
    void widthsAroundWordBoundariesMatchTheReference(int width) throws Exception {
        Rule[] rules = {Rule.CONWAY, Rule.parse("B36/S23"), Rule.parse("B0/S8"), Rule.parse("B1357/S02468")};
        for (Rule rule : rules) {
            Grid start = GenerationStrategyContract.soup(new GridSize(70, width), width * 31L, 0.45);
            try (GenerationStrategy s = create(new StrategyConfig(2))) {
                assertThat(GenerationStrategyContract.run(s, start, CellLogic.of(rule), 12))
                        .as("width %d, %s", width, rule)
                        .isEqualTo(ReferenceLife.run(start, rule, 12));
            }
        }
    }

    /**
     * Stepping the grid it returned goes on from its cached state; any other grid (or rule) starts
     * afresh: interleaving two histories and switching rules must not mix them up.
     */
    @Test
    void theCachedStateIsUsedOnlyForTheGridItReturned() throws Exception {
        Grid a = GenerationStrategyContract.soup(new GridSize(80, 130), 1, 0.35);
        Grid b = GenerationStrategyContract.soup(new GridSize(80, 130), 2, 0.35);
        Rule other = Rule.parse("B36/S23");
        try (GenerationStrategy s = create(new StrategyConfig(2))) {
            for (int i = 0; i < 40; i++) {
                Rule rule = i % 7 == 6 ? other : Rule.CONWAY;
                Grid expectA = ReferenceLife.step(a, rule);
                a = s.step(a, CellLogic.of(rule));
                assertThat(a).as("history a, step %d", i).isEqualTo(expectA);
                if (i % 3 == 0) {
                    Grid expectB = ReferenceLife.step(b, Rule.CONWAY);
                    b = s.step(b, CellLogic.of(Rule.CONWAY));
                    assertThat(b).as("history b, step %d", i).isEqualTo(expectB);
                }
            }
        }
    }
}
