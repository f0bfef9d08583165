package lifefx.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

/**
 * The status bar, bound to a {@link StatusBarModel}: on the left the universe's name with "unsaved
 * changes", a progress bar and what runs off the FX thread; on the right the last notice, the grid
 * size, the zoom and the cell under the mouse. FX thread only.
 */
final class StatusBarView extends StatusBar {

    /**
     * @param onNoticeClicked shows the whole text of the notice (a click on it)
     */
    StatusBarView(StatusBarModel model, java.util.function.Consumer<String> onNoticeClicked) {
        textProperty().bind(model.fileTextProperty());
        // Indeterminate while something runs off the FX thread, hidden (0) otherwise.
        progressProperty().bind(Bindings.when(model.activityProperty().isEmpty()).then(0.0).otherwise(-1.0));
        Label activity = label(model.activityProperty(), "activity-label");
        getLeftItems().add(activity);
        Label notice = label(model.noticeProperty(), "notice-label");
        notice.getStyleClass().add(Styles.DANGER);
        // The whole message, however narrow the bar: in the tooltip, and a click shows it.
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(model.noticeFullProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        notice.setTooltip(whole);
        notice.setCursor(javafx.scene.Cursor.HAND);
        notice.setOnMouseClicked(e -> {
            if (!model.noticeFullProperty().get().isEmpty()) {
                onNoticeClicked.accept(model.noticeFullProperty().get());
            }
        });
        Label size = label(model.sizeTextProperty(), "size-label");
        Label zoom = label(model.zoomTextProperty(), "zoom-label");
        zoom.setMinWidth(110);
        Label cell = label(model.cellTextProperty(), "cell-label");
        cell.setMinWidth(170);
        // The universe, generation and step stay whole; the file name and the selection give way
        // first (the selection's whole text is in its tooltip).
        size.setMinWidth(Region.USE_PREF_SIZE);
        Label selected = label(model.selectionTextProperty(), "selection-label");
        javafx.scene.control.Tooltip selectedWhole = new javafx.scene.control.Tooltip();
        selectedWhole.textProperty().bind(model.selectionTextProperty());
        selected.setTooltip(selectedWhole);
        Separator beforeSelected = new Separator(Orientation.VERTICAL);
        // Only while something is selected.
        selected.visibleProperty().bind(model.selectionTextProperty().isNotEmpty());
        selected.managedProperty().bind(selected.visibleProperty());
        beforeSelected.visibleProperty().bind(selected.visibleProperty());
        beforeSelected.managedProperty().bind(selected.visibleProperty());
        getRightItems().addAll(notice, beforeSelected, selected, new Separator(Orientation.VERTICAL), size,
                new Separator(Orientation.VERTICAL), zoom, new Separator(Orientation.VERTICAL), cell);
    }

    private static Label label(javafx.beans.value.ObservableValue<String> text, String id) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setId(id);
        return l;
    }
}
