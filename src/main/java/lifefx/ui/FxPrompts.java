package lifefx.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Prompts} with real dialogs: alerts and the platform file chooser. FX thread only. */
public final class FxPrompts implements Prompts {

    private static final FileChooser.ExtensionFilter PATTERNS = new FileChooser.ExtensionFilter(
            "Life patterns (*.rle, *.mc, *.cells, *.lif, *.life, *.txt, gzipped too)", "*.rle", "*.mc", "*.cells", "*.lif",
            "*.life", "*.gz",
            "*.txt");
    private static final FileChooser.ExtensionFilter ALL = new FileChooser.ExtensionFilter("All files", "*");
    private static final FileChooser.ExtensionFilter RLE = new FileChooser.ExtensionFilter("RLE (*.rle)", "*.rle");
    private static final FileChooser.ExtensionFilter MC = new FileChooser.ExtensionFilter(
            "Golly macrocell (*.mc), for huge patterns", "*.mc");

    @Override
    public SaveChoice askSaveChanges(Window owner, String name, String action) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        a.initOwner(owner);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save the changes to " + name + " before you " + action + "?");
        a.setContentText("If you don't save, the changes are lost.");
        ButtonType answer = a.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public void showError(Window owner, String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.show();
    }

    @Override
    public Optional<Path> chooseFileToOpen(Window owner, Path directory) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open a pattern");
        fc.getExtensionFilters().addAll(PATTERNS, ALL);
        setDirectory(fc, directory);
        File f = fc.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Window owner, Path directory, String suggestedName) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save as RLE");
        fc.getExtensionFilters().addAll(RLE, MC);
        fc.setInitialFileName(suggestedName);
        setDirectory(fc, directory);
        File f = fc.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    private static void setDirectory(FileChooser fc, Path directory) {
        if (directory != null && Files.isDirectory(directory)) {
            fc.setInitialDirectory(directory.toFile());
        }
    }
}
