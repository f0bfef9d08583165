package lifefx.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import lifefx.pattern.PatternLibrary;

/**
 * The pattern library panel's model: the built-in patterns, the search over them, the selected one
 * and the command that opens it. Properties and commands only, no nodes; {@link LibraryView} shows
 * it. FX thread only.
 */
final class LibraryModel {

    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper(this, "query", "");
    private final ReadOnlyObjectWrapper<PatternLibrary.Entry> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final FilteredList<PatternLibrary.Entry> shown;
    private final ObservableList<PatternLibrary.Entry> shownReadOnly;
    private final Function<PatternLibrary.Entry, CompletableFuture<Void>> opener;

    /**
     * @param opener loads an entry into the window (asking about unsaved changes first); its future
     *               completes on the FX thread
     */
    LibraryModel(PatternLibrary library, Function<PatternLibrary.Entry, CompletableFuture<Void>> opener) {
        this.shown = new FilteredList<>(FXCollections.observableList(library.entries()));
        this.shownReadOnly = FXCollections.unmodifiableObservableList(shown);
        this.opener = Objects.requireNonNull(opener);
    }

    /** The patterns that match the search, in the library's order. */
    ObservableList<PatternLibrary.Entry> shown() {
        return shownReadOnly;
    }

    ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<PatternLibrary.Entry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /**
     * Shows only the patterns whose name, title, author or description contain {@code text}
     * (ignoring case), and selects the first of them.
     */
    void search(String text) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        query.set(text == null ? "" : text);
        shown.setPredicate(q.isEmpty() ? null : en -> (en.name() + " " + en.title() + " " + en.author() + " "
                + en.description()).toLowerCase(Locale.ROOT).contains(q));
        selected.set(shown.isEmpty() ? null : shown.getFirst());
    }

    void select(PatternLibrary.Entry e) {
        selected.set(e);
    }

    /** Opens the selected pattern; nothing when none is selected. Completes on the FX thread. */
    CompletableFuture<Void> openSelected() {
        PatternLibrary.Entry e = selected.get();
        return e == null ? CompletableFuture.completedFuture(null) : opener.apply(e);
    }
}
