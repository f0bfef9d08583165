package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bench --soup}, {@code bench --pattern FILE} and {@code bench --scaling}, in-process. No timing asserted. */
class BenchStartsTest {

    @TempDir
    Path dir;

    private static JsonNode json(Cli r) {
        return JsonMapper.builder().build().readTree(r.out());
    }

    @Test
    void aSoupStartIsTheSeededSoupAndEveryStrategyMatchesTheReference() {
        Cli r = Cli.run("bench", "--soup", "0.3:7", "--grid", "40x50", "--steps", "4", "--warmup", "1",
                "--strategies", "sequential,bands,packed,queue", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode array = json(r);
        assertThat(array.size()).isEqualTo(4);
        for (JsonNode o : array) {
            assertThat(o.get("grid").asString()).isEqualTo("40x50");
            assertThat(o.get("matchesSequential").asBoolean()).as(o.get("strategy").asString()).isTrue();
        }
        int population = Grids.random(new GridSize(40, 50), 0.3, 7, 0).population();
        assertThat(population).isBetween(400, 800);
        assertThat(r.err()).contains("start on 40x50: soup of density 0.3, seed 7, " + population + " live cells");
        // The seed defaults to 1; another seed is another soup.
        Cli seed1 = Cli.run("bench", "--soup", "0.3", "--grid", "40x50", "--steps", "1", "--strategies", "sequential");
        assertThat(seed1.err()).contains("seed 1, " + Grids.random(new GridSize(40, 50), 0.3, 1, 0).population()
                + " live cells");
    }

    @Test
    void aSavedTorusIsTimedOnItsOwnTorus() throws Exception {
        Path saved = dir.resolve("settled.rle");
        Cli run = Cli.run("run", "r-pentomino", "--torus", "30x40", "--generations", "60", "--out", saved.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Cli r = Cli.run("bench", "--pattern", saved.toString(), "--steps", "5", "--warmup", "2",
                "--strategies", "sequential,bands,packed", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rows = r.out().lines().skip(1).toList();
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row).contains(",30x40,5,").endsWith(",true"));
        assertThat(r.err()).contains("start on 30x40: pattern " + saved + " at row 0, column 0");
        // A :T file on another --grid contradicts itself.
        Cli other = Cli.run("bench", "--pattern", saved.toString(), "--grid", "20x20", "--strategies", "sequential");
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err().strip()).contains("names a 30x40 torus").doesNotContain("\n");
    }

    @Test
    void aPlainPatternIsPlacedAsRunPlacesItAndHashlifeRowsKeepTheirAt() {
        // acorn (no @): the torus start, on its box with a margin; acorn@5206: a hashlife row beside it.
        Cli r = Cli.run("bench", "--pattern", "acorn", "--pattern", "acorn@5206", "--strategies",
                "sequential,packed,hashlife", "--steps", "20", "--warmup", "0", "--runs", "1", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode array = json(r);
        assertThat(array.size()).isEqualTo(3);
        assertThat(array.get(0).get("grid").asString()).isEqualTo("67x71"); // 3x7 box, 32 free cells each side
        assertThat(array.get(1).get("matchesSequential").asBoolean()).isTrue();
        assertThat(array.get(2).get("pattern").asString()).isEqualTo("acorn");
        assertThat(array.get(2).get("population").asString()).isEqualTo("633");
        Cli onGrid = Cli.run("bench", "--pattern", "acorn", "--grid", "25x25", "--steps", "2", "--strategies", "bands");
        assertThat(onGrid.err()).contains("start on 25x25: pattern acorn at row 11, column 9, 7 live cells");
    }

    @Test
    void badStartsAreOneLineErrors() throws Exception {
        assertOneLine(Cli.run("bench", "--soup", "1.5"), 2, "--soup 1.5: the density must be from 0 to 1, got 1.5");
        assertOneLine(Cli.run("bench", "--soup", "-0.1:3"), 2, "the density must be from 0 to 1");
        assertOneLine(Cli.run("bench", "--soup", "NaN"), 2, "the density must be from 0 to 1");
        assertOneLine(Cli.run("bench", "--soup", "half"), 2, "the density must be a number from 0 to 1, got 'half'");
        assertOneLine(Cli.run("bench", "--soup", "0.3:x7"), 2, "--soup 0.3:x7: the seed must be a whole number");
        assertOneLine(Cli.run("bench", "--soup", "0.3:99999999999999999999"), 2, "the seed must be a whole number");
        Path bad = dir.resolve("bad.rle");
        Files.writeString(bad, "x = 3, y = 3\nbo$2bo$3o\nz!\n");
        assertOneLine(Cli.run("bench", "--pattern", bad.toString(), "--strategies", "sequential"), 1,
                "bad.rle:3:1: expected a run count");
        assertOneLine(Cli.run("bench", "--pattern", dir.resolve("none.rle").toString(), "--strategies", "sequential"), 1,
                "no such file or built-in pattern");
        assertOneLine(Cli.run("bench", "--pattern", "acorn", "--soup", "0.5", "--strategies", "sequential"), 2,
                "choose one");
        assertOneLine(Cli.run("bench", "--pattern", "acorn", "--pattern", "glider", "--strategies", "sequential"), 2,
                "the torus rows have one start");
        assertOneLine(Cli.run("bench", "--pattern", "acorn", "--strategies", "hashlife"), 2,
                "for a hashlife row give PATTERN@N");
        Path highlife = dir.resolve("highlife.rle");
        Files.writeString(highlife, "x = 3, y = 1, rule = B36/S23\n3o!\n");
        assertOneLine(Cli.run("bench", "--pattern", highlife.toString(), "--strategies", "sequential"), 2,
                "bench times Conway's Life");
    }

    private static void assertOneLine(Cli r, int exit, String message) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(exit);
        assertThat(r.err().strip()).contains(message).doesNotContain("\n", "Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void scalingWithATinyMaxPrintsOneRowPerStrategyAndSize() {
        Cli r = Cli.run("bench", "--scaling", "sequential,packed", "--scaling-max", "256", "--scaling-budget", "1",
                "--warmup", "1", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("strategy,grid,side,cells,warmup,steps,msPerStep,msMin,msMax,"
                + "nsPerCellUpdate,cellUpdatesPerSecond,totalSeconds,matchesSequential");
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(",", l.indexOf(",") + 1))))
                .containsExactly("sequential,64x64", "sequential,128x128", "sequential,256x256",
                        "packed,64x64", "packed,128x128", "packed,256x256");
        for (String row : lines.subList(1, lines.size())) {
            String[] f = row.split(",");
            assertThat(f).hasSize(13);
            assertThat(Long.parseLong(f[3])).isEqualTo((long) Integer.parseInt(f[2]) * Integer.parseInt(f[2]));
            assertThat(Integer.parseInt(f[4])).isGreaterThanOrEqualTo(1);
            assertThat(Integer.parseInt(f[5])).isGreaterThanOrEqualTo(5);
            double ms = Double.parseDouble(f[6]);
            assertThat(Double.parseDouble(f[7])).isLessThanOrEqualTo(ms);
            assertThat(Double.parseDouble(f[8])).isGreaterThanOrEqualTo(ms);
            // ns per cell update and updates per second are the same median, two ways.
            double ns = Double.parseDouble(f[9]);
            assertThat(ns).isCloseTo(ms * 1e6 / Long.parseLong(f[3]), org.assertj.core.data.Percentage.withPercentage(1));
            assertThat(Double.parseDouble(f[10]) * ns).isCloseTo(1e9, org.assertj.core.data.Percentage.withPercentage(1));
            assertThat(f[12]).isEqualTo("true");
        }
    }

    @Test
    void scalingTableAndJsonHaveTheirColumns() {
        Cli table = Cli.run("bench", "--scaling", "bands", "--scaling-max", "128", "--scaling-budget", "0.5",
                "--soup", "0.5:3");
        assertThat(table.exitCode()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("strategy").contains("grid", "cells", "warmup", "steps", "ms/step (median)",
                "min", "max", "ns/cell update", "cell updates/s", "check");
        assertThat(lines.get(2)).startsWith("bands").contains("64x64", "4,096").endsWith("ok");
        assertThat(lines.get(3)).startsWith("bands").contains("128x128", "16,384").endsWith("ok");
        Cli json = Cli.run("bench", "--scaling", "packed", "--scaling-max", "64", "--scaling-budget", "0.5",
                "--format", "json");
        JsonNode array = json(json);
        assertThat(array.size()).isEqualTo(1);
        for (String f : List.of("msPerStep", "msMin", "msMax", "nsPerCellUpdate", "cellUpdatesPerSecond", "totalSeconds")) {
            assertThat(array.get(0).get(f).isNumber()).as(f).isTrue();
        }
        assertThat(array.get(0).get("side").asInt()).isEqualTo(64);
        assertThat(array.get(0).get("matchesSequential").asBoolean()).isTrue();
    }

    @Test
    void aSizeOverTheBudgetEndsTheSeries() {
        // A budget far below any real size: the first size is measured, the next is named as stopped.
        Cli r = Cli.run("bench", "--scaling", "sequential", "--scaling-max", "1024", "--scaling-budget", "0.000001");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).startsWith("sequential").contains("64x64").endsWith("ok");
        assertThat(lines.get(3)).contains("128x128", "stopped: 64x64 took", "over the 0 s budget");
    }

    @Test
    void badScalingValuesAreOneLineErrors() {
        assertOneLine(Cli.run("bench", "--scaling", "hashlife"), 2, "--scaling takes torus strategies");
        assertOneLine(Cli.run("bench", "--scaling", "nope"), 2, "unknown strategy 'nope'");
        assertOneLine(Cli.run("bench", "--scaling", "packed", "--scaling-max", "32"), 2,
                "--scaling-max must be at least 64, got 32");
        assertOneLine(Cli.run("bench", "--scaling", "packed", "--scaling-budget", "0"), 2,
                "--scaling-budget must be a positive number of seconds");
        assertOneLine(Cli.run("bench", "--scaling", "packed", "--grid", "10x10"), 2, "drop --grid");
        assertOneLine(Cli.run("bench", "--scaling", "packed", "--pattern", "acorn"), 2, "drop --pattern");
        assertOneLine(Cli.run("bench", "--scaling", "packed", "--soup", "2"), 2, "the density must be from 0 to 1");
    }
}
