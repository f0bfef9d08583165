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

    /**
     * What "Record profile…" records.
     *
     * @param generations how many generations, at least 1
     * @param file        the {@code .jfr} file to write
     */
    record ProfileRequest(long generations, Path file) {
        public ProfileRequest {
            if (generations < 1) {
                throw new IllegalArgumentException("a profile records at least 1 generation, got " + generations);
            }
        }
    }

    /**
     * How many generations to record and into which {@code .jfr} file, or empty when the user
     * cancels; {@code generations} is the count to offer.
     */
    Optional<ProfileRequest> chooseProfile(Window owner, Path directory, long generations);

    /**
     * Where to write an export (a picture, a CSV), or empty when the user cancels. The default asks
     * as {@link #chooseFileToSave} does; the window's own prompts show a chooser titled {@code title}.
     */
    default Optional<Path> chooseExportFile(Window owner, Path directory, String title, String suggestedName) {
        return chooseFileToSave(owner, directory, suggestedName);
    }

    /**
     * What "Export animated GIF…" writes.
     *
     * @param frames              frames, at least 1 (the current generation, then one every
     *                            {@code generationsPerFrame})
     * @param generationsPerFrame generations between two frames, at least 1
     * @param delayMillis         how long each frame shows, in milliseconds (10 at least)
     * @param file                the {@code .gif} file
     */
    record GifRequest(int frames, long generationsPerFrame, int delayMillis, Path file) {
        public GifRequest {
            if (frames < 1 || generationsPerFrame < 1 || delayMillis < 10) {
                throw new IllegalArgumentException("a GIF needs at least 1 frame, 1 generation a frame and 10 ms a frame,"
                        + " got " + frames + " frames " + generationsPerFrame + " generations apart at " + delayMillis
                        + " ms");
            }
        }
    }

    /**
     * How many frames, how many generations apart, how long each, and which file, or empty when the
     * user cancels; {@code offered} holds the values offered (its file is ignored). The default takes
     * them unchanged and asks only for the file.
     */
    default Optional<GifRequest> chooseGif(Window owner, Path directory, GifRequest offered) {
        return chooseExportFile(owner, directory, "Export animated GIF", "lifefx.gif")
                .map(f -> new GifRequest(offered.frames(), offered.generationsPerFrame(), offered.delayMillis(), f));
    }
}
