package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lifefx.pattern.Fixtures;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code run} on universes: the unbounded plane (HashLife) by default for a pattern without a
 * {@code :T} size, against Golly's published figures, and the options that go with it.
 */
class RunUniverseTest {

    @TempDir
    Path dir;

    private static Cli ok(String... args) {
        Cli r = Cli.run(args);
        assertThat(r.exitCode()).as("exit code; stderr: %s", r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return r;
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource({
            "r-pentomino, 1103, 116",
            "acorn, 5206, 633",
            "gosper-glider-gun, 1000000, 166713",
            "gosper-glider-gun, 1000000000, 166666713",
            "rabbits, 17331, 1744",
    })
    void unboundedMatchesGollysFigures(String name, String generations, String population) {
        assertThat(ok("run", name, "--unbounded", "--generations", generations).lastLine())
                .isEqualTo("generation=" + generations + " population=" + population);
    }

    @Test
    void aMacrocellFileRunsAsItsTreeFromItsOwnGeneration() throws Exception {
        Path mc = dir.resolve("gun.mc");
        // An RLE of the gun at 10^9 would list 166 million cells: --out refuses it and says to use .mc.
        Cli tooMany = Cli.run("run", "gosper-glider-gun", "--generations", "1000000000", "--out",
                dir.resolve("gun.rle").toString());
        assertThat(tooMany.exitCode()).isEqualTo(1);
        assertThat(tooMany.err()).contains("write a .mc file");
        ok("run", "gosper-glider-gun", "--generations", "1000000000", "--out", dir.resolve("gun-e9.mc").toString());
        assertThat(PatternReader.readMacrocell(dir.resolve("gun-e9.mc")).population())
                .isEqualTo(BigInteger.valueOf(166_666_713));
        ok("convert", "gosper-glider-gun", dir.resolve("gun0.mc").toString());
        Cli tree = ok("run", dir.resolve("gun0.mc").toString(), "--generations", "1000000000");
        assertThat(tree.lastLine()).isEqualTo("generation=1000000000 population=166666713");
        lifefx.universe.HashLifeUniverse u = lifefx.universe.HashLifeUniverse.fromMacrocell(
                PatternReader.readMacrocell(dir.resolve("gun0.mc")), lifefx.life.Rule.CONWAY, 1L << 26);
        u.step(BigInteger.TEN.pow(9));
        lifefx.pattern.PatternWriter.writeFile(mc, u.toMacrocell());
        assertThat(Files.readString(mc)).contains("#G 1000000000");
        // From generation 10^9 on, as Golly counts: the final line is the universe's generation.
        assertThat(ok("run", mc.toString(), "--generations", "1000000000").lastLine())
                .isEqualTo(ok("run", "gosper-glider-gun", "--generations", "2000000000").lastLine());
        // On a torus it is expanded into cells, and a tree too big for that says so in one line.
        Cli refused = Cli.run("run", mc.toString(), "--torus", "100x100");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).doesNotContain("\n\tat ").contains("gun.mc");
    }

    @Test
    void aPatternWithoutATorusRunsOnThePlaneByDefault() {
        assertThat(ok("run", "r-pentomino", "--generations", "1103").out())
                .isEqualTo("generation=1103 population=116\n");
        // On a torus of its box with a margin (the older default) the R-pentomino's debris wraps
        // round and hits itself: a different answer, so the test above can tell the two apart.
        assertThat(ok("run", "r-pentomino", "--strategy", "sequential", "--generations", "1103").lastLine())
                .isNotEqualTo("generation=1103 population=116");
        assertThat(ok("run", "glider", "--generations", "8").lastLine()).isEqualTo("generation=8 population=5");
    }

    @Test
    void whatPicksTheUniverse(@TempDir Path tmp) throws Exception {
        // A pattern on a 4x4 torus: a glider that meets its own tail when it wraps round.
        Path small = Files.writeString(tmp.resolve("t.rle"), "x = 4, y = 4, rule = B3/S23:T4,4\nbo$2bo$3o!\n");
        String torus = ok("run", small.toString(), "--generations", "12").lastLine();
        String plane = ok("run", small.toString(), "--generations", "12", "--unbounded").lastLine();
        assertThat(plane).isEqualTo("generation=12 population=5");
        assertThat(torus).isNotEqualTo(plane);
        assertThat(ok("run", small.toString(), "--generations", "12", "--strategy", "hashlife").lastLine()).isEqualTo(plane);
        // Cell I/O needs a torus: with no size, the window's (the box with a margin), where the
        // glider has room.
        assertThat(ok("run", "glider", "--io", "latency", "--latency", "0", "--generations", "12").lastLine())
                .isEqualTo("generation=12 population=5");
    }

    @Test
    void noPatternStillRunsTheArticlesGliderOnItsTorus() {
        // On a 5x9 torus the glider meets itself after wrapping; on the plane it would stay 5 cells.
        assertThat(ok("run", "--generations", "40").lastLine()).isEqualTo(ok("run", "--torus", "5x9",
                "--generations", "40").lastLine());
        assertThat(ok("run", "--unbounded", "--generations", "40").lastLine()).isEqualTo("generation=40 population=5");
    }

    @Test
    void generationsBeyondTheLongRangeAreExact() {
        // The gun adds a glider (5 cells) every 30 generations; 10^21 and 10^6 are in the same phase
        // (both 10 mod 30), so the population grows by 5 (10^21 - 10^6) / 30 from Golly's 166,713.
        BigInteger n = BigInteger.TEN.pow(21);
        BigInteger expected = BigInteger.valueOf(166_713).add(n.subtract(BigInteger.TEN.pow(6)).divide(BigInteger.valueOf(6)));
        assertThat(ok("run", "gosper-glider-gun", "--generations", n.toString()).lastLine())
                .isEqualTo("generation=1000000000000000000000 population=" + expected);
        assertThat(expected.toString()).isEqualTo("166666666666666666713");
        assertThat(ok("run", "gosper-glider-gun", "--generations", "2^70").lastLine())
                .startsWith("generation=" + BigInteger.TWO.pow(70) + " population=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3", "2^5", "1000", "2^40", "99999999999999999999"})
    void everyStepSizeGivesTheSameAnswer(String step) {
        assertThat(ok("run", "acorn", "--generations", "5206", "--step", step).lastLine())
                .isEqualTo("generation=5206 population=633");
    }

    @Test
    void stepOnATorusOnlyGroupsGenerations() {
        String one = ok("run", "r-pentomino", "--torus", "40x40", "--generations", "30").lastLine();
        assertThat(ok("run", "r-pentomino", "--torus", "40x40", "--generations", "30", "--step", "7").lastLine())
                .isEqualTo(one);
        assertThat(ok("run", "r-pentomino", "--torus", "40x40", "--generations", "30", "--step", "2^10").lastLine())
                .isEqualTo(one);
        // --print shows the start and each jump
        Cli printed = ok("run", "--print", "--generations", "4", "--step", "2");
        assertThat(printed.out().lines().findFirst().orElseThrow().trim().split("\\s*\\|\\s*"))
                .containsExactly("0", "2", "4");
    }

    @Test
    void timePrintsPeakHeapThenSecondsBeforeTheLastLine() {
        for (String[] args : List.of(new String[] {"run", "gosper-glider-gun", "--generations", "2^30", "--time"},
                new String[] {"run", "--time", "--generations", "3"})) {
            List<String> lines = ok(args).out().lines().toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).matches("peak-heap=\\d+\\.\\dMiB");
            assertThat(lines.get(1)).matches("seconds=\\d+\\.\\d{6}");
            assertThat(lines.get(2)).startsWith("generation=");
        }
    }

    @Test
    void printOnThePlaneShowsTheBoundingBoxAndRefusesALargeOne() {
        Cli r = ok("run", "glider", "--generations", "4", "--print");
        assertThat(r.out()).isEqualTo("""
                generation 4, x 1..3, y 1..3:
                -*-
                --*
                ***
                generation=4 population=5
                """);
        Cli big = Cli.run("run", "gosper-glider-gun", "--generations", "10000", "--print");
        assertThat(big.exitCode()).isEqualTo(1);
        assertThat(big.err().strip()).startsWith("lifefx run: --print shows a bounding box of at most 200x200 cells;")
                .doesNotContain("\n");
        assertThat(ok("run", "diehard", "--generations", "130", "--print").out())
                .isEqualTo("no live cells at generation 130\ngeneration=130 population=0\n");
    }

    @Test
    void outOnThePlaneWritesTheBoxWithItsPosition() throws Exception {
        Path out = dir.resolve("gun-1000.rle");
        ok("run", "gosper-glider-gun", "--generations", "1000", "--out", out.toString());
        // The gun's box still starts at 0,0, which RLE writes as no position (see RunPlacementTest
        // for one that moves).
        assertThat(Files.readString(out)).startsWith("x = 268, y = 255, rule = B3/S23\n");
        Pattern back = PatternReader.read(out);
        assertThat(back.population()).isEqualTo(Integer.parseInt(ok("run", "gosper-glider-gun", "--generations", "1000")
                .lastLine().replaceAll(".*population=", "")));
        // Carrying on from the file gives what carrying on in one run gives, cell for cell.
        Path later = dir.resolve("gun-1500.rle");
        ok("run", out.toString(), "--generations", "500", "--out", later.toString());
        Path direct = dir.resolve("gun-direct.rle");
        ok("run", "gosper-glider-gun", "--generations", "1500", "--out", direct.toString());
        assertThat(Files.readString(later)).isEqualTo(Files.readString(direct));
    }

    @Test
    void outRefusesWhatAFileCannotHold() {
        Cli r = Cli.run("run", "gosper-glider-gun", "--generations", "2^40", "--out", dir.resolve("x.rle").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("lifefx run: --out: ").contains("a pattern file may hold").doesNotContain("\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "run glider --step 0                      | 2 | --step must be at least 1, got 0",
            "run glider --step -3                     | 2 | Invalid value for option '--step': bad count '-3'",
            "run glider --step 2^x                    | 2 | bad count '2^x': expected 2^k",
            "run glider --step 2^99999                | 2 | bad count '2^99999': expected 2^k",
            "run glider --generations 2^1025          | 2 | expected 2^k with k a whole number from 0 to 1024",
            "run glider --generations 1e9             | 2 | bad count '1e9': expected a whole number",
            "run --torus 9x9 --generations 2^63       | 2 | a torus counts generations up to 9223372036854775807",
            "run glider --unbounded --torus 9x9       | 2 | --unbounded runs the unbounded plane, which has no torus",
            "run glider --unbounded --rule B3/S23:T9,9 | 2 | drop --rule B3/S23:T9,9",
            "run glider --unbounded --strategy packed | 2 | whose only strategy is hashlife; --strategy packed runs on a torus (torus strategies: sequential",
            "run glider --strategy hashlife --torus 9x9 | 2 | --strategy hashlife runs the unbounded plane",
            "run glider --unbounded --io latency      | 2 | --io latency needs a torus strategy",
            "run glider --rule B03/S23                | 1 | has B0: on an unbounded universe",
    })
    void badCombinationsGetOneLine(String args, int code, String message) {
        Cli r = Cli.run(args.split(" "));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(code);
        assertThat(r.err()).startsWith("lifefx run: ").contains(message);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void cellsBeyondTheLongRangeCannotBeWrittenOrPrinted() {
        // After 2^200 generations the gun's gliders are far beyond 64-bit coordinates.
        for (String option : List.of("--out", "--print")) {
            List<String> args = new ArrayList<>(List.of("run", "gosper-glider-gun", "--generations", "2^200", option));
            if (option.equals("--out")) {
                args.add(dir.resolve("far.rle").toString());
            }
            Cli r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("lifefx run: " + option + ": at generation " + BigInteger.TWO.pow(200)
                    + " live cells lie beyond the 64-bit coordinate range, so no box can be printed or written");
        }
        assertThat(ok("run", "gosper-glider-gun", "--generations", "2^1024").lastLine())
                .startsWith("generation=" + BigInteger.TWO.pow(1024) + " population=");
    }

    @Test
    void aB0RuleStillRunsOnATorus() {
        assertThat(ok("run", "glider", "--rule", "B03/S23", "--torus", "10x10", "--generations", "1").lastLine())
                .startsWith("generation=1 population=");
    }

    // ------------------------------------------------------------------ Golly's fixtures

    static Stream<Arguments> manifest() throws IOException {
        if (!Fixtures.present()) {
            return Stream.of(Arguments.of("(fixtures absent)", "", -1, -1));
        }
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.golly().resolve("MANIFEST.txt"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 6 && f[0].endsWith(".rle")) {
                rows.add(Arguments.of(f[0], f[2], Integer.parseInt(f[4].replace(",", "")),
                        Integer.parseInt(f[5].replace(",", ""))));
            }
        }
        return rows.stream();
    }

    /** Files without :T on the plane (run's default), :T files on their own torus, both as Golly ran them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void everyFixtureMatchesTheManifestAt100And1000(String file, String header, int pop100, int pop1000) {
        Path path = Fixtures.golly().resolve(file);
        for (int[] row : new int[][] {{100, pop100}, {1000, pop1000}}) {
            assertThat(ok("run", path.toString(), "--generations", Integer.toString(row[0])).lastLine())
                    .as("%s (%s)", file, header)
                    .isEqualTo("generation=" + row[0] + " population=" + row[1]);
        }
    }

    @Test
    void rabbitsFromLife105Has1744At17331() {
        Path rabbits = Fixtures.golly().resolve("lif/rabbits.lif");
        assertThat(ok("run", rabbits.toString(), "--generations", "17331").lastLine())
                .isEqualTo("generation=17331 population=1744");
    }
}
