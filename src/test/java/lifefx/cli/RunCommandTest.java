package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import lifefx.pattern.PatternReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void noPatternRunsTheArticlesGliderOnA5x9Torus() {
        Cli r = Cli.run("run");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("generation=5 population=5\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void printShowsTheArticlesColumns() {
        Cli r = Cli.run("run", "--print", "--generations", "2");
        assertThat(r.out()).isEqualTo("""
                    0     |     1     |     2
                ---*----- | --------- | ---------
                ----*---- | --*-*---- | ----*----
                --***---- | ---**---- | --*-*----
                --------- | ---*----- | ---**----
                --------- | --------- | ---------
                generation=2 population=5
                """);
    }

    static java.util.List<String> strategyNames() {
        return StrategyRegistry.names();
    }

    @ParameterizedTest
    @MethodSource("strategyNames")
    void everyStrategyGivesTheSameLastLine(String strategy) throws Exception {
        Cli r = Cli.run("run", "r-pentomino", "--torus", "40x40", "--generations", "30", "--strategy", strategy,
                "--threads", "3");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        Grid start = lifefx.pattern.PatternLibrary.builtIn().find("r-pentomino").orElseThrow()
                .pattern().toGrid(new GridSize(40, 40));
        Grid expected = ReferenceLife.run(start, Rule.CONWAY, 30);
        assertThat(r.lastLine()).isEqualTo("generation=30 population=" + expected.population());
    }

    @Test
    void libraryNameRunsLikeAFile() {
        Cli r = Cli.run("run", "glider", "--torus", "10x10", "--generations", "40");
        assertThat(r.exitCode()).isZero();
        assertThat(r.lastLine()).isEqualTo("generation=40 population=5");
    }

    @Test
    void outWritesTheWholeTorusAndPositionsSurviveARoundTrip() throws Exception {
        Path out = dir.resolve("after.rle");
        Cli r = Cli.run("run", "--torus", "7x11", "--generations", "6", "--out", out.toString());
        assertThat(r.exitCode()).isZero();
        String text = Files.readString(out);
        assertThat(text).contains("x = 11, y = 7");
        Grid expected = ReferenceLife.run(gliderOn(new GridSize(7, 11)), Rule.CONWAY, 6);
        Grid back = PatternReader.read(out).toGrid(new GridSize(7, 11));
        assertThat(back.sameCells(expected)).as("read back:%n%s%nexpected:%n%s", back, expected).isTrue();
        // Running the written file for 0 more generations uses its own :T size and changes nothing.
        Path again = dir.resolve("again.rle");
        assertThat(Cli.run("run", out.toString(), "--generations", "0", "--out", again.toString()).exitCode()).isZero();
        assertThat(PatternReader.read(again).toGrid(new GridSize(7, 11)).sameCells(expected)).isTrue();
    }

    @Test
    void ruleOverridesThePatterns() throws Exception {
        // Under B36/S23 (HighLife) the R-pentomino evolves differently from Life.
        Cli life = Cli.run("run", "r-pentomino", "--torus", "30x30", "--generations", "20");
        Cli high = Cli.run("run", "r-pentomino", "--torus", "30x30", "--generations", "20", "--rule", "B36/S23");
        Grid start = lifefx.pattern.PatternLibrary.builtIn().find("r-pentomino").orElseThrow().pattern()
                .toGrid(new GridSize(30, 30));
        assertThat(high.lastLine()).isEqualTo("generation=20 population="
                + ReferenceLife.run(start, Rule.parse("B36/S23"), 20).population());
        assertThat(life.lastLine()).isEqualTo("generation=20 population="
                + ReferenceLife.run(start, Rule.CONWAY, 20).population());
    }

    @Test
    void agarUsesItsOwnTorus() {
        String fixtures = System.getProperty("lifefx.fixtures");
        Path agar = fixtures == null ? null : Path.of(fixtures, "golly-patterns", "agar-p3.rle");
        assumeTrue(agar != null && Files.exists(agar), "Golly fixtures not found");
        Cli r = Cli.run("run", agar.toString(), "--generations", "100", "--strategy", "packed");
        assertThat(r.lastLine()).isEqualTo("generation=100 population=1728");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "run --torus 5y9                 | 2 | lifefx run: Invalid value for option '--torus': bad grid size '5y9'",
            "run --strategy fast             | 2 | unknown strategy 'fast': expected one of sequential",
            "run --rule B3/S29               | 2 | neighbour count 9 is out of range",
            "run --threads 0                 | 2 | threads must be between 1 and",
            "run --generations -1            | 2 | Invalid value for option '--generations': bad count '-1'",
            "run --generations many          | 2 | Invalid value for option '--generations'",
            "run --io tape                   | 2 | unknown I/O mode 'tape'",
            "run --latency 3 parsecs         | 2 | lifefx run:",
            "run no-such-pattern             | 1 | no such file or built-in pattern: 'no-such-pattern'",
            "run a b                         | 2 | Unmatched argument",
            "run --print --torus 300x300     | 2 | --print shows grids of at most 256",
    })
    void badArgumentsGetOneLineAndTheRightExitCode(String args, int code, String message) {
        Cli r = Cli.run(args.split(" "));
        assertThat(r.exitCode()).isEqualTo(code);
        assertThat(r.err()).contains(message);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBadFileSaysWhereAndExitsWith1() throws Exception {
        Path bad = dir.resolve("bad.rle");
        Files.writeString(bad, "x = 3, y = 3\nbo$2bo$3o\nz!\n");
        Cli r = Cli.run("run", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("lifefx run: bad.rle:3:1: expected a run count or one of b o $ !, found 'z'");
    }

    @Test
    void aPatternTooBigForATorusAsksForOneWhenATorusStrategyIsNamed() throws Exception {
        Path far = dir.resolve("far.rle");
        Files.writeString(far, "o999999bo$999999$o!\n");
        Cli r = Cli.run("run", far.toString(), "--strategy", "sequential");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--torus").doesNotContain("\tat ");
        assertThat(Cli.run("run", far.toString(), "--torus", "10x10").exitCode()).isZero();
        // On the plane, its default, the three cells are just three lone cells that die.
        assertThat(Cli.run("run", far.toString(), "--generations", "1").lastLine()).isEqualTo("generation=1 population=0");
    }

    @Test
    void aTorusInTheRuleSetsTheTorus() throws Exception {
        Path out = dir.resolve("t.rle");
        // Golly's :Tw,h is width first: a torus 30 rows high and 20 columns wide.
        Cli r = Cli.run("run", "--rule", "B3/S23:T20,30", "--generations", "0", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("x = 20, y = 30, rule = B3/S23:T20,30");
        Path fromPattern = dir.resolve("p.rle");
        assertThat(Cli.run("run", "glider", "--rule", "B3/S23:T20,30", "--generations", "0", "--out",
                fromPattern.toString()).exitCode()).isZero();
        assertThat(Files.readString(fromPattern)).contains("x = 20, y = 30");
        // Saying the same size twice is fine.
        assertThat(Cli.run("run", "--rule", "B3/S23:T20,30", "--torus", "30x20").exitCode()).isZero();
    }

    @Test
    void aTorusInTheRuleThatContradictsTorusIsRefused() {
        Cli r = Cli.run("run", "--rule", "B3/S23:T20,30", "--torus", "10x10");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("lifefx run: --rule B3/S23:T20,30 names a 30x20 torus (height x width)"
                + " but --torus says 10x10; give the size once");
    }

    private static Grid gliderOn(GridSize size) {
        Grid.Builder b = new Grid.Builder(size);
        for (int[] c : RunCommand.ARTICLE_GLIDER) {
            b.set(c[0], c[1], true);
        }
        return b.build(0);
    }
}
