package lifefx.ui;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.pattern.Metadata;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternFormat;
import lifefx.pattern.PatternFormatException;
import lifefx.pattern.PatternLibrary;
import lifefx.pattern.PatternReader;
import lifefx.pattern.PatternWriter;
import lifefx.sim.MemoryBudget;
import lifefx.sim.Snapshot;

/**
 * The window's file commands: new, open (chooser, drag-and-drop, paste), save and save as RLE,
 * the built-in pattern library panel, and the unsaved-changes prompt. FX thread only.
 *
 * <p>Files are read on a virtual thread and the result is handed back with one {@code runLater}, so
 * a large file never stalls the window; a file that cannot be read shows the reader's one-line
 * message and leaves the universe as it was. Saving writes through {@link
 * PatternWriter#writeFile}, which writes a temporary file and moves it over the target.
 */
final class FileActions {

    /** Free rows and columns kept around a loaded pattern when the torus must grow to hold it. */
    static final int MARGIN = 32;

    private final MainWindow window;
    private final LifeModel model;
    private final Prompts prompts;
    private final PatternLibrary library = PatternLibrary.builtIn();
    private final TextField search = new TextField();
    private final ListView<PatternLibrary.Entry> libraryList = new ListView<>();
    private Path lastDirectory;

    FileActions(MainWindow window, LifeModel model, Prompts prompts) {
        this.window = window;
        this.model = model;
        this.prompts = prompts;
    }

    /**
     * Asks about unsaved changes before {@code action}; returns whether to go on. Choosing "save"
     * goes on only when the save succeeded.
     */
    boolean confirmDiscard(String action) {
        if (!model.isDirty()) {
            return true;
        }
        return switch (prompts.askSaveChanges(window.stage(), model.fileName(), action)) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    void newUniverse() {
        if (!confirmDiscard("start a new universe")) {
            return;
        }
        Dialogs.gridSize(window.stage(), "New universe", "An empty torus of this size",
                model.sizeProperty().get()).showAndWait().ifPresent(size -> {
                    model.newUniverse(size);
                    window.fitOnNextPulse();
                });
    }

    void open() {
        if (!confirmDiscard("open another pattern")) {
            return;
        }
        prompts.chooseFileToOpen(window.stage(), lastDirectory).ifPresent(this::openFile);
    }

    /**
     * Reads {@code file} off the FX thread, then loads it paused and fitted, or shows why it could
     * not. Does not ask about unsaved changes (the caller has). The future completes on the FX
     * thread once the window has been updated either way.
     */
    CompletableFuture<Void> openFile(Path file) {
        String name = String.valueOf(file.getFileName());
        GridSize current = model.sizeProperty().get();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofVirtual().name("lifefx-open").start(() -> {
            Optional<Loaded> grid;
            String error = null;
            try {
                grid = Optional.of(toGrid(PatternReader.read(file), current));
            } catch (PatternFormatException e) {
                grid = Optional.empty();
                error = e.getMessage();
            } catch (IllegalArgumentException e) {
                grid = Optional.empty();
                error = name + ": " + e.getMessage();
            } catch (OutOfMemoryError e) {
                grid = Optional.empty();
                error = name + ": not enough memory to load it (start Java with a larger -Xmx)";
            }
            Optional<Loaded> loaded = grid;
            String why = error;
            Platform.runLater(() -> {
                try {
                    if (loaded.isPresent()) {
                        lastDirectory = file.toAbsolutePath().getParent();
                        show(loaded.get(), () -> model.loadGrid(loaded.get().grid(), loaded.get().rule(), file));
                    } else {
                        prompts.showError(window.stage(), "Cannot open " + name, why);
                    }
                } finally {
                    done.complete(null);
                }
            });
        });
        return done;
    }

    /** A pattern placed on its torus, with the rule to run it under. */
    record Loaded(Grid grid, lifefx.life.Rule rule) {
    }

    /**
     * Loads a pattern paused with its rule (one command, so no generation runs the new rule on the
     * old grid, and undo gives back both), and fits it on the next pulse.
     */
    private void show(Loaded loaded, Runnable load) {
        load.run();
        window.fitOnNextPulse();
    }

    /**
     * The torus a pattern is run on: its own {@code :Tw,h} when the rule has one; else the current
     * size when the pattern fits in it with a margin, else the pattern's box with a margin of
     * {@value #MARGIN} cells (or half the box) on every side. The pattern is centred.
     *
     * @throws IllegalArgumentException with a one-line reason when the torus would not fit in memory
     */
    static Loaded toGrid(Pattern p, GridSize current) {
        GridSize size;
        if (p.rule().torus() != null) {
            size = p.rule().torus();
        } else {
            GridSize box = p.naturalSize();
            if (box.height() + 2 * 8 <= current.height() && box.width() + 2 * 8 <= current.width()) {
                size = current;
            } else {
                long h = box.height() + 2L * Math.max(MARGIN, box.height() / 2);
                long w = box.width() + 2L * Math.max(MARGIN, box.width() / 2);
                size = new GridSize((int) Math.min(h, GridSize.MAX_SIDE), (int) Math.min(w, GridSize.MAX_SIDE));
            }
        }
        Optional<String> tooBig = MemoryBudget.whyNot(size);
        if (tooBig.isPresent()) {
            throw new IllegalArgumentException(tooBig.get());
        }
        Grid grid = p.rule().torus() != null || p.population() == 0
                ? p.toGrid(size)
                : Grids.resized(p.toGrid(p.naturalSize()), size);
        return new Loaded(grid, p.rule().withoutTorus());
    }

    boolean save() {
        Path f = model.fileProperty().get();
        if (f == null || PatternFormat.byExtension(String.valueOf(f.getFileName())).orElse(null) != PatternFormat.RLE) {
            return saveAs();
        }
        return writeTo(f);
    }

    boolean saveAs() {
        String suggested = model.fileName().toLowerCase(Locale.ROOT).endsWith(".rle") ? model.fileName()
                : model.fileName().replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9._-]+", "-") + ".rle";
        Optional<Path> target = prompts.chooseFileToSave(window.stage(), lastDirectory, suggested);
        if (target.isEmpty()) {
            return false;
        }
        Path t = target.get();
        if (!String.valueOf(t.getFileName()).toLowerCase(Locale.ROOT).endsWith(".rle")) {
            t = t.resolveSibling(t.getFileName() + ".rle");
        }
        return writeTo(t);
    }

    /**
     * Writes the shown universe as RLE, with the torus size in the rule ({@code B3/S23:Tw,h}, as
     * Golly writes it) so that opening the file gives back the same torus.
     */
    private boolean writeTo(Path target) {
        Snapshot s = model.snapshot();
        Pattern p = Pattern.fromGrid(s.grid(), s.rule().withTorus(s.grid().size()))
                .withMetadata(Metadata.EMPTY.withName(stem(target))
                        .withComments(java.util.List.of("Saved by LifeFX at generation " + s.generation())));
        try {
            PatternWriter.writeFile(target, p, PatternFormat.RLE);
        } catch (IOException | IllegalArgumentException e) {
            prompts.showError(window.stage(), "Cannot save " + target.getFileName(),
                    target + ": " + oneLine(e));
            return false;
        }
        lastDirectory = target.toAbsolutePath().getParent();
        model.markSaved(target, s);
        return true;
    }

    private static String stem(Path p) {
        return String.valueOf(p.getFileName()).replaceAll("\\.[A-Za-z0-9]+$", "");
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** Ctrl+V: the clipboard's text as a pattern (RLE, plaintext or Life 1.06), as an unsaved universe. */
    void paste() {
        Clipboard cb = Clipboard.getSystemClipboard();
        String text = cb.hasString() ? cb.getString() : null;
        if (text == null || text.isBlank()) {
            prompts.showError(window.stage(), "Nothing to paste",
                    "the clipboard holds no text; copy a pattern in RLE (x = …, rule = …) or plaintext first");
            return;
        }
        loadText(text, "clipboard");
    }

    /** Loads pattern text from {@code source} (clipboard, a dropped text), asking about unsaved changes. */
    void loadText(String text, String source) {
        Loaded grid;
        try {
            grid = toGrid(PatternReader.read(text, source), model.sizeProperty().get());
        } catch (PatternFormatException e) {
            prompts.showError(window.stage(), "Cannot read the " + source, e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            prompts.showError(window.stage(), "Cannot read the " + source, source + ": " + e.getMessage());
            return;
        }
        if (!confirmDiscard("replace it with the " + source)) {
            return;
        }
        show(grid, () -> model.loadGrid(grid.grid(), grid.rule(), source, true));
    }

    /** Loads a library pattern, asking about unsaved changes first. */
    void openLibraryEntry(PatternLibrary.Entry e) {
        if (e == null || !confirmDiscard("open " + e.title())) {
            return;
        }
        Loaded grid;
        try {
            grid = toGrid(e.pattern(), model.sizeProperty().get());
        } catch (PatternFormatException | IllegalArgumentException ex) {
            prompts.showError(window.stage(), "Cannot open " + e.title(), ex.getMessage());
            return;
        }
        show(grid, () -> model.loadGrid(grid.grid(), grid.rule(), e.name() + " (library)", false));
    }

    /** Drop a pattern file (or pattern text) on the window to open it. */
    void installDragAndDrop(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() || e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            var db = e.getDragboard();
            boolean ok = false;
            if (db.hasFiles() && !db.getFiles().isEmpty()) {
                Path file = db.getFiles().getFirst().toPath();
                ok = true;
                // Ask after the drop has completed: a modal dialog inside the drop handler would
                // hold the drag source waiting.
                Platform.runLater(() -> {
                    if (confirmDiscard("open " + file.getFileName())) {
                        openFile(file);
                    }
                });
            } else if (db.hasString()) {
                String text = db.getString();
                ok = true;
                Platform.runLater(() -> loadText(text, "dropped text"));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** The searchable library panel: a search field over a list of the built-in patterns. */
    Node libraryPanel() {
        Label head = new Label("Pattern library");
        head.getStyleClass().add(Styles.TITLE_4);
        search.setPromptText("Search (name, author, kind)");
        search.setId("library-search");
        FilteredList<PatternLibrary.Entry> shown = new FilteredList<>(FXCollections.observableList(library.entries()));
        search.textProperty().addListener((o, a, text) -> {
            String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(q.isEmpty() ? null : en -> (en.name() + " " + en.title() + " " + en.author() + " "
                    + en.description()).toLowerCase(Locale.ROOT).contains(q));
            if (!shown.isEmpty()) {
                libraryList.getSelectionModel().selectFirst();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                libraryList.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                openLibraryEntry(libraryList.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        libraryList.setItems(shown);
        libraryList.setId("library-list");
        libraryList.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(PatternLibrary.Entry item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
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
                VBox box = new VBox(2, title, desc);
                setText(null);
                setGraphic(box);
                setTooltip(new javafx.scene.control.Tooltip(item.title() + " — " + item.author() + "\n"
                        + item.description()));
            }
        });
        libraryList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openLibraryEntry(libraryList.getSelectionModel().getSelectedItem());
            }
        });
        libraryList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openLibraryEntry(libraryList.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Button open = new Button("Open");
        open.getStyleClass().add(Styles.ACCENT);
        open.disableProperty().bind(libraryList.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openLibraryEntry(libraryList.getSelectionModel().getSelectedItem()));
        Label hint = new Label("Double-click or Enter opens a pattern.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox panel = new VBox(8, head, search, libraryList, open, hint);
        VBox.setVgrow(libraryList, Priority.ALWAYS);
        panel.setPadding(new Insets(8));
        panel.setPrefWidth(290);
        panel.setMinWidth(220);
        panel.getStyleClass().add("library-panel");
        // When the panel opens, typing goes straight into the search field.
        panel.visibleProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(search::requestFocus);
            }
        });
        return panel;
    }

    TextField librarySearch() {
        return search;
    }

    ListView<PatternLibrary.Entry> libraryList() {
        return libraryList;
    }

    /** Whether {@code file} exists and is a regular file (for the launcher's argument check). */
    static boolean isFile(Path file) {
        return Files.isRegularFile(file);
    }
}
