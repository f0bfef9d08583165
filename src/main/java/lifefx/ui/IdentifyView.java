package lifefx.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import lifefx.analysis.Identification;
import lifefx.analysis.PeriodMap;

/**
 * Run → Identify's dialog, bound to an {@link IdentifyModel}: while the model runs, the generations
 * so far (read once per frame); then the facts, one row each (the command line's keys), and for an
 * oscillator its period map drawn on a canvas with a legend, one colour per period. Closing the
 * dialog cancels the run. Not modal: the simulation and the window go on. FX thread only.
 */
final class IdentifyView {

    /** The map's largest side in pixels. */
    static final int MAP_SIDE = 320;

    private final Dialog<Void> dialog = new Dialog<>();
    private final IdentifyModel model;
    private final Label status = new Label();
    private final GridPane facts = new GridPane(16, 3);
    private final VBox mapBox = new VBox(6);
    private final AnimationTimer progress;

    IdentifyView(Window owner, IdentifyModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle("Identify");
        dialog.setHeaderText("What is this pattern?");
        status.setId("identify-status");
        status.setWrapText(true);
        status.setMaxWidth(440);
        status.setMinHeight(Region.USE_PREF_SIZE);
        facts.setId("identify-facts");
        mapBox.setId("identify-map");
        VBox content = new VBox(12, status, facts, mapBox);
        content.setPadding(new Insets(4, 8, 0, 4));
        content.setMinWidth(360);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setOnHidden(e -> model.cancel());
        progress = new AnimationTimer() {
            @Override
            public void handle(long now) {
                status.setText(String.format(Locale.ROOT, "Running it until it repeats… generation %,d of at most %,d",
                        model.generationsRun(), model.limit()));
            }
        };
        model.runningProperty().addListener((o, was, on) -> {
            if (on) {
                progress.start();
            } else {
                progress.stop();
            }
            refresh();
        });
        model.resultProperty().addListener((o, a, b) -> refresh());
        model.errorProperty().addListener((o, a, b) -> refresh());
        if (model.runningProperty().get()) {
            progress.start();
        }
        refresh();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    /** Shows the dialog (not modal), or brings it to the front. */
    void show() {
        if (!dialog.isShowing()) {
            dialog.show();
        }
        dialog.getDialogPane().getScene().getWindow().requestFocus();
    }

    private void refresh() {
        facts.getChildren().clear();
        mapBox.getChildren().clear();
        Identification id = model.resultProperty().get();
        if (!model.errorProperty().get().isEmpty()) {
            status.setText("Identify failed: " + model.errorProperty().get());
        } else if (model.runningProperty().get()) {
            status.setText("Running it until it repeats…");
        } else if (id != null) {
            status.setText(summary(id));
            int row = 0;
            for (String fact : id.facts()) {
                int eq = fact.indexOf('=');
                Label key = new Label(fact.substring(0, eq));
                key.getStyleClass().add(Styles.TEXT_MUTED);
                Label value = new Label(withSeparators(fact.substring(eq + 1)));
                value.setWrapText(true);
                value.setMaxWidth(320);
                value.setMinHeight(Region.USE_PREF_SIZE);
                facts.addRow(row++, key, value);
            }
            facts.addRow(row, mutedLabel("generation"), new Label(String.format(Locale.ROOT,
                    id.type() == Identification.Type.NONE ? "%,d (the last one run), population %,d"
                            : "%,d (period confirmed), population %,d", id.generation(), id.population())));
            if (id.periodMap() != null) {
                mapBox.getChildren().addAll(new Label("Each cell's own period"), mapCanvas(id.periodMap()),
                        legend(id.periodMap()));
            }
        }
        if (dialog.isShowing()) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+");

    /** A fact's value for people: every run of digits of an integer part grouped, "15463x15450" as "15,463x15,450". */
    static String withSeparators(String value) {
        java.util.regex.Matcher m = NUMBER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean fraction = m.start() > 0 && value.charAt(m.start() - 1) == '.';
            String digits = m.group();
            String grouped = fraction || digits.length() < 4 ? digits
                    : String.format(Locale.ROOT, "%,d", new java.math.BigInteger(digits));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(grouped));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Label mutedLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    /** One sentence: "Oscillator of period 15." / "Spaceship of period 4: c/4 diagonal." */
    static String summary(Identification id) {
        return switch (id.type()) {
            case STILL -> "A still life.";
            case OSCILLATOR -> "An oscillator of period " + id.period() + ".";
            case SPACESHIP -> "A spaceship of period " + id.period() + ", moving " + id.speed() + ".";
            case NONE -> id.populationMax() == 0 ? "None: there is no live cell."
                    : id.died() != null ? "None: the pattern dies out at generation " + id.died() + "."
                    : "None within the limit: it did not repeat.";
        };
    }

    /** The colour of period {@code p} among the map's {@code periods} (1, the stator, in grey). */
    static Color colour(int p, List<Integer> periods) {
        if (p == 1) {
            return Color.gray(0.45);
        }
        int i = periods.indexOf(p);
        return Color.hsb((i * 137.508) % 360, 0.75, 0.95);
    }

    /** The map on a canvas: a square per cell, dead cells left clear. */
    static Canvas mapCanvas(PeriodMap map) {
        int cell = Math.max(1, Math.min(16, MAP_SIDE / Math.max(map.width(), map.height())));
        Canvas c = new Canvas((double) cell * map.width(), (double) cell * map.height());
        c.setId("identify-map-canvas");
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(Color.gray(0.12));
        g.fillRect(0, 0, c.getWidth(), c.getHeight());
        List<Integer> periods = new ArrayList<>(map.counts().keySet());
        for (int row = 0; row < map.height(); row++) {
            for (int col = 0; col < map.width(); col++) {
                int p = map.at(col, row);
                if (p > 0) {
                    g.setFill(colour(p, periods));
                    g.fillRect((double) col * cell, (double) row * cell, cell, cell);
                }
            }
        }
        return c;
    }

    /** A square of each period's colour, with the period and its number of cells. */
    static FlowPane legend(PeriodMap map) {
        FlowPane legend = new FlowPane(12, 4);
        legend.setId("identify-legend");
        legend.setPrefWrapLength(MAP_SIDE);
        List<Integer> periods = new ArrayList<>(map.counts().keySet());
        for (Map.Entry<Integer, Integer> e : map.counts().entrySet()) {
            Rectangle swatch = new Rectangle(12, 12, colour(e.getKey(), periods));
            String what = e.getKey() == 1 ? "stator" : "p" + e.getKey();
            legend.getChildren().add(new HBox(4, swatch, new Label(what + ": " + e.getValue() + " cells")));
        }
        return legend;
    }
}
