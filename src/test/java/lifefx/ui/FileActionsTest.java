package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternReader;
import lifefx.life.Grids;
import lifefx.sim.Settings;
import lifefx.sim.Snapshot;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, saving, pasting and the library, on the real window. */
class FileActionsTest {

    @TempDir
    Path dir;

    private static void open(TestWindow tw, Path file) throws Exception {
        FxTestSupport.onFx(() -> tw.window.files().openFile(file)).get(20, TimeUnit.SECONDS);
    }

    @Test
    void openingABadFileLeavesTheGridUntouchedAndShowsTheReadersError() throws Exception {
        Grid start = Grids.random(new GridSize(30, 40), 0.3, 3, 0);
        try (TestWindow tw = TestWindow.open(start, Settings.DEFAULT)) {
            Path bad = Files.writeString(dir.resolve("bad.rle"), "x = 3, y = 3, rule = B3/S23\nbo$2bo$3oz!\n");
            String title = FxTestSupport.onFx(() -> tw.window.stage().getTitle());
            open(tw, bad);
            Snapshot s = tw.settle();
            assertThat(tw.prompts.errors).hasSize(1);
            String expected = readerMessage(bad);
            assertThat(tw.prompts.errors.getFirst()).isEqualTo("Cannot open bad.rle: " + expected);
            assertThat(expected).startsWith("bad.rle:2:10: ").contains("found 'z'").doesNotContain("\n");
            assertThat(s.grid()).isEqualTo(start);
            assertThat(FxTestSupport.onFx(() -> tw.window.stage().getTitle())).isEqualTo(title);
            assertThat(tw.model().fileName()).isEqualTo("untitled");
        }
    }

    private static String readerMessage(Path file) {
        try {
            PatternReader.read(file);
            throw new AssertionError(file + " should not be readable");
        } catch (lifefx.pattern.PatternFormatException e) {
            return e.getMessage();
        }
    }

    @Test
    void aBadFileShowsARealErrorDialogWithTheMessage() throws Exception {
        FxTestSupport.start();
        Path bad = Files.writeString(dir.resolve("broken.rle"), "x = 2, y = 2\n2o$q!\n");
        MainWindow w = FxTestSupport.onFx(() -> {
            MainWindow mw = new MainWindow(new Stage(), new LifeModel(), new FxPrompts());
            mw.show();
            return mw;
        });
        try {
            FxTestSupport.onFx(() -> w.files().openFile(bad)).get(20, TimeUnit.SECONDS);
            FxTestSupport.pulses(3);
            String shown = FxTestSupport.onFx(() -> Window.getWindows().stream()
                    .filter(x -> x.getScene() != null && x.getScene().getRoot() instanceof DialogPane)
                    .map(x -> ((DialogPane) x.getScene().getRoot()).getContentText())
                    .findFirst().orElse(null));
            assertThat(shown).isEqualTo(readerMessage(bad));
        } finally {
            FxTestSupport.runFx(() -> {
                for (Window x : java.util.List.copyOf(Window.getWindows())) {
                    if (x instanceof Stage st && x.getScene().getRoot() instanceof DialogPane) {
                        st.close();
                    }
                }
                w.dispose();
                w.stage().close();
            });
        }
    }

    @Test
    void openingAFileLoadsItPausedAndFittedAndTheTitleNamesIt() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(100, 120)), Settings.DEFAULT)) {
            FxTestSupport.runFx(() -> tw.model().play());
            Path glider = Files.writeString(dir.resolve("glider.rle"), "#N Glider\nx = 3, y = 3, rule = B36/S23\nbo$2bo$3o!\n");
            open(tw, glider);
            Snapshot s = tw.settle();
            FxTestSupport.pulses(5);
            s = tw.settle();
            assertThat(s.running()).isFalse();
            assertThat(s.generation()).isZero();
            assertThat(s.population()).isEqualTo(5);
            assertThat(s.topology()).as("a file without :T opens unbounded, as in Golly")
                    .isEqualTo(lifefx.universe.Topology.PLANE);
            assertThat(s.rule()).isEqualTo(Rule.parse("B36/S23"));
            assertThat(tw.prompts.errors).isEmpty();
            assertThat(FxTestSupport.onFx(() -> tw.window.stage().getTitle())).isEqualTo("glider.rle — LifeFX");
            Viewport v = tw.window.viewport();
            assertThat(v.zoom()).isEqualTo(v.fitZoom(v.content()));
        }
    }

    @Test
    void aToroidalFileGetsItsOwnTorus() throws Exception {
        String fixtures = System.getProperty("lifefx.fixtures");
        Path agar = fixtures == null ? null : Path.of(fixtures, "golly-patterns", "agar-p3.rle");
        Assumptions.assumeTrue(agar != null && Files.isRegularFile(agar),
                "skipped: the shared fixtures (../shared/fixtures) are not here");
        Pattern p = PatternReader.read(agar);
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(10, 10)), Settings.DEFAULT)) {
            open(tw, agar);
            Snapshot s = tw.settle();
            assertThat(s.grid().size()).isEqualTo(p.rule().torus());
            assertThat(s.population()).isEqualTo(p.population());
        }
    }

    @Test
    void saveWritesRleAtomicallyAndReadsBackTheSameTorus() throws Exception {
        Grid start = Grids.random(new GridSize(24, 36), 0.3, 8, 0);
        try (TestWindow tw = TestWindow.open(start, Settings.DEFAULT)) {
            FxTestSupport.runFx(() -> tw.model().step());
            Snapshot before = tw.settle();
            assertThat(tw.model().isDirty()).isTrue();
            tw.prompts.toSave = dir.resolve("soup");
            boolean saved = FxTestSupport.onFx(() -> tw.window.files().save()).get(20, TimeUnit.SECONDS);
            assertThat(saved).isTrue();
            Path file = dir.resolve("soup.rle");
            assertThat(file).exists();
            try (var listing = Files.list(dir)) {
                assertThat(listing.map(f -> f.getFileName().toString()).toList()).containsExactly("soup.rle");
            }
            Pattern back = PatternReader.read(file);
            assertThat(back.rule()).isEqualTo(Rule.CONWAY.withTorus(new GridSize(24, 36)));
            assertThat(back.toGrid(back.naturalSize()).sameCells(before.grid())).isTrue();
            FxTestSupport.pulses(2);
            assertThat(tw.model().isDirty()).isFalse();
            assertThat(FxTestSupport.onFx(() -> tw.window.stage().getTitle())).isEqualTo("soup.rle — LifeFX");
            // Saving again goes to the same file without asking.
            tw.prompts.toSave = null;
            FxTestSupport.runFx(() -> tw.model().paint(9, new long[] {0}, new long[] {0}, !before.grid().isAlive(0, 0)));
            tw.settle();
            assertThat(FxTestSupport.onFx(() -> tw.window.files().save()).get(20, TimeUnit.SECONDS)).isTrue();
            assertThat(PatternReader.read(file).population()).isNotEqualTo(back.population());
        }
    }

    @Test
    void pastingRleFromTheClipboardLoadsItAsUnsaved() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(50, 50)), Settings.DEFAULT)) {
            FxTestSupport.runFx(() -> {
                ClipboardContent c = new ClipboardContent();
                c.putString("x = 3, y = 2\n3o$3o!\n");
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
                tw.window.run(Shortcut.OPEN_CLIPBOARD);
            });
            // The text is parsed off the FX thread; the load follows on it.
            FxTestSupport.waitUntil(() -> tw.model().fileName().equals("clipboard"));
            Snapshot s = tw.settle();
            FxTestSupport.pulses(2);
            assertThat(tw.prompts.errors).isEmpty();
            assertThat(s.population()).isEqualTo(6);
            assertThat(tw.model().fileName()).isEqualTo("clipboard");
            assertThat(tw.model().isDirty()).isTrue();
            // Undo brings back the grid from before the paste.
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.UNDO));
            assertThat(tw.settle().population()).isZero();
        }
    }

    @Test
    void theLibraryPanelSearchesAndOpensAPattern() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(60, 80)), Settings.DEFAULT)) {
            FxTestSupport.runFx(() -> {
                tw.window.run(Shortcut.LIBRARY);
                tw.window.library().search().setText("gosper");
            });
            var items = FxTestSupport.onFx(() -> java.util.List.copyOf(tw.window.library().list().getItems()));
            assertThat(items).extracting(e -> e.name()).contains("gosper-glider-gun")
                    .allSatisfy(n -> assertThat(n).isNotEqualTo("block"));
            FxTestSupport.onFx(() -> tw.window.files().openLibraryEntry(
                    lifefx.pattern.PatternLibrary.builtIn().find("gosper-glider-gun").orElseThrow()))
                    .get(20, TimeUnit.SECONDS);
            Snapshot s = tw.settle();
            assertThat(s.population()).isEqualTo(36);
            assertThat(tw.model().fileName()).isEqualTo("gosper-glider-gun (library)");
        }
    }

    @Test
    void openingWithUnsavedChangesAsksFirstAndCancelKeepsEverything() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(20, 20)), Settings.DEFAULT)) {
            FxTestSupport.runFx(() -> tw.model().paint(1, new long[] {1}, new long[] {1}, true));
            Grid edited = tw.settle().grid();
            tw.prompts.answer = Prompts.SaveChoice.CANCEL;
            tw.prompts.toOpen = Files.writeString(dir.resolve("blinker.rle"), "x = 3, y = 1\n3o!\n");
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.OPEN));
            assertThat(tw.prompts.saveQuestions).containsExactly("untitled / open another pattern");
            assertThat(tw.settle().grid()).isEqualTo(edited);
        }
    }
}
