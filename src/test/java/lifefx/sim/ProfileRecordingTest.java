package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import jdk.jfr.FlightRecorder;
import jdk.jfr.RecordingState;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import lifefx.engine.FlightEvents;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Simulation#recordProfile}, the window's "Record profile…": the recording covers exactly
 * the generations computed after it started, N of them (whole steps), while the simulation plays or
 * steps; one at a time; and nothing is left recording when the simulation closes first.
 */
class ProfileRecordingTest {

    /** An odd size, so that the events of this test's torus are told apart from anything else's. */
    private static final GridSize SIZE = new GridSize(23, 29);

    @TempDir
    Path dir;

    private Simulation sim;

    @AfterEach
    void closeAndCheckNothingRecords() {
        if (sim != null) {
            sim.close();
        }
        if (FlightRecorder.isInitialized()) {
            // The writer thread closes the recording just after completing the future.
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(FlightRecorder.getFlightRecorder().getRecordings()).as("recordings left").isEmpty());
        }
    }

    private Simulation simulation(Settings settings) {
        sim = new Simulation(Grids.random(SIZE, 0.35, 7, 0), settings);
        return sim;
    }

    /** Waits until the stepping thread has started a recording. */
    private static void awaitRecording() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> FlightRecorder.isInitialized()
                && FlightRecorder.getFlightRecorder().getRecordings().stream()
                .anyMatch(r -> r.getName().equals("lifefx") && r.getState() == RecordingState.RUNNING));
    }

    /** The generation numbers of the file's generation events of this test's torus, sorted. */
    private static List<Long> generations(Path file) throws IOException {
        return RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals(FlightEvents.GENERATION))
                .filter(e -> e.getInt("height") == SIZE.height() && e.getInt("width") == SIZE.width())
                .map(e -> e.getLong("generation")).sorted().toList();
    }

    private static FlightRecording.Written await(CompletableFuture<FlightRecording.Written> f) throws Exception {
        return f.get(30, TimeUnit.SECONDS);
    }

    @Test
    void singleStepsAfterTheStartAreRecordedExactly() throws Exception {
        Simulation s = simulation(Settings.DEFAULT.withStrategy("sequential"));
        Path file = dir.resolve("steps.jfr");
        CompletableFuture<FlightRecording.Written> done = s.recordProfile(file, 5, FlightRecording.Settings.DEFAULT);
        s.flush().get(20, TimeUnit.SECONDS);
        assertThat(done).isNotDone(); // paused: nothing is computed, nothing ends the recording
        awaitRecording();
        for (int i = 0; i < 7; i++) {
            s.step();
        }
        FlightRecording.Written w = await(done);
        assertThat(w.file()).isEqualTo(file);
        assertThat(generations(file)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(w.counts()).containsEntry(FlightEvents.GENERATION, 5L);
        assertThat(s.await(x -> x.generation() == 7, Duration.ofSeconds(20)).generation()).isEqualTo(7);
    }

    @Test
    void whilePlayingItRecordsTheNextNGenerationsInARow() throws Exception {
        Simulation s = simulation(Settings.DEFAULT.withStrategy("bands").withThreads(3));
        s.play();
        s.await(x -> x.generation() > 3, Duration.ofSeconds(20));
        Path file = dir.resolve("play.jfr");
        FlightRecording.Written w = await(s.recordProfile(file, 40, FlightRecording.Settings.DEFAULT));
        List<Long> gens = generations(file);
        assertThat(gens).hasSize(40);
        long first = gens.getFirst();
        assertThat(first).isGreaterThan(1);
        for (int i = 0; i < gens.size(); i++) {
            assertThat(gens.get(i)).isEqualTo(first + i);
        }
        List<RecordedEvent> bands = RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals(FlightEvents.BAND) && e.getString("strategy").equals("bands"))
                .toList();
        assertThat(bands).hasSize(40 * 3);
        assertThat(w.bytes()).isPositive();
    }

    @Test
    void stepsOfManyGenerationsCountWholeSteps() throws Exception {
        Simulation s = simulation(Settings.DEFAULT.withStrategy("sequential").withStepExponent(2));
        Path file = dir.resolve("big-steps.jfr");
        CompletableFuture<FlightRecording.Written> done = s.recordProfile(file, 10, FlightRecording.Settings.DEFAULT);
        awaitRecording();
        for (int i = 0; i < 4; i++) {
            s.step();
        }
        await(done);
        // Three steps of four generations reach ten; the fourth is not recorded.
        assertThat(generations(file)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    }

    @Test
    void aSecondRequestWhileOneRecordsFailsAndTheFirstGoesOn() throws Exception {
        Simulation s = simulation(Settings.DEFAULT.withStrategy("sequential"));
        CompletableFuture<FlightRecording.Written> first = s.recordProfile(dir.resolve("a.jfr"), 2,
                FlightRecording.Settings.DEFAULT);
        awaitRecording();
        CompletableFuture<FlightRecording.Written> second = s.recordProfile(dir.resolve("b.jfr"), 2,
                FlightRecording.Settings.DEFAULT);
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalStateException.class)
                .hasMessage("a profile is being recorded already, to a.jfr (0 of 2 generations); wait until it is"
                        + " written");
        s.step();
        s.step();
        assertThat(generations(await(first).file())).containsExactly(1L, 2L);
        assertThat(dir.resolve("b.jfr")).doesNotExist();
    }

    @Test
    void closingFirstFailsTheRequestAndLeavesNoRecording() throws Exception {
        Simulation s = simulation(Settings.DEFAULT.withStrategy("sequential"));
        CompletableFuture<FlightRecording.Written> done = s.recordProfile(dir.resolve("never.jfr"), 1000,
                FlightRecording.Settings.DEFAULT);
        awaitRecording();
        s.close();
        assertThatThrownBy(() -> done.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(SimulationClosedException.class);
        assertThat(dir.resolve("never.jfr")).doesNotExist();
    }

    @Test
    void anUnwritableFileFailsAtOnceWithOneLine() {
        Simulation s = simulation(Settings.DEFAULT.withStrategy("sequential"));
        Path target = dir.resolve("missing").resolve("p.jfr");
        CompletableFuture<FlightRecording.Written> done = s.recordProfile(target, 3, FlightRecording.Settings.DEFAULT);
        assertThatThrownBy(() -> done.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(IOException.class)
                .hasMessage("cannot write " + target + ": the folder " + target.getParent() + " does not exist");
    }

    @Test
    void fewerThanOneGenerationIsRefused() {
        Simulation s = simulation(Settings.DEFAULT);
        assertThatThrownBy(() -> s.recordProfile(dir.resolve("p.jfr"), 0, FlightRecording.Settings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsNameTheJdksConfigurations() {
        assertThatThrownBy(() -> new FlightRecording.Settings("fast", false))
                .hasMessage("unknown Flight Recorder settings 'fast': expected default or profile");
    }
}
