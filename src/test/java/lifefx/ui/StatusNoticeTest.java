package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.sim.Settings;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A notice in the status bar goes once its cause is behind the user (the simulation has stepped
 * on, after the notice was readable for a while), stays when a document is loaded, and its whole
 * text is one click away.
 */
class StatusNoticeTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aNoticeGoesWhenTheSimulationStepsOnAfterItWasShownLongEnough() throws Exception {
        FxTestSupport.start();
        FxTestSupport.onFx(() -> {
            StatusBarModel m = new StatusBarModel(new LifeModel(Grid.empty(new GridSize(5, 5)), Settings.DEFAULT));
            long t = System.nanoTime();
            m.generationShown(40, t);
            m.notice("Cannot save soup.rle: disk full\nwhile writing line 3");
            assertThat(m.noticeProperty().get()).isEqualTo("Cannot save soup.rle: disk full");
            assertThat(m.noticeFullProperty().get()).isEqualTo("Cannot save soup.rle: disk full\nwhile writing line 3");
            m.generationShown(41, t + SECOND);
            assertThat(m.noticeProperty().get()).as("a step on, but shown only a second").isNotEmpty();
            m.generationShown(0, t + 10 * SECOND);
            assertThat(m.noticeProperty().get()).as("a document loaded: not a step on").isNotEmpty();
            m.generationShown(0, t + 11 * SECOND);
            assertThat(m.noticeProperty().get()).as("no step").isNotEmpty();
            m.generationShown(1, t + 12 * SECOND);
            assertThat(m.noticeProperty().get()).as("stepped on after it was readable").isEmpty();
            assertThat(m.noticeFullProperty().get()).isEmpty();
            return null;
        });
    }

    @Test
    void aClickOnTheNoticeShowsItsWholeText() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(10, 10)), Settings.DEFAULT)) {
            String full = "Cannot read x.rle: line 7, column 3: expected a run count\n(the rest of the file was not read)";
            FxTestSupport.runFx(() -> tw.window.statusModel().notice(full));
            FxTestSupport.pulses(3);
            Label notice = FxTestSupport.onFx(() -> (Label) tw.window.stage().getScene().lookup("#notice-label"));
            assertThat(FxTestSupport.onFx(notice::getText)).isEqualTo("Cannot read x.rle: line 7, column 3: expected a run count");
            new FxRobot().clickOn(notice);
            FxTestSupport.pulses(2);
            assertThat(tw.prompts.errors).anySatisfy(e -> assertThat(e).endsWith(full));
        }
    }
}
