package lifefx.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import lifefx.engine.StrategyRegistry;
import lifefx.life.GridSize;
import lifefx.sim.Notice;
import lifefx.sim.CellRegion;
import lifefx.sim.Snapshot;
import org.controlsfx.control.StatusBar;

/**
 * The LifeFX window: menus, toolbar, grid view with the timing overlay, the timing chart, the
 * pattern library and the status bar, all built in code and bound to a {@link LifeModel}. Use on the
 * JavaFX application thread only.
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
    private final TimingChart chart = new TimingChart();
    private final StatusBar statusBar = new StatusBar();
    private final Label sizeLabel = new Label();
    private final Label zoomLabel = new Label();
    private final Label cellLabel = new Label();
    private final Label noticeLabel = new Label();
    private final Map<Shortcut, Runnable> actions = new EnumMap<>(Shortcut.class);
    private final Map<Shortcut, MenuItem> menuItems = new EnumMap<>(Shortcut.class);
    private final PerfMonitor perf = PerfMonitor.fromSystemProperties();
    private final AnimationTimer timer;
    private final FileActions files;
    private final BorderPane root = new BorderPane();
    private final ComboBox<StrategyRegistry.Entry> strategyBox = new ComboBox<>();
    private final Spinner<Integer> threadsSpinner = new Spinner<>();
    private final ComboBox<String> ioBox = new ComboBox<>();
    /** Cell I/O latency on a log scale: log10 of microseconds, from 1 (10 µs) to 5 (100 ms). */
    private final javafx.scene.control.Slider latencySlider = new javafx.scene.control.Slider(1, 5, 3);
    private final Label latencyLabel = new Label();
    private final TextField ruleField = new TextField();
    private final Label ruleError = new Label();

    private CellRegion shownRegion;
    private boolean fitPending = true;
    private long shownViewportRevision = -1;
    private boolean spaceDown;
    private double lastDensity = 0.25;
    private boolean disposed;

    /**
     * Builds the window on {@code stage} (not shown yet).
     *
     * @param prompts how to ask the user; tests pass answers that need no dialog
     */
    public MainWindow(Stage stage, LifeModel model, Prompts prompts) {
        this.stage = Objects.requireNonNull(stage);
        this.model = Objects.requireNonNull(model);
        this.prompts = Objects.requireNonNull(prompts);
        this.gridView = new GridView(viewport, model::paint);
        this.files = new FileActions(this, model, prompts);
        bindActions();

        StackPane center = new StackPane(gridView, overlay);
        center.getStyleClass().add("grid-pane");
        overlay.visibleProperty().bind(model.overlayVisibleProperty());
        chart.visibleProperty().bind(model.chartVisibleProperty());
        chart.managedProperty().bind(chart.visibleProperty());
        VBox middle = new VBox(center, chart);
        VBox.setVgrow(center, Priority.ALWAYS);
        root.setCenter(middle);
        ruleError.managedProperty().bind(ruleError.textProperty().isNotEmpty());
        ruleError.visibleProperty().bind(ruleError.managedProperty());
        root.setTop(new VBox(menuBar(), toolBar(), ruleError));
        root.setBottom(statusBar());
        Node library = files.libraryPanel();
        library.visibleProperty().bind(model.libraryVisibleProperty());
        library.managedProperty().bind(library.visibleProperty());
        root.setLeft(library);

        double[] size = initialSize();
        Scene scene = new Scene(root, size[0], size[1]);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("lifefx.css"), "lifefx.css is missing from the jar").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::spaceFilter);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, this::spaceFilter);
        // A handler, not a filter: a focused text field gets (and consumes) its keys first, so typing
        // "N" in the rule field types an N. Consuming here also keeps the menus' accelerators (which
        // are only there to show the keys) from firing a second time.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        files.installDragAndDrop(scene);
        stage.setScene(scene);
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
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
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

    public TimingOverlay overlay() {
        return overlay;
    }

    public TimingChart chart() {
        return chart;
    }

    FileActions files() {
        return files;
    }

    Prompts prompts() {
        return prompts;
    }

    /** Shows the window and starts the pulse timer. */
    public void show() {
        stage.show();
        timer.start();
        gridView.requestFocus();
    }

    /** Fits the grid to the view on the next pulse (after a load or resize). */
    public void fitOnNextPulse() {
        fitPending = true;
    }

    /** Whether the command {@code s} does something in this window (every one should). */
    boolean hasAction(Shortcut s) {
        return actions.containsKey(s);
    }

    /** Runs the command {@code s} as if its key was pressed. */
    public void run(Shortcut s) {
        Runnable r = actions.get(s);
        if (r != null) {
            r.run();
        }
    }

    // ---- The pulse ----------------------------------------------------------------------------

    private void onPulse(long now) {
        long t0 = System.nanoTime();
        Snapshot s = model.pulse();
        if (!s.region().equals(shownRegion)) {
            viewport.setContent(s.region());
            if (shownRegion == null || shownRegion.height() != s.region().height()
                    || shownRegion.width() != s.region().width()) {
                fitPending = true;
            }
            shownRegion = s.region();
            sizeLabel.setText(s.grid().height() + " × " + s.grid().width());
        }
        if (fitPending && gridView.getWidth() > 1) {
            viewport.fit();
            fitPending = false;
        }
        gridView.draw(s);
        long render = gridView.lastRenderNanos();
        if (overlay.isVisible()) {
            overlay.update(s, model.simulation().ioNow(), now);
        }
        if (chart.isVisible()) {
            chart.update(s, now);
        }
        if (viewport.revision() != shownViewportRevision) {
            shownViewportRevision = viewport.revision();
            zoomLabel.setText(viewport.describe());
        }
        if (perf != null) {
            perf.pulse(t0, System.nanoTime(), render, s.running(), s.generation(),
                    s.grid().height() + "x" + s.grid().width() + " " + s.strategy() + " at " + viewport.describe());
        }
    }

    // ---- Commands -------------------------------------------------------------------------------

    private void bindActions() {
        actions.put(Shortcut.NEW, files::newUniverse);
        actions.put(Shortcut.OPEN, files::open);
        actions.put(Shortcut.SAVE, files::save);
        actions.put(Shortcut.SAVE_AS, files::saveAs);
        actions.put(Shortcut.PASTE, files::paste);
        actions.put(Shortcut.QUIT, this::quit);
        actions.put(Shortcut.UNDO, model::undo);
        actions.put(Shortcut.REDO, model::redo);
        actions.put(Shortcut.CLEAR, model::clear);
        actions.put(Shortcut.RANDOM_FILL, this::randomFill);
        actions.put(Shortcut.GRID_SIZE, this::gridSize);
        actions.put(Shortcut.PLAY, model::togglePlay);
        actions.put(Shortcut.STEP, model::step);
        actions.put(Shortcut.RESET, model::reset);
        actions.put(Shortcut.FASTER, () -> model.changeSpeed(1));
        actions.put(Shortcut.SLOWER, () -> model.changeSpeed(-1));
        actions.put(Shortcut.NEXT_STRATEGY, () -> cycleStrategy(1));
        actions.put(Shortcut.NEXT_IO_MODE, () -> {
            java.util.List<String> modes = LifeModel.ioModes();
            ioBox.setValue(modes.get((modes.indexOf(ioBox.getValue()) + 1) % modes.size()));
        });
        actions.put(Shortcut.PREVIOUS_STRATEGY, () -> cycleStrategy(-1));
        actions.put(Shortcut.MORE_THREADS, () -> threadsSpinner.increment());
        actions.put(Shortcut.FEWER_THREADS, () -> threadsSpinner.decrement());
        actions.put(Shortcut.EDIT_RULE, () -> {
            ruleField.requestFocus();
            ruleField.selectAll();
        });
        actions.put(Shortcut.FIT, viewport::fit);
        actions.put(Shortcut.ZOOM_IN, () -> viewport.zoomAt(viewport.viewWidth() / 2, viewport.viewHeight() / 2, 1));
        actions.put(Shortcut.ZOOM_OUT, () -> viewport.zoomAt(viewport.viewWidth() / 2, viewport.viewHeight() / 2, -1));
        actions.put(Shortcut.ACTUAL_SIZE, () -> viewport.zoomTo(1, viewport.viewWidth() / 2, viewport.viewHeight() / 2));
        actions.put(Shortcut.OVERLAY, () -> toggle(model.overlayVisibleProperty()));
        actions.put(Shortcut.CHART, () -> toggle(model.chartVisibleProperty()));
        actions.put(Shortcut.LIBRARY, () -> toggle(model.libraryVisibleProperty()));
        actions.put(Shortcut.THEME, () -> toggle(model.darkThemeProperty()));
        actions.put(Shortcut.FOCUS_GRID, gridView::requestFocus);
        actions.put(Shortcut.KEYS, () -> Dialogs.keys(stage).show());
    }

    private static void toggle(javafx.beans.property.BooleanProperty p) {
        p.set(!p.get());
    }

    private void onKey(KeyEvent e) {
        if (e.isConsumed()) {
            return;
        }
        Shortcut s = Shortcut.of(e);
        if (s == null || s == Shortcut.PLAY) {
            return;
        }
        boolean typing = stage.getScene().getFocusOwner() instanceof TextInputControl;
        if (typing && !s.needsModifier() && s != Shortcut.FOCUS_GRID && s != Shortcut.KEYS) {
            return;
        }
        e.consume();
        run(s);
    }

    /**
     * Space: a tap plays or pauses (on release, so that holding Space and dragging can pan
     * instead). Ignored while typing, so a rule can contain spaces.
     */
    private void spaceFilter(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE || e.isShortcutDown() || e.isAltDown()
                || stage.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        e.consume();
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            if (!spaceDown) {
                spaceDown = true;
                gridView.panModeProperty().set(true);
            }
        } else {
            boolean panned = gridView.pannedSincePanModeOn();
            spaceDown = false;
            gridView.panModeProperty().set(false);
            if (!panned) {
                model.togglePlay();
            }
        }
    }

    private void cycleStrategy(int direction) {
        var all = StrategyRegistry.all();
        int i = all.indexOf(strategyBox.getValue());
        strategyBox.setValue(all.get(Math.floorMod(i + direction, all.size())));
    }

    private void randomFill() {
        Dialogs.randomFill(stage, lastDensity).showAndWait().ifPresent(d -> {
            lastDensity = d;
            model.randomFill(d);
        });
    }

    private void gridSize() {
        GridSize current = model.sizeProperty().get();
        Dialogs.gridSize(stage, "Grid size", "Resize the torus (the pattern stays centred; undo restores the old size)",
                current).showAndWait().ifPresent(size -> {
                    model.resize(size);
                    fitOnNextPulse();
                });
    }

    private void quit() {
        if (files.confirmDiscard("quit")) {
            dispose();
            stage.close();
        }
    }

    private void onCloseRequest(WindowEvent e) {
        if (!files.confirmDiscard("close the window")) {
            e.consume();
            return;
        }
        dispose();
    }

    /** Stops the timer and the simulation; the window may then be closed. Idempotent. */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        timer.stop();
        model.close();
    }

    private void showNotice(Notice n) {
        if (n == null) {
            return;
        }
        noticeLabel.setText(n.message());
        prompts.showError(stage, "The simulation stopped", n.message());
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        gridView.setPalette(dark ? Palette.DARK : Palette.LIGHT);
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
    }

    // ---- Building the nodes ---------------------------------------------------------------------

    private MenuItem item(Shortcut s) {
        MenuItem mi;
        switch (s) {
            case OVERLAY -> mi = check(s, model.overlayVisibleProperty());
            case CHART -> mi = check(s, model.chartVisibleProperty());
            case LIBRARY -> mi = check(s, model.libraryVisibleProperty());
            case THEME -> mi = check(s, model.darkThemeProperty());
            default -> {
                mi = new MenuItem(s.description());
                mi.setOnAction(e -> run(s));
            }
        }
        if (s == Shortcut.PLAY) {
            // Space acts on release (see spaceFilter), so it cannot be an accelerator.
            mi.setText(s.description() + "   (Space)");
        } else {
            mi.setAccelerator(s.keys().getFirst());
        }
        menuItems.put(s, mi);
        return mi;
    }

    private CheckMenuItem check(Shortcut s, javafx.beans.property.BooleanProperty p) {
        CheckMenuItem c = new CheckMenuItem(s.description());
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    private MenuBar menuBar() {
        MenuBar bar = new MenuBar();
        for (String name : new String[] {"File", "Edit", "Run", "View", "Help"}) {
            Menu menu = new Menu(name);
            String group = null;
            for (Shortcut s : Shortcut.inMenu(name)) {
                String g = groupOf(s);
                if (group != null && !g.equals(group)) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
                group = g;
                menu.getItems().add(item(s));
            }
            bar.getMenus().add(menu);
        }
        menuItems.get(Shortcut.UNDO).disableProperty().bind(model.canUndoProperty().not());
        menuItems.get(Shortcut.REDO).disableProperty().bind(model.canRedoProperty().not());
        menuItems.get(Shortcut.RESET).disableProperty().bind(model.canResetProperty().not());
        return bar;
    }

    private static String groupOf(Shortcut s) {
        return switch (s) {
            case QUIT -> "quit";
            case PASTE -> "paste";
            case CLEAR, RANDOM_FILL -> "cells";
            case GRID_SIZE -> "size";
            case FASTER, SLOWER -> "speed";
            case NEXT_STRATEGY, PREVIOUS_STRATEGY, MORE_THREADS, FEWER_THREADS, EDIT_RULE -> "engine";
            case OVERLAY, CHART, LIBRARY -> "panels";
            case THEME, FOCUS_GRID -> "misc";
            default -> "main";
        };
    }

    private Button button(String text, Shortcut s, String styleClass) {
        Button b = new Button(text);
        b.setOnAction(e -> {
            run(s);
            gridView.requestFocus();
        });
        b.setTooltip(new Tooltip(s.description() + " (" + s.keyText() + ")"));
        // Toolbar buttons never keep the focus, so Space always reaches the play/pause handler.
        b.setFocusTraversable(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (styleClass != null) {
            b.getStyleClass().add(styleClass);
        }
        return b;
    }

    private ToolBar toolBar() {
        Button play = button("Play", Shortcut.PLAY, Styles.ACCENT);
        play.textProperty().bind(Bindings.when(model.runningProperty()).then("Pause").otherwise("Play"));
        play.setMinWidth(72);
        play.setId("play");
        Button step = button("Step", Shortcut.STEP, null);
        step.setId("step");
        Button reset = button("Reset", Shortcut.RESET, null);
        reset.disableProperty().bind(model.canResetProperty().not());
        reset.setId("reset");

        ComboBox<LifeModel.Speed> speed = new ComboBox<>();
        speed.getItems().setAll(LifeModel.SPEEDS);
        speed.setValue(model.speedProperty().get());
        model.speedProperty().addListener((o, a, b) -> speed.setValue(b));
        speed.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != model.speedProperty().get()) {
                model.setSpeed(b);
            }
        });
        speed.setTooltip(new Tooltip("Generations per second (" + Shortcut.SLOWER.keyText() + " slower, "
                + Shortcut.FASTER.keyText() + " faster)"));
        speed.setFocusTraversable(false);
        speed.setId("speed");

        strategyBox.getItems().setAll(StrategyRegistry.all());
        strategyBox.setValue(StrategyRegistry.get(model.strategyProperty().get()));
        strategyBox.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(StrategyRegistry.Entry item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(item.name());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                Label desc = new Label(item.description());
                desc.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                setText(null);
                setGraphic(new VBox(1, name, desc));
            }
        });
        strategyBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(StrategyRegistry.Entry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        Tooltip strategyTip = new Tooltip();
        strategyBox.setTooltip(strategyTip);
        strategyBox.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                strategyTip.setText(b.description() + "\n(" + Shortcut.PREVIOUS_STRATEGY.keyText() + " / "
                        + Shortcut.NEXT_STRATEGY.keyText() + " to switch)");
                if (!b.name().equals(model.strategyProperty().get())) {
                    model.setStrategy(b.name());
                }
                threadsSpinner.setDisable(!b.usesThreads());
            }
        });
        strategyTip.setText(strategyBox.getValue().description());
        model.strategyProperty().addListener((o, a, b) -> strategyBox.setValue(StrategyRegistry.get(b)));
        strategyBox.setFocusTraversable(false);
        strategyBox.setPrefWidth(150);
        strategyBox.setId("strategy");

        SpinnerValueFactory.IntegerSpinnerValueFactory threadsFactory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, LifeModel.maxThreads(), model.threadsProperty().get());
        // The default converter throws on text such as "abc", which JavaFX then prints as a stack
        // trace; this one keeps the last good value instead, and clamps numbers to the range.
        threadsFactory.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Math.clamp(Long.parseLong(text.strip()), 1, LifeModel.maxThreads());
                } catch (NumberFormatException e) {
                    Integer keep = threadsSpinner.getValue();
                    threadsSpinner.getEditor().setText(String.valueOf(keep));
                    return keep;
                }
            }
        });
        threadsSpinner.setValueFactory(threadsFactory);
        threadsSpinner.setEditable(true);
        threadsSpinner.setPrefWidth(80);
        threadsSpinner.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(model.threadsProperty().get())) {
                model.setThreads(b);
            }
        });
        threadsSpinner.setTooltip(new Tooltip("Threads (K) for strategies that use them ("
                + Shortcut.MORE_THREADS.keyText() + " / " + Shortcut.FEWER_THREADS.keyText() + ")"));
        threadsSpinner.setDisable(!strategyBox.getValue().usesThreads());
        threadsSpinner.setId("threads");

        ruleField.setText(model.ruleProperty().get().toString());
        ruleField.setPrefColumnCount(7);
        ruleField.setTooltip(new Tooltip("Rule, as B3/S23 or 23/3; Enter applies it (" + Shortcut.EDIT_RULE.keyText() + ")"));
        ruleField.setId("rule");
        ruleError.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        ruleError.setId("rule-error");
        ruleError.getStyleClass().add("rule-error");
        ruleError.setMaxWidth(Double.MAX_VALUE);
        ruleField.textProperty().addListener((o, a, text) -> {
            var why = LifeModel.ruleError(text);
            ruleError.setText(why.orElse(""));
            ruleField.pseudoClassStateChanged(Styles.STATE_DANGER, why.isPresent());
        });
        ruleField.setOnAction(e -> applyRule());
        ruleField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                applyRule();
            }
        });
        model.ruleProperty().addListener((o, a, b) -> {
            if (!ruleField.isFocused()) {
                ruleField.setText(b.toString());
            }
        });

        Button size = button("Size…", Shortcut.GRID_SIZE, null);
        Button random = button("Fill…", Shortcut.RANDOM_FILL, null);
        Button clear = button("Clear", Shortcut.CLEAR, null);

        ToggleButton overlayToggle = toggle("Timings", Shortcut.OVERLAY, model.overlayVisibleProperty());
        ToggleButton chartToggle = toggle("Chart", Shortcut.CHART, model.chartVisibleProperty());
        ToggleButton libraryToggle = toggle("Library", Shortcut.LIBRARY, model.libraryVisibleProperty());
        speed.setPrefWidth(136);

        HBox ruleBox = new HBox(6, new Label("Rule"), ruleField);
        ruleBox.setAlignment(Pos.CENTER_LEFT);
        HBox threadsBox = new HBox(6, new Label("Threads"), threadsSpinner);
        threadsBox.setAlignment(Pos.CENTER_LEFT);
        return new ToolBar(play, step, reset, speed, new Separator(Orientation.VERTICAL),
                strategyBox, threadsBox, ruleBox, ioControls(), new Separator(Orientation.VERTICAL),
                clear, random, size, new Separator(Orientation.VERTICAL),
                libraryToggle, overlayToggle, chartToggle);
    }

    /**
     * The cell I/O picker (none, latency, socket) and its latency slider. A change reaches the
     * simulation when the picker changes or the slider is let go, and takes effect at the next
     * generation; the picker follows the simulation back to none when I/O cannot start.
     */
    private HBox ioControls() {
        ioBox.getItems().setAll(LifeModel.ioModes());
        ioBox.setValue(model.ioModeProperty().get());
        ioBox.setId("ioMode");
        ioBox.setFocusTraversable(false);
        ioBox.setTooltip(new Tooltip("Cell I/O: none (pure computation), latency (each cell's call sleeps), "
                + "socket (each call is a TCP request to a loopback cell service) (" + Shortcut.NEXT_IO_MODE.keyText() + ")"));
        latencySlider.setId("latency");
        latencySlider.setPrefWidth(110);
        latencySlider.setFocusTraversable(false);
        latencySlider.setTooltip(new Tooltip("How long each cell's I/O takes, 10 µs to 100 ms"));
        latencyLabel.setMinWidth(56);
        Runnable showLatency = () -> latencyLabel.setText(lifefx.cellio.DurationText.format(latencyNanos()));
        showLatency.run();
        Runnable apply = () -> model.setIo(ioBox.getValue(), latencyNanos());
        ioBox.valueProperty().addListener((o, a, b) -> {
            latencySlider.setDisable(b.equals("none"));
            latencyLabel.setDisable(b.equals("none"));
            if (!b.equals(model.ioModeProperty().get())) {
                apply.run();
            }
        });
        latencySlider.setDisable(true);
        latencyLabel.setDisable(true);
        latencySlider.valueProperty().addListener((o, a, b) -> {
            showLatency.run();
            if (!latencySlider.isValueChanging()) {
                apply.run();
            }
        });
        latencySlider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
        model.ioModeProperty().addListener((o, a, b) -> {
            if (!b.equals(ioBox.getValue())) {
                ioBox.setValue(b);
            }
        });
        HBox box = new HBox(6, new Label("I/O"), ioBox, latencySlider, latencyLabel);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The slider's latency in nanoseconds, rounded to whole microseconds. */
    private long latencyNanos() {
        return Math.round(Math.pow(10, latencySlider.getValue())) * 1_000L;
    }

    /** The I/O picker and latency slider (for tests). */
    ComboBox<String> ioBox() {
        return ioBox;
    }

    javafx.scene.control.Slider latencySlider() {
        return latencySlider;
    }

    private ToggleButton toggle(String text, Shortcut s, javafx.beans.property.BooleanProperty p) {
        ToggleButton t = new ToggleButton(text);
        t.selectedProperty().bindBidirectional(p);
        t.setTooltip(new Tooltip(s.description() + " (" + s.keyText() + ")"));
        t.setFocusTraversable(false);
        t.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return t;
    }

    private void applyRule() {
        String text = ruleField.getText();
        if (LifeModel.ruleError(text).isPresent()) {
            return;
        }
        if (!lifefx.life.Rule.parse(text).equals(model.ruleProperty().get())) {
            model.setRule(text);
        }
    }

    /** The text field for the rule (for tests). */
    TextField ruleField() {
        return ruleField;
    }

    Label ruleError() {
        return ruleError;
    }

    ComboBox<StrategyRegistry.Entry> strategyBox() {
        return strategyBox;
    }

    private StatusBar statusBar() {
        statusBar.textProperty().bind(Bindings.createStringBinding(
                () -> model.fileName() + (model.isDirty() ? "  •  unsaved changes" : ""),
                model.sourceNameProperty(), model.dirtyProperty()));
        gridView.cellUnderMouseProperty().addListener((o, a, c) -> {
            Snapshot s = model.snapshot();
            cellLabel.setText(c == null ? "" : "row " + c.row() + ", col " + c.col()
                    + (s != null && s.isAlive(c.row(), c.col()) ? " (alive)" : ""));
        });
        noticeLabel.getStyleClass().add(Styles.DANGER);
        cellLabel.setMinWidth(170);
        zoomLabel.setMinWidth(110);
        sizeLabel.setId("size-label");
        zoomLabel.setId("zoom-label");
        cellLabel.setId("cell-label");
        statusBar.getRightItems().addAll(noticeLabel, new Separator(Orientation.VERTICAL), sizeLabel,
                new Separator(Orientation.VERTICAL), zoomLabel, new Separator(Orientation.VERTICAL), cellLabel);
        return statusBar;
    }

    /** The status bar (for tests). */
    StatusBar status() {
        return statusBar;
    }

    /** Hands control back to the platform once the last window is gone. */
    static void exitWhenClosed() {
        Platform.exit();
    }
}
