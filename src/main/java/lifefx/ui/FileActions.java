package lifefx.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;

/**
 * The window's file commands: new, open, save, paste, drag-and-drop, the pattern library, and
 * the unsaved-changes prompt. FX thread only.
 */
final class FileActions {

    private final MainWindow window;
    private final LifeModel model;
    private final Prompts prompts;

    FileActions(MainWindow window, LifeModel model, Prompts prompts) {
        this.window = window;
        this.model = model;
        this.prompts = prompts;
    }

    /**
     * Asks about unsaved changes before {@code action}; returns whether to go on. Saving first
     * counts as going on only when the save succeeded.
     */
    boolean confirmDiscard(String action) {
        if (!model.isDirty()) {
            return true;
        }
        return switch (prompts.askSaveChanges(window.stage(), model.fileName(), action)) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    void newUniverse() {
        if (!confirmDiscard("start a new universe")) {
            return;
        }
        Dialogs.gridSize(window.stage(), "New universe", "An empty torus of this size",
                model.sizeProperty().get()).showAndWait().ifPresent(size -> {
                    model.newUniverse(size);
                    window.fitOnNextPulse();
                });
    }

    /** Opens {@code file} without asking about unsaved changes (the caller has). */
    void openFile(java.nio.file.Path file) {
        prompts.showError(window.stage(), "Not available yet", "opening files needs the pattern readers");
    }

    void open() {
        prompts.showError(window.stage(), "Not available yet", "opening files needs the pattern readers");
    }

    boolean save() {
        prompts.showError(window.stage(), "Not available yet", "saving needs the pattern writers");
        return false;
    }

    boolean saveAs() {
        return save();
    }

    void paste() {
        open();
    }

    Node libraryPanel() {
        return new VBox();
    }

    void installDragAndDrop(Scene scene) {
        // Comes with the pattern readers.
    }
}
