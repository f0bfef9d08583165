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
import lifefx.sim.CellRegion;
import lifefx.universe.Topology;
import lifefx.universe.Universe;
import lifefx.universe.Universes;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import lifefx.life.Rule;
import java.util.concurrent.CompletableFuture;
import lifefx.sim.Document;
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

    /** The biggest step the keys make on a torus, which computes each generation: 2^16. */
    static final int TORUS_MAX_STEP_EXPONENT = 16;

    private CompletableFuture<Void> closing;
    private final Simulation sim;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper generation = new ReadOnlyLongWrapper(this, "generation");
    private final ReadOnlyObjectWrapper<GridSize> size = new ReadOnlyObjectWrapper<>(this, "size");
    private final ReadOnlyIntegerWrapper stepExponent = new ReadOnlyIntegerWrapper(this, "stepExponent");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper canReset = new ReadOnlyBooleanWrapper(this, "canReset");
    /** Whether the recorded history holds a generation before the one shown. */
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
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

    /*
     * The strategy and the document as the newest snapshot had them. The properties follow a
     * snapshot only when these change, never merely because a snapshot was published: a snapshot
     * published before the user's last choice was applied still carries the old value, and copying
     * it would show (and, through the picker, send again) a choice the user already replaced.
     */
    private String snapshotStrategy;
    private int snapshotThreads;
    private Document snapshotDocument;

    private final BooleanProperty overlayVisible = new SimpleBooleanProperty(this, "overlayVisible", true);
    private final BooleanProperty chartVisible = new SimpleBooleanProperty(this, "chartVisible", false);
    private final BooleanProperty libraryVisible = new SimpleBooleanProperty(this, "libraryVisible", false);
    private final BooleanProperty timelineVisible = new SimpleBooleanProperty(this, "timelineVisible", false);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
    /** Whether the grid shows the schedule map; the simulation records schedules only while it does. */
    private final BooleanProperty scheduleMapVisible = new SimpleBooleanProperty(this, "scheduleMapVisible", false);
    /** Whether the population chart shows; the simulation records the population history only while it does. */
    private final BooleanProperty populationChartVisible = new SimpleBooleanProperty(this, "populationChartVisible",
            false);
    private final javafx.beans.property.ObjectProperty<ScheduleColouring> scheduleColouring =
            new javafx.beans.property.SimpleObjectProperty<>(this, "scheduleColouring", ScheduleColouring.TIME);

    /** Auto-stop: play stops when the pattern dies, becomes still or becomes periodic (off by default). */
    private final BooleanProperty stopIfDead = new SimpleBooleanProperty(this, "stopIfDead", false);
    private final BooleanProperty stopIfStill = new SimpleBooleanProperty(this, "stopIfStill", false);
    private final BooleanProperty stopIfPeriodic = new SimpleBooleanProperty(this, "stopIfPeriodic", false);

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
        // Recording costs step time, so it runs only while someone looks at the map.
        // Carriers cost a string per record, so they are recorded only while the map is coloured by them.
        Runnable record = () -> sim.recordSchedule(scheduleMapVisible.get(),
                scheduleColouring.get() == ScheduleColouring.CARRIER);
        scheduleMapVisible.addListener((o, was, now) -> record.run());
        scheduleColouring.addListener((o, was, now) -> record.run());
        // Births and deaths cost a comparison per step, so they are recorded only while the chart shows.
        populationChartVisible.addListener((o, was, now) -> sim.recordPopulation(now));
        generation.addListener(recompute);
        savedGeneration.addListener(recompute);
        javafx.beans.InvalidationListener autoStop = o -> sim.setAutoStop(autoStopConditions());
        stopIfDead.addListener(autoStop);
        stopIfStill.addListener(autoStop);
        stopIfPeriodic.addListener(autoStop);
        title = Bindings.createStringBinding(() -> (dirty.get() ? "• " : "") + fileName() + " — LifeFX", dirty,
                sourceName);
    }

    /**
     * A model of an empty unbounded universe (HashLife), as Golly starts; the torus strategies are
     * one choice away in the strategy picker.
     */
    public LifeModel() {
        this(new Simulation(Topology.PLANE, null, Settings.DEFAULT), Settings.DEFAULT);
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
        size.set(s.torusSize().orElse(null));
        stepExponent.set(s.stepExponent());
        canUndo.set(s.canUndo());
        canRedo.set(s.canRedo());
        canReset.set(s.canReset());
        canStepBack.set(s.exactGeneration().compareTo(s.timeline().earliest()) > 0);
        if (!s.strategy().equals(snapshotStrategy)) {
            snapshotStrategy = s.strategy();
            strategy.set(s.strategy());
        }
        if (!s.document().equals(snapshotDocument)) {
            snapshotDocument = s.document();
            file.set(s.document().file());
            sourceName.set(s.document().name());
        }
        ioMode.set(s.io().mode());
        if (s.threads() != snapshotThreads) {
            snapshotThreads = s.threads();
            threads.set(s.threads());
        }
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

    /** Each step advances 2^this generations. */
    public ReadOnlyIntegerProperty stepExponentProperty() {
        return stepExponent.getReadOnlyProperty();
    }

    /**
     * Makes steps 2^{@code direction} times bigger or smaller (Golly's + and −), from 1 generation
     * up to 2^{@value Settings#MAX_STEP_EXPONENT}.
     */
    public void changeStep(int direction) {
        // A torus computes every generation of a step one by one: 2^16 per step is plenty there.
        int max = size.get() != null ? TORUS_MAX_STEP_EXPONENT : Settings.MAX_STEP_EXPONENT;
        int e = Math.clamp(stepExponent.get() + direction, 0, Math.max(max, Math.min(stepExponent.get(), max)));
        if (e != stepExponent.get()) {
            stepExponent.set(e);
            sim.setStepExponent(e);
        }
    }

    /** The torus's size, or {@code null} on the unbounded universe. */
    public ReadOnlyObjectProperty<GridSize> sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStepBackProperty() {
        return canStepBack.getReadOnlyProperty();
    }

    /** Whether the timeline bar is shown (View → Timeline). */
    public BooleanProperty timelineVisibleProperty() {
        return timelineVisible;
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

    /**
     * Whether the population chart shows; switching it on starts recording the population history
     * ({@link Simulation#recordPopulation}), off stops it (what was recorded stays, for export).
     */
    public BooleanProperty populationChartVisibleProperty() {
        return populationChartVisible;
    }

    /** Whether the grid shows the schedule map; switching it on or off starts or stops recording. */
    public BooleanProperty scheduleMapVisibleProperty() {
        return scheduleMapVisible;
    }

    /** How the schedule map colours cells. */
    public javafx.beans.property.ObjectProperty<ScheduleColouring> scheduleColouringProperty() {
        return scheduleColouring;
    }

    /** Run → Stop when the pattern dies. */
    public BooleanProperty stopIfDeadProperty() {
        return stopIfDead;
    }

    /** Run → Stop when the pattern becomes still. */
    public BooleanProperty stopIfStillProperty() {
        return stopIfStill;
    }

    /** Run → Stop when the pattern becomes periodic. */
    public BooleanProperty stopIfPeriodicProperty() {
        return stopIfPeriodic;
    }

    /** The auto-stop conditions the three properties choose. */
    java.util.Set<lifefx.analysis.AutoStop.Condition> autoStopConditions() {
        java.util.Set<lifefx.analysis.AutoStop.Condition> c = java.util.EnumSet.noneOf(lifefx.analysis.AutoStop.Condition.class);
        if (stopIfDead.get()) {
            c.add(lifefx.analysis.AutoStop.Condition.DEAD);
        }
        if (stopIfStill.get()) {
            c.add(lifefx.analysis.AutoStop.Condition.STILL);
        }
        if (stopIfPeriodic.get()) {
            c.add(lifefx.analysis.AutoStop.Condition.PERIODIC);
        }
        return c;
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

    /** One step back through the recorded history; pauses. */
    public void stepBack() {
        sim.stepBack();
    }

    /** To {@code generation} of the recorded history (moved into it); pauses. */
    public void seek(java.math.BigInteger generation) {
        sim.seek(generation);
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

    /** As {@link #randomFill(double)}; on the unbounded universe, of {@code area} (the cells in view). */
    public void randomFill(double density, CellRegion area) {
        sim.randomFill(density, System.nanoTime(), area);
    }

    /** Paints cells in universe coordinates (the grid view's editor). */
    public void paint(long stroke, long[] rows, long[] cols, boolean alive) {
        sim.paint(stroke, rows, cols, alive);
    }

    /**
     * Switches strategy. The strategy property says {@code name} at once: it shows the last choice,
     * which is what the simulation runs once the command is applied.
     */
    public void setStrategy(String name) {
        Snapshot s = snapshot.get();
        boolean wantsPlane = StrategyChoice.get(name).unbounded();
        if (s != null && wantsPlane != (s.topology() instanceof Topology.Plane)) {
            if (wantsPlane) {
                sim.switchTopology(Topology.PLANE);
            } else {
                sim.switchTopology(Topology.torus(torusAround(s)));
            }
        }
        sim.setStrategy(name);
        strategy.set(name);
    }

    /**
     * The torus a pattern of the plane moves to when a torus strategy is chosen: its bounding box
     * with a margin of {@value lifefx.pattern.Placement#MARGIN} cells on every side, at least
     * {@link #DEFAULT_SIZE}, and at most what the heap can hold (cells beyond it are then dropped,
     * with a notice, and undo brings them back).
     */
    static GridSize torusAround(Snapshot s) {
        long h = DEFAULT_SIZE.height();
        long w = DEFAULT_SIZE.width();
        var b = s.cells().bounds();
        if (b.isPresent()) {
            h = Math.max(h, b.get().height() + 2L * lifefx.pattern.Placement.MARGIN);
            w = Math.max(w, b.get().width() + 2L * lifefx.pattern.Placement.MARGIN);
        }
        while (h * w > 1L << 28 || MemoryBudget.whyNot(new GridSize((int) Math.min(h, 1 << 20),
                (int) Math.min(w, 1 << 20))).isPresent()) {
            h = Math.max(1, h / 2);
            w = Math.max(1, w / 2);
        }
        return new GridSize((int) h, (int) w);
    }

    /**
     * Switches between the unbounded universe and a torus of {@code size} ({@code null}: the
     * unbounded one), keeping the cells. Undoable.
     */
    public void switchUniverse(GridSize size) {
        sim.switchTopology(size == null ? Topology.PLANE : Topology.torus(size));
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

    /** Changes the threads setting; like the strategy, the property shows the choice at once. */
    public void setThreads(int n) {
        sim.setThreads(n);
        threads.set(n);
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

    /** A new empty torus of {@code newSize}: no file, nothing unsaved. Undoable. */
    public void newUniverse(GridSize newSize) {
        load(Grid.empty(newSize), null, Document.UNTITLED);
        markSavedAfterFlush();
    }

    /** A new empty universe of {@code topology}: no file, nothing unsaved. Undoable. */
    public void newUniverse(Topology topology) {
        load(topology, Universes.empty(topology), null, Document.UNTITLED);
        markSavedAfterFlush();
    }

    /**
     * Loads {@code cells} in a universe of {@code topology}, under {@code rule} ({@code null}: keep
     * it), as the document {@code name} read from {@code source} (may be null); with {@code
     * unsaved}, it counts as a change still to be saved. One undoable change.
     */
    public void load(Topology topology, Universe.Snapshot cells, Rule rule, Path source, String name,
                     boolean unsaved) {
        Document d = source != null ? Document.of(source) : new Document(name, null);
        load(topology, cells, rule, d);
        if (!unsaved) {
            markSavedAfterFlush();
        }
    }

    private void load(Topology topology, Universe.Snapshot cells, Rule rule, Document document) {
        sim.load(topology, cells, rule, document);
        file.set(document.file());
        sourceName.set(document.name());
    }

    /** Loads {@code grid} as the universe read from {@code source}, keeping the rule; nothing is unsaved afterwards. */
    public void loadGrid(Grid grid, Path source) {
        loadGrid(grid, null, source);
    }

    /**
     * Loads {@code grid}, to run under {@code rule} ({@code null}: keep the rule), as the universe
     * read from {@code source}; nothing is unsaved afterwards. Undo gives back grid, rule and title.
     */
    public void loadGrid(Grid grid, Rule rule, Path source) {
        load(grid, rule, source == null ? Document.UNTITLED : Document.of(source));
        markSavedAfterFlush();
    }

    /**
     * Loads {@code grid} from somewhere that is not a file ({@code name} such as "clipboard" or
     * "glider (library)"), keeping the rule; with {@code unsaved}, it counts as a change still to be saved.
     */
    public void loadGrid(Grid grid, String name, boolean unsaved) {
        loadGrid(grid, null, name, unsaved);
    }

    /** As {@link #loadGrid(Grid, String, boolean)}, run under {@code rule} ({@code null}: keep the rule). */
    public void loadGrid(Grid grid, Rule rule, String name, boolean unsaved) {
        load(grid, rule, new Document(name, null));
        if (!unsaved) {
            markSavedAfterFlush();
        }
    }

    private void load(Grid grid, Rule rule, Document document) {
        if (rule == null) {
            sim.load(grid, document);
        } else {
            sim.load(grid, rule, document);
        }
        file.set(document.file());
        sourceName.set(document.name());
    }

    /** Records that {@code saved} is what {@code target} now holds. */
    public void markSaved(Path target, Snapshot saved) {
        Document d = Document.of(target);
        sim.setDocument(d);
        file.set(d.file());
        sourceName.set(d.name());
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
    public static List<StrategyChoice> strategies() {
        return StrategyChoice.all();
    }

    public static int maxThreads() {
        return StrategyConfig.MAX_THREADS;
    }

    /**
     * Stops the simulation and its threads without waiting for them: the generation in flight is
     * cancelled and the simulation ends on its own thread, so the FX thread never waits on it.
     */
    @Override
    public void close() {
        closeAsync();
    }

    /**
     * {@link #close()}, with a future that completes once the simulation, its stepping thread and
     * the strategy's threads have all ended. Never blocks: the waiting happens on a virtual thread
     * of its own. Idempotent: later calls return the same future.
     */
    public synchronized CompletableFuture<Void> closeAsync() {
        if (closing == null) {
            sim.closeAsync();
            closing = CompletableFuture.runAsync(sim::close, r -> Thread.ofVirtual().name("lifefx-close").start(r));
        }
        return closing;
    }
}
