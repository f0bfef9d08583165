package lifefx.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.XYChart;
import lifefx.sim.PopulationHistory;

/**
 * A live chart of population, births and deaths against generation (View → Population chart, key
 * P), drawn from the simulation's {@link PopulationHistory}: the whole run, at most {@value
 * #SHOWN} points (the history's own points are thinned evenly, each shown point the mean rate of
 * the points it stands for). Births and deaths are shown per generation (a point's count over the
 * generations it covers), so steps of 2^k generations and merged points stay comparable. A "log
 * scale" check box in the corner switches the y axis to {@link LogAxis}, where a population of
 * thousands and a few births a generation both show. Use on the JavaFX application thread only.
 *
 * <p>Kept cheap, as {@link TimingChart} is: no animation, no symbols, at most {@value
 * #UPDATES_PER_SECOND} redraws a second and only when the history changed; the stepping thread
 * does the recording, the chart only reads an immutable view.
 */
public final class PopulationChart extends LogScaleLineChart {

    /** Points drawn at most per series. */
    static final int SHOWN = 600;
    static final int UPDATES_PER_SECOND = 5;

    private final XYChart.Series<Number, Number> population = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> births = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> deaths = new XYChart.Series<>();
    private PopulationHistory.Series shown;
    private long lastUpdate = Long.MIN_VALUE / 2;

    public PopulationChart() {
        super("population-chart", "cells");
        population.setName("population");
        births.setName("births / generation");
        deaths.setName("deaths / generation");
        chart().getData().addAll(List.of(population, births, deaths));
    }

    /** Points drawn in the population series, for tests. */
    int pointCount() {
        return population.getData().size();
    }

    /** Redraws from {@code history} when it changed and the last redraw is old enough; once per pulse. */
    public void update(PopulationHistory.Series history, long now) {
        if (history == shown || now - lastUpdate < 1_000_000_000L / UPDATES_PER_SECOND) {
            return;
        }
        show(history);
        lastUpdate = now;
    }

    /**
     * Draws {@code history} now: at most {@value #SHOWN} points a series, each the last generation and
     * population of a run of history points and the births and deaths per generation over that run.
     * O(history points).
     */
    public void show(PopulationHistory.Series history) {
        shown = history;
        int n = history.size();
        int per = Math.max(1, (n + SHOWN - 1) / SHOWN);
        List<XYChart.Data<Number, Number>> pop = new ArrayList<>(n / per + 1);
        List<XYChart.Data<Number, Number>> born = new ArrayList<>(n / per + 1);
        List<XYChart.Data<Number, Number>> died = new ArrayList<>(n / per + 1);
        for (int start = 0; start < n; start += per) {
            int end = Math.min(n, start + per);
            double b = 0;
            double d = 0;
            double gens = 0;
            for (int i = start; i < end; i++) {
                PopulationHistory.Point p = history.get(i);
                b += p.births();
                d += p.deaths();
                gens += history.generationsAt(i);
            }
            PopulationHistory.Point last = history.get(end - 1);
            double x = last.generation().doubleValue();
            pop.add(new XYChart.Data<>(x, last.population()));
            born.add(new XYChart.Data<>(x, b / gens));
            died.add(new XYChart.Data<>(x, d / gens));
        }
        population.getData().setAll(pop);
        births.getData().setAll(born);
        deaths.getData().setAll(died);
        // Births and deaths are close whenever the population holds steady: dash the deaths so the
        // births show through (the line node exists once the series is in a chart).
        if (deaths.getNode() != null && deaths.getNode().getStyle().isEmpty()) {
            deaths.getNode().setStyle("-fx-stroke-dash-array: 6 4;");
        }
    }
}
