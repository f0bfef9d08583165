package lifefx.ui;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lifefx.pattern.PatternLibrary;

/**
 * The searchable pattern library panel: a search field over a list of the built-in patterns, bound
 * to a {@link LibraryModel}. Double-click, Enter or the Open button opens the selected pattern.
 * FX thread only.
 */
final class LibraryView extends VBox {

    private final TextField search = new TextField();
    private final ListView<PatternLibrary.Entry> list = new ListView<>();

    LibraryView(LibraryModel model) {
        super(8);
        Label head = new Label("Pattern library");
        head.getStyleClass().add(Styles.TITLE_4);
        search.setPromptText("Search (name, author, kind)");
        search.setId("library-search");
        search.textProperty().addListener((o, a, text) -> model.search(text));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                model.openSelected();
                e.consume();
            }
        });
        list.setItems(model.shown());
        list.setId("library-list");
        list.setCellFactory(lv -> new EntryCell());
        // The list's selection and the model's follow each other.
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.select(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (b != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(b);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openSelected();
                e.consume();
            }
        });
        Button open = new Button("Open");
        open.getStyleClass().add(Styles.ACCENT);
        open.disableProperty().bind(model.selectedProperty().isNull());
        open.setOnAction(e -> model.openSelected());
        Label hint = new Label("Double-click or Enter opens a pattern.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        getChildren().addAll(head, search, list, open, hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        setPadding(new Insets(8));
        setPrefWidth(290);
        setMinWidth(220);
        getStyleClass().add("library-panel");
        // When the panel opens, typing goes straight into the search field.
        visibleProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(search::requestFocus);
            }
        });
    }

    TextField search() {
        return search;
    }

    ListView<PatternLibrary.Entry> list() {
        return list;
    }

    /** A pattern's title in bold over its description, wrapped to the list's width. */
    private static final class EntryCell extends ListCell<PatternLibrary.Entry> {
        @Override
        protected void updateItem(PatternLibrary.Entry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            Label title = new Label(item.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label desc = new Label(item.description());
            desc.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            desc.setWrapText(true);
            desc.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            // Wrap to the list's width (minus padding and scroll bar) instead of cutting off.
            desc.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            desc.prefWidthProperty().bind(desc.maxWidthProperty());
            setText(null);
            setGraphic(new VBox(2, title, desc));
            setTooltip(new Tooltip(item.title() + " — " + item.author() + "\n" + item.description()));
        }
    }
}
