package lifefx.sim;

import java.util.Objects;
import lifefx.life.Grid;
import lifefx.life.Rule;

/**
 * What the simulation looked like at one moment: published by the stepping thread, read by anyone.
 * Immutable and thread-safe; readers never need a lock.
 *
 * <p>The cells are described as a {@link Grid} covering a {@link CellRegion} of the universe. On the
 * torus the region is the whole torus at {@code (0, 0)} and {@link #wraps()} is true. An unbounded
 * universe would publish the region around its live cells (or around what a view asked for) in the
 * same shape, so views work in universe coordinates through {@link #region()} and {@link
 * #isAlive(long, long)} rather than assuming one fixed grid.
 *
 * @param version    increases with every published snapshot; a view redraws when it changes
 * @param grid       the cells of {@code region}
 * @param region     where {@code grid} sits in the universe
 * @param wraps      whether the universe is a torus of exactly {@code region}
 * @param rule       the rule the next generation will use
 * @param strategy   the strategy's registry name
 * @param threads    the threads setting
 * @param running    whether the simulation is playing
 * @param speedLimit generations per second the loop aims at; {@code 0} means as fast as possible
 * @param timings    the last steps of this run
 * @param notice     the newest notice for the user (a failed generation), or {@code null}
 * @param edits      counts every change that did not come from stepping (edits, clear, fill,
 *                   load, resize, undo, redo, reset); a view compares it to tell unsaved changes
 * @param canUndo    whether {@code undo} would change something
 * @param canRedo    whether {@code redo} would change something
 * @param canReset   whether there is a generation to reset to
 * @param io         the cell I/O mode and the calls in flight
 * @param document   what the universe is called and which file it belongs to
 */
public record Snapshot(long version, Grid grid, CellRegion region, boolean wraps, Rule rule, String strategy,
                       int threads, boolean running, double speedLimit, TimingWindow timings, Notice notice,
                       long edits, boolean canUndo, boolean canRedo, boolean canReset, IoStatus io,
                       Document document) {

    public Snapshot {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(timings, "timings");
        Objects.requireNonNull(io, "io");
        Objects.requireNonNull(document, "document");
        if (region.height() != grid.height() || region.width() != grid.width()) {
            throw new IllegalArgumentException("region " + region + " does not match the grid's size " + grid.size());
        }
    }

    /** The generation shown. */
    public long generation() {
        return grid.generation();
    }

    /** Live cells in the region. */
    public long population() {
        return grid.population();
    }

    /** Summary figures of {@link #timings()}. Sorts up to 100 values, so call it once per frame. */
    public TimingStats stats() {
        return timings.stats();
    }

    /**
     * Whether the cell at universe coordinates {@code (row, col)} is alive. On a torus every
     * coordinate wraps; otherwise cells outside the region read as dead.
     */
    public boolean isAlive(long row, long col) {
        if (wraps) {
            return grid.isAlive((int) Math.floorMod(row - region.top(), region.height()),
                    (int) Math.floorMod(col - region.left(), region.width()));
        }
        return region.contains(row, col) && grid.isAlive((int) (row - region.top()), (int) (col - region.left()));
    }
}
