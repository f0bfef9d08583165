package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import lifefx.ui.FxChartRenderer;
import lifefx.ui.FxChartRendererTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bench --repeat}, {@code --baseline}, {@code --latency-sweep} and {@code --plot}. */
class BenchRepeatTest {

    @TempDir
    Path dir;

    /** As {@link Cli#run}, with the window layer's chart renderer, as {@code lifefx.Main} gives it. */
    static Cli runWithCharts(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LifeCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), new FxChartRenderer());
        return new Cli(code, out.toString(), err.toString());
    }

    @Test
    void repeatReportsRoundsSpreadSpeedUpAndRawTimes() {
        Cli r = Cli.run("bench", "--grid", "8x10", "--steps", "4", "--warmup", "2", "--repeat", "3",
                "--strategies", "sequential,bands", "--baseline", "bands", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode array = JsonMapper.builder().build().readTree(r.out());
        assertThat(array.size()).isEqualTo(2);
        for (JsonNode o : array) {
            assertThat(o.get("rounds").asInt()).isEqualTo(3);
            assertThat(o.get("baseline").asString()).isEqualTo("bands");
            assertThat(o.get("msPerStepMin").asDouble()).isLessThanOrEqualTo(o.get("msPerStep").asDouble());
            assertThat(o.get("msPerStep").asDouble()).isLessThanOrEqualTo(o.get("msPerStepMax").asDouble());
            assertThat(o.get("runs").size()).isEqualTo(3);
            for (JsonNode run : o.get("runs")) {
                assertThat(run.get("nanos").size()).isEqualTo(4);
                assertThat(run.get("warmupNanos").size()).isEqualTo(2);
                assertThat(run.get("nanos").get(0).asLong()).isPositive();
            }
            assertThat(List.of(o.get("runs").get(0).get("round").asInt(), o.get("runs").get(2).get("round").asInt()))
                    .containsExactly(0, 2);
        }
        assertThat(array.get(1).get("speedup").asDouble()).isEqualTo(1.0);
        // Each round starts with another strategy.
        List<String> order = r.err().lines().filter(l -> l.contains(" round ")).map(l -> l.split(" ")[1]).toList();
        assertThat(order).containsExactly("sequential", "bands", "bands", "sequential", "sequential", "bands");
    }

    @Test
    void theTableNamesTheBaselineAndTheWarmUp() {
        Cli r = Cli.run("bench", "--grid", "8x10", "--steps", "2", "--repeat", "2", "--strategies", "sequential,packed");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("rounds", "speed-up vs sequential (median)", "warm-up ms (3 gen)");
    }

    @Test
    void aSingleRunsJsonCarriesTheRawTimes() {
        Cli r = Cli.run("bench", "--grid", "8x10", "--steps", "3", "--warmup", "1", "--strategies", "sequential",
                "--format", "json");
        JsonNode o = JsonMapper.builder().build().readTree(r.out()).get(0);
        assertThat(o.get("nanos").size()).isEqualTo(3);
        assertThat(o.get("warmupNanos").size()).isEqualTo(1);
    }

    @Test
    void latencySweepHasARowPerLatencyWithItsFloor() {
        Cli r = Cli.run("bench", "--grid", "3x5", "--steps", "2", "--warmup", "0", "--latency-sweep", "0,200us",
                "--strategies", "sequential,virtual-threads", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("sequential,3x5,2,5,latency,0,1,");
        assertThat(lines.get(3)).startsWith("sequential,3x5,2,5,latency,200000,1,");
        // 15 cells, one at a time, 0.2 ms each: a 3 ms floor.
        assertThat(lines.get(3)).contains(",3,");
    }

    @Test
    void plotWritesAPngOfTheRequestedSize() throws Exception {
        Path png = dir.resolve("bench.png");
        Cli r = runWithCharts("bench", "--grid", "8x10", "--grid", "16x16", "--steps", "3", "--repeat", "2",
                "--strategies", "sequential,bands,queue", "--plot", png.toString(), "--plot-size", "700x400");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("plot written to " + png);
        FxChartRendererTest.assertDrawn(png, 700, 400);
    }

    @Test
    void scalingAndSweepPlotsToo() throws Exception {
        Path scaling = dir.resolve("scaling.png");
        Cli s = runWithCharts("bench", "--scaling", "sequential,packed", "--scaling-max", "128",
                "--scaling-budget", "3", "--warmup", "1", "--plot", scaling.toString());
        assertThat(s.exitCode()).as(s.err()).isZero();
        FxChartRendererTest.assertDrawn(scaling, 900, 500);
        Path sweep = dir.resolve("sweep.png");
        Cli l = runWithCharts("bench", "--grid", "3x5", "--steps", "2", "--warmup", "0", "--latency-sweep",
                "0,100us,1ms", "--strategies", "bands,virtual-threads", "--plot", sweep.toString(), "--plot-size",
                "600x300");
        assertThat(l.exitCode()).as(l.err()).isZero();
        FxChartRendererTest.assertDrawn(sweep, 600, 300);
    }

    @Test
    void badArgumentsExitWith2AndOneLine() {
        assertBad(Cli.run("bench", "--repeat", "0"), "--repeat must be at least 1, got 0");
        assertBad(Cli.run("bench", "--grid", "5x9", "--strategies", "sequential", "--baseline", "queue"),
                "--baseline queue: not one of the torus strategies timed (sequential)");
        assertBad(Cli.run("bench", "--latency-sweep", "0,1ms,soon"), "--latency-sweep");
        assertBad(Cli.run("bench", "--latency-sweep", "1ms,1ms"), "names a latency twice");
        assertBad(Cli.run("bench", "--latency-sweep", "1ms", "--latency", "2ms"), "drop --latency");
        assertBad(Cli.run("bench", "--scaling", "sequential", "--repeat", "2"), "drop --repeat");
        assertBad(Cli.run("bench", "--plot", dir.resolve("x.png").toString()), "--plot needs the chart renderer");
        assertBad(runWithCharts("bench", "--plot", dir.resolve("x.png").toString(), "--plot-size", "9x9"),
                "--plot-size 9x9: expected WIDTHxHEIGHT");
        assertBad(runWithCharts("bench", "--plot", dir.resolve("x.jpg").toString()), "name the file *.png");
        assertBad(runWithCharts("bench", "--plot", dir.resolve("no/such/x.png").toString()), "cannot write there");
    }

    private static void assertBad(Cli r, String message) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains(message).startsWith("lifefx bench: ");
    }
}
