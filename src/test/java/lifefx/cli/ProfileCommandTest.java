package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.FlightRecorder;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import lifefx.pattern.PatternLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code lifefx profile} through the command line entry: the file it writes is read back with
 * {@link RecordingFile}, and its LifeFX events must describe the run exactly (one generation event
 * per generation, bands covering every row, batches covering every cell), whatever the strategy.
 * Events are filtered by strategy and an odd torus size, so a recording of something else in this
 * JVM could not make a test pass.
 */
class ProfileCommandTest {

    @TempDir
    Path dir;

    @AfterEach
    void noRecordingIsLeftRunning() {
        if (FlightRecorder.isInitialized()) {
            assertThat(FlightRecorder.getFlightRecorder().getRecordings()).as("recordings left open").isEmpty();
        }
    }

    /** The events named {@code type} of {@code strategy} (on a torus of {@code size}), in file order. */
    private static List<RecordedEvent> events(Path file, String type, String strategy, GridSize size)
            throws Exception {
        List<RecordedEvent> all = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (e.getEventType().getName().equals(type) && e.getString("strategy").equals(strategy)) {
                all.add(e);
            }
        }
        if (type.equals("lifefx.Generation")) {
            all.removeIf(e -> e.getInt("height") != size.height() || e.getInt("width") != size.width());
        }
        return all;
    }

    private static Grid rPentominoOn(GridSize size) throws Exception {
        return PatternLibrary.builtIn().find("r-pentomino").orElseThrow().pattern().toGrid(size);
    }

    private Cli profile(GridSize size, String strategy, int threads, int generations, Path out) {
        Cli r = Cli.run("profile", "r-pentomino", "--torus", size.height() + "x" + size.width(), "--strategy", strategy,
                "--threads", String.valueOf(threads), "--generations", String.valueOf(generations), "--out",
                out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        return r;
    }

    /**
     * One generation event per generation, numbered 1..N, each with the torus's size and the
     * population the reference stepper gives, and the line before the last naming the counts.
     */
    @ParameterizedTest
    @CsvSource({"sequential, 1", "bands, 3", "virtual-threads, 1", "thread-pool, 2", "queue, 2", "thread-per-cell, 1",
            "packed, 2", "packed-tiles, 2"})
    void generationEventsDescribeEveryGeneration(String strategy, int threads) throws Exception {
        GridSize size = new GridSize(37, 41);
        int n = 12;
        Path out = dir.resolve(strategy + ".jfr");
        Cli r = profile(size, strategy, threads, n, out);
        Grid g = rPentominoOn(size);
        assertThat(r.lastLine()).isEqualTo("generation=" + n + " population="
                + ReferenceLife.run(g, Rule.CONWAY, n).population());

        List<RecordedEvent> gens = events(out, "lifefx.Generation", strategy, size);
        assertThat(gens).hasSize(n);
        // A file's events are in the order of the buffers flushed, not always of time.
        gens.sort(java.util.Comparator.comparingLong(e -> e.getLong("generation")));
        for (int i = 0; i < n; i++) {
            RecordedEvent e = gens.get(i);
            g = ReferenceLife.run(g, Rule.CONWAY, 1);
            assertThat(e.getLong("generation")).isEqualTo(i + 1);
            assertThat(e.getLong("population")).as("generation %d", i + 1).isEqualTo(g.population());
            assertThat(e.getDuration()).isPositive();
            assertThat(e.getThread().getJavaName()).isEqualTo(Thread.currentThread().getName());
        }
        String[] lines = r.out().strip().split("\\R");
        Map<String, Long> inFile = lifefx.sim.FlightRecording.countLifeFxEvents(out);
        assertThat(lines[lines.length - 2]).isEqualTo("profile=" + out + " bytes=" + Files.size(out) + " events="
                + inFile.values().stream().mapToLong(Long::longValue).sum() + " lifefx.Generation="
                + inFile.get("lifefx.Generation") + " lifefx.Band=" + inFile.get("lifefx.Band") + " lifefx.TaskBatch="
                + inFile.get("lifefx.TaskBatch"));
        assertThat(inFile.get("lifefx.Generation")).isEqualTo(n);
    }

    @Test
    void bandEventsCoverEveryRowOnceAGenerationOnTheBandThreads() throws Exception {
        GridSize size = new GridSize(37, 41);
        int n = 7;
        int threads = 3;
        Path out = dir.resolve("bands.jfr");
        profile(size, "bands", threads, n, out);
        Map<Long, List<RecordedEvent>> byGeneration = events(out, "lifefx.Band", "bands", size).stream()
                .collect(Collectors.groupingBy(e -> e.getLong("generation"), TreeMap::new, Collectors.toList()));
        assertThat(byGeneration.keySet()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        for (List<RecordedEvent> bands : byGeneration.values()) {
            assertThat(bands).hasSize(threads);
            bands.sort(java.util.Comparator.comparingInt(e -> e.getInt("band")));
            int row = 0;
            for (int b = 0; b < threads; b++) {
                RecordedEvent e = bands.get(b);
                assertThat(e.getInt("band")).isEqualTo(b);
                assertThat(e.getInt("bands")).isEqualTo(threads);
                assertThat(e.getInt("firstRow")).isEqualTo(row);
                assertThat(e.getInt("rows")).isBetween(12, 13);
                assertThat(e.getThread().getJavaName()).startsWith("lifefx-band-");
                assertThat(e.getThread().isVirtual()).isTrue();
                row += e.getInt("rows");
            }
            assertThat(row).isEqualTo(size.height());
        }
    }

    /** {@code packed} keeps words and computes band 0 on the stepping thread; it splits tori of 2048² and more. */
    @Test
    void packedBandsIncludeTheSteppingThreadsOwn() throws Exception {
        GridSize size = new GridSize(2048, 2048);
        Path out = dir.resolve("packed.jfr");
        profile(size, "packed", 2, 3, out);
        List<RecordedEvent> bands = events(out, "lifefx.Band", "packed", size);
        assertThat(bands).hasSize(6);
        assertThat(bands).filteredOn(e -> e.getInt("band") == 0)
                .allSatisfy(e -> assertThat(e.getThread().getJavaName()).isEqualTo(Thread.currentThread().getName()))
                .hasSize(3);
        assertThat(bands).allSatisfy(e -> assertThat(e.getInt("rows")).isEqualTo(1024));
    }

    /**
     * Per-cell strategies: batches, never one event per cell, and together every cell once a
     * generation. {@code poolThreads} is the batch's threads field for a pool or queue, or 0 where
     * every task has its own thread.
     */
    @ParameterizedTest
    @CsvSource({"virtual-threads, 1, 1, 0", "thread-per-cell, 1, 2, 0", "thread-pool, 3, 1, 3", "queue, 2, 1, 2"})
    void batchesCoverEveryCellOnceAGeneration(String strategy, int threads, int batchesPerGeneration, int poolThreads)
            throws Exception {
        // 2000 cells: thread-per-cell's waves of 1024 make two batches a generation.
        GridSize size = new GridSize(40, 50);
        int n = 4;
        Path out = dir.resolve(strategy + ".jfr");
        profile(size, strategy, threads, n, out);
        Map<Long, List<RecordedEvent>> byGeneration = events(out, "lifefx.TaskBatch", strategy, size).stream()
                .collect(Collectors.groupingBy(e -> e.getLong("generation"), TreeMap::new, Collectors.toList()));
        assertThat(byGeneration.keySet()).containsExactly(1L, 2L, 3L, 4L);
        for (List<RecordedEvent> batches : byGeneration.values()) {
            assertThat(batches).hasSize(batchesPerGeneration);
            batches.sort(java.util.Comparator.comparingInt(e -> e.getInt("firstCell")));
            int cell = 0;
            for (RecordedEvent e : batches) {
                assertThat(e.getInt("firstCell")).isEqualTo(cell);
                cell += e.getInt("tasks");
                assertThat(e.getInt("threads")).isEqualTo(poolThreads > 0 ? poolThreads : e.getInt("tasks"));
            }
            assertThat(cell).isEqualTo(size.cells());
        }
    }

    @Test
    void sequentialRecordsNoBandsOrBatches() throws Exception {
        Path out = dir.resolve("seq.jfr");
        Cli r = profile(new GridSize(20, 20), "sequential", 5, 3, out);
        assertThat(r.out()).contains(" lifefx.Band=0 lifefx.TaskBatch=0");
    }

    @Test
    void theUnboundedPlaneSaysItHasNoLifeFxEvents() throws Exception {
        Path out = dir.resolve("plane.jfr");
        Cli r = Cli.run("profile", "glider", "--generations", "64", "--out", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err().strip()).isEqualTo("lifefx profile: hashlife (the unbounded plane) has no LifeFX events; "
                + out + " holds the JDK's events only");
        assertThat(r.lastLine()).isEqualTo("generation=64 population=5");
        assertThat(Files.size(out)).isPositive();
    }

    private static void assertUsage(Cli r, String message) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void outIsRequired() {
        Cli r = Cli.run("profile", "--generations", "3");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(
                "lifefx profile: Missing required option: '--out=FILE.jfr' (see 'lifefx profile --help')");
    }

    @Test
    void anUnwritableOutIsRefusedBeforeTheRun() {
        Path target = dir.resolve("missing").resolve("p.jfr");
        assertUsage(Cli.run("profile", "--out", target.toString()),
                "lifefx profile: --out: cannot write " + target + ": the folder " + target.getParent() + " does not exist");
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void outMustBeAJfrFile() {
        Path target = dir.resolve("after.rle");
        assertUsage(Cli.run("profile", "--out", target.toString()), "lifefx profile: --out " + target
                + ": a Flight Recorder file is named *.jfr (JDK Mission Control opens those), e.g. after.jfr");
        assertThat(target).doesNotExist();
    }

    @Test
    void badSettingsAndBadRunOptionsAreUsageErrors() {
        Path target = dir.resolve("p.jfr");
        assertUsage(Cli.run("profile", "--settings", "fast", "--out", target.toString()),
                "lifefx profile: --settings: unknown Flight Recorder settings 'fast': expected default or profile");
        Cli r = Cli.run("profile", "--threads", "0", "--out", target.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("lifefx profile: --threads: ").doesNotContain("\n", "\tat ");
        r = Cli.run("profile", "--strategy", "nope", "--out", target.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("lifefx profile: ").contains("nope").doesNotContain("\n", "\tat ");
        assertThat(target).doesNotExist();
    }

    @Test
    void aBadPatternFileFailsWithExitOneAndWritesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.rle"), "x = 3, y = 3\nbo$2bo$3oz!\n");
        Path target = dir.resolve("p.jfr");
        Cli r = Cli.run("profile", bad.toString(), "--torus", "10x10", "--out", target.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("lifefx profile: bad.rle:2:").doesNotContain("\n");
        assertThat(target).doesNotExist();
    }

    @Test
    void profileSettingsRecordToo() throws Exception {
        Path out = dir.resolve("profile-settings.jfr");
        Cli r = Cli.run("profile", "--torus", "30x30", "--strategy", "bands", "--threads", "2", "--generations", "5",
                "--settings", "profile", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(lifefx.sim.FlightRecording.countLifeFxEvents(out)).containsEntry("lifefx.Generation", 5L)
                .containsEntry("lifefx.Band", 10L);
    }
}
