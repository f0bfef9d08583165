package lifefx.ui;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import lifefx.sim.Snapshot;

/**
 * The race window (Run → Race strategies…): a {@link RaceView} over a {@link RaceModel} on a stage
 * of its own, owned by the main window, and the pulse that copies the race's newest progress into
 * the view once per frame. Closing it cancels a race that runs; the race thread then closes its
 * lanes on its own, so the FX thread never waits. FX thread only.
 */
final class RaceWindow {

    private final Stage stage = new Stage();
    private final RaceModel model;
    private final RaceView view;
    private final AnimationTimer timer;

    RaceWindow(Window owner, Supplier<Snapshot> document, String strategy, boolean dark, String stylesheet) {
        this(owner, document, strategy, dark, stylesheet, lifefx.sim.Race.TORUS);
    }

    /** As above, its lanes made by {@code lanes} (tests race a strategy broken on purpose). */
    RaceWindow(Window owner, Supplier<Snapshot> document, String strategy, boolean dark, String stylesheet,
               lifefx.sim.Race.LaneFactory lanes) {
        this.model = new RaceModel(document, strategy, lanes);
        this.view = new RaceView(model);
        view.chart().setDark(dark);
        stage.initOwner(Objects.requireNonNull(owner));
        stage.setTitle("LifeFX race");
        Scene scene = new Scene(view, 1180, 860);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.pulse();
                view.update();
            }
        };
        stage.setOnShown(e -> timer.start());
        stage.setOnHidden(e -> {
            model.dispose();
            timer.stop();
        });
    }

    /** Shows the window, or brings it to the front when it is open. */
    void show() {
        if (!stage.isShowing()) {
            model.validate();
            stage.show();
        }
        stage.toFront();
    }

    /**
     * Cancels a race that runs and closes the window; returns at once. The future completes once
     * the race (if any) has ended, closed everything it started, and its thread has ended.
     */
    java.util.concurrent.CompletableFuture<Void> close() {
        model.dispose();
        timer.stop();
        stage.close();
        return model.race() == null ? java.util.concurrent.CompletableFuture.completedFuture(null)
                : model.race().terminated();
    }

    Stage stage() {
        return stage;
    }

    RaceModel model() {
        return model;
    }

    RaceView view() {
        return view;
    }
}
