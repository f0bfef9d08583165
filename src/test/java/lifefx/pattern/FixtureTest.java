package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/** Every file in the shared Golly fixtures reads with Golly's generation-0 population and cells. */
class FixtureTest {

    @Test
    void everyRleReadsWithTheManifestPopulation() throws Exception {
        Map<String, Integer> pops = Fixtures.manifest();
        assertThat(pops).hasSize(30);
        for (var e : pops.entrySet()) {
            Pattern p = PatternReader.read(Fixtures.golly().resolve(e.getKey()));
            assertThat(p.population()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(p.rule().withoutTorus()).as(e.getKey()).isEqualTo(Rule.CONWAY);
        }
    }

    @Test
    void headerBoxAndTorusAreKept() throws Exception {
        Pattern agar = PatternReader.read(Fixtures.golly().resolve("agar-p3.rle"));
        assertThat(agar.rule().torus()).isEqualTo(new GridSize(48, 72));
        assertThat(agar.naturalSize()).isEqualTo(new GridSize(48, 72));
        assertThat(agar.width()).isEqualTo(72);
        assertThat(agar.height()).isEqualTo(48);
        Pattern pingPong = PatternReader.read(Fixtures.golly().resolve("switch-engine-ping-pong.rle"));
        assertThat(pingPong.width()).isEqualTo(210515);
        assertThat(pingPong.height()).isEqualTo(183739);
        assertThat(pingPong.metadata().name()).isEqualTo("Switch engine ping-pong");
        assertThat(pingPong.metadata().author()).isEqualTo("Michael Simkin, 29 October 2014");
        // Its #CXRLE line comes after '!', where nothing is read.
        assertThat(pingPong.metadata().position()).isNull();
    }

    @Test
    void derivedOldStyleRulesGiveTheSameCells() throws Exception {
        Path dir = Fixtures.golly().resolve("derived-rule-23-3");
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                Pattern derived = PatternReader.read(f);
                Pattern original = PatternReader.read(Fixtures.golly().resolve(f.getFileName()));
                assertThat(derived.cells()).as(f.toString()).isEqualTo(original.cells());
                assertThat(derived.rule()).isEqualTo(Rule.CONWAY);
            }
        }
    }

    @Test
    void generatedCellsAndLife106GiveTheSameCellsUpToTranslation() throws Exception {
        Path dir = Fixtures.golly().resolve("generated-cells-lif106");
        int checked = 0;
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                String base = name.substring(0, name.lastIndexOf('.'));
                Pattern original = PatternReader.read(Fixtures.golly().resolve(base + ".rle"));
                Pattern other = PatternReader.read(f);
                assertThat(PatternReader.detect(Files.readString(f)))
                        .isEqualTo(name.endsWith(".cells") ? PatternFormat.PLAINTEXT : PatternFormat.LIFE_106);
                assertThat(other.normalized().cells()).as(name).isEqualTo(original.normalized().cells());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(12);
    }

    @Test
    void plaintextKeepsTheOriginSoCellsMatchExactly() throws Exception {
        Path dir = Fixtures.golly().resolve("generated-cells-lif106");
        Pattern original = PatternReader.read(Fixtures.golly().resolve("ark1.rle"));
        Pattern cells = PatternReader.read(dir.resolve("ark1.cells"));
        assertThat(cells.cells()).isEqualTo(original.cells());
        assertThat(cells.metadata().name()).isEqualTo("ark1");
    }

    @Test
    void life105FilesReadWithGollysPopulations() throws Exception {
        Path dir = Fixtures.golly().resolve("lif");
        Map<String, Integer> expected = Map.of("acorn.lif", 7, "breeder.lif", 4060, "persian-rugs.lif", 4,
                "rabbits.lif", 9);
        for (var e : expected.entrySet()) {
            Pattern p = PatternReader.read(dir.resolve(e.getKey()));
            assertThat(p.population()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(PatternReader.detect(Files.readString(dir.resolve(e.getKey())))).isEqualTo(PatternFormat.LIFE_105);
        }
        assertThat(PatternReader.read(dir.resolve("persian-rugs.lif")).rule()).isEqualTo(Rule.parse("B234/S"));
        assertThat(PatternReader.read(dir.resolve("acorn.lif")).rule()).isEqualTo(Rule.CONWAY);
        assertThat(PatternReader.read(dir.resolve("acorn.lif")).cells())
                .isEqualTo(PatternReader.read("bo5b$3bo3b$2o2b3o!", "acorn").cells());
    }

    @Test
    void everyFixtureSurvivesEveryWritableFormat() throws Exception {
        for (Path f : Fixtures.allPatternFiles()) {
            Pattern p = PatternReader.read(f);
            Pattern rle = PatternReader.read(PatternWriter.write(p, PatternFormat.RLE), "rt.rle");
            assertThat(rle).as(f.toString()).isEqualTo(p);
            String rleText = PatternWriter.write(p, PatternFormat.RLE);
            assertThat(rleText.lines().filter(l -> !l.startsWith("#")))
                    .as(f.toString()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(70));
            Pattern life = PatternReader.read(PatternWriter.write(p, PatternFormat.LIFE_106), "rt.lif");
            assertThat(life.cells()).as(f.toString()).isEqualTo(p.normalized().cells());
            assertThat(life.metadata().position()).as(f.toString()).isEqualTo(p.normalized().metadata().position());
            assertThat(life.rule()).as(f.toString()).isEqualTo(p.rule());
            if ((long) p.width() * p.height() < 10_000_000) {
                Pattern cells = PatternReader.read(PatternWriter.write(p, PatternFormat.PLAINTEXT), "rt.cells");
                assertThat(cells.cells()).as(f.toString()).isEqualTo(p.cells());
                assertThat(cells.metadata()).as(f.toString()).isEqualTo(p.metadata());
                assertThat(cells.rule()).isEqualTo(p.rule());
            }
        }
    }
}
