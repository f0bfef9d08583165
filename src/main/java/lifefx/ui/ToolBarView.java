package lifefx.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The toolbar, built in code and bound to a {@link ToolBarModel}: play, step, reset, speed,
 * strategy, threads, rule, cell I/O and the panel toggles (icons); and under it the rule
 * error line, shown only while the typed rule is wrong. Controls never keep the focus (except the
 * text fields), so Space always reaches the play handler. FX thread only.
 */
final class ToolBarView extends VBox {

    private final ToolBarModel model;
    private final Runnable afterButton;
    /** True while a control is being set to the model's value (see {@link #echo}). */
    private boolean echoing;
    private final ComboBox<StrategyChoice> strategyBox = new ComboBox<>();
    private final Spinner<Integer> threadsSpinner = new Spinner<>();
    private final TextField ruleField = new TextField();
    private final Label ruleError = new Label();
    private final ComboBox<String> ioBox = new ComboBox<>();
    private final Slider latencySlider = new Slider(ToolBarModel.MIN_LATENCY_EXPONENT,
            ToolBarModel.MAX_LATENCY_EXPONENT, 3);

    /**
     * @param afterButton runs after a toolbar button's command (the window gives the grid the focus
     *                    back)
     */
    ToolBarView(ToolBarModel model, Runnable afterButton) {
        this.model = model;
        this.afterButton = afterButton;
        Button play = button("Play", Shortcut.PLAY, Styles.ACCENT);
        play.textProperty().bind(model.playTextProperty());
        play.setMinWidth(72);
        play.setId("play");
        Button step = button("Step", Shortcut.STEP, null);
        step.setId("step");
        Button reset = button("Reset", Shortcut.RESET, null);
        reset.disableProperty().bind(model.canResetProperty().not());
        reset.setId("reset");
        // Three groups that fit a 1280-pixel window with nothing cut or moved to the overflow menu:
        // running, what computes (strategy, threads, rule, cell I/O), and the panels as icons. Clear,
        // fill and size live in the Edit menu. Every control has a fixed width, so nothing moves
        // between paused and playing.
        Region grow = new Region();
        HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        ToolBar bar = new ToolBar(play, step, reset, speedBox(), new Separator(Orientation.VERTICAL),
                buildStrategyBox(), labelled("Threads", buildThreadsSpinner()), labelled("Rule", buildRuleField()),
                ioControls(), grow,
                iconToggle(LIBRARY_ICON, "library", Shortcut.LIBRARY, model.libraryVisibleProperty()),
                iconToggle(TIMINGS_ICON, "timings", Shortcut.OVERLAY, model.overlayVisibleProperty()),
                iconToggle(CHART_ICON, "chart", Shortcut.CHART, model.chartVisibleProperty()));
        ruleError.textProperty().bind(model.ruleErrorProperty());
        ruleError.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "rule-error");
        ruleError.setId("rule-error");
        ruleError.setMaxWidth(Double.MAX_VALUE);
        ruleError.managedProperty().bind(ruleError.textProperty().isNotEmpty());
        ruleError.visibleProperty().bind(ruleError.managedProperty());
        getChildren().addAll(bar, ruleError);
    }

    /**
     * Shows a value that came from the model. A picker's listener sends only the user's choices
     * to the model; the model's own values, echoed back, would otherwise be sent again as choices
     * and could undo a newer one.
     */
    private void echo(Runnable update) {
        boolean was = echoing;
        echoing = true;
        try {
            update.run();
        } finally {
            echoing = was;
        }
    }

    /** Gives {@code r} one width whatever it shows, so the controls after it never move. */
    private static void fixWidth(Region r, double width) {
        r.setMinWidth(width);
        r.setPrefWidth(width);
        r.setMaxWidth(width);
    }

    /** A label that keeps its whole text; the toolbar moves items into its overflow menu instead. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static HBox labelled(String label, javafx.scene.Node control) {
        HBox box = new HBox(6, label(label), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button button(String text, Shortcut s, String styleClass) {
        Button b = new Button(text);
        b.setOnAction(e -> {
            model.run(s);
            afterButton.run();
        });
        b.setTooltip(new Tooltip(s.description() + " (" + s.keyText() + ")"));
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            b.getStyleClass().add(styleClass);
        }
        return b;
    }

    /** A list: the pattern library. 16 × 16 units, filled. */
    static final String LIBRARY_ICON = "M2 3h12v2H2z M2 7h12v2H2z M2 11h12v2H2z";
    /** A clock: the timing overlay. Even-odd filled, so the hands show inside the ring. */
    static final String TIMINGS_ICON = "M8 1a7 7 0 1 1 0 14a7 7 0 1 1 0-14z M8 3a5 5 0 1 0 0 10a5 5 0 1 0 0-10z"
            + " M7.2 4.5h1.6v3.2l2.6 1.5-.8 1.4-3.4-2z";
    /** A rising line over an axis: the timing chart. */
    static final String CHART_ICON = "M1 13.5h14V15H1z M1.5 11.2l4-4.6 3 2.6 4.8-6 1.2.9-5.8 7.3-3-2.6-3 3.5z";

    /** A toggle drawn as an icon, with its command and key in the tooltip; its id is {@code id}. */
    private ToggleButton iconToggle(String svg, String id, Shortcut s, ReadOnlyBooleanProperty shown) {
        javafx.scene.shape.SVGPath icon = new javafx.scene.shape.SVGPath();
        icon.setContent(svg);
        icon.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
        icon.getStyleClass().add("toolbar-icon");
        ToggleButton t = toggle("", s, shown);
        t.setGraphic(icon);
        t.setId(id);
        t.setAccessibleText(s.description());
        return t;
    }

    /** A toggle that shows {@code shown} and runs the command {@code s} (which flips it) when pressed. */
    private ToggleButton toggle(String text, Shortcut s, ReadOnlyBooleanProperty shown) {
        ToggleButton t = new ToggleButton(text);
        t.setSelected(shown.get());
        shown.addListener((o, a, b) -> t.setSelected(b));
        // The button flips itself when pressed; the command flips the model, whose listener above
        // then sets the button to the model's value, so the two cannot drift apart.
        t.setOnAction(e -> model.run(s));
        t.setTooltip(new Tooltip(s.description() + " (" + s.keyText() + ")"));
        t.setFocusTraversable(false);
        t.setMinWidth(Region.USE_PREF_SIZE);
        return t;
    }

    private ComboBox<LifeModel.Speed> speedBox() {
        ComboBox<LifeModel.Speed> speed = new ComboBox<>();
        speed.getItems().setAll(ToolBarModel.speeds());
        speed.setValue(model.speedProperty().get());
        model.speedProperty().addListener((o, a, b) -> echo(() -> speed.setValue(b)));
        speed.valueProperty().addListener((o, a, b) -> {
            if (!echoing) {
                model.chooseSpeed(b);
            }
        });
        speed.setTooltip(new Tooltip("Generations per second (" + Shortcut.SLOWER.keyText() + " slower, "
                + Shortcut.FASTER.keyText() + " faster)"));
        speed.setFocusTraversable(false);
        fixWidth(speed, 128);
        speed.setId("speed");
        return speed;
    }

    private ComboBox<StrategyChoice> buildStrategyBox() {
        strategyBox.getItems().setAll(ToolBarModel.strategies());
        strategyBox.setValue(model.strategyProperty().get());
        strategyBox.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(StrategyChoice item, boolean empty) {
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
            protected void updateItem(StrategyChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        Tooltip tip = new Tooltip();
        strategyBox.setTooltip(tip);
        Runnable describe = () -> tip.setText(strategyBox.getValue() == null ? ""
                : strategyBox.getValue().description() + "\n(" + Shortcut.PREVIOUS_STRATEGY.keyText() + " / "
                        + Shortcut.NEXT_STRATEGY.keyText() + " to switch)");
        describe.run();
        strategyBox.valueProperty().addListener((o, a, b) -> {
            describe.run();
            if (!echoing) {
                model.chooseStrategy(b);
            }
        });
        model.strategyProperty().addListener((o, a, b) -> echo(() -> strategyBox.setValue(b)));
        strategyBox.setFocusTraversable(false);
        fixWidth(strategyBox, 176);
        strategyBox.setId("strategy");
        return strategyBox;
    }

    private Spinner<Integer> buildThreadsSpinner() {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, ToolBarModel.maxThreads(), model.threadsProperty().get());
        // The default converter throws on text such as "abc", which JavaFX then prints as a stack
        // trace; this one keeps the last good value instead, and clamps numbers to the range.
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Math.clamp(Long.parseLong(text.strip()), 1, ToolBarModel.maxThreads());
                } catch (NumberFormatException e) {
                    Integer keep = threadsSpinner.getValue();
                    threadsSpinner.getEditor().setText(String.valueOf(keep));
                    return keep;
                }
            }
        });
        threadsSpinner.setValueFactory(factory);
        threadsSpinner.setEditable(true);
        fixWidth(threadsSpinner, 76);
        threadsSpinner.valueProperty().addListener((o, a, b) -> {
            if (!echoing) {
                model.chooseThreads(b);
            }
        });
        model.threadsProperty().addListener((o, a, b) -> {
            if (b != null) {
                echo(() -> factory.setValue(b));
            }
        });
        threadsSpinner.setTooltip(new Tooltip("Threads (K) for strategies that use them ("
                + Shortcut.MORE_THREADS.keyText() + " / " + Shortcut.FEWER_THREADS.keyText() + ")"));
        threadsSpinner.disableProperty().bind(model.threadsDisabledProperty());
        threadsSpinner.setId("threads");
        return threadsSpinner;
    }

    private TextField buildRuleField() {
        ruleField.setText(model.ruleProperty().get().toString());
        fixWidth(ruleField, 96);
        ruleField.setTooltip(new Tooltip("Rule, as B3/S23 or 23/3; Enter applies it (" + Shortcut.EDIT_RULE.keyText() + ")"));
        ruleField.setId("rule");
        ruleField.textProperty().addListener((o, a, text) ->
                ruleField.pseudoClassStateChanged(Styles.STATE_DANGER, !model.checkRule(text)));
        ruleField.setOnAction(e -> model.applyRule(ruleField.getText()));
        ruleField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                model.applyRule(ruleField.getText());
            }
        });
        // The running rule shows in the field, except while the user is typing one.
        model.ruleProperty().addListener((o, a, b) -> {
            if (!ruleField.isFocused()) {
                ruleField.setText(b.toString());
            }
        });
        return ruleField;
    }

    /**
     * The cell I/O picker (none, latency, socket) and its latency slider. A change reaches the
     * simulation when the picker changes or the slider is let go, and takes effect at the next
     * generation; the picker follows the simulation back to none when I/O cannot start.
     */
    private HBox ioControls() {
        ioBox.getItems().setAll(ToolBarModel.ioModes());
        ioBox.setValue(model.ioModeProperty().get());
        ioBox.setId("ioMode");
        ioBox.setFocusTraversable(false);
        fixWidth(ioBox, 96);
        ioBox.setTooltip(new Tooltip("Cell I/O: none (pure computation), latency (each cell's call sleeps), "
                + "socket (each call is a TCP request to a loopback cell service) (" + Shortcut.NEXT_IO_MODE.keyText() + ")"));
        ioBox.valueProperty().addListener((o, a, b) -> {
            if (!echoing) {
                model.chooseIoMode(b);
            }
        });
        model.ioModeProperty().addListener((o, a, b) -> echo(() -> ioBox.setValue(b)));
        latencySlider.setId("latency");
        fixWidth(latencySlider, 96);
        latencySlider.setFocusTraversable(false);
        latencySlider.setTooltip(new Tooltip("How long each cell's I/O takes, 10 µs to 100 ms"));
        latencySlider.setValue(model.latencyExponentProperty().get());
        latencySlider.valueProperty().addListener((o, a, b) ->
                model.setLatency(b.doubleValue(), !latencySlider.isValueChanging()));
        latencySlider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                model.setLatency(latencySlider.getValue(), true);
            }
        });
        latencySlider.disableProperty().bind(model.latencyDisabledProperty());
        Label latencyLabel = new Label();
        latencyLabel.textProperty().bind(model.latencyTextProperty());
        latencyLabel.disableProperty().bind(model.latencyDisabledProperty());
        fixWidth(latencyLabel, 56);
        HBox box = new HBox(6, label("I/O"), ioBox, latencySlider, latencyLabel);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Puts the focus in the rule field with its text selected (Ctrl+L). */
    void editRule() {
        ruleField.requestFocus();
        ruleField.selectAll();
    }

    ComboBox<StrategyChoice> strategyBox() {
        return strategyBox;
    }

    TextField ruleField() {
        return ruleField;
    }

    Label ruleError() {
        return ruleError;
    }

    ComboBox<String> ioBox() {
        return ioBox;
    }

    Slider latencySlider() {
        return latencySlider;
    }
}
