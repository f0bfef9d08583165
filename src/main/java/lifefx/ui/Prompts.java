package lifefx.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The questions and messages the window puts to the user. The window asks through this interface
 * so tests can answer without a modal dialog blocking the FX thread. Called on the JavaFX
 * application thread only.
 */
public interface Prompts {

    /** What to do with unsaved changes. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** Asks whether to save unsaved changes to {@code name} before {@code action} (open, quit, ...). */
    SaveChoice askSaveChanges(Window owner, String name, String action);

    /** Shows an error: a title and the one-line message, without blocking. */
    void showError(Window owner, String title, String message);

    /** A pattern file to open, or empty when the user cancels. */
    Optional<Path> chooseFileToOpen(Window owner, Path directory);

    /** Where to save, or empty when the user cancels. */
    Optional<Path> chooseFileToSave(Window owner, Path directory, String suggestedName);
}
