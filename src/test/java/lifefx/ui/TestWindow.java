package lifefx.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import javafx.stage.Window;
import lifefx.life.Grid;
import lifefx.sim.Settings;
import lifefx.sim.Snapshot;

/** A real {@link MainWindow} on the headless platform, with prompts that record instead of blocking. */
final class TestWindow implements AutoCloseable {

    /** Prompts that answer from fields and remember what they were asked. */
    static final class RecordingPrompts implements Prompts {
        final List<String> errors = new ArrayList<>();
        final List<String> saveQuestions = new ArrayList<>();
        SaveChoice answer = SaveChoice.DISCARD;
        Path toOpen;
        Path toSave;
        ProfileRequest profile;
        final List<Long> profileOffers = new ArrayList<>();

        @Override
        public SaveChoice askSaveChanges(Window owner, String name, String action) {
            saveQuestions.add(name + " / " + action);
            return answer;
        }

        @Override
        public void showError(Window owner, String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public Optional<Path> chooseFileToOpen(Window owner, Path directory) {
            return Optional.ofNullable(toOpen);
        }

        @Override
        public Optional<Path> chooseFileToSave(Window owner, Path directory, String suggestedName) {
            return Optional.ofNullable(toSave);
        }

        @Override
        public Optional<ProfileRequest> chooseProfile(Window owner, Path directory, long generations) {
            profileOffers.add(generations);
            return Optional.ofNullable(profile);
        }
    }

    final MainWindow window;
    final RecordingPrompts prompts;

    /**
     * A seeded random soup of {@code size} where each cell is alive with probability {@code density}
     * (its own generator, so these tests do not depend on where the grid helpers live).
     */
    static Grid soup(lifefx.life.GridSize size, double density, long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        Grid.Builder b = new Grid.Builder(size);
        for (int i = 0; i < size.cells(); i++) {
            if (rnd.nextDouble() < density) {
                b.set(i, true);
            }
        }
        return b.build(0);
    }

    static TestWindow open(Grid initial, Settings settings) throws Exception {
        return open(() -> new LifeModel(initial, settings), PatternFiles.STANDARD);
    }

    /** A window on the model {@code model} makes (on the FX thread), reading and writing through {@code files}. */
    static TestWindow open(java.util.function.Supplier<LifeModel> model, PatternFiles files) throws Exception {
        FxTestSupport.start();
        RecordingPrompts p = new RecordingPrompts();
        MainWindow w = FxTestSupport.onFx(() -> {
            Stage stage = new Stage();
            MainWindow mw = new MainWindow(stage, model.get(), p, files);
            stage.setWidth(1000);
            stage.setHeight(760);
            mw.show();
            return mw;
        });
        TestWindow tw = new TestWindow(w, p);
        tw.settle();
        return tw;
    }

    private TestWindow(MainWindow window, RecordingPrompts prompts) {
        this.window = window;
        this.prompts = prompts;
    }

    LifeModel model() {
        return window.model();
    }

    /** Waits until every command sent so far is applied and the view has drawn the result. */
    Snapshot settle() throws Exception {
        Snapshot s = model().simulation().flush().get(20, TimeUnit.SECONDS);
        FxTestSupport.pulses(3);
        return s;
    }

    Snapshot await(Predicate<Snapshot> p) throws Exception {
        return model().simulation().await(p, Duration.ofSeconds(20));
    }

    /** Screen coordinates of the centre of view pixel {@code (x, y)} of the grid view. */
    Point2D screenOfPixel(double x, double y) throws Exception {
        return FxTestSupport.onFx(() -> window.gridView().localToScreen(x + 0.5, y + 0.5));
    }

    /** Closes the window and waits (off the FX thread) until its simulation has ended. */
    @Override
    public void close() {
        try {
            var closed = FxTestSupport.onFx(() -> {
                var f = window.dispose();
                window.stage().close();
                return f;
            });
            closed.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not close the test window", e);
        }
    }
}
