package lifefx.ui;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lifefx.cellio.CellIoMode;
import lifefx.engine.StrategyRegistry;
import lifefx.sim.RaceProgress;
import lifefx.sim.RaceResult;

/**
 * The race view, built in code over a {@link RaceModel}: the setup form (each field with its
 * one-line error beside it), Start and Cancel, one lane per strategy (progress, ms per generation,
 * generations per second, status), and at the end the {@link RaceChart} with a line per lane.
 * Binds to the model; {@link #update()} copies the newest progress into the lanes once per frame.
 * FX thread only.
 */
final class RaceView extends BorderPane {

    private final RaceModel model;
    private final GridPane lanes = new GridPane(10, 6);
    private final Map<String, LaneRow> rows = new LinkedHashMap<>();
    private final RaceChart chart = new RaceChart();
    private final Label summary = new Label();
    private final Label state = new Label();
    private RaceProgress shown;
    private RaceResult shownResult;

    private record LaneRow(ProgressBar bar, Label ms, Label gps, Label status) {
    }

    RaceView(RaceModel model) {
        this.model = model;
        getStyleClass().add("race-view");
        setPadding(new Insets(12));
        setTop(form());
        lanes.setPadding(new Insets(12, 0, 8, 0));
        Label lanesHead = new Label("Lanes");
        lanesHead.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setId("race-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("race-summary");
        state.setId("race-state");
        VBox middle = new VBox(6, new HBox(12, lanesHead, state), lanes, chart, summary);
        VBox.setVgrow(chart, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(middle);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(false); // the chart grows with the lanes; scroll rather than squeeze it
        setCenter(scroll);
        chart.setId("race-chart");
    }

    private Node form() {
        GridPane g = new GridPane(10, 6);
        int row = 0;

        FlowPane checks = new FlowPane(12, 4);
        for (var e : StrategyRegistry.all()) {
            CheckBox c = new CheckBox(e.name());
            c.setId("race-check-" + e.name());
            c.setTooltip(new Tooltip(e.description()));
            c.selectedProperty().bindBidirectional(model.chosenProperty(e.name()));
            checks.getChildren().add(c);
        }
        g.addRow(row++, new Label("Strategies"), checks, error("race-strategies-error", model.strategiesErrorProperty()));

        ToggleGroup start = new ToggleGroup();
        RadioButton soup = new RadioButton("Random soup");
        soup.setId("race-start-soup");
        RadioButton doc = new RadioButton("The current document");
        doc.setId("race-start-document");
        soup.setToggleGroup(start);
        doc.setToggleGroup(start);
        (model.startProperty().get() == RaceModel.Start.SOUP ? soup : doc).setSelected(true);
        start.selectedToggleProperty().addListener((o, a, b) ->
                model.startProperty().set(b == doc ? RaceModel.Start.DOCUMENT : RaceModel.Start.SOUP));
        TextField size = field("race-size", model.sizeProperty(), "HxW, e.g. 200x320", 9);
        TextField density = field("race-soup", model.soupProperty(), "DENSITY[:SEED]", 7);
        size.disableProperty().bind(doc.selectedProperty());
        density.disableProperty().bind(doc.selectedProperty());
        HBox startRow = new HBox(8, soup, new Label("size"), size, new Label("density:seed"), density, doc);
        startRow.setAlignment(Pos.CENTER_LEFT);
        g.addRow(row++, new Label("Start"), startRow, errors(
                error("race-size-error", model.sizeErrorProperty()),
                error("race-soup-error", model.soupErrorProperty()),
                error("race-start-error", model.startErrorProperty())));

        ChoiceBox<String> io = new ChoiceBox<>();
        io.setId("race-io");
        io.getItems().setAll(CellIoMode.NAMES);
        io.valueProperty().bindBidirectional(model.ioModeProperty());
        TextField latency = field("race-latency", model.latencyProperty(), "e.g. 1ms, 250us", 7);
        latency.disableProperty().bind(model.ioModeProperty().isEqualTo(CellIoMode.None.NAME));
        HBox ioRow = new HBox(8, io, new Label("latency per cell call"), latency);
        ioRow.setAlignment(Pos.CENTER_LEFT);
        g.addRow(row++, new Label("Cell I/O"), ioRow, error("race-latency-error", model.latencyErrorProperty()));

        TextField threads = field("race-threads", model.threadsProperty(), "K", 4);
        TextField gens = field("race-generations", model.generationsProperty(), "N", 7);
        ChoiceBox<String> baseline = new ChoiceBox<>(model.baselines());
        baseline.setId("race-baseline");
        baseline.setMinWidth(150);
        baseline.valueProperty().bindBidirectional(model.baselineProperty());
        HBox runRow = new HBox(8, new Label("threads"), threads, new Label("generations"), gens,
                new Label("baseline"), baseline);
        runRow.setAlignment(Pos.CENTER_LEFT);
        g.addRow(row++, new Label("Run"), runRow, errors(
                error("race-threads-error", model.threadsErrorProperty()),
                error("race-generations-error", model.generationsErrorProperty())));

        Button go = new Button("Start race");
        go.setId("race-start-button");
        go.getStyleClass().add(Styles.ACCENT);
        go.setDefaultButton(true);
        go.disableProperty().bind(model.canStartProperty().not());
        go.setOnAction(e -> model.start());
        Button cancel = new Button("Cancel");
        cancel.setId("race-cancel-button");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        HBox buttons = new HBox(8, go, cancel, error("race-setup-error", model.setupErrorProperty()));
        buttons.setAlignment(Pos.CENTER_LEFT);
        g.add(buttons, 1, row, 2, 1);
        return g;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String prompt, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static Label error(String id, ObservableStringValue message) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(Styles.DANGER);
        l.textProperty().bind(message);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }

    private static Node errors(Label... labels) {
        return new VBox(2, labels);
    }

    /** Copies the model's newest progress and result into the lanes and the chart; once per frame. */
    void update() {
        RaceProgress p = model.progressProperty().get();
        if (p != null && p != shown) {
            List<String> names = p.lanes().stream().map(RaceProgress.Lane::strategy).toList();
            if (!names.equals(List.copyOf(rows.keySet()))) {
                buildLanes(names);
            }
            for (RaceProgress.Lane l : p.lanes()) {
                LaneRow r = rows.get(l.strategy());
                r.bar().setProgress(p.generations() == 0 ? 0 : (double) l.done() / p.generations());
                String[] nums = RaceModel.laneNumbers(l);
                r.ms().setText(nums[0]);
                r.gps().setText(nums[1]);
                r.status().setText(l.describe());
                boolean bad = l.status() == RaceProgress.LaneStatus.DIVERGED
                        || l.status() == RaceProgress.LaneStatus.FAILED;
                r.status().getStyleClass().remove(Styles.DANGER);
                if (bad) {
                    r.status().getStyleClass().add(Styles.DANGER);
                }
            }
            state.setText(switch (p.state()) {
                case STARTING -> "starting…";
                case RUNNING -> "generation " + p.generation() + " of " + p.generations();
                case FINISHED -> "finished";
                case CANCELLED -> "cancelled: every lane stopped and closed";
                case FAILED -> "failed: " + p.message();
            });
            shown = p;
        }
        RaceResult r = model.resultProperty().get();
        if (r != shownResult) {
            shownResult = r;
            chart.show(r);
            summary.setText(r == null ? "" : r.setup().startName() + ", " + r.setup().generations()
                    + " generations, I/O " + r.setup().io().name() + (r.setup().io().latencyNanos() == 0 ? ""
                    : " " + lifefx.cellio.DurationText.format(r.setup().io().latencyNanos())) + ", "
                    + r.setup().threads() + " threads\n"
                    + String.join("\n", RaceModel.resultLines(r)));
        }
    }

    private void buildLanes(List<String> names) {
        lanes.getChildren().clear();
        rows.clear();
        int i = 0;
        for (String n : names) {
            Label name = new Label(n);
            name.setMinWidth(110);
            ProgressBar bar = new ProgressBar(0);
            bar.setId("race-lane-" + n + "-progress");
            bar.setPrefWidth(260);
            Label ms = new Label("–");
            ms.setId("race-lane-" + n + "-ms");
            ms.setMinWidth(100);
            Label gps = new Label("–");
            gps.setId("race-lane-" + n + "-gps");
            gps.setMinWidth(100);
            Label status = new Label("waiting");
            status.setId("race-lane-" + n + "-status");
            lanes.addRow(i++, name, bar, ms, gps, status);
            rows.put(n, new LaneRow(bar, ms, gps, status));
        }
    }

    RaceChart chart() {
        return chart;
    }
}
