package lifefx.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lifefx.plot.Plot;
import lifefx.plot.Spread;
import lifefx.cellio.DurationText;

/**
 * Turns {@code bench}'s results into {@link Plot}s: the strategies side by side, the scaling
 * study, the latency sweep. A value axis is logarithmic when the values on it span more than
 * {@value #LOG_SPAN} times, so that one slow strategy does not flatten the others. Stateless.
 */
public final class BenchPlots {

    /** Largest max/min ratio still drawn on a linear axis. */
    static final double LOG_SPAN = 10;

    private BenchPlots() {
    }

    /**
     * Bars of ms per generation, a group per strategy and a bar per grid (and I/O mode). With one
     * round, a bar is the median generation and its whisker the fastest to slowest generation;
     * with several, the median of the rounds' medians and their min to max.
     */
    public static Plot.Bars strategies(List<BenchSummary> summaries) {
        List<String> categories = new ArrayList<>(new LinkedHashSet<>(
                summaries.stream().map(s -> s.benchCase().strategy()).toList()));
        Map<String, Map<String, Spread>> bySeries = new LinkedHashMap<>();
        int rounds = 0;
        int steps = 0;
        for (BenchSummary s : summaries) {
            BenchCase c = s.benchCase();
            String series = c.grid() + (c.io().name().equals("none") ? "" : ", " + Bench.describe(c.io()));
            Spread v = s.rounds().size() > 1 ? s.msPerStep() : s.rounds().size() == 1 ? s.generationsMs() : Spread.NONE;
            bySeries.computeIfAbsent(series, k -> new LinkedHashMap<>()).put(c.strategy(), v);
            rounds = Math.max(rounds, s.rounds().size());
            steps = Math.max(steps, c.steps());
        }
        List<Plot.BarSeries> series = new ArrayList<>();
        for (Map.Entry<String, Map<String, Spread>> e : bySeries.entrySet()) {
            series.add(new Plot.BarSeries(e.getKey(),
                    categories.stream().map(n -> e.getValue().getOrDefault(n, Spread.NONE)).toList()));
        }
        String title = rounds > 1
                ? "Median of " + rounds + " rounds of " + steps + " generations; whiskers: fastest and slowest round"
                : "Median of " + steps + " generations; whiskers: fastest and slowest generation";
        boolean log = spansDecades(series.stream().flatMap(s -> s.values().stream()).toList());
        return new Plot.Bars(title, "ms per generation" + (log ? " (log scale)" : ""), log, categories, series);
    }

    /**
     * Lines of ns per cell update against cells, one per strategy: the median generation, with
     * whiskers from the fastest to the slowest generation. Log-log where the data span decades.
     */
    public static Plot.Lines scaling(List<ScalingResult> results) {
        Map<String, List<Plot.Point>> lines = new LinkedHashMap<>();
        for (ScalingResult r : results) {
            List<Plot.Point> points = lines.computeIfAbsent(r.strategy(), k -> new ArrayList<>());
            if (!r.wasStopped()) {
                double cells = r.cells();
                points.add(new Plot.Point(cells, new Spread(r.medianNanos() / cells, r.minNanos() / cells,
                        r.maxNanos() / cells, r.steps())));
            }
        }
        List<Plot.LineSeries> series = new ArrayList<>();
        lines.forEach((name, points) -> series.add(new Plot.LineSeries(name, points, false)));
        List<Spread> ys = series.stream().flatMap(s -> s.points().stream()).map(Plot.Point::y).toList();
        boolean logY = spansDecades(ys);
        double minX = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Plot.Point::x).min().orElse(1);
        double maxX = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Plot.Point::x).max().orElse(1);
        boolean logX = maxX / minX > LOG_SPAN;
        return new Plot.Lines("Scaling with grid size: median generation; whiskers: fastest and slowest",
                "cells in the torus" + (logX ? " (log scale)" : ""),
                "ns per cell update" + (logY ? " (log scale)" : ""), logX, logY, List.of(), series);
    }

    /**
     * Lines of ms per generation against the cell calls' latency, one per strategy, and a dashed
     * reference line at one latency per generation: what a generation would cost if every cell
     * waited at once. The distance from a strategy's line down to it is what the strategy adds:
     * waves of waiting (too few calls in flight) at high latency, computing and hand-offs at low.
     *
     * @param latencies the swept latencies in nanoseconds, in order (the x axis's labels)
     */
    public static Plot.Lines latencySweep(List<BenchSummary> summaries, List<Long> latencies) {
        Map<String, List<Plot.Point>> lines = new LinkedHashMap<>();
        for (BenchSummary s : summaries) {
            List<Plot.Point> points = lines.computeIfAbsent(s.benchCase().strategy(), k -> new ArrayList<>());
            int x = latencies.indexOf(s.benchCase().io().latencyNanos());
            if (!s.wasSkipped() && x >= 0) {
                points.add(new Plot.Point(x, s.rounds().size() > 1 ? s.msPerStep() : s.generationsMs()));
            }
        }
        List<Plot.LineSeries> series = new ArrayList<>();
        lines.forEach((name, points) -> series.add(new Plot.LineSeries(name, points, false)));
        List<Plot.Point> floor = new ArrayList<>();
        for (int i = 0; i < latencies.size(); i++) {
            if (latencies.get(i) > 0) {
                double ms = latencies.get(i) / 1e6;
                floor.add(new Plot.Point(i, new Spread(ms, ms, ms, 1)));
            }
        }
        series.add(new Plot.LineSeries("one latency per generation (every cell waiting at once)", floor, true));
        String grid = summaries.isEmpty() ? "" : " on " + summaries.getFirst().benchCase().grid();
        String io = summaries.isEmpty() ? "latency" : summaries.getFirst().benchCase().io().name();
        List<String> labels = latencies.stream().map(n -> n == 0 ? "0" : DurationText.format(n)).toList();
        boolean several = summaries.stream().anyMatch(s -> s.rounds().size() > 1);
        return new Plot.Lines("--io " + io + grid + ": median " + (several ? "of the rounds" : "generation")
                        + "; whiskers: fastest and slowest",
                "latency of each cell's call", "ms per generation (log scale)", false, true, labels, series);
    }

    /** Whether the positive values (medians and whiskers) span more than {@link #LOG_SPAN} times. */
    static boolean spansDecades(List<Spread> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Spread s : values) {
            Objects.requireNonNull(s);
            for (double v : new double[] {s.min(), s.median(), s.max()}) {
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return max / min > LOG_SPAN;
    }
}
