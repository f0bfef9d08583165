package lifefx.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.XYChart;
import lifefx.sim.Snapshot;
import lifefx.sim.StepTiming;

/**
 * A live chart of milliseconds per step against generation, one series per strategy, over a
 * rolling window of {@value #WINDOW} points. Switching strategy mid-run shows as a new series
 * starting where the old one stops. Use on the JavaFX application thread only.
 *
 * <p>Kept cheap, as the JavaFX samples do for live charts: no animation, no symbols, a fixed
 * window, and at most {@value #POINTS_PER_SECOND} points a second. Each point is the mean of the
 * steps since the previous point, so fast runs are summarised rather than sampled. A "log scale"
 * check box in the corner switches the y axis to {@link LogAxis}.
 */
public final class TimingChart extends LogScaleLineChart {

    static final int WINDOW = 240;
    static final int POINTS_PER_SECOND = 10;

    private final Map<String, XYChart.Series<Number, Number>> series = new LinkedHashMap<>();
    private final Deque<XYChart.Data<Number, Number>> points = new ArrayDeque<>();
    private final Map<XYChart.Data<Number, Number>, XYChart.Series<Number, Number>> owner = new java.util.HashMap<>();
    private long lastGeneration = Long.MIN_VALUE;
    private long lastPoint;

    public TimingChart() {
        super("timing-chart", "ms/step");
    }

    /** Adds a point if the run went on since the last one; called once per pulse. */
    public void update(Snapshot s, long now) {
        StepTiming last = s.stats().last();
        if (last == null) {
            return;
        }
        if (last.generation() < lastGeneration) {
            // Reset, undo or load went back in time: start the picture afresh.
            clear();
        }
        if (last.generation() == lastGeneration || now - lastPoint < 1_000_000_000L / POINTS_PER_SECOND) {
            return;
        }
        List<StepTiming> steps = s.timings().steps();
        long sum = 0;
        int n = 0;
        for (int i = steps.size() - 1; i >= 0 && steps.get(i).generation() > lastGeneration; i--) {
            if (steps.get(i).strategy().equals(last.strategy())) {
                sum += steps.get(i).nanos();
                n++;
            }
        }
        double ms = n == 0 ? last.millis() : sum / (double) n / 1e6;
        add(last.strategy(), last.generation(), ms);
        lastGeneration = last.generation();
        lastPoint = now;
    }

    /** Adds a point to {@code name}'s series, dropping the oldest beyond the window. */
    void add(String name, long generation, double ms) {
        XYChart.Series<Number, Number> sr = series.get(name);
        if (sr == null) {
            sr = new XYChart.Series<>();
            sr.setName(name);
            series.put(name, sr);
            chart().getData().add(sr);
        }
        XYChart.Data<Number, Number> d = new XYChart.Data<>(generation, ms);
        sr.getData().add(d);
        points.addLast(d);
        owner.put(d, sr);
        while (points.size() > WINDOW) {
            XYChart.Data<Number, Number> old = points.removeFirst();
            XYChart.Series<Number, Number> from = owner.remove(old);
            from.getData().remove(old);
            if (from.getData().isEmpty()) {
                chart().getData().remove(from);
                series.values().remove(from);
            }
        }
    }

    /** Removes every point. */
    public void clear() {
        chart().getData().clear();
        series.clear();
        points.clear();
        owner.clear();
        lastGeneration = Long.MIN_VALUE;
    }

    /** Series names in order, for tests. */
    public List<String> seriesNames() {
        return List.copyOf(series.keySet());
    }
}
