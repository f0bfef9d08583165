package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lifefx.bench.Bench;
import lifefx.bench.BenchCase;
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
    void badArgumentsExitWith2() {
        assertThat(Cli.run("bench", "--steps", "0").exitCode()).isEqualTo(2);
        assertThat(Cli.run("bench", "--format", "xml").exitCode()).isEqualTo(2);
        assertThat(Cli.run("bench", "--strategies", "sequential,nope").err()).contains("unknown strategy 'nope'");
        assertThat(Cli.run("bench", "--grid", "0x5").err()).contains("too small");
    }
}
