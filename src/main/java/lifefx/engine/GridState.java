package lifefx.engine;

import java.util.Objects;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;

/**
 * The per-cell strategies' state: an immutable byte {@link Grid} that a {@link
 * GenerationStrategy} turns into the next one each generation, as every strategy did before
 * universes. Also {@code packed}'s state when its logic does I/O.
 *
 * <p><b>Edits.</b> {@link #set} writes into a {@link Grid.Builder} that stays open across edits:
 * the first edit after a step, snapshot or restore copies the grid once (O(cells)), every further
 * edit costs O(1). The builder becomes a grid again (O(cells)) only for {@link #step}, {@link
 * #snapshot()} and {@link #toGrid()}; reads go through the open builder.
 *
 * <p><b>Costs.</b> {@code step(n)}: n generations of the strategy. {@code snapshot}, {@code
 * restore} of a grid snapshot: O(1). {@code population}, {@code alive}: O(1); {@code nextAlive},
 * {@code lastAlive}: O(width).
 *
 * <p><b>Threading.</b> One owner thread, as {@link TorusState} says; {@link #close()} from any
 * thread closes the strategy, which cancels its step in flight.
 */
final class GridState implements TorusState {

    private final GenerationStrategy strategy;
    private final CellLogic logic;
    private final GridSize size;
    private final int width;
    /** The cells as of the last step, restore or build; edits since then are in {@link #pending}. */
    private Grid current;
    /** Open edits on a copy of {@link #current}, or null when there are none. */
    private Grid.Builder pending;
    /** Live cells, {@code current}'s plus the net effect of pending edits. */
    private long population;

    GridState(Grid start, GenerationStrategy strategy, CellLogic logic) {
        this.current = Objects.requireNonNull(start, "start");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.logic = Objects.requireNonNull(logic, "logic");
        this.size = start.size();
        this.width = size.width();
        this.population = start.population();
    }

    @Override
    public GridSize size() {
        return size;
    }

    @Override
    public long generation() {
        return current.generation();
    }

    @Override
    public long population() {
        return population;
    }

    @Override
    public boolean alive(int row, int col) {
        return pending != null ? pending.get(row, col) : current.cellAt(row * width + col) != 0;
    }

    @Override
    public int nextAlive(int row, int col) {
        for (int c = col; c < width; c++) {
            if (alive(row, c)) {
                return c;
            }
        }
        return -1;
    }

    @Override
    public int lastAlive(int row) {
        for (int c = width - 1; c >= 0; c--) {
            if (alive(row, c)) {
                return c;
            }
        }
        return -1;
    }

    @Override
    public void set(int row, int col, boolean alive) {
        if (pending == null) {
            if (current.isAlive(row, col) == alive) {
                return;
            }
            pending = current.toBuilder();
        }
        if (pending.get(row, col) != alive) {
            pending.set(row, col, alive);
            population += alive ? 1 : -1;
        }
    }

    /** One generation at a time through the strategy; the grid is replaced only when all are done. */
    @Override
    public void step(long generations) throws InterruptedException, StepFailedException {
        flush();
        Grid g = current;
        ScheduleRecorder rec = ScheduleRecorder.active(); // null unless the schedule map is open
        for (long i = 0; i < generations; i++) {
            if (Thread.interrupted()) {
                throw new InterruptedException(strategy.name() + ": interrupted before generation "
                        + (g.generation() + 1));
            }
            FlightEvents.GenerationEvent event = FlightEvents.beginGeneration();
            if (rec != null) {
                rec.begin(size, g.generation(), strategy.name());
            }
            g = strategy.step(g, logic);
            if (rec != null) {
                rec.end();
            }
            FlightEvents.endGeneration(event, strategy.name(), g.generation(), size, g.population());
        }
        current = g;
        population = g.population();
    }

    /** O(1), or O(cells) once after edits. */
    @Override
    public TorusCells snapshot() {
        flush();
        return new GridCells(current);
    }

    /** O(1) for a grid snapshot; a conversion for any other kind. */
    @Override
    public void restore(TorusCells cells) {
        Grid grid = cells.toGrid();
        if (!grid.size().equals(size)) {
            throw new IllegalArgumentException("cells of " + grid.size() + " cannot be restored into a torus of " + size);
        }
        pending = null;
        current = grid;
        population = grid.population();
    }

    /** The current grid: O(1), or O(cells) once after edits. */
    @Override
    public Grid toGrid() {
        flush();
        return current;
    }

    @Override
    public void close() {
        strategy.close();
    }

    /** Turns open edits into the current grid (O(cells)); nothing when there are none. */
    private void flush() {
        if (pending != null) {
            current = pending.build(current.generation());
            pending = null;
        }
    }

    @Override
    public String toString() {
        return strategy.name() + " state " + size + " at generation " + current.generation();
    }
}
