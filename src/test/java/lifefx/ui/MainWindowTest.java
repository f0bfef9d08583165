package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.SequentialStrategy;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.life.Grids;
import lifefx.sim.Settings;
import lifefx.sim.Snapshot;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The whole window on the headless platform: drawing, keys, running, closing. */
class MainWindowTest {

    private static Grid sequential(Grid start, long n) throws Exception {
        try (GenerationStrategy s = new SequentialStrategy()) {
            Grid g = start;
            for (long i = 0; i < n; i++) {
                g = s.step(g, CellLogic.of(Rule.CONWAY));
            }
            return g;
        }
    }

    @Test
    void theCanvasHasLivePixelsExactlyWhereTheCellsAre() throws Exception {
        Grid glider = Grids.resized(Grid.parseRows("-*-", "--*", "***"), new GridSize(12, 16));
        try (TestWindow tw = TestWindow.open(glider, Settings.DEFAULT)) {
            for (double scale : new double[] {1, 4, 8, 32}) {
                FxTestSupport.runFx(() -> tw.window.viewport().showCellAt(Math.getExponent(scale), 0, 0, 17, 9));
                FxTestSupport.pulses(3);
                WritableImage img = FxTestSupport.onFx(() -> tw.window.gridView().canvas().snapshot(null, null));
                Viewport v = tw.window.viewport();
                PixelReader px = img.getPixelReader();
                int alive = Palette.LIGHT.alive();
                int w = (int) img.getWidth();
                int h = (int) img.getHeight();
                int livePixels = 0;
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        long row = v.rowAt(y + 0.5);
                        long col = v.colAt(x + 0.5);
                        boolean inGrid = row >= 0 && row < 12 && col >= 0 && col < 16;
                        boolean line = v.gridLinesVisible() && (v.colAt(x - 0.5) != col || v.rowAt(y - 0.5) != row);
                        boolean expected = inGrid && !line && glider.isAlive((int) row, (int) col);
                        boolean actual = px.getArgb(x, y) == alive;
                        if (expected != actual) {
                            throw new AssertionError("scale " + scale + ": pixel " + x + "," + y + " (cell " + row + ","
                                    + col + ") should be " + (expected ? "alive" : "not alive") + " but is "
                                    + Integer.toHexString(px.getArgb(x, y)));
                        }
                        if (actual) {
                            livePixels++;
                        }
                    }
                }
                long side = (long) scale - (v.gridLinesVisible() ? 1 : 0);
                assertThat(livePixels).as("scale %s", scale).isEqualTo(5 * side * side);
            }
        }
    }

    @Test
    void playThenPauseMatchesSequentialStepsAlsoWithAStrategySwitchInTheMiddle() throws Exception {
        Grid start = Grids.random(new GridSize(64, 80), 0.35, 17, 0);
        try (TestWindow tw = TestWindow.open(start, Settings.DEFAULT.withStrategy("bands"))) {
            FxRobot robot = new FxRobot();
            FxTestSupport.runFx(() -> tw.window.gridView().requestFocus());
            robot.type(KeyCode.SPACE);
            Snapshot mid = tw.await(s -> s.generation() >= 20);
            assertThat(mid.running()).isTrue();
            // Page Down: the next strategy in the registry's order, mid-run.
            robot.type(KeyCode.PAGE_DOWN);
            String next = StrategyRegistry.names().get(StrategyRegistry.names().indexOf("bands") + 1);
            tw.await(s -> s.stats().last() != null && s.stats().last().strategy().equals(next)
                    && s.generation() > mid.generation() + 5);
            robot.type(KeyCode.SPACE);
            Snapshot end = tw.settle();
            assertThat(end.running()).isFalse();
            assertThat(end.strategy()).isEqualTo(next);
            assertThat(FxTestSupport.onFx(() -> tw.window.toolBar().strategyBox().getValue().name())).isEqualTo(next);
            assertThat(end.grid()).isEqualTo(sequential(start, end.generation()));
            // N steps exactly one generation.
            robot.type(KeyCode.N);
            Snapshot stepped = tw.settle();
            assertThat(stepped.generation()).isEqualTo(end.generation() + 1);
            assertThat(stepped.grid()).isEqualTo(sequential(start, stepped.generation()));
            // The overlay and the title say what happened.
            FxTestSupport.pulses(10);
            String overlay = FxTestSupport.onFx(() -> tw.window.overlay().text());
            assertThat(overlay).contains("generation   " + String.format(java.util.Locale.ROOT, "%,d", stepped.generation()))
                    .contains("strategy     " + next).contains("mean / p95");
            assertThat(FxTestSupport.onFx(() -> tw.window.stage().getTitle())).startsWith("• untitled");
        }
    }

    @Test
    void theRuleFieldValidatesAsYouTypeAndTypingIntoItNeverSteps() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.parseRows("-----", "-***-", "-----"), Settings.DEFAULT)) {
            FxRobot robot = new FxRobot();
            FxTestSupport.runFx(() -> {
                tw.window.toolBar().ruleField().requestFocus();
                tw.window.toolBar().ruleField().selectAll();
            });
            robot.write("B3/S2x");
            FxTestSupport.pulses(2);
            assertThat(FxTestSupport.onFx(() -> tw.window.toolBar().ruleError().getText()))
                    .contains("bad rule 'B3/S2x'").contains("'x'");
            robot.type(KeyCode.BACK_SPACE);
            robot.write("3 N S");
            FxTestSupport.pulses(2);
            assertThat(FxTestSupport.onFx(() -> tw.window.toolBar().ruleField().getText())).isEqualTo("B3/S23 N S");
            for (int i = 0; i < 4; i++) {
                robot.type(KeyCode.BACK_SPACE);
            }
            robot.write("6");
            robot.type(KeyCode.ENTER);
            Snapshot s = tw.settle();
            assertThat(FxTestSupport.onFx(() -> tw.window.toolBar().ruleError().getText())).isEmpty();
            assertThat(s.rule()).isEqualTo(Rule.parse("B3/S236"));
            assertThat(s.generation()).as("N, S and Space typed into the field must not step or play").isZero();
            assertThat(s.running()).isFalse();
        }
    }

    @Test
    void everyCommandHasAnActionAndTheOverlayKeyTogglesIt() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(10, 10)), Settings.DEFAULT)) {
            for (Shortcut s : Shortcut.values()) {
                assertThat(tw.window.hasAction(s)).as("%s has an action", s).isTrue();
            }
            FxRobot robot = new FxRobot();
            FxTestSupport.runFx(() -> tw.window.gridView().requestFocus());
            assertThat(FxTestSupport.onFx(() -> tw.window.overlay().isVisible())).isTrue();
            robot.type(KeyCode.T);
            assertThat(FxTestSupport.onFx(() -> tw.window.overlay().isVisible())).isFalse();
            robot.type(KeyCode.C);
            assertThat(FxTestSupport.onFx(() -> tw.window.chart().isVisible())).isTrue();
            robot.type(KeyCode.T);
            assertThat(FxTestSupport.onFx(() -> tw.window.overlay().isVisible())).isTrue();
        }
    }

    @Test
    void theThreadsSpinnerKeepsItsValueOnBadTextAndClampsNumbers() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(10, 10)), Settings.DEFAULT)) {
            FxRobot robot = new FxRobot();
            var spinner = FxTestSupport.onFx(() -> (javafx.scene.control.Spinner<?>) tw.window.stage().getScene()
                    .lookup("#threads"));
            FxTestSupport.runFx(() -> {
                spinner.getEditor().requestFocus();
                spinner.getEditor().selectAll();
            });
            robot.write("abc");
            robot.type(KeyCode.ENTER);
            assertThat(FxTestSupport.onFx(spinner::getValue)).isEqualTo(5);
            FxTestSupport.runFx(() -> spinner.getEditor().selectAll());
            robot.write("99999");
            robot.type(KeyCode.ENTER);
            assertThat(FxTestSupport.onFx(spinner::getValue)).isEqualTo(lifefx.engine.StrategyConfig.MAX_THREADS);
            assertThat(tw.settle().threads()).isEqualTo(lifefx.engine.StrategyConfig.MAX_THREADS);
        }
    }

    @Test
    void theKeysDialogListsEveryShortcut() throws Exception {
        FxTestSupport.start();
        String text = FxTestSupport.onFx(() -> {
            var d = Dialogs.keys(null);
            StringBuilder sb = new StringBuilder();
            collect(d.getDialogPane().getContent(), sb);
            return sb.toString();
        });
        for (Shortcut s : Shortcut.values()) {
            if (!s.keys().isEmpty()) {
                assertThat(text).contains(s.keyText()).contains(s.description());
            }
        }
        assertThat(text).contains("Ctrl+Shift+S").contains("Space").contains("N or S").contains("Wheel");
    }

    @Test
    void theWindowCarriesTheAppIconInFourSizes() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(10, 10)), Settings.DEFAULT)) {
            var widths = FxTestSupport.onFx(() -> tw.window.stage().getIcons().stream().map(i -> (int) i.getWidth())
                    .toList());
            assertThat(widths).containsExactly(32, 64, 128, 256);
        }
    }

    @Test
    void theAboutDialogShowsWhatVersionPrints() throws Exception {
        FxTestSupport.start();
        String text = FxTestSupport.onFx(() -> ((javafx.scene.control.TextArea) Dialogs.about(null).getDialogPane()
                .getContent()).getText());
        assertThat(text.lines().toList()).isEqualTo(lifefx.sim.AppInfo.current().lines());
        assertThat(text).contains("JavaFX 26.0.2").contains("Java 25").doesNotContain("unknown");
    }

    private static void collect(javafx.scene.Node n, StringBuilder sb) {
        if (n instanceof javafx.scene.control.Labeled l) {
            sb.append(l.getText()).append('\n');
        }
        if (n instanceof javafx.scene.control.ScrollPane sp) {
            collect(sp.getContent(), sb);
        }
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                collect(c, sb);
            }
        }
    }

    @Test
    void closingTheWindowDuringARunLeavesNoThreadsAndNoExecutor() throws Exception {
        Set<Thread> before = nonDaemonThreads();
        TestWindow tw = TestWindow.open(Grids.random(new GridSize(300, 300), 0.3, 5, 0),
                Settings.DEFAULT.withStrategy("thread-pool").withThreads(3));
        FxTestSupport.runFx(() -> tw.model().play());
        tw.await(s -> s.generation() >= 3);
        var closed = FxTestSupport.onFx(() -> {
            tw.window.run(Shortcut.QUIT);
            return tw.window.dispose();
        });
        assertThat(tw.prompts.saveQuestions).hasSize(1);
        assertThat(FxTestSupport.onFx(() -> tw.window.stage().isShowing())).isFalse();
        // The simulation closes off the FX thread; the window's future says when it has.
        closed.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(tw.model().simulation().isTerminated()).isTrue();
        assertThat(tw.model().simulation().latest().running()).isFalse();
        // A pool reports termination as its last worker leaves its loop, a moment before the thread
        // is gone: wait for that moment.
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> lifefxThreads().isEmpty());
        assertThat(lifefxThreads()).isEmpty();
        assertThat(nonDaemonThreads()).isSubsetOf(before);
    }

    /** Live lifefx threads, virtual ones included (the simulation's thread is virtual). */
    private static Set<String> lifefxThreads() {
        return Set.copyOf(lifefx.testing.ThreadDump.named("lifefx-"));
    }

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }

    @Test
    void quitWithUnsavedChangesCanBeCancelled() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(10, 10)), Settings.DEFAULT)) {
            FxTestSupport.runFx(() -> tw.model().paint(1, new long[] {2}, new long[] {3}, true));
            tw.settle();
            tw.prompts.answer = Prompts.SaveChoice.CANCEL;
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.QUIT));
            assertThat(tw.prompts.saveQuestions).containsExactly("untitled / quit");
            assertThat(FxTestSupport.onFx(() -> tw.window.stage().isShowing())).isTrue();
            assertThat(tw.model().simulation().isClosed()).isFalse();
            // The window's close button asks the same question.
            FxTestSupport.runFx(() -> tw.window.stage().fireEvent(new javafx.stage.WindowEvent(
                    tw.window.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
            assertThat(tw.prompts.saveQuestions).containsExactly("untitled / quit", "untitled / close the window");
            assertThat(FxTestSupport.onFx(() -> tw.window.stage().isShowing())).isTrue();
            assertThat(tw.model().simulation().isClosed()).isFalse();
        }
    }
}
