package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lifefx.bench.Bench;
import lifefx.bench.BenchCase;
import lifefx.bench.UniverseCase;
import lifefx.cellio.CellIoMode;
import lifefx.life.GridSize;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BenchCommandTest {

    @Test
    void jsonHasOneObjectPerStrategyWithTheContractFields() {
        Cli r = Cli.run("bench", "--grid", "20x30", "--steps", "3", "--warmup", "1", "--format", "json",
                "--strategies", "sequential,bands,queue");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode array = JsonMapper.builder().build().readTree(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(3);
        for (JsonNode o : array) {
            assertThat(o.get("grid").asString()).isEqualTo("20x30");
            assertThat(o.get("steps").asInt()).isEqualTo(3);
            assertThat(o.get("threads").asInt()).isEqualTo(5);
            assertThat(o.get("io").asString()).isEqualTo("none");
            assertThat(o.get("latencyNanos").asLong()).isZero();
            assertThat(o.get("peakInFlight").asInt()).isZero();
            assertThat(o.get("matchesSequential").asBoolean()).isTrue();
            for (String f : List.of("seconds", "msPerStep", "cellUpdatesPerSecond")) {
                assertThat(o.get(f).isNumber()).as(f).isTrue();
            }
        }
        assertThat(r.out()).doesNotContain("NaN", "Infinity");
    }

    @Test
    void csvHasAHeaderAndARowPerStrategy() {
        Cli r = Cli.run("bench", "--grid", "10x12", "--steps", "2", "--format", "csv", "--strategies", "sequential,packed");
        List<String> lines = r.out().lines().toList();
        assertThat(lines.getFirst()).startsWith("strategy,grid,steps,threads,io,latencyNanos,seconds,msPerStep,");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("sequential,10x12,2,5,none,0,");
        assertThat(lines.get(2)).startsWith("packed,10x12,2,5,none,0,").endsWith(",true");
    }

    @Test
    void tableShowsTheArticlesPythonSecondsForItsGrids() {
        Cli r = Cli.run("bench", "--grid", "50x90", "--steps", "2", "--strategies", "sequential,bands");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("article Python s", "ms/step (median)", "cell updates/s");
        // 0.68 s for 100 generations, scaled to 2.
        assertThat(r.out().lines().filter(l -> l.startsWith("sequential")).findFirst().orElseThrow()).contains("0.01");
        assertThat(r.out().lines().filter(l -> l.startsWith("bands")).findFirst().orElseThrow()).contains(" - ");
        assertThat(r.err()).contains("bench: sequential 50x90");
    }

    @Test
    void markdownIsATable() {
        Cli r = Cli.run("bench", "--grid", "8x8", "--steps", "1", "--format", "markdown", "--strategies", "sequential");
        assertThat(r.out().lines().toList()).hasSize(3);
        assertThat(r.out()).startsWith("| strategy | grid |");
    }

    @Test
    void threadPerCellOnTheBigGridIsSkippedWithAReason() {
        BenchCase big = new BenchCase("thread-per-cell", new GridSize(500, 900), 100, 3, 5, new CellIoMode.None());
        assertThat(Bench.skipReason(big)).hasValueSatisfying(reason -> assertThat(reason).contains("46,350,000", "platform threads"));
        BenchCase small = new BenchCase("thread-per-cell", new GridSize(50, 90), 100, 3, 5, new CellIoMode.None());
        assertThat(Bench.skipReason(small)).isEmpty();
        Cli r = Cli.run("bench", "--grid", "500x900", "--steps", "100", "--strategies", "thread-per-cell");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("skipped: would start");
    }

    @Test
    void longDesignedWaitsAreSkipped() {
        BenchCase seq = new BenchCase("sequential", new GridSize(500, 900), 3, 0, 5, CellIoMode.of("latency", 1_000_000));
        assertThat(Bench.skipReason(seq)).hasValueSatisfying(reason -> assertThat(reason).contains("would wait about"));
        BenchCase vt = new BenchCase("virtual-threads", new GridSize(500, 900), 3, 0, 5, CellIoMode.of("latency", 1_000_000));
        assertThat(Bench.skipReason(vt)).isEmpty();
    }

    @Test
    void latencyModeReportsPeakCallsInFlight() {
        Cli r = Cli.run("bench", "--grid", "20x20", "--steps", "1", "--warmup", "0", "--io", "latency", "--latency",
                "2ms", "--strategies", "sequential,virtual-threads,thread-pool", "--format", "csv", "--threads", "4");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rows = r.out().lines().skip(1).toList();
        assertThat(rows).hasSize(3);
        assertThat(peak(rows.get(0))).isEqualTo(1);
        assertThat(peak(rows.get(1))).isGreaterThan(4);
        assertThat(peak(rows.get(2))).isBetween(1, 4);
    }

    private static int peak(String csvRow) {
        return Integer.parseInt(csvRow.split(",")[9]);
    }

    @Test
    void hashlifeRowsRunOnTheUnboundedUniverse() {
        Cli r = Cli.run("bench", "--strategies", "hashlife", "--pattern", "acorn@5206", "--pattern", "gosper-glider-gun@2^20",
                "--runs", "3", "--warmup", "0", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode array = JsonMapper.builder().build().readTree(r.out());
        assertThat(array.size()).isEqualTo(2);
        JsonNode acorn = array.get(0);
        assertThat(acorn.get("strategy").asString()).isEqualTo("hashlife");
        assertThat(acorn.get("universe").asString()).isEqualTo("unbounded");
        assertThat(acorn.get("pattern").asString()).isEqualTo("acorn");
        assertThat(acorn.get("generations").asString()).isEqualTo("5206");
        assertThat(acorn.get("population").asString()).isEqualTo("633");
        assertThat(acorn.get("check").asString()).isEqualTo("ok");
        assertThat(acorn.get("secondsMin").asDouble()).isLessThanOrEqualTo(acorn.get("seconds").asDouble());
        assertThat(acorn.get("seconds").asDouble()).isLessThanOrEqualTo(acorn.get("secondsMax").asDouble());
        assertThat(array.get(1).get("generations").asString()).isEqualTo("1048576");
    }

    @Test
    void theTableGivesHashlifeItsOwnTableAfterTheTorusRows() {
        Cli r = Cli.run("bench", "--strategies", "sequential,hashlife", "--grid", "10x10", "--steps", "2",
                "--pattern", "r-pentomino@1103", "--runs", "1", "--warmup", "0");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("strategy").contains("grid");
        assertThat(lines.get(2)).startsWith("sequential");
        assertThat(lines.get(3)).isEmpty();
        assertThat(lines.get(4)).startsWith("strategy").contains("universe", "pattern", "generations", "seconds (median)",
                "min", "max");
        assertThat(lines.get(6)).startsWith("hashlife").contains("r-pentomino", "1103", "116", "ok");
        Cli csv = Cli.run("bench", "--strategies", "hashlife", "--pattern", "r-pentomino@1103", "--runs", "1",
                "--format", "csv");
        assertThat(csv.out().lines().toList().get(1)).startsWith("hashlife,unbounded:r-pentomino,1103,1,none,0,")
                .endsWith(",true");
    }

    @Test
    void aWrongPopulationIsAMismatch() throws Exception {
        lifefx.pattern.Pattern r = lifefx.pattern.PatternLibrary.builtIn().pattern("r-pentomino");
        UniverseCase right = new UniverseCase("r", java.math.BigInteger.valueOf(1103), 2, 0, java.math.BigInteger.valueOf(116));
        UniverseCase wrong = new UniverseCase("r", java.math.BigInteger.valueOf(1103), 2, 0, java.math.BigInteger.valueOf(117));
        assertThat(Bench.runUniverse(right, () -> RunCommand.planeUniverse(r, r.rule())).check()).isEqualTo("ok");
        assertThat(Bench.runUniverse(wrong, () -> RunCommand.planeUniverse(r, r.rule())).check()).isEqualTo("MISMATCH");
    }

    @Test
    void badArgumentsExitWith2() {
        assertThat(Cli.run("bench", "--strategies", "hashlife", "--pattern", "acorn").err()).contains("give PATTERN@N");
        assertThat(Cli.run("bench", "--strategies", "hashlife", "--pattern", "acorn@").err()).contains("expected PATTERN@N");
        assertThat(Cli.run("bench", "--strategies", "hashlife", "--pattern", "acorn@0").exitCode()).isEqualTo(2);
        assertThat(Cli.run("bench", "--strategies", "hashlife", "--runs", "0").exitCode()).isEqualTo(2);
        assertThat(Cli.run("bench", "--strategies", "hashlife", "--io", "latency").err())
                .contains("hashlife runs the unbounded universe");
        assertThat(Cli.run("bench", "--steps", "0").exitCode()).isEqualTo(2);
        assertThat(Cli.run("bench", "--format", "xml").exitCode()).isEqualTo(2);
        assertThat(Cli.run("bench", "--strategies", "sequential,nope").err()).contains("unknown strategy 'nope'");
        assertThat(Cli.run("bench", "--grid", "0x5").err()).contains("too small");
    }
}
