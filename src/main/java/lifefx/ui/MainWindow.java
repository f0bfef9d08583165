package lifefx.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import lifefx.life.GridSize;
import lifefx.pattern.PatternLibrary;
import lifefx.sim.Notice;
import lifefx.sim.CellRegion;
import lifefx.universe.Bounds;
import lifefx.universe.Topology;
import lifefx.sim.Snapshot;

/**
 * The LifeFX window: composes the menu bar, the toolbar, the pattern library, the grid view with
 * its timing overlay, the timing chart and the status bar, each a view bound to its model ({@link
 * MenuBarView}/{@link MenuBarModel}, {@link ToolBarView}/{@link ToolBarModel}, {@link
 * LibraryView}/{@link LibraryModel}, {@link StatusBarView}/{@link StatusBarModel}) over the one
 * {@link LifeModel}. It owns what joins them: the {@link Commands} table, the keys, the pulse and
 * closing; the keys are {@link WindowKeys}. Use on the JavaFX application thread only.
 *
 * <p>An {@link AnimationTimer} reads the newest snapshot once per pulse and hands it to the views;
 * the FX thread never waits for a generation and nothing is posted per generation.
 */
public final class MainWindow {

    private final Stage stage;
    private final LifeModel model;
    private final Prompts prompts;
    private final Viewport viewport = new Viewport();
    private final GridView gridView;
    private final TimingOverlay overlay = new TimingOverlay();
    private final ScheduleLegend scheduleLegend = new ScheduleLegend();
    private final TimingChart chart = new TimingChart();
    private final TimelineModel timelineModel;
    private final TimelineView timeline;
    private final PopulationChart populationChart = new PopulationChart();
    private final Commands commands = new Commands();
    private final StatusBarModel status;
    private final SelectionModel selection;
    private final FileActions files;
    private final ExportActions exports;
    private final ToolBarModel toolBarModel;
    private final ToolBarView toolBar;
    private final MenuBarView menuBar;
    private final LibraryModel libraryModel;
    private final LibraryView library;
    private final BorderPane root = new BorderPane();
    private final PerfMonitor perf = PerfMonitor.fromSystemProperties();
    private final AnimationTimer timer;

    private Topology shownTopology;
    private Snapshot statusShown;
    private boolean fitPending = true;
    /** The overlay text last measured for the box a fit keeps clear, and that box; see {@link #keepClearOfOverlay}. */
    private String clearMeasured;
    private double clearWidth;
    private double clearHeight;
    private long shownViewportRevision = -1;
    private double lastDensity = 0.25;
    private CompletableFuture<Void> disposed;
    private RaceWindow race;
    private IdentifyModel identifyModel;
    private IdentifyView identifyView;

    /**
     * Builds the window on {@code stage} (not shown yet).
     *
     * @param prompts how to ask the user; tests pass answers that need no dialog
     */
    public MainWindow(Stage stage, LifeModel model, Prompts prompts) {
        this(stage, model, prompts, PatternFiles.STANDARD);
    }

    /** As the public constructor, reading and writing patterns through {@code patternFiles}. */
    MainWindow(Stage stage, LifeModel model, Prompts prompts, PatternFiles patternFiles) {
        this.stage = Objects.requireNonNull(stage);
        this.model = Objects.requireNonNull(model);
        this.prompts = Objects.requireNonNull(prompts);
        this.gridView = new GridView(viewport, model::paint);
        this.status = new StatusBarModel(model);
        this.selection = new SelectionModel(model, status, viewport);
        gridView.setGestures(selection);
        selection.selectionProperty().addListener((o, a, b) -> gridView.setOverlay(b, selection.ghostProperty().get()));
        selection.ghostProperty().addListener((o, a, b) -> gridView.setOverlay(selection.selectionProperty().get(), b));
        selection.textProperty().addListener((o, a, b) -> status.showSelection(b));
        this.files = new FileActions(stage, this::fitOnNextPulse, model, prompts, status,
                Objects.requireNonNull(patternFiles));
        this.exports = new ExportActions(stage, model, prompts, status, viewport,
                () -> model.darkThemeProperty().get() ? Palette.DARK : Palette.LIGHT, populationChart::isLogScale);
        this.toolBarModel = new ToolBarModel(model, commands);
        this.toolBar = new ToolBarView(toolBarModel, gridView::requestFocus);
        this.menuBar = new MenuBarView(new MenuBarModel(model, commands, selection));
        this.libraryModel = new LibraryModel(PatternLibrary.builtIn(), files::openLibraryEntry);
        this.library = new LibraryView(libraryModel);
        this.timelineModel = new TimelineModel(model::seek);
        this.timeline = new TimelineView(timelineModel);
        bindCommands();

        StackPane center = new StackPane(gridView, overlay, scheduleLegend);
        scheduleLegend.visibleProperty().bind(model.scheduleMapVisibleProperty());
        center.getStyleClass().add("grid-pane");
        overlay.visibleProperty().bind(model.overlayVisibleProperty());
        chart.visibleProperty().bind(model.chartVisibleProperty());
        chart.managedProperty().bind(chart.visibleProperty());
        timeline.visibleProperty().bind(model.timelineVisibleProperty());
        timeline.managedProperty().bind(timeline.visibleProperty());
        populationChart.visibleProperty().bind(model.populationChartVisibleProperty());
        populationChart.managedProperty().bind(populationChart.visibleProperty());
        VBox middle = new VBox(center, timeline, chart, populationChart);
        VBox.setVgrow(center, Priority.ALWAYS);
        library.visibleProperty().bind(model.libraryVisibleProperty());
        library.managedProperty().bind(library.visibleProperty());
        root.setTop(new VBox(menuBar, toolBar));
        root.setLeft(library);
        root.setCenter(middle);
        root.setBottom(new StatusBarView(status, text -> prompts.showError(stage, "Notice", text)));
        gridView.cellUnderMouseProperty().addListener((o, a, c) -> {
            Snapshot s = model.snapshot();
            status.showCell(c == null ? "" : "row " + c.row() + ", col " + c.col()
                    + (s != null && s.isAlive(c.row(), c.col()) ? " (alive)" : ""));
        });

        double[] size = initialSize();
        Scene scene = new Scene(root, size[0], size[1]);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("lifefx.css"), "lifefx.css is missing from the jar").toExternalForm());
        WindowKeys.install(scene, commands, gridView, model::togglePlay);
        if (perf != null) {
            scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> perf.keyPressed(e.getCode().getName()));
        }
        files.installDragAndDrop(scene);
        stage.setScene(scene);
        // The app's icon (made from assets/icons/lifefx.png by packaging/make-icons.py) in every
        // size, so the desktop picks the one it shows in the taskbar and the window switcher.
        for (int iconSize : new int[] {32, 64, 128, 256}) {
            java.net.URL icon = MainWindow.class.getResource("/icons/lifefx-" + iconSize + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
            }
        }
        stage.titleProperty().bind(model.titleProperty());
        stage.setOnCloseRequest(this::onCloseRequest);
        stage.setMinWidth(640);
        stage.setMinHeight(420);

        model.darkThemeProperty().addListener((o, was, dark) -> applyTheme(dark));
        applyTheme(model.darkThemeProperty().get());
        model.noticeProperty().addListener((o, was, n) -> showNotice(n));

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onPulse(now);
            }
        };
    }

    /**
     * The window's first size: most of the screen, at most 1400 × 1150, or exactly {@code
     * -Dlifefx.windowSize=WxH} (used to measure a 1000 × 1000 grid at one pixel per cell).
     */
    private static double[] initialSize() {
        String forced = System.getProperty("lifefx.windowSize");
        if (forced != null) {
            try {
                GridSize s = GridSize.parse(forced);
                return new double[] {s.height(), s.width()};
            } catch (IllegalArgumentException e) {
                System.err.println("lifefx: ignoring -Dlifefx.windowSize=" + forced + ": expected WIDTHxHEIGHT");
            }
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new double[] {Math.min(1400, screen.getWidth() * 0.9), Math.min(1150, screen.getHeight() * 0.9)};
    }

    public Stage stage() {
        return stage;
    }

    public LifeModel model() {
        return model;
    }

    public GridView gridView() {
        return gridView;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** The schedule map's legend (for tests). */
    ScheduleLegend scheduleLegend() {
        return scheduleLegend;
    }

    public TimingOverlay overlay() {
        return overlay;
    }

    public TimingChart chart() {
        return chart;
    }

    /** The timeline bar (for tests). */
    TimelineView timeline() {
        return timeline;
    }

    /** The population chart (View → Population chart, P). */
    public PopulationChart populationChart() {
        return populationChart;
    }

    /**
     * The exports: PNG and animated GIF of any cell rectangle ({@link ExportActions#exportPng},
     * {@link ExportActions#exportGif}, given a {@link lifefx.sim.CellImages.Area}), and the population
     * history.
     */
    ExportActions exports() {
        return exports;
    }

    FileActions files() {
        return files;
    }

    Prompts prompts() {
        return prompts;
    }

    ToolBarView toolBar() {
        return toolBar;
    }

    MenuBarView menuBar() {
        return menuBar;
    }

    LibraryView library() {
        return library;
    }

    StatusBarModel statusModel() {
        return status;
    }

    /**
     * The selection and the paste in progress. {@code selection().selectionProperty()} is the
     * selected cell rectangle (universe rows and columns; null when nothing is selected), what
     * an export of the selection reads.
     */
    SelectionModel selection() {
        return selection;
    }

    /** Shows the window and starts the pulse timer. */
    public void show() {
        stage.show();
        timer.start();
        gridView.requestFocus();
    }

    /**
     * Fits the pattern to the view once the simulation has applied every command sent so far (a
     * load, a resize, a switch of universe): a flush says when, so the fit measures the new cells,
     * not the ones shown while the command was on its way.
     */
    public void fitOnNextPulse() {
        model.simulation().flush().whenComplete((s, failure) -> Platform.runLater(() -> fitPending = true));
    }

    /** Whether the command {@code s} does something in this window (every one should). */
    boolean hasAction(Shortcut s) {
        return commands.has(s);
    }

    /** Runs the command {@code s} as if its key was pressed. */
    public void run(Shortcut s) {
        commands.run(s);
    }

    // ---- The pulse ----------------------------------------------------------------------------

    private void onPulse(long now) {
        long t0 = System.nanoTime();
        Snapshot s = model.pulse();
        if (!s.topology().equals(shownTopology)) {
            // A new kind or size of universe: fit it (a new torus, or the plane's pattern).
            fitPending = true;
            shownTopology = s.topology();
        }
        status.generationShown(s.generation(), System.nanoTime());
        if (s != statusShown) {
            statusShown = s;
            status.showSize(String.format(java.util.Locale.ROOT, "%s  ·  generation %,d  ·  step %s",
                    s.topology() instanceof Topology.Torus(GridSize g) ? g.height() + " × " + g.width() + " torus"
                            : "unbounded", s.exactGeneration(), StepText.format(s.stepExponent())));
        }
        if (s.topology() instanceof Topology.Torus(GridSize g)) {
            CellRegion whole = new CellRegion(0, 0, g.height(), g.width());
            viewport.setContent(whole);
            viewport.setMinZoom(Math.min(0, viewport.fitZoom(whole)));
            viewport.setStretchToFit(true);
        } else {
            viewport.setMinZoom(Viewport.MIN_ZOOM);
            viewport.setStretchToFit(false);
        }
        if (fitPending && gridView.getWidth() > 1) {
            fit(s);
            fitPending = false;
        }
        boolean scheduleShown = model.scheduleMapVisibleProperty().get();
        gridView.setSchedule(scheduleShown ? model.scheduleColouringProperty().get() : null);
        selection.pulse(s);
        gridView.draw(s);
        if (scheduleShown) {
            scheduleLegend.update(s, model.scheduleColouringProperty().get());
        }
        long render = gridView.lastRenderNanos();
        if (overlay.isVisible()) {
            overlay.update(s, model.simulation().ioNow(), now);
        }
        keepClearOfOverlay();
        if (chart.isVisible()) {
            chart.update(s, now);
        }
        if (timeline.isVisible()) {
            timelineModel.update(s);
        }
        if (populationChart.isVisible()) {
            populationChart.update(model.simulation().populationHistory(), now);
        }
        if (viewport.revision() != shownViewportRevision) {
            shownViewportRevision = viewport.revision();
            status.showZoom(viewport.describe());
        }
        if (perf != null) {
            perf.pulse(t0, System.nanoTime(), render, s.running(), s.generation(),
                    s.topology().describe() + " " + s.strategy() + " at " + viewport.describe());
        }
    }

    /**
     * Tells the viewport the corner the timing overlay takes, so that a fit keeps the pattern out
     * from under it where there is room (the grid follows at the next pulse). The overlay is
     * measured only when its text changed, and the box only grows while the overlay is shown,
     * in steps of {@value #KEEP_CLEAR_STEP} pixels: its numbers change width while the simulation
     * plays, and a box that followed them would move a fitted pattern at every change.
     */
    private void keepClearOfOverlay() {
        if (!overlay.isVisible() || overlay.text().isEmpty()) {
            clearMeasured = null;
            clearWidth = 0;
            clearHeight = 0;
        } else if (!overlay.text().equals(clearMeasured)) {
            clearMeasured = overlay.text();
            double ow = overlay.prefWidth(-1);
            // Room for the timing lines play brings, so that starting play does not move a fit.
            clearWidth = Math.max(clearWidth, roundUp(overlay.widthWhileTiming() + 2 * TimingOverlay.MARGIN));
            clearHeight = Math.max(clearHeight, roundUp(overlay.prefHeight(ow) + 2 * TimingOverlay.MARGIN));
        }
        viewport.setKeepClear(clearWidth, clearHeight);
    }

    private static final double KEEP_CLEAR_STEP = 16;

    private static double roundUp(double pixels) {
        return Math.ceil(pixels / KEEP_CLEAR_STEP) * KEEP_CLEAR_STEP;
    }

    /**
     * Shows the pattern whole: a torus entirely; on the plane the live cells' bounds (computed now,
     * once, from the snapshot's tree), or the area around the origin when nothing lives.
     */
    private void fit(Snapshot s) {
        if (s == null) {
            return;
        }
        if (s.topology() instanceof Topology.Plane) {
            Bounds b = s.cells().bounds().orElse(new Bounds(-32, -32, 31, 31));
            viewport.setContent(new CellRegion(b.top(), b.left(), b.height(), b.width()));
        }
        viewport.fit();
    }


    // ---- Commands and keys ----------------------------------------------------------------------

    private void bindCommands() {
        commands.bind(Shortcut.NEW, files::newUniverse);
        commands.bind(Shortcut.OPEN, files::open);
        commands.bind(Shortcut.SAVE, files::save);
        commands.bind(Shortcut.SAVE_AS, files::saveAs);
        commands.bind(Shortcut.OPEN_CLIPBOARD, files::paste);
        commands.bind(Shortcut.PASTE, () -> files.clipboardPattern().thenAccept(p -> {
            if (p != null) {
                selection.startPaste(p);
            }
        }));
        commands.bind(Shortcut.SELECT_ALL, selection::selectAll);
        commands.bind(Shortcut.SELECT_TOOL, selection::toggleSelectTool);
        commands.bind(Shortcut.COPY, selection::copy);
        commands.bind(Shortcut.CUT, selection::cut);
        commands.bind(Shortcut.PASTE_COPY, () -> selection.setPasteMode(lifefx.sim.PasteMode.COPY));
        commands.bind(Shortcut.PASTE_OR, () -> selection.setPasteMode(lifefx.sim.PasteMode.OR));
        commands.bind(Shortcut.PASTE_XOR, () -> selection.setPasteMode(lifefx.sim.PasteMode.XOR));
        commands.bind(Shortcut.CLEAR_OUTSIDE, selection::clearOutside);
        commands.bind(Shortcut.FLIP_LEFT_RIGHT, () -> selection.flip(true));
        commands.bind(Shortcut.FLIP_TOP_BOTTOM, () -> selection.flip(false));
        commands.bind(Shortcut.ROTATE_CLOCKWISE, () -> selection.rotate(true));
        commands.bind(Shortcut.ROTATE_ANTICLOCKWISE, () -> selection.rotate(false));
        commands.bind(Shortcut.QUIT, this::quit);
        commands.bind(Shortcut.UNDO, model::undo);
        commands.bind(Shortcut.REDO, model::redo);
        commands.bind(Shortcut.CLEAR, selection::clear);
        commands.bind(Shortcut.RANDOM_FILL, this::randomFill);
        commands.bind(Shortcut.GRID_SIZE, this::gridSize);
        commands.bind(Shortcut.PLAY, model::togglePlay);
        commands.bind(Shortcut.STEP, model::step);
        commands.bind(Shortcut.RESET, model::reset);
        commands.bind(Shortcut.STEP_BACK, model::stepBack);
        commands.bind(Shortcut.TIMELINE, () -> toggle(model.timelineVisibleProperty()));
        commands.bind(Shortcut.UNIVERSE, this::switchUniverse);
        commands.bind(Shortcut.STEP_BIGGER, () -> model.changeStep(1));
        commands.bind(Shortcut.STEP_SMALLER, () -> model.changeStep(-1));
        commands.bind(Shortcut.FASTER, () -> model.changeSpeed(1));
        commands.bind(Shortcut.SLOWER, () -> model.changeSpeed(-1));
        commands.bind(Shortcut.NEXT_STRATEGY, () -> toolBarModel.cycleStrategy(1));
        commands.bind(Shortcut.PREVIOUS_STRATEGY, () -> toolBarModel.cycleStrategy(-1));
        commands.bind(Shortcut.NEXT_IO_MODE, toolBarModel::cycleIoMode);
        commands.bind(Shortcut.MORE_THREADS, () -> toolBarModel.changeThreads(1));
        commands.bind(Shortcut.FEWER_THREADS, () -> toolBarModel.changeThreads(-1));
        commands.bind(Shortcut.EDIT_RULE, toolBar::editRule);
        commands.bind(Shortcut.RECORD_PROFILE, files::recordProfile);
        commands.bind(Shortcut.FIT, () -> fit(model.snapshot()));
        commands.bind(Shortcut.ZOOM_IN, () -> viewport.zoomAt(viewport.viewWidth() / 2, viewport.viewHeight() / 2, 1));
        commands.bind(Shortcut.ZOOM_OUT, () -> viewport.zoomAt(viewport.viewWidth() / 2, viewport.viewHeight() / 2, -1));
        commands.bind(Shortcut.ACTUAL_SIZE, () -> viewport.zoomTo(0, viewport.viewWidth() / 2, viewport.viewHeight() / 2));
        commands.bind(Shortcut.OVERLAY, () -> toggle(model.overlayVisibleProperty()));
        commands.bind(Shortcut.CHART, () -> toggle(model.chartVisibleProperty()));
        commands.bind(Shortcut.POPULATION_CHART, () -> toggle(model.populationChartVisibleProperty()));
        commands.bind(Shortcut.EXPORT_VIEW_PNG, exports::exportViewPng);
        commands.bind(Shortcut.EXPORT_GIF, exports::exportViewGif);
        commands.bind(Shortcut.EXPORT_SELECTION_PNG, () -> {
            CellRegion r = selection.needSelection("export it");
            if (r != null) {
                exports.exportSelectionPng(r);
            }
        });
        commands.bind(Shortcut.EXPORT_SELECTION_GIF, () -> {
            CellRegion r = selection.needSelection("export it");
            if (r != null) {
                exports.exportSelectionGif(r);
            }
        });
        commands.bind(Shortcut.EXPORT_POPULATION, exports::exportPopulation);
        commands.bind(Shortcut.LIBRARY, () -> toggle(model.libraryVisibleProperty()));
        commands.bind(Shortcut.SCHEDULE_MAP, () -> toggle(model.scheduleMapVisibleProperty()));
        commands.bind(Shortcut.SCHEDULE_COLOURING, () -> {
            if (model.scheduleMapVisibleProperty().get()) {
                model.scheduleColouringProperty().set(model.scheduleColouringProperty().get().next());
            } else {
                model.scheduleMapVisibleProperty().set(true);
            }
        });
        commands.bind(Shortcut.THEME, () -> toggle(model.darkThemeProperty()));
        commands.bind(Shortcut.FOCUS_GRID, () -> {
            if (gridView.isFocused()) {
                selection.escape();
            }
            gridView.requestFocus();
        });
        commands.bind(Shortcut.KEYS, () -> Dialogs.keys(stage).show());
        commands.bind(Shortcut.ABOUT, () -> Dialogs.about(stage).show());
        commands.bind(Shortcut.RACE, this::openRace);
        commands.bind(Shortcut.IDENTIFY, this::identify);
        commands.bind(Shortcut.STOP_IF_DEAD, () -> toggle(model.stopIfDeadProperty()));
        commands.bind(Shortcut.STOP_IF_STILL, () -> toggle(model.stopIfStillProperty()));
        commands.bind(Shortcut.STOP_IF_PERIODIC, () -> toggle(model.stopIfPeriodicProperty()));
    }

    /**
     * Run → Identify: identifies the cells shown now, on a copy, off the FX thread (see {@link
     * IdentifyModel}), in a dialog that is made on first use and kept; closing it cancels the run.
     */
    private void identify() {
        Snapshot s = model.simulation().latest();
        if (identifyModel == null) {
            identifyModel = IdentifyModel.withDefaultLimit();
            identifyView = new IdentifyView(stage, identifyModel);
        }
        identifyModel.start(s);
        identifyView.show();
    }

    /** Run → Identify's model, once used (for tests); else null. */
    IdentifyModel identifyModel() {
        return identifyModel;
    }

    /** Run → Identify's dialog, once used (for tests); else null. */
    IdentifyView identifyView() {
        return identifyView;
    }

    /** Run → Race strategies…: the race window, made on first use and kept for the next. */
    private void openRace() {
        if (race == null) {
            race = new RaceWindow(stage, model::snapshot, model.strategyProperty().get(),
                    model.darkThemeProperty().get(), Objects.requireNonNull(
                            MainWindow.class.getResource("lifefx.css"), "lifefx.css is missing").toExternalForm());
        }
        race.show();
    }

    /** The race window, once opened (for tests); else null. */
    RaceWindow raceWindow() {
        return race;
    }

    private static void toggle(BooleanProperty p) {
        p.set(!p.get());
    }

    private void randomFill() {
        Dialogs.randomFill(stage, lastDensity).showAndWait().ifPresent(d -> {
            lastDensity = d;
            if (selection.selection() != null) {
                selection.fill(d);
            } else if (model.sizeProperty().get() == null) {
                // The plane has no edges: fill what is in view (at most 4096 × 4096 cells).
                long w = Math.min(4096, Math.max(1, viewport.colAt(viewport.viewWidth() - 1) - viewport.left() + 1));
                long h = Math.min(4096, Math.max(1, viewport.rowAt(viewport.viewHeight() - 1) - viewport.top() + 1));
                model.randomFill(d, new CellRegion(viewport.top(), viewport.left(), h, w));
            } else {
                model.randomFill(d);
            }
        });
    }

    /** The torus's size; on the unbounded universe, the size of a torus to move the cells to. */
    private void gridSize() {
        GridSize current = model.sizeProperty().get();
        if (current == null) {
            switchUniverse();
            return;
        }
        Dialogs.gridSize(stage, "Torus size", "Resize the torus (the pattern stays centred; undo restores the old size)",
                current).showAndWait().ifPresent(size -> {
                    model.resize(size);
                    fitOnNextPulse();
                });
    }

    /**
     * U: from a torus to the unbounded universe at once (the cells keep their coordinates); from the
     * unbounded universe to a torus of a size the user confirms (the pattern centred on it; cells
     * that do not fit are dropped with a notice, and undo brings them back).
     */
    private void switchUniverse() {
        Snapshot s = model.snapshot();
        if (s == null) {
            return;
        }
        if (s.wraps()) {
            model.switchUniverse(null);
            fitOnNextPulse();
            return;
        }
        Dialogs.gridSize(stage, "Switch to a torus", "Move the cells to a torus of this size (centred; undo goes back)",
                LifeModel.torusAround(s)).showAndWait().ifPresent(size -> {
                    model.switchUniverse(size);
                    fitOnNextPulse();
                });
    }

    // ---- Closing --------------------------------------------------------------------------------

    private void quit() {
        files.confirmDiscard("quit").thenAccept(ok -> {
            if (ok) {
                dispose();
                stage.close();
            }
        });
    }

    /**
     * The window's close button. When nothing has to be saved first the window closes at once;
     * when the user chose to save, the window closes once the save (off the FX thread) has
     * succeeded, and stays open if it failed.
     */
    private void onCloseRequest(WindowEvent e) {
        CompletableFuture<Boolean> go = files.confirmDiscard("close the window");
        if (go.isDone() && go.join()) {
            dispose();
            return;
        }
        e.consume();
        go.thenAccept(ok -> {
            if (ok) {
                dispose();
                stage.close();
            }
        });
    }

    /**
     * Stops the timer and starts closing the simulation on another thread, so the FX thread never
     * waits for a generation to end; the window may be closed at once. Idempotent. The future
     * completes (on the closing thread) once the simulation and its threads have ended.
     */
    public CompletableFuture<Void> dispose() {
        if (disposed == null) {
            timer.stop();
            exports.cancel();
            CompletableFuture<Void> raceEnded = race == null ? CompletableFuture.completedFuture(null) : race.close();
            if (identifyModel != null) {
                identifyModel.cancel();
            }
            disposed = CompletableFuture.allOf(model.closeAsync(), raceEnded);
        }
        return disposed;
    }

    private void showNotice(Notice n) {
        if (n == null) {
            return;
        }
        status.notice(n.message());
        if (!n.info()) {
            // An auto-stop is news, not a failure: the status bar says it, with no alert.
            prompts.showError(stage, "The simulation stopped", n.message());
        }
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        gridView.setPalette(dark ? Palette.DARK : Palette.LIGHT);
        root.pseudoClassStateChanged(PseudoClass.getPseudoClass("dark"), dark);
    }
}
