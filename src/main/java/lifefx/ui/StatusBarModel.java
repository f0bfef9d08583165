package lifefx.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar says: the universe's name and whether it is saved, the work in progress off the FX thread (saving, reading a file), the
 * last one-line notice, the grid size, the zoom and the cell under the mouse. Properties and
 * commands only, no nodes; {@link StatusBarView} shows it. FX thread only.
 */
final class StatusBarModel {

    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper sizeText = new ReadOnlyStringWrapper(this, "sizeText", "");
    private final ReadOnlyStringWrapper zoomText = new ReadOnlyStringWrapper(this, "zoomText", "");
    private final ReadOnlyStringWrapper cellText = new ReadOnlyStringWrapper(this, "cellText", "");
    private final List<String> running = new ArrayList<>();
    private final StringBinding fileText;

    /** The status of the universe {@code model} shows. */
    StatusBarModel(LifeModel model) {
        fileText = Bindings.createStringBinding(
                () -> model.fileName() + (model.isDirty() ? "  •  unsaved changes" : ""),
                model.sourceNameProperty(), model.dirtyProperty());
    }

    /** The universe's name, with "unsaved changes" while there are some. */
    StringBinding fileTextProperty() {
        return fileText;
    }

    /** What is being done off the FX thread now ("Saving soup.rle…"), or empty when nothing is. */
    ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** The last one-line notice (a failed save, a file that could not be read), or empty. */
    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    ReadOnlyStringProperty sizeTextProperty() {
        return sizeText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty zoomTextProperty() {
        return zoomText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty cellTextProperty() {
        return cellText.getReadOnlyProperty();
    }

    /**
     * Shows {@code what} as work in progress until the returned handle runs (once). Several may be
     * in progress; the newest is shown.
     */
    Runnable begin(String what) {
        running.add(what);
        activity.set(what);
        boolean[] ended = {false};
        return () -> {
            if (!ended[0]) {
                ended[0] = true;
                running.remove(what);
                activity.set(running.isEmpty() ? "" : running.getLast());
            }
        };
    }

    /** Shows a one-line notice; a message of several lines is cut to its first. */
    void notice(String message) {
        notice.set(message == null ? "" : message.lines().findFirst().orElse(""));
    }

    void clearNotice() {
        notice.set("");
    }

    void showSize(String text) {
        sizeText.set(text);
    }

    void showZoom(String text) {
        zoomText.set(text);
    }

    void showCell(String text) {
        cellText.set(text);
    }
}
