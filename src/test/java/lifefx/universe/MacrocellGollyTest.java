package lifefx.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import lifefx.pattern.Fixtures;
import lifefx.pattern.Macrocell;
import lifefx.pattern.Metadata;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternFormat;
import lifefx.pattern.PatternFormatException;
import lifefx.pattern.PatternLibrary;
import lifefx.pattern.PatternLimits;
import lifefx.pattern.PatternReader;
import lifefx.pattern.PatternWriter;
import lifefx.pattern.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Macrocell files against Golly itself: {@code bgolly} (Debian package {@code golly}) runs what
 * LifeFX writes to the same cells, in the same place, as LifeFX's HashLife; LifeFX reads what
 * {@code bgolly} writes to the same cells and position as the RLE it came from; and every two-state
 * {@code .mc} of Golly's own collection ({@code /usr/share/golly/Patterns}, read in place, never
 * copied) reads, and runs to Golly's population. Each test is skipped, saying why, where bgolly or
 * the collection is absent.
 */
class MacrocellGollyTest {

    private static final Path COLLECTION = Path.of("/usr/share/golly/Patterns");
    private static final long BUDGET = 512L << 20;

    /** Library patterns and unbounded fixture RLEs, at their positions. */
    private static Map<String, Pattern> sources() throws Exception {
        Map<String, Pattern> sources = new LinkedHashMap<>();
        for (PatternLibrary.Entry e : PatternLibrary.builtIn().entries()) {
            if (e.pattern().rule().torus() == null) {
                sources.put("library " + e.name(), e.pattern());
            }
        }
        if (Fixtures.present()) {
            try (Stream<Path> s = Files.walk(Fixtures.golly())) {
                for (Path f : s.filter(p -> p.toString().endsWith(".rle")).sorted().toList()) {
                    Pattern p = PatternReader.read(f);
                    if (p.rule().torus() == null && (p.rule().birth() & 1) == 0 && p.population() < 200_000) {
                        sources.put("fixture " + f.getFileName(), p);
                    }
                }
            }
        }
        // Positions on both sides of the origin, so an off-by-one in placement shows.
        Pattern glider = PatternLibrary.builtIn().pattern("glider");
        for (long[] pos : new long[][] {{0, 0}, {-1, -1}, {-3, 5}, {7, -9}, {-1000, 123_456}}) {
            sources.put("glider at " + pos[0] + "," + pos[1],
                    glider.withMetadata(Metadata.EMPTY.withPosition(new Position(pos[0], pos[1]))));
        }
        return sources;
    }

    @Test
    void gollyRunsWhatWeWriteToTheSameCellsInTheSamePlace(@TempDir Path dir) throws Exception {
        Path bgolly = bgolly();
        int compared = 0;
        for (var e : sources().entrySet()) {
            Pattern p = e.getValue();
            Path in = dir.resolve("in.mc");
            Files.writeString(in, PatternWriter.write(p, PatternFormat.MACROCELL), StandardCharsets.UTF_8);
            int gens = 1 + compared % 3 * 50; // 1, 51, 101
            Path out = dir.resolve("out.mc");
            BigInteger golly = run(bgolly, dir, in, gens, out);
            Macrocell tree = Macrocell.of(p);
            HashLifeUniverse u = HashLifeUniverse.fromMacrocell(tree, p.rule(), BUDGET);
            u.step(BigInteger.valueOf(gens));
            assertThat(u.population()).as("%s after %d", e.getKey(), gens).isEqualTo(golly);
            Macrocell theirs = PatternReader.readMacrocell(out);
            assertThat(theirs.withMetadata(Metadata.EMPTY)).as("%s after %d: Golly's tree", e.getKey(), gens)
                    .isEqualTo(u.toMacrocell());
            // Our file of that tree is Golly's, byte for byte after the [M2] line.
            String gollyText = Files.readString(out);
            String ours = PatternWriter.write(u.toMacrocell());
            assertThat(ours.substring(ours.indexOf('\n'))).as("%s after %d: our file", e.getKey(), gens)
                    .isEqualTo(gollyText.substring(gollyText.indexOf('\n')));
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
    }

    @Test
    void weReadWhatGollyWritesWhereGollyPutsIt(@TempDir Path dir) throws Exception {
        Path bgolly = bgolly();
        int compared = 0;
        for (var e : sources().entrySet()) {
            Pattern p = e.getValue();
            Path in = dir.resolve("in.rle");
            Files.writeString(in, PatternWriter.write(p, PatternFormat.RLE), StandardCharsets.UTF_8);
            Path out = dir.resolve("out.mc");
            run(bgolly, dir, in, 0, out);
            Pattern back = PatternReader.read(out);
            Pattern expected = p.normalized();
            assertThat(back.cells()).as(e.getKey()).isEqualTo(expected.cells());
            assertThat(back.metadata().position()).as(e.getKey()).isEqualTo(expected.metadata().position());
            assertThat(back.rule()).as(e.getKey()).isEqualTo(p.rule());
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
    }

    @Test
    void everyTwoStateFileOfGollysCollectionReadsAndRunsAsInGolly(@TempDir Path dir) throws Exception {
        if (!Files.isDirectory(COLLECTION)) {
            System.out.println("skipping: Golly's pattern collection not found at " + COLLECTION
                    + " (apt-get install golly)");
        }
        assumeTrue(Files.isDirectory(COLLECTION), "no " + COLLECTION);
        Path bgolly = findOnPath("bgolly");
        List<Path> files;
        try (Stream<Path> s = Files.walk(COLLECTION)) {
            files = s.filter(p -> p.toString().endsWith(".mc") || p.toString().endsWith(".mc.gz")).sorted().toList();
        }
        List<String> read = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int ran = 0;
        for (Path f : files) {
            Macrocell tree;
            try (Reader r = reader(f)) {
                tree = PatternReader.readMacrocell(r, f.getFileName().toString(), PatternLimits.DEFAULT);
            } catch (PatternFormatException refusedOne) {
                // Multi-state files and rules LifeFX does not run (JvN29, WireWorld, w22): one line
                // saying which.
                assertThat(refusedOne.getMessage()).doesNotContain("\n")
                        .containsAnyOf("multi-state", "rule", "level 2 is outside", "level 3 is outside");
                refused.add(COLLECTION.relativize(f) + ": " + refusedOne.problem());
                continue;
            }
            read.add(COLLECTION.relativize(f).toString());
            assertThat(tree.population().signum()).as("%s", f).isPositive();
            // Written again and read back, the tree is the same.
            assertThat(PatternReader.readMacrocell(PatternWriter.write(tree), "again.mc")).as("%s", f).isEqualTo(tree);
            if (bgolly != null) {
                int gens = 100;
                BigInteger golly = run(bgolly, dir, f, gens, null);
                HashLifeUniverse u = HashLifeUniverse.fromMacrocell(tree, tree.rule(), BUDGET);
                u.step(BigInteger.valueOf(gens));
                assertThat(u.population()).as("%s after %d generations", f, gens).isEqualTo(golly);
                ran++;
            }
        }
        System.out.println("Golly collection: read " + read.size() + " two-state macrocell files, ran " + ran
                + " against bgolly; refused " + refused.size() + ": " + refused);
        // The HashLife folder alone holds about 30 two-state files.
        assertThat(read.size()).isGreaterThan(20);
        assertThat(read).contains("HashLife/metapixel-galaxy.mc.gz", "HashLife/totalperiodic.mc");
        if (bgolly == null) {
            System.out.println("bgolly not found: the collection was read but not run against Golly");
        }
    }

    private static Reader reader(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        if (f.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Runs bgolly's HashLife {@code gens} generations in one step; returns its last population. */
    private static BigInteger run(Path bgolly, Path dir, Path in, int gens, Path out) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(bgolly.toString(), "-a", "HashLife", "-m", Integer.toString(gens)));
        if (gens > 0) {
            cmd.addAll(List.of("-i", Integer.toString(gens)));
        }
        if (out != null) {
            Files.deleteIfExists(out);
            cmd.addAll(List.of("-o", out.toString()));
        }
        cmd.add(in.toString());
        Path log = dir.resolve("bgolly.log");
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(proc.waitFor(120, TimeUnit.SECONDS)).as("bgolly finished on %s", in).isTrue();
        List<String> lines = Files.readAllLines(log);
        // "GEN: POPULATION" lines, then "(->out.mc)" when it wrote a file
        List<String> pops = lines.stream().filter(l -> l.matches("[0-9,]+: [0-9,]+")).toList();
        assertThat(pops).as("bgolly's population lines for %s: %s", in, lines).isNotEmpty();
        String last = pops.get(pops.size() - 1);
        assertThat(last).as("bgolly's last line for %s", in).startsWith(String.format("%,d:", gens));
        if (out != null) {
            assertThat(out).as("bgolly wrote %s; it said %s", out, lines).exists();
        }
        return new BigInteger(last.substring(last.indexOf(':') + 1).strip().replace(",", ""));
    }

    private static Path bgolly() {
        Path p = findOnPath("bgolly");
        if (p == null) {
            System.out.println("skipping: bgolly not found on PATH (apt-get install golly to run this test)");
        }
        assumeTrue(p != null, "bgolly not found on PATH");
        return p;
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
