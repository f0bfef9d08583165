package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.pattern.PatternLibrary;
import lifefx.sim.Settings;
import org.junit.jupiter.api.Test;

/**
 * The toolbar, menu bar, status bar and library models on their own: no window, no nodes. They
 * run on the FX thread as in the window (their properties are read there).
 */
class ViewModelsTest {

    private static LifeModel model() {
        return new LifeModel(Grid.empty(new GridSize(10, 10)), Settings.DEFAULT.withStrategy("sequential"));
    }

    /** Copies the simulation's newest snapshot into the model once every command has been applied. */
    private static void settle(LifeModel m) throws Exception {
        m.simulation().flush().get(20, TimeUnit.SECONDS);
        FxTestSupport.runFx(m::pulse);
    }

    @Test
    void theToolBarModelCyclesStrategiesRoundTheRegistryAndTheSimulationFollows() throws Exception {
        try (LifeModel m = FxTestSupport.onFx(ViewModelsTest::model)) {
            ToolBarModel tb = FxTestSupport.onFx(() -> new ToolBarModel(m, new Commands()));
            List<String> names = StrategyChoice.all().stream().map(StrategyChoice::name).toList();
            assertThat(names.getLast()).as("hashlife ends the list; choosing it switches to the unbounded universe")
                    .isEqualTo("hashlife");
            assertThat(FxTestSupport.onFx(() -> tb.strategyProperty().get().name())).isEqualTo("sequential");
            FxTestSupport.runFx(() -> tb.cycleStrategy(-1));
            assertThat(FxTestSupport.onFx(() -> tb.strategyProperty().get().name())).isEqualTo(names.getLast());
            settle(m);
            assertThat(m.snapshot().strategy()).isEqualTo(names.getLast());
            FxTestSupport.runFx(() -> tb.cycleStrategy(1));
            settle(m);
            assertThat(m.snapshot().strategy()).isEqualTo(names.getFirst());
            assertThat(FxTestSupport.onFx(() -> tb.strategyProperty().get().name())).isEqualTo(names.getFirst());
        }
    }

    @Test
    void aStrategyChoiceMadeBeforeTheNextPulseIsStillSentSoTheLastChoiceWins() throws Exception {
        try (LifeModel m = FxTestSupport.onFx(ViewModelsTest::model)) {
            ToolBarModel tb = FxTestSupport.onFx(() -> new ToolBarModel(m, new Commands()));
            FxTestSupport.runFx(() -> tb.chooseStrategy(StrategyChoice.get("thread-per-cell")));
            assertThat(m.simulation().flush().get(20, TimeUnit.SECONDS).strategy()).isEqualTo("thread-per-cell");
            // No pulse has copied that snapshot into the model yet, as for up to a frame in the window.
            FxTestSupport.runFx(() -> tb.cycleStrategy(-1));
            assertThat(FxTestSupport.onFx(() -> tb.strategyProperty().get().name())).isEqualTo("sequential");
            assertThat(m.simulation().flush().get(20, TimeUnit.SECONDS).strategy()).isEqualTo("sequential");
            settle(m);
            assertThat(FxTestSupport.onFx(() -> tb.strategyProperty().get().name())).isEqualTo("sequential");
        }
    }

    @Test
    void theToolBarModelClampsThreadsChecksRulesAndCyclesIo() throws Exception {
        try (LifeModel m = FxTestSupport.onFx(ViewModelsTest::model)) {
            ToolBarModel tb = FxTestSupport.onFx(() -> new ToolBarModel(m, new Commands()));
            FxTestSupport.runFx(() -> tb.chooseThreads(1));
            settle(m);
            FxTestSupport.runFx(() -> tb.changeThreads(-1));
            settle(m);
            assertThat(m.snapshot().threads()).isEqualTo(1);
            FxTestSupport.runFx(() -> tb.changeThreads(1));
            settle(m);
            assertThat(m.snapshot().threads()).isEqualTo(2);

            assertThat(FxTestSupport.onFx(() -> tb.checkRule("B3/S2x"))).isFalse();
            assertThat(FxTestSupport.onFx(() -> tb.ruleErrorProperty().get())).contains("'x'");
            FxTestSupport.runFx(() -> tb.applyRule("B3/S2x"));
            FxTestSupport.runFx(() -> tb.applyRule("B36/S23"));
            assertThat(FxTestSupport.onFx(() -> tb.ruleErrorProperty().get())).isEmpty();
            settle(m);
            assertThat(m.snapshot().rule().toString()).isEqualTo("B36/S23");

            FxTestSupport.runFx(() -> tb.setLatency(2, false));
            assertThat(FxTestSupport.onFx(() -> tb.latencyTextProperty().get())).isEqualTo("100us");
            assertThat(FxTestSupport.onFx(() -> tb.latencyDisabledProperty().get())).isTrue();
            FxTestSupport.runFx(tb::cycleIoMode);
            assertThat(FxTestSupport.onFx(() -> tb.ioModeProperty().get())).isEqualTo("latency");
            assertThat(FxTestSupport.onFx(() -> tb.latencyDisabledProperty().get())).isFalse();
            settle(m);
            assertThat(m.snapshot().io().mode()).isEqualTo("latency");
            assertThat(m.snapshot().io().latencyNanos()).isEqualTo(100_000);
        }
    }

    @Test
    void theMenuBarModelDisablesUndoUntilThereIsSomethingToUndo() throws Exception {
        try (LifeModel m = FxTestSupport.onFx(ViewModelsTest::model)) {
            List<Shortcut> ran = new ArrayList<>();
            Commands c = new Commands();
            c.bind(Shortcut.STEP, () -> ran.add(Shortcut.STEP));
            MenuBarModel mb = new MenuBarModel(m, c);
            assertThat(FxTestSupport.onFx(() -> mb.disabledProperty(Shortcut.UNDO).get())).isTrue();
            assertThat(FxTestSupport.onFx(() -> mb.disabledProperty(Shortcut.STEP).get())).isFalse();
            FxTestSupport.runFx(() -> m.paint(1, new long[] {1}, new long[] {1}, true));
            settle(m);
            assertThat(FxTestSupport.onFx(() -> mb.disabledProperty(Shortcut.UNDO).get())).isFalse();
            assertThat(mb.checkedProperty(Shortcut.OVERLAY)).isSameAs(m.overlayVisibleProperty());
            assertThat(mb.checkedProperty(Shortcut.STEP)).isNull();
            FxTestSupport.runFx(() -> mb.run(Shortcut.STEP));
            assertThat(ran).containsExactly(Shortcut.STEP);
            // Every command is in exactly one menu.
            assertThat(MenuBarModel.MENUS.stream().mapToInt(n -> MenuBarModel.items(n).size()).sum())
                    .isEqualTo(Shortcut.values().length);
        }
    }

    @Test
    void theStatusBarModelShowsTheNewestWorkAndOneLineNotices() throws Exception {
        try (LifeModel m = FxTestSupport.onFx(ViewModelsTest::model)) {
            StatusBarModel s = FxTestSupport.onFx(() -> new StatusBarModel(m));
            FxTestSupport.runFx(() -> {
                Runnable a = s.begin("Saving a.rle…");
                Runnable b = s.begin("Reading b.rle…");
                assertThat(s.activityProperty().get()).isEqualTo("Reading b.rle…");
                b.run();
                b.run();
                assertThat(s.activityProperty().get()).isEqualTo("Saving a.rle…");
                a.run();
                assertThat(s.activityProperty().get()).isEmpty();
                s.notice("first line\nsecond line");
                assertThat(s.noticeProperty().get()).isEqualTo("first line");
                assertThat(s.fileTextProperty().get()).isEqualTo("untitled");
            });
        }
    }

    @Test
    void theLibraryModelFiltersSelectsTheFirstMatchAndOpensIt() throws Exception {
        List<PatternLibrary.Entry> opened = new ArrayList<>();
        LibraryModel lib = FxTestSupport.onFx(() -> new LibraryModel(PatternLibrary.builtIn(), e -> {
            opened.add(e);
            return CompletableFuture.completedFuture(null);
        }));
        FxTestSupport.runFx(() -> {
            assertThat(lib.selectedProperty().get()).isNull();
            lib.openSelected();
            assertThat(opened).isEmpty();
            lib.search("  GOSPER ");
            assertThat(lib.shown()).isNotEmpty().allSatisfy(e -> assertThat(
                    (e.name() + e.title() + e.author() + e.description()).toLowerCase()).contains("gosper"));
            assertThat(lib.selectedProperty().get()).isEqualTo(lib.shown().getFirst());
            lib.openSelected();
            assertThat(opened).containsExactly(lib.shown().getFirst());
            lib.search("no pattern is called this");
            assertThat(lib.shown()).isEmpty();
            assertThat(lib.selectedProperty().get()).isNull();
            lib.search("");
            assertThat(lib.shown()).hasSize(PatternLibrary.builtIn().entries().size());
        });
    }
}
