package lifefx.ui;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import lifefx.sim.RaceResult;

/**
 * The end of a race as horizontal bars, one per lane: the bar reaches the median milliseconds per
 * generation, a thick whisker spans the quartiles (IQR) and a thin one the whole range (min to
 * max). The time axis is logarithmic, with a line per decade, because strategies differ by a
 * hundredfold and more; a label beside each bar gives the median and the ratio to the baseline.
 * Drawn on a {@link Canvas}, once per result or resize, not per frame. FX thread only.
 *
 * <p>(A chart class for the {@code bench} PNGs is being written elsewhere; the two may become one.)
 */
final class RaceChart extends Region {

    private static final double LEFT = 130;
    private static final double RIGHT_LABEL = 300;
    private static final double ROW = 34;
    private static final double TOP = 26;

    private final Canvas canvas = new Canvas();
    private RaceResult result;
    private boolean dark;

    RaceChart() {
        getStyleClass().add("race-chart");
        getChildren().add(canvas);
        setMinHeight(60);
        setPrefHeight(60);
        widthProperty().addListener((o, a, b) -> draw());
        heightProperty().addListener((o, a, b) -> draw());
    }

    /** Shows {@code r} (null: nothing). */
    void show(RaceResult r) {
        this.result = r;
        double h = r == null ? 60 : TOP + 30 + r.lanes().size() * ROW;
        setPrefHeight(h);
        setMinHeight(h);
        draw();
    }

    void setDark(boolean dark) {
        this.dark = dark;
        draw();
    }

    RaceResult shown() {
        return result;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        Color ink = dark ? Color.gray(0.9) : Color.gray(0.15);
        Color faint = dark ? Color.gray(0.35) : Color.gray(0.82);
        g.setFont(Font.font(12));
        g.setFill(ink);
        g.setTextBaseline(VPos.CENTER);
        if (result == null) {
            g.fillText("The chart appears when a race ends.", 12, 20);
            return;
        }
        List<RaceResult.LaneResult> lanes = result.lanes().stream().filter(l -> !l.millis().isEmpty()).toList();
        if (lanes.isEmpty()) {
            g.fillText("No lane completed a generation.", 12, 20);
            return;
        }
        double lo = lanes.stream().mapToDouble(l -> l.millis().min()).min().orElse(1);
        double hi = lanes.stream().mapToDouble(l -> l.millis().max()).max().orElse(1);
        double decadeLo = Math.floor(Math.log10(Math.max(lo, 1e-6)));
        double decadeHi = Math.ceil(Math.log10(Math.max(hi, 1e-6)));
        if (decadeHi <= decadeLo) {
            decadeHi = decadeLo + 1;
        }
        double x0 = LEFT;
        double x1 = Math.max(x0 + 100, w - RIGHT_LABEL);
        double dLo = decadeLo;
        double dHi = decadeHi;
        java.util.function.DoubleUnaryOperator x = ms -> x0 + (Math.log10(Math.max(ms, 1e-6)) - dLo) / (dHi - dLo) * (x1 - x0);
        double bottom = TOP + lanes.size() * ROW;
        g.setTextAlign(TextAlignment.CENTER);
        g.setLineWidth(1);
        for (double d = decadeLo; d <= decadeHi; d++) {
            double xx = x.applyAsDouble(Math.pow(10, d));
            g.setStroke(faint);
            g.strokeLine(xx, TOP - 4, xx, bottom);
            g.setFill(ink);
            g.fillText(tick(Math.pow(10, d)), xx, bottom + 12);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("ms per generation (log scale): bar = median, thick = quartiles, thin = min–max", x0, 10);
        for (int i = 0; i < lanes.size(); i++) {
            RaceResult.LaneResult l = lanes.get(i);
            double cy = TOP + i * ROW + ROW / 2;
            boolean base = l.strategy().equals(result.setup().baseline());
            g.setFill(ink);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(l.strategy(), x0 - 8, cy);
            Color bar = switch (l.status()) {
                case DIVERGED, FAILED -> Color.web("#d1495b");
                default -> base ? Color.web("#8d99ae") : Color.web("#2e86ab");
            };
            double xm = x.applyAsDouble(l.millis().median());
            g.setFill(bar);
            g.fillRect(x0, cy - 9, Math.max(1, xm - x0), 18);
            g.setStroke(ink);
            g.setLineWidth(1);
            g.strokeLine(x.applyAsDouble(l.millis().min()), cy, x.applyAsDouble(l.millis().max()), cy);
            g.strokeLine(x.applyAsDouble(l.millis().min()), cy - 4, x.applyAsDouble(l.millis().min()), cy + 4);
            g.strokeLine(x.applyAsDouble(l.millis().max()), cy - 4, x.applyAsDouble(l.millis().max()), cy + 4);
            g.setLineWidth(4);
            g.strokeLine(x.applyAsDouble(l.millis().q1()), cy, x.applyAsDouble(l.millis().q3()), cy);
            g.setLineWidth(1);
            g.setFill(ink);
            g.setTextAlign(TextAlignment.LEFT);
            String status = switch (l.status()) {
                case DIVERGED -> "  DIVERGED at gen " + l.divergedAt();
                case FAILED -> "  failed";
                case CANCELLED -> "  cancelled";
                default -> "";
            };
            g.fillText(String.format(Locale.ROOT, "%s · %s%s", RaceModel.time(l.millis().median()),
                    RaceModel.ratioText(result, l).replaceFirst(" \\(IQR.*", ""), status), x1 + 10, cy);
        }
    }

    private static String tick(double ms) {
        if (ms >= 1000) {
            return String.format(Locale.ROOT, "%.0f s", ms / 1000);
        }
        if (ms >= 1) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.0f µs", ms * 1000);
    }
}
