package lifefx.sim;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.universe.Topology;
import lifefx.universe.Universe;
import lifefx.universe.Universes;

/**
 * What the simulation looked like at one moment: published by the stepping thread, read by anyone.
 * Immutable and thread-safe; readers never need a lock.
 *
 * <p>The cells are the universe's own immutable {@link Universe.Snapshot}: what a window draws
 * ({@link Universe.Snapshot#render}, at any scale, costing about the pixels) and reads ({@link
 * #isAlive}). It is O(1) to take for HashLife (a root node) and for a byte-grid torus, so a
 * snapshot per frame costs nothing in proportion to the universe's size.
 *
 * @param version      increases with every published snapshot; a view redraws when it changes
 * @param cells        the cells and their generation
 * @param topology     the torus (with its size) or the unbounded plane
 * @param rule         the rule the next generation will use
 * @param strategy     the strategy's name ({@code hashlife} on the plane)
 * @param threads      the threads setting
 * @param running      whether the simulation is playing
 * @param speedLimit   steps per second the loop aims at; {@code 0} means as fast as possible
 * @param stepExponent each step advances 2^stepExponent generations
 * @param timings      the last steps of this run
 * @param notice       the newest notice for the user (a failed generation), or {@code null}
 * @param edits        counts every change that did not come from stepping (edits, clear, fill,
 *                     load, resize, undo, redo, reset); a view compares it to tell unsaved changes
 * @param canUndo      whether {@code undo} would change something
 * @param canRedo      whether {@code redo} would change something
 * @param canReset     whether there is a generation to reset to
 * @param io           the cell I/O mode and the calls in flight
 * @param document     what the universe is called and which file it belongs to
 * @param schedule     the schedule map and its measured cost while recording is on ({@link
 *                     Simulation#recordSchedule}), else {@code null}
 * @param timeline     the recorded history's range and cost, for stepping back and seeking
 */
public record Snapshot(long version, Universe.Snapshot cells, Topology topology, Rule rule, String strategy,
                       int threads, boolean running, double speedLimit, int stepExponent, TimingWindow timings,
                       Notice notice, long edits, boolean canUndo, boolean canRedo, boolean canReset, IoStatus io,
                       Document document, ScheduleFrame schedule, Timeline timeline) {

    public Snapshot {
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(cells, "cells");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(timings, "timings");
        Objects.requireNonNull(io, "io");
        Objects.requireNonNull(document, "document");
    }

    /** A snapshot without a history ({@link Timeline#NONE}). */
    public Snapshot(long version, Universe.Snapshot cells, Topology topology, Rule rule, String strategy,
                    int threads, boolean running, double speedLimit, int stepExponent, TimingWindow timings,
                    Notice notice, long edits, boolean canUndo, boolean canRedo, boolean canReset, IoStatus io,
                    Document document, ScheduleFrame schedule) {
        this(version, cells, topology, rule, strategy, threads, running, speedLimit, stepExponent, timings, notice,
                edits, canUndo, canRedo, canReset, io, document, schedule, Timeline.NONE);
    }

    /** The generation shown, exact at any size. */
    public BigInteger exactGeneration() {
        return cells.generation();
    }

    /** The generation shown, clamped to {@link Long#MAX_VALUE} (exact on a torus). */
    public long generation() {
        return Universes.clamp(cells.generation());
    }

    /** Live cells, exact at any size. */
    public BigInteger exactPopulation() {
        return cells.population();
    }

    /** Live cells, clamped to {@link Long#MAX_VALUE}. */
    public long population() {
        return Universes.clamp(cells.population());
    }

    /** Summary figures of {@link #timings()}. Sorts up to 100 values, so call it once per frame. */
    public TimingStats stats() {
        return timings.stats();
    }

    /** Generations one step advances: 2^{@link #stepExponent()}. */
    public BigInteger stepSize() {
        return BigInteger.ONE.shiftLeft(stepExponent);
    }

    /** Whether the universe is a torus (both axes wrap). */
    public boolean wraps() {
        return topology instanceof Topology.Torus;
    }

    /** The torus's size, or empty on the plane. */
    public Optional<GridSize> torusSize() {
        return topology instanceof Topology.Torus(GridSize size) ? Optional.of(size) : Optional.empty();
    }

    /**
     * The torus's cells as a grid. O(1) for a byte-grid torus, O(cells) for other representations:
     * for tests, saving and analysis, not for every frame.
     *
     * @throws IllegalStateException on the unbounded plane, which has no grid
     */
    public Grid grid() {
        GridSize size = torusSize().orElseThrow(
                () -> new IllegalStateException("the unbounded universe has no grid; read its cells instead"));
        return Universes.gridOf(cells, size);
    }

    /** Whether the cell at row {@code row}, column {@code col} is alive (a torus wraps both). */
    public boolean isAlive(long row, long col) {
        return cells.get(col, row);
    }
}
