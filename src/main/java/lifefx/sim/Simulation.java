package lifefx.sim;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import lifefx.cellio.CellIoMode;
import lifefx.engine.StepFailedException;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.universe.HashLifeUniverse;
import lifefx.universe.Topology;
import lifefx.universe.Universe;
import lifefx.universe.Universes;

/**
 * Owns the current generation of one universe and runs it. The window, the tests and any other
 * front end drive it with commands and read what it publishes as {@link Snapshot}s. This class is
 * the front door; behind it, {@link SteppingLoop} is the stepping thread, {@link Universe} the
 * edited state with undo and reset, {@link CellIoSlot} the cell logic and its I/O, {@link
 * SnapshotPublisher} what readers see, and {@link CommandQueue} the way in.
 *
 * <p><b>Threading.</b> Every public method is thread-safe and returns at once: it puts a command on
 * a queue and never waits for a generation. One stepping thread, a virtual thread of this object's
 * own executor, takes the commands and steps; it alone touches the current grid, the strategy, the
 * undo history and the reset point, so none of them needs a lock. {@link #latest()} is a volatile
 * read of the newest snapshot. The exceptions are {@link #close()}, which waits for the stepping
 * thread to end (use {@link #closeAsync()} on a UI thread), and the {@code await} helpers, which
 * wait by design.
 *
 * <p><b>Order and boundaries.</b> Commands are applied in the order they were sent, and only
 * between generations: an edit sent while a generation is being computed is applied to the result,
 * so no edit is lost and no reader sees a half-edited grid. A rule or size change likewise takes
 * effect at the next generation boundary. Commands that stop, restart or replace the run do not
 * wait for the boundary: {@link #pause()}, {@link #step()}, {@link #setStrategy}, {@link
 * #setThreads}, {@link #setIo}, {@link #stepBack()} and {@link #seek} cancel a generation of play in
 * flight (and a seek's recomputation); {@link #reset()}, {@link
 * #load} and {@link #close()} cancel any generation in flight. A cancelled generation is never
 * published, and the previous one stays current. The request is sticky (see {@link
 * CommandQueue}): it cannot be missed, however it falls against the start of a generation.
 *
 * <p><b>Failures.</b> When a step throws {@link StepFailedException}, the simulation pauses, the
 * previous generation stays current, and the exception's one-line message becomes the snapshot's
 * {@link Notice}. A command that throws, even with an {@link Error}, fails alone with a notice; the
 * stepping thread goes on.
 *
 * <p><b>Memory consistency effects.</b> A snapshot is built completely by the stepping thread
 * before it is written to a volatile field, so a reader that sees it sees all of its contents,
 * including the grid's cells.
 */
public final class Simulation implements AutoCloseable {

    /** Undo history budget: an eighth of the heap, at most 512 MB. */
    private static final long HISTORY_BUDGET = Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 8);

    /** Step history (timeline) budget, besides the undo budget: an eighth of the heap, at most 256 MB. */
    static final long TIMELINE_BUDGET = Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);

    private final CommandQueue queue = new CommandQueue();
    private final SteppingLoop loop;
    private final ExecutorService executor;
    private final Object closeLock = new Object();
    private volatile boolean closed;

    /** A simulation of {@code initial}, a torus of its size, with pure rule logic. */
    public Simulation(Grid initial, Settings settings) {
        this(initial, settings, CellLogic::of);
    }

    /**
     * A simulation of a universe of {@code topology} holding {@code initial}'s cells ({@code null}:
     * empty), with pure rule logic. On the plane the strategy is {@code hashlife} whatever {@code
     * settings} says.
     */
    public Simulation(Topology topology, Universe.Snapshot initial, Settings settings) {
        this(topology, initial, settings, CellLogic::of, HISTORY_BUDGET);
    }

    /**
     * A simulation of {@code initial} whose cell logic for a rule comes from {@code logicFactory}
     * (for logic that does I/O, or fails on purpose in a test).
     */
    public Simulation(Grid initial, Settings settings, Function<Rule, CellLogic> logicFactory) {
        this(initial, settings, logicFactory, HISTORY_BUDGET);
    }

    /** As above, with an undo history of {@code historyBudget} bytes (for tests). */
    Simulation(Grid initial, Settings settings, Function<Rule, CellLogic> logicFactory, long historyBudget) {
        this(Topology.torus(Objects.requireNonNull(initial, "initial").size()), Universes.snapshotOf(initial), settings,
                logicFactory, historyBudget);
    }

    /** The general form: any topology, any logic, any history budget. */
    Simulation(Topology topology, Universe.Snapshot initial, Settings settings, Function<Rule, CellLogic> logicFactory,
               long historyBudget) {
        this(topology, initial, settings, logicFactory, historyBudget, TIMELINE_BUDGET);
    }

    /** The general form, with a step history of {@code timelineBudget} bytes (see {@link StepHistory}). */
    Simulation(Topology topology, Universe.Snapshot initial, Settings settings, Function<Rule, CellLogic> logicFactory,
               long historyBudget, long timelineBudget) {
        this.loop = new SteppingLoop(Objects.requireNonNull(topology, "topology"), initial,
                Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(logicFactory, "logicFactory"),
                historyBudget, timelineBudget, queue);
        this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("lifefx-sim-", 1).factory());
        executor.execute(loop);
    }

    // ------------------------------------------------------------------------------------------
    // Commands: any thread, never blocking. After close they are dropped.

    /** Starts playing; the reset point becomes the current generation. No-op while playing. */
    public void play() {
        send(new Command.Play());
    }

    /** Stops playing, cancelling the generation of play in flight; the shown generation stays current. */
    public void pause() {
        send(new Command.Pause());
    }

    /**
     * Pauses if playing (cancelling the generation of play in flight), then computes exactly one
     * generation. A single step already in flight is not cancelled, so pressing "step" twice gives
     * two generations.
     */
    public void step() {
        send(new Command.StepOnce());
    }

    /**
     * Pauses and returns to the generation where play (or stepping after an edit) last started,
     * cancelling any generation in flight.
     */
    public void reset() {
        send(new Command.Reset());
    }

    /**
     * Switches strategy. A generation of play in flight is cancelled and computed again by the new
     * strategy; a single step in flight finishes first. The last strategy asked for is the one that
     * runs, and the next snapshot names it before its first generation starts.
     *
     * @throws IllegalArgumentException naming an unknown strategy, at once
     */
    public void setStrategy(String name) {
        if (!HashLifeUniverse.STRATEGY.equals(name)) {
            StrategyRegistry.get(name);
        }
        send(new Command.SetStrategy(name));
    }

    /**
     * Each step advances 2^{@code exponent} generations (HashLife jumps that far at once; a torus
     * computes them one by one and shows the last). Applies from the next step.
     *
     * @throws IllegalArgumentException for an exponent outside 0..{@link Settings#MAX_STEP_EXPONENT}, at once
     */
    public void setStepExponent(int exponent) {
        Settings.checkStepExponent(exponent);
        send(new Command.SetStepExponent(exponent));
    }

    /**
     * Switches between the unbounded plane and a torus (or a torus of another size), keeping the
     * cells: onto a torus they are centred, and cells that do not fit are dropped with a notice.
     * Undoable. A generation of play in flight is cancelled; the strategy becomes the one that kind
     * of universe had last.
     */
    public void switchTopology(Topology topology) {
        send(new Command.SwitchTopology(Objects.requireNonNull(topology, "topology")));
    }

    /**
     * Changes the threads setting, like {@link #setStrategy} (a generation of play in flight starts
     * again with the new threads).
     *
     * @throws IllegalArgumentException when {@code threads} is out of range, at once
     */
    public void setThreads(int threads) {
        new StrategyConfig(threads);
        send(new Command.SetThreads(threads));
    }

    /**
     * Changes the rule at the next generation boundary. A torus suffix ({@code :Tw,h}) also
     * resizes the grid to that torus.
     */
    public void setRule(Rule rule) {
        send(new Command.SetRule(Objects.requireNonNull(rule, "rule")));
    }

    /**
     * Switches the cell I/O: {@code none}, {@code latency} (each cell's call blocks) or {@code
     * socket} (each call is a request to a loopback cell-rule service, started and owned by this
     * simulation). Like {@link #setStrategy}, it restarts a generation of play in flight. If it
     * cannot start, the simulation pauses with a notice and carries on with no I/O.
     */
    public void setIo(CellIoMode mode) {
        send(new Command.SetIo(Objects.requireNonNull(mode, "mode")));
    }

    /**
     * Starts ({@code on}) or stops recording when and on which thread each cell of each generation
     * is computed. While on, every snapshot carries a {@link ScheduleFrame} with the last recorded
     * generation's map and the measured cost of recording; off (the default) costs nothing and
     * snapshots carry none. The window turns it on only while its schedule map is shown. With
     * {@code carriers} it also records the carrier of each virtual thread, which costs a string per
     * record (see {@link lifefx.engine.ScheduleRecorder}). A change starts a new recording. Waits
     * for the generation boundary.
     */
    public void recordSchedule(boolean on, boolean carriers) {
        send(new Command.RecordSchedule(on, carriers));
    }

    /**
     * Stops play (with a notice that says which and at what generation, {@link Notice#info()}) when
     * the pattern dies, becomes still or becomes periodic, for each condition in {@code conditions}
     * (empty: never). Checked after every step of play from the next one on; "still" and "periodic"
     * cost a digest of the cells per step while on (see {@link lifefx.analysis.AutoStop}, also for
     * what steps of 2^k generations detect). Waits for the generation boundary.
     */
    public void setAutoStop(java.util.Set<lifefx.analysis.AutoStop.Condition> conditions) {
        send(new Command.SetAutoStop(Objects.requireNonNull(conditions, "conditions")));
    }

    /**
     * Records the population, births and deaths of each step from now on ({@code on}), or stops
     * recording; the history so far is kept (until a load, a change of universe or rule clears it, and
     * a reset or undo cuts it back to the generation it goes back to). While it records, each step
     * also compares its two ends ({@link lifefx.universe.Universe.Snapshot#changedCells}): a word
     * XOR and bit count on a packed torus, a byte compare on byte grids, a walk of the changed nodes
     * on HashLife. Off (the default), a step pays nothing for it. Waits for the generation boundary.
     */
    public void recordPopulation(boolean on) {
        send(new Command.RecordPopulation(on));
    }

    /**
     * The population history recorded so far (see {@link #recordPopulation}), as of the last
     * published snapshot: immutable, O(1). Any thread.
     */
    public PopulationHistory.Series populationHistory() {
        return loop.populationSeries();
    }

    /** Aims at {@code gps} generations per second; {@code 0} means as fast as possible. */
    public void setSpeedLimit(double gps) {
        Settings.checkSpeed(gps);
        send(new Command.SetSpeed(gps));
    }

    /**
     * Resizes the torus at the next generation boundary, keeping the cells centred (see {@link
     * lifefx.life.Grids#resized}). Undoable. The caller checks {@link MemoryBudget} first; if the grid cannot be
     * allocated anyway, the resize fails with a notice and nothing changes.
     */
    public void resize(GridSize size) {
        // On the plane the stepping thread answers with a notice.
        send(new Command.Resize(Objects.requireNonNull(size, "size")));
    }

    /**
     * Sets cells {@code (rows[i], cols[i])} (wrapping) to {@code alive}. Calls with the same
     * {@code stroke} id that follow one another in the history undo as one change, so a drag is one
     * undo step. Applied at the next boundary, or at once when paused.
     */
    public void paint(long stroke, long[] rows, long[] cols, boolean alive) {
        if (rows.length != cols.length) {
            throw new IllegalArgumentException("rows and cols differ in length: " + rows.length + " and " + cols.length);
        }
        send(new Command.Paint(stroke, rows.clone(), cols.clone(), alive));
    }

    /** {@link #paint(long, long[], long[], boolean)} with {@code int} coordinates. */
    public void paint(long stroke, int[] rows, int[] cols, boolean alive) {
        if (rows.length != cols.length) {
            throw new IllegalArgumentException("rows and cols differ in length: " + rows.length + " and " + cols.length);
        }
        send(new Command.Paint(stroke, java.util.Arrays.stream(rows).asLongStream().toArray(),
                java.util.Arrays.stream(cols).asLongStream().toArray(), alive));
    }

    /** {@link #paint} for one cell. */
    public void paint(long stroke, long row, long col, boolean alive) {
        send(new Command.Paint(stroke, new long[] {row}, new long[] {col}, alive));
    }

    /**
     * Pauses, cancelling any generation in flight, and replaces the universe with {@code grid} (a
     * loaded pattern or a new empty grid) at its own size and generation, run under {@code rule}
     * (a torus suffix in it is ignored), and called {@code document}; the reset point is dropped.
     * Undoable: undo gives back the grid, the rule and the document together.
     */
    public void load(Grid grid, Rule rule, Document document) {
        load(Topology.torus(grid.size()), Universes.snapshotOf(grid), Objects.requireNonNull(rule, "rule"),
                Objects.requireNonNull(document, "document"));
    }

    /** {@link #load(Grid, Rule, Document)} keeping the rule. */
    public void load(Grid grid, Document document) {
        load(Topology.torus(grid.size()), Universes.snapshotOf(grid), null, Objects.requireNonNull(document, "document"));
    }

    /** {@link #load(Grid, Rule, Document)} keeping the rule and the document. */
    public void load(Grid grid) {
        load(Topology.torus(grid.size()), Universes.snapshotOf(grid), null, null);
    }

    /**
     * Pauses, cancelling any generation in flight, and replaces the universe with one of {@code
     * topology} holding {@code cells} (a snapshot of any universe, made off this thread, e.g. from
     * a pattern file) at their generation, run under {@code rule} ({@code null}: keep it; a torus
     * suffix is ignored) and called {@code document} ({@code null}: keep it). Undoable as one change.
     */
    public void load(Topology topology, Universe.Snapshot cells, Rule rule, Document document) {
        send(new Command.Load(Objects.requireNonNull(topology, "topology"), Objects.requireNonNull(cells, "cells"),
                rule, document));
    }

    /** Renames the universe (after "save as"); not an undoable change. */
    public void setDocument(Document document) {
        send(new Command.SetDocument(Objects.requireNonNull(document, "document")));
    }

    /** Kills every cell, keeping size and generation. Undoable. */
    public void clear() {
        send(new Command.Clear());
    }

    /**
     * Replaces every cell with a random one, alive with probability {@code density}. Undoable.
     *
     * @throws IllegalArgumentException when {@code density} is not within [0, 1], at once
     */
    public void randomFill(double density, long seed) {
        randomFill(density, seed, null);
    }

    /**
     * {@link #randomFill(double, long)}; on the plane, of {@code area} (null: {@value
     * Workspace#PLANE_FILL_SIDE} squared cells around the origin). A torus is filled whole.
     */
    public void randomFill(double density, long seed, CellRegion area) {
        if (!(density >= 0 && density <= 1)) {
            throw new IllegalArgumentException("density must be between 0 and 1, got " + density);
        }
        send(new Command.RandomFill(density, seed, area));
    }

    /**
     * Applies an edit of a rectangle of cells (clear, clear outside, fill, flip, rotate, paste: see
     * {@link CellEdit}) at the next boundary, or at once when paused, as one undoable change. An
     * edit that cannot be made pauses with a notice saying why, and changes nothing.
     */
    public void edit(CellEdit edit) {
        send(new Command.Edit(Objects.requireNonNull(edit, "edit")));
    }

    public void undo() {
        send(new Command.Undo());
    }

    public void redo() {
        send(new Command.Redo());
    }

    /**
     * Pauses (cancelling a generation of play in flight) and goes back one step of the current step
     * size in the recorded history ({@link Snapshot#timeline()}), or to its start; nothing when
     * there is nothing earlier. Between keyframes it recomputes forward from the nearest one with
     * the current strategy (see {@link StepHistory}), a computation cancelled like a single step
     * (by reset, load or close), so each call counts. Not an edit: the history stays, and stepping
     * forward again recomputes.
     */
    public void stepBack() {
        send(new Command.StepBack());
    }

    /**
     * Pauses and goes to {@code generation}, moved into the recorded range, as {@link #stepBack()}
     * does. Asynchronous: when seeks come faster than they are computed (a dragged timeline), each
     * cancels the one before, so only the newest is computed to the end.
     */
    public void seek(java.math.BigInteger generation) {
        send(new Command.Seek(Objects.requireNonNull(generation, "generation")));
    }

    /** {@link #seek(java.math.BigInteger)}. */
    public void seek(long generation) {
        seek(java.math.BigInteger.valueOf(generation));
    }

    /**
     * Completes with the snapshot published once every command sent before this call has been
     * applied, and none sent after it (while playing, that is at the next generation boundary).
     * Every future it returns completes: exceptionally, with {@link SimulationClosedException}, when
     * the simulation closes first or was already closed.
     */
    public CompletableFuture<Snapshot> flush() {
        CompletableFuture<Snapshot> f = new CompletableFuture<>();
        if (closed || !queue.send(new Command.Flush(f))) {
            f.completeExceptionally(new SimulationClosedException());
        }
        return f;
    }

    /**
     * Records the next {@code generations} generations with JDK Flight Recorder into {@code file}
     * (a {@code .jfr} file for JDK Mission Control; see {@link FlightRecording}), while the
     * simulation plays or steps as it would anyway. The recording starts at the next generation
     * boundary and stops at the boundary where that many generations have been computed (whole
     * steps: with steps of 2^k generations, up to 2^k − 1 more); cancelled generations do not count.
     * Nothing records while the simulation is paused.
     *
     * <p>Returns at once. Flight Recorder is prepared (its first start in a JVM takes a few hundred
     * milliseconds) and the file checked on a virtual thread, before the stepping thread sees the
     * request; the file is written on another. The future completes with what was written, or
     * exceptionally: an {@link java.io.IOException} with a one-line message when the file cannot be
     * written or Flight Recorder is not available, an {@link IllegalStateException} when a profile is
     * being recorded already, {@link SimulationClosedException} when the simulation closes first.
     * Any thread; it completes on a thread of the simulation's, so a UI hands the result over itself.
     *
     * @throws IllegalArgumentException when {@code generations} is less than 1
     */
    public CompletableFuture<FlightRecording.Written> recordProfile(java.nio.file.Path file, long generations,
                                                                    FlightRecording.Settings settings) {
        if (generations < 1) {
            throw new IllegalArgumentException("a profile records at least 1 generation, got " + generations);
        }
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(settings, "settings");
        CompletableFuture<FlightRecording.Written> done = new CompletableFuture<>();
        Thread.ofVirtual().name("lifefx-profile-start").start(() -> {
            FlightRecording r = null;
            try {
                lifefx.pattern.AtomicFile.checkWritable(file);
                r = FlightRecording.prepare(settings);
                if (closed || !queue.send(new Command.RecordProfile(r, generations, file, done))) {
                    r.close();
                    done.completeExceptionally(new SimulationClosedException());
                }
            } catch (Throwable e) {
                if (r != null) {
                    r.close();
                }
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    // ------------------------------------------------------------------------------------------
    // Reading.

    /** The newest snapshot; never {@code null}. A volatile read, cheap enough for every frame. */
    public Snapshot latest() {
        return loop.publisher().latest();
    }

    /** Steps that completed after a command cancelled them, and were rolled back: for tests that must see that race. */
    long stepsRolledBack() {
        return loop.stepsRolledBack();
    }

    /**
     * Waits until a published snapshot satisfies {@code condition} and returns it. For tests and
     * scripts; never call it on a UI thread.
     *
     * @throws TimeoutException when {@code timeout} passes first
     */
    public Snapshot await(Predicate<Snapshot> condition, Duration timeout)
            throws InterruptedException, TimeoutException {
        return loop.publisher().await(condition, timeout);
    }

    /**
     * The cell I/O right now, also in the middle of a generation (snapshots are published only
     * between generations, and with slow I/O one generation can take seconds). Any thread; cheap
     * enough for every frame.
     */
    public IoStatus ioNow() {
        return loop.io().status();
    }

    /** Whether the stepping thread and its executor have ended (after {@link #close()}). */
    public boolean isTerminated() {
        return executor.isTerminated();
    }

    /** Whether {@link #close()} or {@link #closeAsync()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Starts closing and returns at once: any generation in flight is cancelled (a sticky request,
     * so it cannot be missed), the commands sent before are applied, then the stepping thread
     * closes the strategy and the cell I/O and ends. The future completes when it has; flushes sent
     * after this fail with {@link SimulationClosedException}. Idempotent; any thread, including a
     * UI thread, since it never waits.
     */
    public CompletableFuture<Void> closeAsync() {
        synchronized (closeLock) {
            if (!closed) {
                closed = true;
                queue.send(new Command.Close());
                executor.shutdown();
            }
        }
        return loop.ended().copy();
    }

    /**
     * {@link #closeAsync()}, then waits (at most about fifteen seconds) until the stepping thread,
     * the strategy's threads and the executor have ended. Blocks the caller: not for a UI thread.
     */
    @Override
    public void close() {
        closeAsync();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                // A strategy that does not answer its interrupt: interrupt again, harder.
                executor.shutdownNow();
                executor.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void send(Command c) {
        queue.send(c);
    }
}
