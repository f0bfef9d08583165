package lifefx.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import lifefx.life.Grid;
import lifefx.pattern.Macrocell;
import lifefx.sim.PatternCells;
import lifefx.universe.HashLifeUniverse;
import lifefx.universe.Topology;
import lifefx.universe.Universe;
import lifefx.universe.Universes;
import lifefx.life.GridSize;
import lifefx.pattern.Metadata;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternFormat;
import lifefx.pattern.PatternFormatException;
import lifefx.pattern.PatternLibrary;
import lifefx.pattern.Placement;
import lifefx.sim.FlightRecording;
import lifefx.sim.MemoryBudget;
import lifefx.sim.SimulationClosedException;
import lifefx.sim.Snapshot;

/**
 * The window's file commands: new, open (chooser, drag-and-drop, paste, a library pattern), save
 * and save as RLE, and the unsaved-changes prompt. Where a pattern goes is {@link Placement}'s
 * rule, shared with {@code lifefx run}; the library panel is {@link LibraryView}. Called on the FX thread only.
 *
 * <p><b>Threads.</b> Nothing here reads, parses or writes on the FX thread: a file is read, pasted
 * text is parsed and a save is written on a virtual thread, and the result comes back with one
 * {@code runLater}. Meanwhile the status bar says what is going on and the window keeps drawing. A
 * failure becomes a one-line notice in the status bar and an error prompt, and leaves the universe
 * as it was. Every command that does such work returns a future that completes <em>on the FX
 * thread</em>, after the window has been updated either way; a continuation attached to it
 * therefore runs on the FX thread too. Saves run one after another, in the order they were asked
 * for, so the file ends up with the newest one. Saving writes through {@link PatternFiles#write},
 * which writes a temporary file and moves it over the target.
 */
final class FileActions {

    private final Stage owner;
    private final Runnable fitOnNextPulse;
    private final LifeModel model;
    private final Prompts prompts;
    private final StatusBarModel status;
    private final PatternFiles files;
    private Path lastDirectory;
    /** The generations "Record profile…" offers: 100 at first, then the last count asked for. */
    private long profileGenerations = 100;
    /** The last save asked for; the next one starts after it has ended. */
    private CompletableFuture<?> saves = CompletableFuture.completedFuture(null);

    /**
     * @param owner          the window that owns the prompts
     * @param fitOnNextPulse fits the grid to the view after a load
     */
    FileActions(Stage owner, Runnable fitOnNextPulse, LifeModel model, Prompts prompts, StatusBarModel status,
                PatternFiles files) {
        this.owner = owner;
        this.fitOnNextPulse = fitOnNextPulse;
        this.model = model;
        this.prompts = prompts;
        this.status = status;
        this.files = files;
    }

    /**
     * Runs {@code work} on a new virtual thread while the status bar shows {@code activity}, and
     * completes the returned future with its result or failure on the FX thread.
     */
    private <T> CompletableFuture<T> offFx(String activity, Callable<T> work) {
        Runnable end = status.begin(activity);
        CompletableFuture<T> done = new CompletableFuture<>();
        Thread.ofVirtual().name("lifefx-files").start(() -> {
            T value = null;
            Throwable failure = null;
            try {
                value = work.call();
            } catch (Throwable t) {
                failure = t;
            }
            T v = value;
            Throwable f = failure;
            Platform.runLater(() -> {
                end.run();
                if (f == null) {
                    done.complete(v);
                } else {
                    done.completeExceptionally(f);
                }
            });
        });
        return done;
    }

    /** Unwraps what {@link CompletableFuture} wraps around a failure. */
    private static Throwable cause(Throwable t) {
        return t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    /**
     * The one-line reason a file or text {@code name} could not be read: the reader's own message
     * (which names the file, line and column), or {@code name: why}.
     */
    private static String readError(String name, Throwable t) {
        return switch (cause(t)) {
            case PatternFormatException e -> e.getMessage();
            case OutOfMemoryError e -> name + ": not enough memory to load it (start Java with a larger -Xmx)";
            case Throwable e -> name + ": " + oneLine(e);
        };
    }

    /** Shows an error both as a prompt and as the status bar's one-line notice. */
    private void fail(String title, String message) {
        status.notice(title + ": " + message);
        prompts.showError(owner, title, message);
    }

    /**
     * Asks about unsaved changes before {@code action}. The future says whether to go on: at once
     * when nothing is unsaved or the user discards or cancels; after the save when the user chose to
     * save, and then only when the save succeeded. Completes on the FX thread.
     */
    CompletableFuture<Boolean> confirmDiscard(String action) {
        if (!model.isDirty()) {
            return CompletableFuture.completedFuture(true);
        }
        return switch (prompts.askSaveChanges(owner, model.fileName(), action)) {
            case SAVE -> save();
            case DISCARD -> CompletableFuture.completedFuture(true);
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    void newUniverse() {
        confirmDiscard("start a new universe").thenAccept(ok -> {
            if (ok) {
                GridSize size = model.sizeProperty().get();
                Dialogs.newUniverse(owner, size == null ? LifeModel.DEFAULT_SIZE : size, size == null)
                        .showAndWait().ifPresent(topology -> {
                            model.newUniverse(topology);
                            fitOnNextPulse.run();
                        });
            }
        });
    }

    void open() {
        confirmDiscard("open another pattern").thenAccept(ok -> {
            if (ok) {
                prompts.chooseFileToOpen(owner, lastDirectory).ifPresent(this::openFile);
            }
        });
    }

    /**
     * Reads {@code file} off the FX thread, then loads it paused and fitted, or shows why it could
     * not. Does not ask about unsaved changes (the caller has). The future completes on the FX
     * thread once the window has been updated either way.
     */
    CompletableFuture<Void> openFile(Path file) {
        String name = String.valueOf(file.getFileName());
        return offFx("Reading " + name + "…", () -> isMacrocell(file) ? treeLoaded(files.readTree(file))
                : toLoaded(files.read(file))).handle((loaded, failure) -> {
            if (failure != null) {
                fail("Cannot open " + name, readError(name, failure));
            } else {
                lastDirectory = file.toAbsolutePath().getParent();
                show(loaded, () -> model.load(loaded.topology(), loaded.cells(), loaded.rule(), file, name, false));
            }
            return null;
        });
    }

    /**
     * A pattern in the universe it opens in, with the rule to run it under, and a note for the user
     * when it did not open where its file asked (or {@code null}).
     */
    record Loaded(Topology topology, Universe.Snapshot cells, lifefx.life.Rule rule, String note) {
    }

    /**
     * Loads a pattern paused with its rule (one command, so no generation runs the new rule on the
     * old grid, and undo gives back both), and fits it on the next pulse.
     */
    private void show(Loaded loaded, Runnable load) {
        load.run();
        fitOnNextPulse.run();
        if (loaded.note() != null) {
            status.notice(loaded.note());
        }
    }

    /** Whether {@code file} is named as a macrocell file ({@code .mc}, {@code .mc.gz}); those are read as trees, however big. */
    static boolean isMacrocell(Path file) {
        String n = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return n.endsWith(".mc") || n.endsWith(".mc.gz");
    }

    /**
     * A macrocell tree on the unbounded universe, node for node (O(nodes), never O(cells)), at its
     * generation. Runs off the FX thread.
     *
     * @throws IllegalArgumentException with a one-line reason (a B0 rule; a tree beyond the memory budget)
     */
    static Loaded treeLoaded(Macrocell tree) {
        lifefx.life.Rule rule = tree.rule().withoutTorus();
        HashLifeUniverse u = HashLifeUniverse.fromMacrocell(tree, rule, Runtime.getRuntime().maxMemory() / 4);
        return new Loaded(Topology.PLANE, u.snapshot(), rule, null);
    }

    /**
     * {@code p} placed by the shared {@link Placement} rule (keeping the current torus when the
     * pattern fits it), with the rule to run it under. Runs off the FX thread.
     *
     * @throws IllegalArgumentException with a one-line reason when the torus would not fit in memory
     */
    static Loaded toLoaded(Pattern p) {
        String note = null;
        if (p.rule().torus() == null) {
            if ((p.rule().birth() & 1) == 0) {
                return new Loaded(Topology.PLANE, PatternCells.onPlane(p), p.rule().withoutTorus(), null);
            }
            note = "rule " + p.rule() + " has B0, which the unbounded universe cannot run (the empty plane would"
                    + " turn on), so the pattern opens on a torus";
        }
        Placement at = Placement.of(p, null, null);
        Optional<String> tooBig = MemoryBudget.whyNot(at.size());
        if (tooBig.isPresent()) {
            throw new IllegalArgumentException(tooBig.get());
        }
        Grid g = at.place(p);
        return new Loaded(Topology.torus(g.size()), Universes.snapshotOf(g), p.rule().withoutTorus(), note);
    }

    /**
     * Saves to the current file when it is an RLE file, else asks where (as {@link #saveAs}). The
     * future says whether the file was written; it completes on the FX thread.
     */
    CompletableFuture<Boolean> save() {
        Path f = model.fileProperty().get();
        PatternFormat format = f == null ? null : PatternFormat.byExtension(String.valueOf(f.getFileName())).orElse(null);
        if (format != PatternFormat.RLE && format != PatternFormat.MACROCELL) {
            return saveAs();
        }
        return writeTo(f);
    }

    /** Asks where to save, then saves there (adding {@code .rle}); false when the user cancels. */
    CompletableFuture<Boolean> saveAs() {
        String suggested = model.fileName().toLowerCase(Locale.ROOT).endsWith(".rle") ? model.fileName()
                : model.fileName().replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9._-]+", "-") + ".rle";
        Optional<Path> target = prompts.chooseFileToSave(owner, lastDirectory, suggested);
        if (target.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        Path t = target.get();
        String chosen = String.valueOf(t.getFileName()).toLowerCase(Locale.ROOT);
        if (!chosen.endsWith(".rle") && !chosen.endsWith(".mc")) {
            t = t.resolveSibling(t.getFileName() + ".rle");
        }
        return writeTo(t);
    }

    /**
     * Writes the shown universe as RLE, with the torus size in the rule ({@code B3/S23:Tw,h}, as
     * Golly writes it) so that opening the file gives back the same torus. The snapshot is taken
     * now, on the FX thread; turning it into a pattern and writing it happen off the FX thread,
     * after any earlier save has ended.
     */
    private CompletableFuture<Boolean> writeTo(Path target) {
        Snapshot s = model.snapshot();
        String name = String.valueOf(target.getFileName());
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        CompletableFuture<?> previous = saves;
        saves = result;
        previous.handle((x, y) -> null).thenAccept(x -> {
            offFx("Saving " + name + "…", () -> {
                Metadata meta = Metadata.EMPTY.withName(stem(target))
                        .withComments(java.util.List.of("Saved by LifeFX at generation " + s.exactGeneration()));
                if (isMacrocell(target)) {
                    // The plane's own tree, node for node; a torus's cells as a tree (its size is lost:
                    // macrocell files are unbounded).
                    Macrocell tree = s.wraps()
                            ? Macrocell.of(PatternCells.toPattern(s.cells(), s.topology(), s.rule().withoutTorus(), meta))
                            : HashLifeUniverse.toMacrocell(s.cells(), s.rule());
                    files.write(target, tree.withMetadata(meta));
                } else {
                    files.write(target, PatternCells.toPattern(s.cells(), s.topology(), s.rule(), meta));
                }
                return null;
            }).handle((ok, failure) -> {
                if (failure != null) {
                    Throwable why = cause(failure);
                    fail("Cannot save " + name, target + ": " + (why instanceof OutOfMemoryError
                            ? "not enough memory to write it" : oneLine(why)));
                    result.complete(false);
                } else {
                    lastDirectory = target.toAbsolutePath().getParent();
                    model.markSaved(target, s);
                    status.clearNotice();
                    result.complete(true);
                }
                return null;
            });
        });
        return result;
    }

    private static String stem(Path p) {
        return String.valueOf(p.getFileName()).replaceAll("\\.[A-Za-z0-9]+$", "");
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /**
     * "Record profile…": asks how many generations and where (adding {@code .jfr}), then has the
     * simulation record that many generations of what it computes anyway (see {@link
     * lifefx.sim.Simulation#recordProfile}; the recording itself never runs on the FX thread). The
     * status bar shows the recording as work in progress, then a notice naming the file written,
     * or the error. The future says whether a file was written; it completes on the FX thread.
     */
    CompletableFuture<Boolean> recordProfile() {
        Optional<Prompts.ProfileRequest> asked = prompts.chooseProfile(owner, lastDirectory, profileGenerations);
        if (asked.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        long n = asked.get().generations();
        Path target = asked.get().file();
        if (!String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".jfr")) {
            target = target.resolveSibling(target.getFileName() + ".jfr");
        }
        profileGenerations = n;
        Path t = target;
        String name = String.valueOf(t.getFileName());
        Runnable end = status.begin("Recording the next " + n + " generations to " + name + "…");
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        model.simulation().recordProfile(t, n, FlightRecording.Settings.DEFAULT).whenComplete((written, failure) ->
                Platform.runLater(() -> {
                    end.run();
                    if (written != null) {
                        lastDirectory = t.toAbsolutePath().getParent();
                        status.notice("Profile written: " + name + ", " + n + " generations, "
                                + FlightRecording.describeSize(written.bytes()) + ", " + written.events()
                                + " LifeFX events (open it in JDK Mission Control)");
                        result.complete(true);
                    } else {
                        if (!(cause(failure) instanceof SimulationClosedException)) {
                            fail("Cannot record a profile", oneLine(cause(failure)));
                        }
                        result.complete(false);
                    }
                }));
        return result;
    }

    /**
     * Edit → Paste (Ctrl+V): the clipboard's pattern (RLE, plaintext or Life 1.06), parsed off the
     * FX thread. Completes on the FX thread with it, or with null after a one-line notice in the
     * status bar naming what is wrong and where (no dialog: nothing was lost).
     */
    CompletableFuture<Pattern> clipboardPattern() {
        Clipboard cb = Clipboard.getSystemClipboard();
        String text = cb.hasString() ? cb.getString() : null;
        if (text == null || text.isBlank()) {
            status.notice("Nothing to paste: the clipboard holds no text; copy a pattern (RLE or plaintext) first");
            return CompletableFuture.completedFuture(null);
        }
        return offFx("Reading the clipboard…", () -> files.parse(text, "clipboard")).handle((p, failure) -> {
            if (failure != null) {
                status.notice("Cannot paste: " + readError("clipboard", failure));
                return null;
            }
            if (p.cells().isEmpty()) {
                status.notice("Nothing to paste: the clipboard's pattern has no live cells");
                return null;
            }
            return p;
        });
    }

    /** File → Open from clipboard (Ctrl+Shift+V): the clipboard's text as a pattern (RLE, plaintext or Life 1.06), as an unsaved universe. */
    CompletableFuture<Void> paste() {
        Clipboard cb = Clipboard.getSystemClipboard();
        String text = cb.hasString() ? cb.getString() : null;
        if (text == null || text.isBlank()) {
            fail("Nothing to paste",
                    "the clipboard holds no text; copy a pattern in RLE (x = …, rule = …) or plaintext first");
            return CompletableFuture.completedFuture(null);
        }
        return loadText(text, "clipboard");
    }

    /**
     * Parses pattern text from {@code source} (clipboard, a dropped text) off the FX thread, then
     * asks about unsaved changes and loads it as an unsaved universe. Completes on the FX thread
     * once the window has been updated (or the user cancelled, or the text was refused).
     */
    CompletableFuture<Void> loadText(String text, String source) {
        return offFx("Reading the " + source + "…", () -> toLoaded(files.parse(text, source)))
                .handle((loaded, failure) -> {
                    if (failure != null) {
                        fail("Cannot read the " + source, readError(source, failure));
                        return CompletableFuture.completedFuture(false);
                    }
                    return confirmDiscard("replace it with the " + source).thenApply(ok -> {
                        if (ok) {
                            show(loaded, () -> model.load(loaded.topology(), loaded.cells(), loaded.rule(), null,
                                    source, true));
                        }
                        return ok;
                    });
                }).thenCompose(f -> f).thenApply(ok -> null);
    }

    /**
     * Loads a library pattern, asking about unsaved changes first; its file is read off the FX
     * thread. Completes on the FX thread.
     */
    CompletableFuture<Void> openLibraryEntry(PatternLibrary.Entry e) {
        if (e == null) {
            return CompletableFuture.completedFuture(null);
        }
        return confirmDiscard("open " + e.title()).thenCompose(ok -> {
            if (!ok) {
                return CompletableFuture.completedFuture(null);
            }
            return offFx("Reading " + e.title() + "…", () -> toLoaded(e.pattern())).handle((loaded, failure) -> {
                if (failure != null) {
                    fail("Cannot open " + e.title(), readError(e.name(), failure));
                } else {
                    show(loaded, () -> model.load(loaded.topology(), loaded.cells(), loaded.rule(), null,
                            e.name() + " (library)", false));
                }
                return null;
            });
        });
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
                Platform.runLater(() -> confirmDiscard("open " + file.getFileName()).thenAccept(go -> {
                    if (go) {
                        openFile(file);
                    }
                }));
            } else if (db.hasString()) {
                String text = db.getString();
                ok = true;
                Platform.runLater(() -> loadText(text, "dropped text"));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Whether {@code file} exists and is a regular file (for the launcher's argument check). */
    static boolean isFile(Path file) {
        return Files.isRegularFile(file);
    }
}
