package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What LifeFX writes, Golly reads back as the same cells and rule. Runs Golly's command-line
 * {@code bgolly} (Debian package {@code golly}) on every file written from the fixtures, the
 * library and random patterns, has it save RLE, and compares. Skipped, with a printed reason,
 * where {@code bgolly} is not installed.
 */
class GollyCompatibilityTest {

    @Test
    void gollyReadsWhatWeWrite(@TempDir Path dir) throws Exception {
        Path bgolly = findOnPath("bgolly");
        if (bgolly == null) {
            System.out.println("skipping: bgolly not found on PATH (apt-get install golly to run this test)");
        }
        assumeTrue(bgolly != null, "bgolly not found on PATH");

        Map<String, Pattern> sources = new LinkedHashMap<>();
        for (PatternLibrary.Entry e : PatternLibrary.builtIn().entries()) {
            sources.put("library " + e.name(), e.pattern());
        }
        if (Fixtures.present()) {
            for (Path f : Fixtures.allPatternFiles()) {
                sources.put("fixture " + Fixtures.golly().relativize(f), PatternReader.read(f));
            }
        }
        List<Pattern> random = PatternArbitraries.patterns().sampleStream().limit(60).toList();
        for (int i = 0; i < random.size(); i++) {
            // Golly clips a pattern to a bounded grid (:T) where LifeFX wraps it, so random
            // patterns, whose torus size is unrelated to their box, go on Golly's unbounded plane.
            Pattern p = random.get(i);
            sources.put("random " + i, p.withRule(p.rule().withoutTorus()));
        }
        // Whole tori saved with their :T size: header and torus agree, so Golly keeps every cell.
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < 8; i++) {
            lifefx.life.GridSize size = new lifefx.life.GridSize(1 + rnd.nextInt(60), 1 + rnd.nextInt(60));
            lifefx.life.Grid.Builder b = new lifefx.life.Grid.Builder(size);
            for (int r = 0; r < size.height(); r++) {
                for (int c = 0; c < size.width(); c++) {
                    b.set(r, c, rnd.nextInt(3) == 0);
                }
            }
            sources.put("torus " + size, Pattern.fromGrid(b.build(0), lifefx.life.Rule.CONWAY.withTorus(size)));
        }
        int compared = 0;
        for (var e : sources.entrySet()) {
            Pattern p = e.getValue();
            for (PatternFormat f : List.of(PatternFormat.RLE, PatternFormat.PLAINTEXT, PatternFormat.LIFE_106)) {
                if (f == PatternFormat.PLAINTEXT && (long) p.width() * p.height() > 5_000_000) {
                    continue;
                }
                Path in = dir.resolve("in." + f.extension());
                Files.writeString(in, PatternWriter.write(p, f), StandardCharsets.UTF_8);
                Path out = dir.resolve("out.rle");
                Files.deleteIfExists(out);
                Process proc = new ProcessBuilder(bgolly.toString(), "-q", "-q", "-m", "0", "-o", out.toString(),
                        in.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
                assertThat(proc.waitFor(30, TimeUnit.SECONDS)).as("bgolly finished").isTrue();
                assertThat(out).as("%s as %s: bgolly wrote nothing; it said %s", e.getKey(), f,
                        Files.readString(dir.resolve("log"))).exists();
                Pattern back = PatternReader.read(out);
                assertThat(back.normalized().cells()).as("%s as %s", e.getKey(), f).isEqualTo(p.normalized().cells());
                if (f != PatternFormat.PLAINTEXT) {
                    // Plaintext has no rule line; LifeFX's "!Rule:" is a comment to Golly.
                    assertThat(back.rule()).as("%s as %s", e.getKey(), f).isEqualTo(p.rule());
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    private static Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
