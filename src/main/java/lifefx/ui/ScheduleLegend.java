package lifefx.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import lifefx.engine.ScheduleMap;
import lifefx.sim.ScheduleFrame;
import lifefx.sim.Snapshot;

/**
 * The schedule map's legend, drawn over the grid while the map is shown: which generation of
 * which strategy the map is, how finely it was recorded, the colour key (a 0%..100% gradient, or
 * one swatch per thread or carrier with its name), and what recording costs, measured live.
 * Mouse-transparent. FX thread only; rebuilt only when the map, the colouring or the cost changed.
 */
final class ScheduleLegend extends StackPane {

    /** Most swatches listed; the rest are counted. */
    static final int SWATCHES = 12;

    private final VBox box = new VBox(4);
    private final Label title = new Label();
    private final Label info = new Label();
    private final VBox key = new VBox(2);
    private final Label cost = new Label();
    private ScheduleFrame shownFrame;
    private ScheduleColouring shownColouring;
    private boolean shownAny;

    ScheduleLegend() {
        getStyleClass().addAll("timing-overlay", "schedule-legend");
        for (Label l : new Label[] {title, info, cost}) {
            l.getStyleClass().add("timing-overlay-text");
        }
        box.getChildren().addAll(title, info, key, cost);
        getChildren().add(box);
        setMouseTransparent(true);
        setPadding(new Insets(8, 12, 8, 12));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new Insets(10));
    }

    /** Shows the legend of {@code s}'s schedule frame in {@code colouring}. */
    void update(Snapshot s, ScheduleColouring colouring) {
        ScheduleFrame frame = s.schedule();
        if (shownAny && frame == shownFrame && colouring == shownColouring) {
            return;
        }
        shownAny = true;
        shownFrame = frame;
        shownColouring = colouring;
        title.setText("Schedule map: " + colouring.label() + " (" + colouring.description() + ")");
        ScheduleMap map = frame == null ? null : frame.map();
        key.getChildren().clear();
        if (map == null || !s.torusSize().map(map.size()::equals).orElse(false)) {
            info.setText(s.wraps() ? "no generation recorded yet: play or step (" + s.strategy()
                    + (s.strategy().startsWith("packed") ? " on words records nothing; try another strategy" : "") + ")"
                    : "the unbounded universe (hashlife) records no schedule: switch to a torus");
        } else {
            info.setText(String.format(Locale.ROOT, "%s, generation %,d: %s, %,d thread%s; times %s",
                    map.strategy(), map.generation(), millis(map.nanos()), map.threadCount(),
                    map.threadCount() == 1 ? "" : "s", map.granularity().describe()));
            key.getChildren().addAll(switch (colouring) {
                case TIME -> gradient();
                case THREAD -> swatches(map.threadNames(), map.threadCount(), "threads");
                case CARRIER -> map.carrierNames().isEmpty()
                        ? List.of(text("no carriers known: platform threads, or no virtual thread named its carrier"))
                        : swatches(map.carrierNames(), map.carrierNames().size(), "carriers");
            });
        }
        cost.setText(frame == null ? "recording: starting" : frame.describeCost());
    }

    /** The legend's text, for tests. */
    String text() {
        StringBuilder sb = new StringBuilder(title.getText()).append('\n').append(info.getText());
        for (Node n : key.lookupAll(".timing-overlay-text")) {
            sb.append('\n').append(((Label) n).getText());
        }
        return sb.append('\n').append(cost.getText()).toString();
    }

    private static List<Node> gradient() {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i <= 16; i++) {
            stops.add(new Stop(i / 16.0, argb(ScheduleColouring.timeColour(i / 16.0))));
        }
        Region bar = new Region();
        bar.setMinSize(240, 14);
        bar.setPrefSize(240, 14);
        bar.setBackground(new Background(new BackgroundFill(
                new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops), null, null)));
        Label from = text("0%");
        Label mid = text("50%");
        Label to = text("100% of the generation's time");
        Region gap1 = new Region();
        Region gap2 = new Region();
        HBox.setHgrow(gap1, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(gap2, javafx.scene.layout.Priority.ALWAYS);
        HBox scale = new HBox(from, gap1, mid, gap2, to);
        scale.setMaxWidth(Double.MAX_VALUE);
        return List.of(bar, scale);
    }

    private static List<Node> swatches(List<String> names, int count, String what) {
        List<Node> rows = new ArrayList<>();
        int shown = Math.min(Math.min(names.size(), count), SWATCHES);
        for (int i = 0; i < shown; i++) {
            Region sw = new Region();
            sw.setMinSize(12, 12);
            sw.setPrefSize(12, 12);
            sw.setBackground(new Background(new BackgroundFill(argb(ScheduleColouring.ordinalColour(i)), null, null)));
            HBox row = new HBox(6, sw, text(names.get(i)));
            row.setAlignment(Pos.CENTER_LEFT);
            rows.add(row);
        }
        if (count > shown) {
            rows.add(text(String.format(Locale.ROOT, "and %,d more %s", count - shown, what)));
        }
        return rows;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("timing-overlay-text");
        return l;
    }

    private static Color argb(int c) {
        return Color.rgb(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, nanos >= 10_000_000 ? "%.0f ms" : "%.3g ms", nanos / 1e6);
    }
}
