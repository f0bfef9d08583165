package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/** Known long-run facts, computed with a fast strategy so the suite stays quick. */
class LongRunTest {

    @Test
    void rPentominoHas116CellsAtGeneration1103OnA1024Torus() throws Exception {
        Grid.Builder b = new Grid.Builder(new GridSize(1024, 1024));
        // b2o$2o$bo! placed in the middle, far from the wrap.
        int r = 512;
        int c = 512;
        b.set(r, c + 1, true).set(r, c + 2, true).set(r + 1, c, true).set(r + 1, c + 1, true).set(r + 2, c + 1, true);
        Grid g = b.build(0);
        try (GenerationStrategy s = StrategyRegistry.get(PackedStrategy.NAME).create(new StrategyConfig(2))) {
            for (int i = 0; i < 1103; i++) {
                g = s.step(g, CellLogic.of(Rule.CONWAY));
            }
        }
        assertThat(g.generation()).isEqualTo(1103);
        assertThat(g.population()).isEqualTo(116);
    }
}
