package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two agar fixtures run on their own {@code :Tw,h} torus and match the populations Golly
 * computed (MANIFEST.txt) at generations 100 and 1000, under several strategies.
 */
class AgarTest {

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
            "agar-p3.rle,              packed,          72, 48, 1296, 1728, 1728",
            "agar-p3.rle,              bands,           72, 48, 1296, 1728, 1728",
            "agar-p3.rle,              sequential,      72, 48, 1296, 1728, 1728",
            "agar-p3.rle,              packed-tiles,    72, 48, 1296, 1728, 1728",
            "herringbone-agar-p14.rle, packed,          48, 48,  672, 1152,  576",
            "herringbone-agar-p14.rle, sequential,      48, 48,  672, 1152,  576",
            "herringbone-agar-p14.rle, packed-tiles,    48, 48,  672, 1152,  576",
            "herringbone-agar-p14.rle, virtual-threads, 48, 48,  672, 1152,  576",
            "herringbone-agar-p14.rle, thread-pool,     48, 48,  672, 1152,  576",
            "herringbone-agar-p14.rle, queue,           48, 48,  672, 1152,  576",
    })
    void agarMatchesGollyOnItsTorus(String file, String strategy, int torusWidth, int torusHeight,
                                    int pop0, int pop100, int pop1000) throws Exception {
        String fixtures = System.getProperty("lifefx.fixtures");
        Path path = fixtures == null ? null : Path.of(fixtures, "golly-patterns", file);
        assumeTrue(path != null && Files.isRegularFile(path), "Golly fixtures not found (lifefx.fixtures = " + fixtures + ")");

        Pattern pattern = PatternReader.read(path);
        assertThat(pattern.rule().torus()).isEqualTo(new GridSize(torusHeight, torusWidth));
        Grid g = pattern.toGrid(pattern.naturalSize());
        assertThat(g.size()).isEqualTo(new GridSize(torusHeight, torusWidth));
        assertThat(g.population()).isEqualTo(pop0);
        CellLogic logic = CellLogic.of(pattern.rule());
        int generations = strategy.startsWith("packed") || strategy.equals("bands") || strategy.equals("sequential") ? 1000 : 100;
        try (GenerationStrategy s = StrategyRegistry.get(strategy).create(new StrategyConfig(3))) {
            while (g.generation() < generations) {
                g = s.step(g, logic);
                if (g.generation() == 100) {
                    assertThat(g.population()).as("generation 100").isEqualTo(pop100);
                }
            }
        }
        if (generations == 1000) {
            assertThat(g.population()).as("generation 1000").isEqualTo(pop1000);
        }
    }
}
