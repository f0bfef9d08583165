package lifefx.bench;

import java.util.Map;
import java.util.OptionalDouble;
import lifefx.life.GridSize;

/**
 * The article's own Python timings, in seconds for 100 generations with 5 threads, shown beside
 * LifeFX's figures for reference. They were measured on the article's machine, not this one.
 */
public final class ArticleFigures {

    /** Generations the article timed. */
    public static final int STEPS = 100;

    public static final GridSize LARGE = new GridSize(500, 900);
    public static final GridSize SMALL = new GridSize(50, 90);

    private static final Map<String, double[]> SECONDS = Map.of(
            // strategy -> {500x900, 50x90}; NaN where the article did not run it
            "sequential", new double[] {55.5, 0.68},
            "thread-per-cell", new double[] {Double.NaN, 14.3},
            "queue", new double[] {170.4, 2.54},
            "thread-pool", new double[] {6410.6, 5.18},
            "virtual-threads", new double[] {382.2, 2.27});

    private ArticleFigures() {
    }

    /**
     * The article's seconds for {@code strategy} on {@code grid}, scaled linearly to {@code steps}
     * generations; empty where the article has no figure (other grids, {@code bands}, {@code packed}).
     */
    public static OptionalDouble pythonSeconds(String strategy, GridSize grid, int steps) {
        double[] row = SECONDS.get(strategy);
        if (row == null) {
            return OptionalDouble.empty();
        }
        double s = grid.equals(LARGE) ? row[0] : grid.equals(SMALL) ? row[1] : Double.NaN;
        return Double.isNaN(s) ? OptionalDouble.empty() : OptionalDouble.of(s * steps / STEPS);
    }
}
