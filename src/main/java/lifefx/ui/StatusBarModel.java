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
    private final ReadOnlyStringWrapper noticeFull = new ReadOnlyStringWrapper(this, "noticeFull", "");
    /** The generation on screen at the last {@link #generationShown}, or -1 before the first. */
    private long lastGeneration = -1;
    /** When the notice came (System.nanoTime), so that one stays readable while the simulation plays. */
    private long noticeSince;
    /** A notice stays at least this long, even when the simulation steps on at once. */
    static final long NOTICE_MIN_NANOS = 6_000_000_000L;
    private final ReadOnlyStringWrapper sizeText = new ReadOnlyStringWrapper(this, "sizeText", "");
    private final ReadOnlyStringWrapper zoomText = new ReadOnlyStringWrapper(this, "zoomText", "");
    private final ReadOnlyStringWrapper cellText = new ReadOnlyStringWrapper(this, "cellText", "");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(this, "selectionText", "");
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

    /** The whole text of the notice shown (its first line is {@link #noticeProperty}), or empty. */
    ReadOnlyStringProperty noticeFullProperty() {
        return noticeFull.getReadOnlyProperty();
    }

    /**
     * Shows a one-line notice; a message of several lines is cut to its first, and the whole text
     * stays one click away ({@link #noticeFullProperty}). It stays until {@link #clearNotice}, or
     * until the simulation steps on ({@link #generationShown} sees the generation grow) after it
     * has been shown {@value #NOTICE_MIN_NANOS} ns: then the cause of the notice (a failed
     * generation, a file that could not be read or written) is behind the user. Loading a document
     * (its generation is not a step on) keeps it.
     */
    void notice(String message) {
        String text = message == null ? "" : message.strip();
        notice.set(text.lines().findFirst().orElse(""));
        noticeFull.set(text);
        noticeSince = System.nanoTime();
    }

    /**
     * Tells which generation is on screen now (every frame, with the frame's {@code System.nanoTime}); a
     * step on clears a notice that has been shown long enough.
     */
    void generationShown(long generation, long now) {
        if (lastGeneration >= 0 && generation > lastGeneration && !notice.get().isEmpty()
                && now - noticeSince >= NOTICE_MIN_NANOS) {
            clearNotice();
        }
        lastGeneration = generation;
    }

    void clearNotice() {
        notice.set("");
        noticeFull.set("");
    }

    void showSize(String text) {
        sizeText.set(text);
    }

    void showZoom(String text) {
        zoomText.set(text);
    }

    /** The selection's size and population ("12 × 7 selected, 5 alive"), or empty. */
    ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    void showSelection(String text) {
        selectionText.set(text);
    }

    void showCell(String text) {
        cellText.set(text);
    }
}
