package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import lifefx.engine.StrategyRegistry;
import lifefx.life.GridSize;
import lifefx.sim.BrokenUniverse;
import lifefx.sim.Race;
import lifefx.sim.RaceProgress;
import lifefx.sim.RaceResult;
import lifefx.sim.Settings;
import lifefx.testing.ThreadDump;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The race view on the headless platform: opened by its key, set up, started, watched, cancelled. */
class RaceViewTest {

    private static RaceWindow openRace(TestWindow tw) throws Exception {
        FxRobot robot = new FxRobot();
        FxTestSupport.runFx(() -> tw.window.gridView().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> tw.window.raceWindow() != null && tw.window.raceWindow().stage().isShowing());
        return FxTestSupport.onFx(() -> tw.window.raceWindow());
    }

    @SuppressWarnings("unchecked")
    private static <T extends Node> T node(RaceWindow rw, String id) throws Exception {
        T n = FxTestSupport.onFx(() -> (T) rw.stage().getScene().lookup("#" + id));
        assertThat(n).as("node #" + id).isNotNull();
        return n;
    }

    private static void type(RaceWindow rw, String id, String text) throws Exception {
        TextField f = node(rw, id);
        FxTestSupport.runFx(() -> f.setText(text));
    }

    private static String text(RaceWindow rw, String id) throws Exception {
        Label l = node(rw, id);
        return FxTestSupport.onFx(l::getText);
    }

    /** Chooses exactly {@code strategies} among the checkboxes. */
    private static void choose(RaceWindow rw, String... strategies) throws Exception {
        for (String s : StrategyRegistry.names()) {
            CheckBox c = node(rw, "race-check-" + s);
            boolean on = java.util.List.of(strategies).contains(s);
            FxTestSupport.runFx(() -> c.setSelected(on));
        }
    }

    @Test
    void badFieldsShowOneLineMessagesBesideThemAndKeepStartDisabled() throws Exception {
        try (TestWindow tw = TestWindow.open(TestWindow.soup(new GridSize(30, 40), 0.3, 3), Settings.DEFAULT)) {
            RaceWindow rw = openRace(tw);
            Button start = node(rw, "race-start-button");
            assertThat(FxTestSupport.onFx(start::isDisabled)).as("a good default form can start").isFalse();

            type(rw, "race-size", "40xq");
            assertThat(text(rw, "race-size-error")).contains("'q' is not a whole number").doesNotContain("\n");
            assertThat(FxTestSupport.onFx(start::isDisabled)).isTrue();
            type(rw, "race-size", "40x50");
            assertThat(text(rw, "race-size-error")).isEmpty();

            type(rw, "race-soup", "1.5:3");
            assertThat(text(rw, "race-soup-error")).isEqualTo("bad soup '1.5:3': the density must be from 0 to 1, got 1.5");
            type(rw, "race-soup", "0.3:7");

            type(rw, "race-threads", "0");
            assertThat(text(rw, "race-threads-error")).startsWith("threads must be from 1 to");
            type(rw, "race-threads", "2");

            type(rw, "race-generations", "ten");
            assertThat(text(rw, "race-generations-error")).isEqualTo("generations: 'ten' is not a whole number");
            type(rw, "race-generations", "50");

            ChoiceBox<String> io = node(rw, "race-io");
            FxTestSupport.runFx(() -> io.setValue("latency"));
            type(rw, "race-latency", "5");
            assertThat(text(rw, "race-latency-error")).contains("bad duration '5'");
            type(rw, "race-latency", "1ms");
            type(rw, "race-size", "500x900");
            assertThat(text(rw, "race-setup-error")).contains("the cell I/O alone would wait about");
            assertThat(FxTestSupport.onFx(start::isDisabled)).isTrue();
            type(rw, "race-size", "40x50");

            choose(rw);
            assertThat(text(rw, "race-strategies-error")).isEqualTo("choose at least one strategy");
            choose(rw, "bands");
            ChoiceBox<String> baseline = node(rw, "race-baseline");
            assertThat(FxTestSupport.onFx(baseline::getValue)).as("the baseline follows the choice").isEqualTo("bands");
            choose(rw, "bands", "packed");
            FxTestSupport.runFx(() -> baseline.setValue("packed"));
            CheckBox queue = node(rw, "race-check-queue");
            FxTestSupport.runFx(() -> queue.setSelected(true));
            assertThat(FxTestSupport.onFx(baseline::getValue)).as("adding a strategy keeps the baseline").isEqualTo("packed");
            assertThat(FxTestSupport.onFx(start::isDisabled)).isFalse();

            // The document is a torus: it can be the start; on the plane it cannot.
            RadioButton doc = node(rw, "race-start-document");
            FxTestSupport.runFx(() -> doc.setSelected(true));
            assertThat(text(rw, "race-start-error")).isEmpty();
            tw.model().switchUniverse(null);
            tw.settle();
            FxTestSupport.runFx(() -> rw.model().validate());
            assertThat(text(rw, "race-start-error")).contains("unbounded plane");
            assertThat(FxTestSupport.onFx(start::isDisabled)).isTrue();
        }
    }

    @Test
    void aRaceStartsShowsLivingLanesAndCancelStopsEverything() throws Exception {
        try (TestWindow tw = TestWindow.open(TestWindow.soup(new GridSize(30, 40), 0.3, 3), Settings.DEFAULT)) {
            RaceWindow rw = openRace(tw);
            choose(rw, "sequential", "thread-pool", "virtual-threads");
            type(rw, "race-size", "40x50");
            type(rw, "race-soup", "0.35:5");
            ChoiceBox<String> io = node(rw, "race-io");
            FxTestSupport.runFx(() -> io.setValue("latency"));
            type(rw, "race-latency", "250us");
            type(rw, "race-threads", "4");
            type(rw, "race-generations", "400");
            int before = ThreadDump.count("lifefx-");

            FxRobot robot = new FxRobot();
            Button start = node(rw, "race-start-button");
            assertThat(text(rw, "race-setup-error")).isEmpty();
            assertThat(FxTestSupport.onFx(start::isDisabled)).isFalse();
            robot.clickOn(start);
            FxTestSupport.waitUntil(() -> rw.stage().getScene().lookup("#race-lane-virtual-threads-progress")
                    instanceof ProgressBar vt && vt.getProgress() > 0);
            assertThat(text(rw, "race-state")).startsWith("generation ");
            assertThat(text(rw, "race-lane-virtual-threads-ms")).endsWith("ms/gen");
            assertThat(text(rw, "race-lane-virtual-threads-gps")).endsWith("gen/s");
            assertThat(text(rw, "race-lane-virtual-threads-status")).isEqualTo("running");
            assertThat(FxTestSupport.onFx(start::isDisabled)).as("one race at a time").isTrue();

            Button cancel = node(rw, "race-cancel-button");
            robot.clickOn(cancel);
            FxTestSupport.waitUntil(() -> rw.model().resultProperty().get() != null);
            RaceResult r = FxTestSupport.onFx(() -> rw.model().resultProperty().get());
            assertThat(r.state()).isEqualTo(RaceProgress.State.CANCELLED);
            assertThat(r.lanes()).allMatch(l -> l.generations() < 400, "no lane ran to the end");
            assertThat(text(rw, "race-state")).startsWith("cancelled");
            assertThat(FxTestSupport.onFx(cancel::isDisabled)).isTrue();
            assertThat(FxTestSupport.onFx(start::isDisabled)).as("a new race can start").isFalse();
            assertThat(rw.model().race().awaitEnd(Duration.ofSeconds(10))).isTrue();
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("lifefx-race"));
            assertThat(ThreadDump.named("lifefx-")).as("LifeFX threads, virtual ones included").hasSize(before);
        }
    }

    @Test
    void aLaneThatComputesAWrongGenerationTurnsRedWithItsGenerationWhileTheOthersRunOn() throws Exception {
        try (TestWindow tw = TestWindow.open(TestWindow.soup(new GridSize(30, 40), 0.3, 3), Settings.DEFAULT)) {
            Race.LaneFactory broken = (strategy, start, rule, config, logic) -> {
                var u = Race.TORUS.open(strategy, start, rule, config, logic);
                return strategy.equals("bands") ? new BrokenUniverse(u, 3, BrokenUniverse.How.FLIP) : u;
            };
            RaceWindow rw = FxTestSupport.onFx(() -> {
                RaceWindow w = new RaceWindow(tw.window.stage(), tw.model()::snapshot, "bands", false,
                        MainWindow.class.getResource("lifefx.css").toExternalForm(), broken);
                w.show();
                return w;
            });
            try {
                choose(rw, "sequential", "bands", "packed");
                type(rw, "race-size", "48x64");
                type(rw, "race-generations", "40");
                new FxRobot().clickOn((Button) node(rw, "race-start-button"));
                FxTestSupport.waitUntil(() -> rw.model().resultProperty().get() != null);
                FxTestSupport.pulses(2);
                Label status = node(rw, "race-lane-bands-status");
                assertThat(FxTestSupport.onFx(status::getText)).isEqualTo("DIVERGED at gen 3");
                assertThat(FxTestSupport.onFx(() -> status.getStyleClass().contains(atlantafx.base.theme.Styles.DANGER)))
                        .as("shown in red").isTrue();
                assertThat(text(rw, "race-lane-packed-status")).isEqualTo("done");
                assertThat(text(rw, "race-summary")).contains("bands: median").contains("3 gens");
            } finally {
                FxTestSupport.runFx(rw::close);
            }
        }
    }

    @Test
    void aRaceFromTheCurrentDocumentStartsFromItsCells() throws Exception {
        try (TestWindow tw = TestWindow.open(TestWindow.soup(new GridSize(30, 40), 0.3, 3), Settings.DEFAULT)) {
            RaceWindow rw = openRace(tw);
            choose(rw, "sequential", "queue");
            RadioButton doc = node(rw, "race-start-document");
            FxTestSupport.runFx(() -> doc.setSelected(true));
            type(rw, "race-generations", "6");
            new FxRobot().clickOn((Button) node(rw, "race-start-button"));
            FxTestSupport.waitUntil(() -> rw.model().resultProperty().get() != null);
            RaceResult r = FxTestSupport.onFx(() -> rw.model().resultProperty().get());
            assertThat(r.setup().start().sameCells(tw.model().snapshot().grid())).isTrue();
            assertThat(r.setup().startName()).isEqualTo("the document's 30x40 torus");
            assertThat(r.lanes()).allMatch(l -> l.status() == RaceProgress.LaneStatus.DONE && l.generations() == 6);
        }
    }

    @Test
    void aFinishedRaceDrawsItsChartAndSummaryAndClosingTheWindowLeavesNothingRunning() throws Exception {
        int before;
        try (TestWindow tw = TestWindow.open(TestWindow.soup(new GridSize(30, 40), 0.3, 3), Settings.DEFAULT)) {
            before = ThreadDump.count("lifefx-");
            RaceWindow rw = openRace(tw);
            choose(rw, "sequential", "bands", "packed");
            type(rw, "race-size", "64x64");
            type(rw, "race-generations", "30");
            ChoiceBox<String> baseline = node(rw, "race-baseline");
            FxTestSupport.runFx(() -> baseline.setValue("packed"));
            new FxRobot().clickOn((Button) node(rw, "race-start-button"));
            FxTestSupport.waitUntil(() -> rw.model().resultProperty().get() != null);
            FxTestSupport.pulses(2);
            assertThat(text(rw, "race-state")).isEqualTo("finished");
            assertThat(text(rw, "race-lane-bands-status")).isEqualTo("done");
            ProgressBar bands = node(rw, "race-lane-bands-progress");
            assertThat(FxTestSupport.onFx(bands::getProgress)).isEqualTo(1.0);
            assertThat(FxTestSupport.onFx(() -> rw.view().chart().shown())).isNotNull();
            String summary = text(rw, "race-summary");
            assertThat(summary).contains("packed: median").contains("baseline").contains("× packed's time");
            // A long race left running is cancelled by closing the main window.
            type(rw, "race-generations", "100000");
            new FxRobot().clickOn((Button) node(rw, "race-start-button"));
            FxTestSupport.waitUntil(() -> rw.model().progressProperty().get().state() == RaceProgress.State.RUNNING);
        }
        assertThat(ThreadDump.named("lifefx-")).as("after closing the window").hasSize(before - 1);
    }
}
