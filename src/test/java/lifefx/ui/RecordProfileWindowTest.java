package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jdk.jfr.FlightRecorder;
import jdk.jfr.RecordingState;
import jdk.jfr.consumer.RecordingFile;
import lifefx.engine.FlightEvents;
import lifefx.life.GridSize;
import lifefx.sim.Settings;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run → "Record profile…" on the real window, with prompts that answer instead of a native dialog. */
class RecordProfileWindowTest {

    private static final GridSize SIZE = new GridSize(19, 31);

    @TempDir
    Path dir;

    @Test
    void theMenuItemRecordsTheNextNGenerationsAndTheStatusBarNamesTheFile() throws Exception {
        try (TestWindow tw = TestWindow.open(TestWindow.soup(SIZE, 0.4, 5), Settings.DEFAULT.withStrategy("sequential"))) {
            tw.prompts.profile = new Prompts.ProfileRequest(6, dir.resolve("window"));
            FxTestSupport.runFx(() -> tw.window.menuBar().item(Shortcut.RECORD_PROFILE).fire());
            assertThat(FxTestSupport.onFx(() -> tw.window.statusModel().activityProperty().get()))
                    .isEqualTo("Recording the next 6 generations to window.jfr…");
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> FlightRecorder.isInitialized()
                    && FlightRecorder.getFlightRecorder().getRecordings().stream()
                    .anyMatch(r -> r.getName().equals("lifefx") && r.getState() == RecordingState.RUNNING));
            for (int i = 0; i < 9; i++) {
                tw.model().simulation().step();
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> FxTestSupport.onFx(
                    () -> tw.window.statusModel().noticeProperty().get()).startsWith("Profile written"));
            Path file = dir.resolve("window.jfr");
            long generations = RecordingFile.readAllEvents(file).stream()
                    .filter(e -> e.getEventType().getName().equals(FlightEvents.GENERATION))
                    .filter(e -> e.getInt("height") == SIZE.height() && e.getInt("width") == SIZE.width())
                    .count();
            assertThat(generations).isEqualTo(6);
            String notice = FxTestSupport.onFx(() -> tw.window.statusModel().noticeProperty().get());
            assertThat(notice).startsWith("Profile written: window.jfr, 6 generations, ")
                    .endsWith(" LifeFX events (open it in JDK Mission Control)");
            assertThat(FxTestSupport.onFx(() -> tw.window.statusModel().activityProperty().get())).isEmpty();
            assertThat(tw.prompts.errors).isEmpty();
            // The next time it offers the count asked for last.
            tw.prompts.profile = null;
            assertThat(FxTestSupport.onFx(() -> tw.window.files().recordProfile()).get(5, TimeUnit.SECONDS)).isFalse();
            assertThat(tw.prompts.profileOffers).containsExactly(100L, 6L);
        }
    }

    @Test
    void anUnwritableFileIsAnErrorPromptAndANotice() throws Exception {
        try (TestWindow tw = TestWindow.open(TestWindow.soup(SIZE, 0.4, 5), Settings.DEFAULT.withStrategy("sequential"))) {
            Path target = dir.resolve("missing").resolve("p.jfr");
            tw.prompts.profile = new Prompts.ProfileRequest(3, target);
            var done = FxTestSupport.onFx(() -> tw.window.files().recordProfile());
            assertThat(done.get(30, TimeUnit.SECONDS)).isFalse();
            String why = "cannot write " + target + ": the folder " + target.getParent() + " does not exist";
            assertThat(tw.prompts.errors).containsExactly("Cannot record a profile: " + why);
            assertThat(FxTestSupport.onFx(() -> tw.window.statusModel().noticeProperty().get()))
                    .isEqualTo("Cannot record a profile: " + why);
        }
    }
}
