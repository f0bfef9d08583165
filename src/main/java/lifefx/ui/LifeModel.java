package lifefx.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import lifefx.cellio.CellIoMode;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.sim.MemoryBudget;
import lifefx.sim.Notice;
import lifefx.sim.Settings;
import lifefx.sim.Simulation;
import lifefx.sim.Snapshot;

/**
 * The window's model: the simulation, what the window shows of it as read-only properties, and
 * every command the window offers as a method. It owns no nodes. Use on the JavaFX application
 * thread only; it never waits for a generation (every simulation command just queues).
 *
 * <p>{@link #pulse()} is called once per frame and copies the newest snapshot into the properties,
 * which change only when their value does, so bindings do no work while nothing happens.
 */
public final class LifeModel implements AutoCloseable {

    /** A speed choice: a label and generations per second (0: as fast as possible). */
    public record Speed(String label, double gps) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The speed choices, slowest first; the last is "as fast as possible". */
    public static final List<Speed> SPEEDS = List.of(
            new Speed("1 gen/s", 1), new Speed("2 gen/s", 2), new Speed("5 gen/s", 5), new Speed("10 gen/s", 10),
            new Speed("30 gen/s", 30), new Speed("60 gen/s", 60), new Speed("120 gen/s", 120),
            new Speed("500 gen/s", 500), new Speed("unlimited", 0));

    /** Grid of a new window with no file: large enough to draw in, small enough to be instant. */
    public static final GridSize DEFAULT_SIZE = new GridSize(200, 320);

    private final Simulation sim;
    private CompletableFuture<Void> closing;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper generation = new ReadOnlyLongWrapper(this, "generation");
    private final ReadOnlyObjectWrapper<GridSize> size = new ReadOnlyObjectWrapper<>(this, "size");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper canReset = new ReadOnlyBooleanWrapper(this, "canReset");
    private final ReadOnlyObjectWrapper<String> strategy = new ReadOnlyObjectWrapper<>(this, "strategy");
    private final ReadOnlyObjectWrapper<String> ioMode = new ReadOnlyObjectWrapper<>(this, "ioMode", "none");
    private final ReadOnlyObjectWrapper<Integer> threads = new ReadOnlyObjectWrapper<>(this, "threads");
    private final ReadOnlyObjectWrapper<Rule> rule = new ReadOnlyObjectWrapper<>(this, "rule");
    private final ReadOnlyObjectWrapper<Speed> speed = new ReadOnlyObjectWrapper<>(this, "speed", SPEEDS.getLast());
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<String> sourceName = new ReadOnlyObjectWrapper<>(this, "sourceName", "untitled");
    private final ReadOnlyLongWrapper savedEdits = new ReadOnlyLongWrapper(this, "savedEdits");
    private final ReadOnlyLongWrapper savedGeneration = new ReadOnlyLongWrapper(this, "savedGeneration");
    private final ReadOnlyLongWrapper edits = new ReadOnlyLongWrapper(this, "edits");
    /*
     * A property set only when its value changes, not a binding over the generation: the window
     * title is bound to it, and a stage pushes every title invalidation to the window system, which
     * would otherwise happen on every frame while playing.
     */
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final StringBinding title;

    private final BooleanProperty overlayVisible = new SimpleBooleanProperty(this, "overlayVisible", true);
    private final BooleanProperty chartVisible = new SimpleBooleanProperty(this, "chartVisible", false);
    private final BooleanProperty libraryVisible = new SimpleBooleanProperty(this, "libraryVisible", false);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);

    public LifeModel(Grid initial, Settings settings) {
        this(new Simulation(initial, settings), settings);
    }

    /** A model of {@code sim}, which was started with {@code settings} (tests pass their own). */
    LifeModel(Simulation sim, Settings settings) {
        this.sim = sim;
        for (Speed s : SPEEDS) {
            if (s.gps() == settings.speedLimit()) {
                speed.set(s);
            }
        }
        copy(sim.latest());
        savedEdits.set(sim.latest().edits());
        savedGeneration.set(sim.latest().generation());
        javafx.beans.InvalidationListener recompute = o -> dirty.set(
                edits.get() != savedEdits.get() || generation.get() != savedGeneration.get());
        edits.addListener(recompute);
        savedEdits.addListener(recompute);
        generation.addListener(recompute);
        savedGeneration.addListener(recompute);
        title = Bindings.createStringBinding(() -> (dirty.get() ? "• " : "") + fileName() + " — LifeFX", dirty,
                sourceName);
    }

    /** A model of an empty {@link #DEFAULT_SIZE} grid with default settings. */
    public LifeModel() {
        this(Grid.empty(DEFAULT_SIZE), Settings.DEFAULT);
    }

    public Simulation simulation() {
        return sim;
    }

    /** Copies the newest snapshot into the properties; once per frame. Returns it. */
    public Snapshot pulse() {
        Snapshot s = sim.latest();
        if (s != snapshot.get()) {
            copy(s);
        }
        return s;
    }

    private void copy(Snapshot s) {
        snapshot.set(s);
        running.set(s.running());
        generation.set(s.generation());
        size.set(s.grid().size());
        canUndo.set(s.canUndo());
        canRedo.set(s.canRedo());
        canReset.set(s.canReset());
        strategy.set(s.strategy());
        ioMode.set(s.io().mode());
        threads.set(s.threads());
        rule.set(s.rule());
        edits.set(s.edits());
        if (s.notice() != null && !s.notice().equals(notice.get())) {
            notice.set(s.notice());
        }
    }

    // ---- Properties (read-only outside) -------------------------------------------------------

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public Snapshot snapshot() {
        return snapshot.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GridSize> sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResetProperty() {
        return canReset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> strategyProperty() {
        return strategy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> threadsProperty() {
        return threads.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Rule> ruleProperty() {
        return rule.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Speed> speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** The newest notice from the simulation (a failed generation), or {@code null}. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The file the pattern came from or was last saved to, or {@code null}. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Whether the universe changed since it was loaded or saved (edits or generations). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** {@code • name — LifeFX}, with the dot while there are unsaved changes. */
    public StringBinding titleProperty() {
        return title;
    }

    /**
     * What the universe is called: the file's name, a library pattern's name, "clipboard", or
     * "untitled".
     */
    public String fileName() {
        return sourceName.get();
    }

    public ReadOnlyObjectProperty<String> sourceNameProperty() {
        return sourceName.getReadOnlyProperty();
    }

    public BooleanProperty overlayVisibleProperty() {
        return overlayVisible;
    }

    public BooleanProperty chartVisibleProperty() {
        return chartVisible;
    }

    public BooleanProperty libraryVisibleProperty() {
        return libraryVisible;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    // ---- Commands ------------------------------------------------------------------------------

    public void togglePlay() {
        if (running.get()) {
            sim.pause();
        } else {
            sim.play();
        }
    }

    public void play() {
        sim.play();
    }

    public void pause() {
        sim.pause();
    }

    public void step() {
        sim.step();
    }

    public void reset() {
        sim.reset();
    }

    public void undo() {
        sim.undo();
    }

    public void redo() {
        sim.redo();
    }

    public void clear() {
        sim.clear();
    }

    /** Fills every cell at random with the given density (0..1). */
    public void randomFill(double density) {
        sim.randomFill(density, System.nanoTime());
    }

    /** Paints cells in universe coordinates (the grid view's editor). */
    public void paint(long stroke, long[] rows, long[] cols, boolean alive) {
        int[] r = new int[rows.length];
        int[] c = new int[cols.length];
        for (int i = 0; i < rows.length; i++) {
            // The torus is the region at (0, 0); an unbounded universe would take longs directly.
            r[i] = (int) rows[i];
            c[i] = (int) cols[i];
        }
        sim.paint(stroke, r, c, alive);
    }

    public void setStrategy(String name) {
        sim.setStrategy(name);
    }

    /**
     * Switches the cell I/O ({@code none}, {@code latency}, {@code socket}) at the next generation
     * boundary; {@code latencyNanos} is ignored for {@code none}.
     */
    public void setIo(String mode, long latencyNanos) {
        sim.setIo(CellIoMode.of(mode, mode.equals(CellIoMode.None.NAME) ? 0 : latencyNanos));
    }

    /** The cell I/O mode the simulation runs with (it falls back to none when I/O cannot start). */
    public ReadOnlyObjectProperty<String> ioModeProperty() {
        return ioMode.getReadOnlyProperty();
    }

    /** The cell I/O mode names, in the order the picker lists them. */
    public static List<String> ioModes() {
        return CellIoMode.NAMES;
    }

    public void setThreads(int n) {
        sim.setThreads(n);
    }

    public void setSpeed(Speed s) {
        sim.setSpeedLimit(s.gps());
        speed.set(s);
    }

    /** One step faster (+1) or slower (-1) along {@link #SPEEDS}. */
    public void changeSpeed(int direction) {
        int i = SPEEDS.indexOf(speed.get());
        int j = Math.clamp(i + direction, 0, SPEEDS.size() - 1);
        if (j != i) {
            setSpeed(SPEEDS.get(j));
        }
    }

    /** Why {@code text} is not a rule, or empty when it is one. */
    public static Optional<String> ruleError(String text) {
        try {
            Rule.parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Applies the rule in {@code text}.
     *
     * @throws IllegalArgumentException with the parser's one-line message when it is not a rule
     */
    public void setRule(String text) {
        sim.setRule(Rule.parse(text));
    }

    /**
     * Why {@code text} is not an acceptable grid size (unparsable, too large for the heap), or empty
     * when it is acceptable.
     */
    public static Optional<String> sizeError(String text) {
        GridSize size;
        try {
            size = GridSize.parse(text);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return MemoryBudget.whyNot(size);
    }

    /** Resizes the torus, keeping the pattern centred. Undoable. */
    public void resize(GridSize newSize) {
        sim.resize(newSize);
    }

    /** A new empty universe of {@code newSize}: no file, nothing unsaved. Undoable. */
    public void newUniverse(GridSize newSize) {
        sim.load(Grid.empty(newSize));
        file.set(null);
        sourceName.set("untitled");
        markSavedAfterFlush();
    }

    /** Loads {@code grid} as the universe read from {@code source}; nothing is unsaved afterwards. */
    public void loadGrid(Grid grid, Path source) {
        sim.load(grid);
        file.set(source);
        sourceName.set(source == null ? "untitled" : String.valueOf(source.getFileName()));
        markSavedAfterFlush();
    }

    /**
     * Loads {@code grid} from somewhere that is not a file ({@code name} such as "clipboard" or
     * "glider (library)"); with {@code unsaved}, it counts as a change still to be saved.
     */
    public void loadGrid(Grid grid, String name, boolean unsaved) {
        sim.load(grid);
        file.set(null);
        sourceName.set(name);
        if (!unsaved) {
            markSavedAfterFlush();
        }
    }

    /** Records that {@code saved} is what {@code target} now holds. */
    public void markSaved(Path target, Snapshot saved) {
        file.set(target);
        sourceName.set(String.valueOf(target.getFileName()));
        savedEdits.set(saved.edits());
        savedGeneration.set(saved.generation());
    }

    /**
     * After a load, "saved" is the state once the load has been applied, which the simulation
     * reports asynchronously; the flush completes off the FX thread, so hop back.
     */
    private void markSavedAfterFlush() {
        sim.flush().thenAccept(s -> javafx.application.Platform.runLater(() -> {
            savedEdits.set(s.edits());
            savedGeneration.set(s.generation());
            copy(sim.latest());
        }));
    }

    /** Strategy names and one-line descriptions, in the registry's order. */
    public static List<StrategyRegistry.Entry> strategies() {
        return StrategyRegistry.all();
    }

    public static int maxThreads() {
        return StrategyConfig.MAX_THREADS;
    }

    /**
     * Starts stopping the simulation and its threads on a virtual thread of its own, so the caller
     * (the FX thread) never waits for a generation. Idempotent: later calls return the same future,
     * which completes on that thread once everything has ended.
     */
    public synchronized CompletableFuture<Void> closeAsync() {
        if (closing == null) {
            closing = CompletableFuture.runAsync(sim::close,
                    r -> Thread.ofVirtual().name("lifefx-close").start(r));
        }
        return closing;
    }

    /** Stops the simulation and its threads, and waits for them; not for the FX thread. */
    @Override
    public void close() {
        closeAsync().join();
    }
}
