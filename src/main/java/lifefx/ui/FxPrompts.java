package lifefx.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
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
    private static final FileChooser.ExtensionFilter JFR = new FileChooser.ExtensionFilter(
            "Flight Recorder (*.jfr), for JDK Mission Control", "*.jfr");

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

    /** A dialog for the count (OK only while it is a whole number of at least 1), then a save chooser. */
    @Override
    public Optional<ProfileRequest> chooseProfile(Window owner, Path directory, long generations) {
        TextInputDialog d = new TextInputDialog(Long.toString(generations));
        d.initOwner(owner);
        d.setTitle("Record profile");
        d.setHeaderText("Record the next generations with JDK Flight Recorder, into a .jfr file for JDK Mission"
                + " Control.\nRecording starts at once and counts only generations computed: play or step.");
        d.setContentText("Generations:");
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> count(d.getEditor().getText()) < 1, d.getEditor().textProperty()));
        Optional<Long> n = d.showAndWait().map(FxPrompts::count).filter(v -> v >= 1);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Save the profile as");
        fc.getExtensionFilters().add(JFR);
        fc.setInitialFileName("lifefx-profile.jfr");
        setDirectory(fc, directory);
        File f = fc.showSaveDialog(owner);
        return Optional.ofNullable(f).map(file -> new ProfileRequest(n.get(), file.toPath()));
    }

    /** A save chooser titled {@code title}, with the suggested name's extension as its filter. */
    @Override
    public Optional<Path> chooseExportFile(Window owner, Path directory, String title, String suggestedName) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        int dot = suggestedName.lastIndexOf('.');
        if (dot >= 0) {
            String ext = suggestedName.substring(dot);
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.substring(1).toUpperCase(java.util.Locale.ROOT)
                    + " (*" + ext + ")", "*" + ext));
            if (ext.equals(".csv")) {
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture of the chart (*.png)", "*.png"));
            }
        }
        fc.setInitialFileName(suggestedName);
        setDirectory(fc, directory);
        File f = fc.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    /**
     * A dialog for the frames, the generations between them and the delay (OK only while all three
     * are in range, else a one-line message names the field), then a save chooser.
     */
    @Override
    public Optional<GifRequest> chooseGif(Window owner, Path directory, GifRequest offered) {
        javafx.scene.control.Dialog<GifRequest> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export animated GIF");
        d.setHeaderText("The next generations as an animated GIF that loops.\n"
                + "A copy of the universe is stepped; the simulation is not disturbed.");
        javafx.scene.control.TextField framesField = new javafx.scene.control.TextField(
                String.format(java.util.Locale.ROOT, "%,d", offered.frames()));
        framesField.setId("gif-frames");
        javafx.scene.control.TextField stepField = new javafx.scene.control.TextField(
                String.format(java.util.Locale.ROOT, "%,d", offered.generationsPerFrame()));
        stepField.setId("gif-step");
        javafx.scene.control.TextField delayField = new javafx.scene.control.TextField(
                String.format(java.util.Locale.ROOT, "%,d", offered.delayMillis()));
        delayField.setId("gif-delay");
        javafx.scene.control.Label error = new javafx.scene.control.Label();
        error.setId("gif-error");
        error.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.setMinHeight(javafx.scene.control.Label.USE_PREF_SIZE);
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new javafx.scene.control.Label("Frames:"), framesField);
        grid.addRow(1, new javafx.scene.control.Label("Generations between frames:"), stepField);
        grid.addRow(2, new javafx.scene.control.Label("Frame delay (ms, 100 = 10 fps):"), delayField);
        grid.add(error, 0, 3, 2, 1);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.scene.Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        Runnable validate = () -> {
            String why = gifError(framesField.getText(), stepField.getText(), delayField.getText());
            error.setText(why);
            ok.setDisable(!why.isEmpty());
            if (d.getDialogPane().getScene() != null && d.getDialogPane().getScene().getWindow() != null) {
                d.getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        framesField.textProperty().addListener((o, a, b) -> validate.run());
        stepField.textProperty().addListener((o, a, b) -> validate.run());
        delayField.textProperty().addListener((o, a, b) -> validate.run());
        validate.run();
        d.setResultConverter(b -> b == ButtonType.OK ? new GifRequest((int) count(framesField.getText()),
                count(stepField.getText()), (int) count(delayField.getText()), Path.of("lifefx.gif")) : null);
        Optional<GifRequest> asked = d.showAndWait();
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        GifRequest r = asked.get();
        return chooseExportFile(owner, directory, "Save the animated GIF as", "lifefx.gif")
                .map(f -> new GifRequest(r.frames(), r.generationsPerFrame(), r.delayMillis(), f));
    }

    /**
     * What is wrong with the GIF dialog's fields, as one line naming the field, or empty when they
     * are good: frames 1 to 10,000, 1 to 2^30 generations between frames, a delay of 10 to 655,350 ms
     * (the GIF format's limit).
     */
    static String gifError(String frames, String step, String delay) {
        long f = count(frames);
        if (f < 1 || f > 10_000) {
            return "Frames: a whole number from 1 to 10,000, not '" + frames.strip() + "'";
        }
        long g = count(step);
        if (g < 1 || g > (1L << 30)) {
            return "Generations between frames: a whole number from 1 to 1,073,741,824, not '" + step.strip() + "'";
        }
        long ms = count(delay);
        if (ms < 10 || ms > 655_350) {
            return "Frame delay: a whole number of milliseconds from 10 to 655,350, not '" + delay.strip() + "'";
        }
        return "";
    }

    /** A whole number of at least 0 typed as {@code 1000}, {@code 1,000} or {@code 1_000}; -1 when it is none. */
    static long count(String text) {
        try {
            return Math.max(-1, Long.parseLong(text.strip().replace(",", "").replace("_", "")));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void setDirectory(FileChooser fc, Path directory) {
        if (directory != null && Files.isDirectory(directory)) {
            fc.setInitialDirectory(directory.toFile());
        }
    }
}
