package lifefx.ui;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import lifefx.universe.Topology;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import lifefx.life.GridSize;

/** The window's small dialogs, built in code. FX thread only. */
final class Dialogs {

    private Dialogs() {
    }

    /**
     * Asks for a grid size as {@code HxW}, validating as the user types: the parser's message for
     * bad text, or the memory budget's reason for a size that would not fit. OK is disabled until
     * the text is acceptable.
     */
    static Dialog<GridSize> gridSize(Window owner, String title, String intro, GridSize current) {
        Dialog<GridSize> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(intro);
        TextField field = new TextField(current.toString());
        field.setPromptText("HEIGHTxWIDTH, for example 500x900");
        field.setPrefColumnCount(16);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.setMinHeight(Label.USE_PREF_SIZE);
        Label hint = new Label("Height × width in cells; the torus wraps at both edges.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8, field, hint, error);
        box.setPadding(new Insets(4, 0, 0, 0));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        Runnable validate = () -> {
            Optional<String> why = LifeModel.sizeError(field.getText());
            error.setText(why.orElse(""));
            field.pseudoClassStateChanged(Styles.STATE_DANGER, why.isPresent());
            ok.setDisable(why.isPresent());
            // The message may take more lines than the last one: the dialog grows (or shrinks) to
            // it, so its buttons are never cut off.
            Platform.runLater(() -> {
                if (d.isShowing()) {
                    d.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
        };
        field.textProperty().addListener((o, a, b) -> validate.run());
        validate.run();
        d.setResultConverter(b -> b == ButtonType.OK ? GridSize.parse(field.getText()) : null);
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        return d;
    }

    /**
     * File → New: the unbounded universe (HashLife, as Golly starts) or a torus of a size typed as
     * {@code HxW}, validated as the user types. Returns the topology chosen.
     */
    static Dialog<Topology> newUniverse(Window owner, GridSize torusSize, boolean unboundedFirst) {
        Dialog<Topology> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("New universe");
        d.setHeaderText("An empty universe");
        ToggleGroup kind = new ToggleGroup();
        RadioButton plane = new RadioButton("Unbounded: no edges; runs with HashLife");
        RadioButton torus = new RadioButton("Torus: both edges wrap; runs with every concurrency strategy");
        plane.setId("new-unbounded");
        torus.setId("new-torus");
        plane.setToggleGroup(kind);
        torus.setToggleGroup(kind);
        TextField field = new TextField(torusSize.toString());
        field.setId("new-torus-size");
        field.setPromptText("HEIGHTxWIDTH, for example 500x900");
        field.setPrefColumnCount(16);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.setMinHeight(Label.USE_PREF_SIZE);
        HBox sizeRow = new HBox(8, new Label("Size (height × width)"), field);
        sizeRow.setPadding(new Insets(0, 0, 0, 24));
        VBox box = new VBox(8, plane, torus, sizeRow, error);
        box.setPadding(new Insets(4, 16, 0, 4));
        box.setMinWidth(Region.USE_PREF_SIZE);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        Runnable validate = () -> {
            boolean onTorus = torus.isSelected();
            field.setDisable(!onTorus);
            Optional<String> why = onTorus ? LifeModel.sizeError(field.getText()) : Optional.empty();
            error.setText(why.orElse(""));
            field.pseudoClassStateChanged(Styles.STATE_DANGER, why.isPresent());
            ok.setDisable(why.isPresent());
        };
        (unboundedFirst ? plane : torus).setSelected(true);
        kind.selectedToggleProperty().addListener((o, a, b) -> validate.run());
        field.textProperty().addListener((o, a, b) -> validate.run());
        validate.run();
        d.setResultConverter(b -> b != ButtonType.OK ? null
                : torus.isSelected() ? Topology.torus(GridSize.parse(field.getText())) : Topology.PLANE);
        return d;
    }

    /** Asks for a density between 0 and 100 %. */
    static Dialog<Double> randomFill(Window owner, double initial) {
        Dialog<Double> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Random fill");
        d.setHeaderText("Replace every cell at random (undo brings the old cells back)");
        Slider density = new Slider(1, 99, initial * 100);
        density.setShowTickLabels(true);
        density.setShowTickMarks(true);
        density.setMajorTickUnit(25);
        density.setPrefWidth(320);
        Label value = new Label();
        value.textProperty().bind(density.valueProperty().asString("%.0f %% alive"));
        GridPane grid = new GridPane(12, 8);
        grid.addRow(0, new Label("Density"), density, value);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? Math.rint(density.getValue()) / 100 : null);
        return d;
    }

    /**
     * Help → About: the app, Java and JavaFX versions and the operating system, the lines {@code
     * lifefx --version} prints, in a read-only text area so they can be copied into a bug report.
     */
    static Dialog<Void> about(Window owner) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("About LifeFX");
        d.setHeaderText("LifeFX: Conway's Game of Life, computed by interchangeable concurrency strategies");
        java.util.List<String> lines = lifefx.sim.AppInfo.current().lines();
        javafx.scene.control.TextArea facts = new javafx.scene.control.TextArea(String.join("\n", lines));
        facts.setEditable(false);
        facts.setId("about-facts");
        // One row more than the lines, so all show with no scroll bar.
        facts.setPrefRowCount(lines.size() + 1);
        facts.setMinHeight(Region.USE_PREF_SIZE);
        facts.setPrefColumnCount(48);
        d.getDialogPane().setContent(facts);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return d;
    }

    /** A key column entry, wrapped onto more lines rather than cut (the mouse gestures are long). */
    private static Label keyLabel(String text) {
        Label key = new Label(text);
        key.getStyleClass().add("key-text");
        key.setWrapText(true);
        key.setMaxWidth(230);
        key.setMinWidth(Math.min(230, key.prefWidth(-1)));
        key.setMinHeight(Region.USE_PREF_SIZE);
        return key;
    }

    /** A description, wrapped onto more lines rather than cut. */
    private static Label descriptionLabel(String text) {
        Label d = new Label(text);
        d.setWrapText(true);
        d.setMaxWidth(440);
        d.setMinHeight(Region.USE_PREF_SIZE);
        return d;
    }

    /** Help → Keys: every shortcut from {@link Shortcut}, grouped by menu, and the mouse gestures. */
    static Dialog<Void> keys(Window owner) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Keys");
        d.setHeaderText("Keyboard and mouse");
        GridPane grid = new GridPane(24, 3);
        int row = 0;
        String menu = null;
        for (Shortcut s : Shortcut.values()) {
            if (s.keys().isEmpty()) {
                continue;
            }
            if (!s.menu().equals(menu)) {
                menu = s.menu();
                Label head = new Label(menu);
                head.getStyleClass().add(Styles.TEXT_BOLD);
                GridPane.setMargin(head, new Insets(row == 0 ? 0 : 8, 0, 2, 0));
                grid.add(head, 0, row++, 2, 1);
            }
            grid.addRow(row++, keyLabel(s.keyText()), descriptionLabel(s.description()));
        }
        Label head = new Label("Mouse");
        head.getStyleClass().add(Styles.TEXT_BOLD);
        GridPane.setMargin(head, new Insets(8, 0, 2, 0));
        grid.add(head, 0, row++, 2, 1);
        for (String[] m : Shortcut.MOUSE) {
            grid.addRow(row++, keyLabel(m[0]), descriptionLabel(m[1]));
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(760);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return d;
    }
}
