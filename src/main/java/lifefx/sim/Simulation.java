package lifefx.sim;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.StepFailedException;
import lifefx.cellio.CellIo;
import lifefx.cellio.CellIoMode;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.Grids;
import lifefx.life.GridSize;
import lifefx.life.Rule;

/**
 * Owns the current generation of one universe and runs it. The window, the tests and any other
 * front end drive it with commands and read what it publishes as {@link Snapshot}s.
 *
 * <p><b>Threading.</b> Every public method is thread-safe and returns at once: it puts a command on
 * a queue and never waits for a generation. One stepping thread, a virtual thread of this object's
 * own executor, takes the commands and steps; it alone touches the current grid, the strategy, the
 * undo history and the reset point, so none of them needs a lock. {@link #latest()} is a volatile
 * read of the newest snapshot. The exceptions are {@link #close()}, which waits for the stepping
 * thread to end, and the {@code await} helpers, which wait by design.
 *
 * <p><b>Order and boundaries.</b> Commands are applied in the order they were sent, and only
 * between generations: an edit sent while a generation is being computed is applied to the result,
 * so no edit is lost and no reader sees a half-edited grid. A strategy, threads, rule or size change
 * likewise takes effect at the next generation boundary. {@link #pause()}, {@link #step()}, {@link
 * #reset()} and {@link #close()} do not wait for the boundary: they cancel the generation in
 * flight (by interrupting the stepping thread), which is then never published, and the previous
 * generation stays current.
 *
 * <p><b>Failures.</b> When a step throws {@link StepFailedException}, the simulation pauses, the
 * previous generation stays current, and the exception's one-line message becomes the snapshot's
 * {@link Notice}.
 *
 * <p><b>Memory consistency effects.</b> A snapshot is built completely by the stepping thread
 * before it is written to a volatile field, so a reader that sees it sees all of its contents,
 * including the grid's cells.
 */
public final class Simulation implements AutoCloseable {

    /** Undo history budget: an eighth of the heap, at most 512 MB. */
    private static final long HISTORY_BUDGET = Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 8);

    private final CommandQueue queue = new CommandQueue();
    private final ExecutorService executor;
    private final Function<Rule, CellLogic> logicFactory;
    private final Object publishMonitor = new Object();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final Object closeLock = new Object();
    private volatile Snapshot latest;
    private volatile boolean closed;

    // ---- Stepping-thread state: read and written only by the stepping thread (after the constructor). ----
    private Grid current;
    private Grid resetPoint;
    /** Whether the grid was edited since the reset point was taken; a step then takes a new one. */
    private boolean editedSinceResetPoint = true;
    private Settings settings;
    private Rule rule;
    private Document document = Document.UNTITLED;
    private CellLogic logic;
    /** The cell I/O mode. Written by the stepping thread only; volatile for {@link #ioNow()}. */
    private volatile CellIoMode ioMode = new CellIoMode.None();
    /**
     * The open I/O for {@link #ioMode}, or null for none. Opened and closed by the stepping thread
     * only; volatile so that {@link #ioNow()} can read its (thread-safe) meter from any thread.
     */
    private volatile CellIo io;
    private GenerationStrategy strategy;
    private boolean running;
    private long nextDue;
    private TimingWindow timings = TimingWindow.EMPTY;
    private Notice notice;
    private long noticeIds;
    private long edits;
    private long version;
    private final EditHistory history;
    private final List<CompletableFuture<Snapshot>> flushes = new ArrayList<>();

    /** A simulation of {@code initial} with pure rule logic. */
    public Simulation(Grid initial, Settings settings) {
        this(initial, settings, CellLogic::of);
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
        this.current = Objects.requireNonNull(initial, "initial");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.logicFactory = Objects.requireNonNull(logicFactory, "logicFactory");
        this.history = new EditHistory(historyBudget);
        this.rule = settings.rule().withoutTorus();
        this.logic = logicFactory.apply(rule);
        this.latest = buildSnapshot();
        this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("lifefx-sim-", 1).factory());
        executor.execute(this::loop);
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
        StrategyRegistry.get(name);
        send(new Command.SetStrategy(name));
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

    /** Aims at {@code gps} generations per second; {@code 0} means as fast as possible. */
    public void setSpeedLimit(double gps) {
        Settings.checkSpeed(gps);
        send(new Command.SetSpeed(gps));
    }

    /**
     * Resizes the torus at the next generation boundary, keeping the cells centred (see {@link
     * Grids#resized}). Undoable. The caller checks {@link MemoryBudget} first; if the grid cannot be
     * allocated anyway, the resize fails with a notice and nothing changes.
     */
    public void resize(GridSize size) {
        send(new Command.Resize(Objects.requireNonNull(size, "size")));
    }

    /**
     * Sets cells {@code (rows[i], cols[i])} (wrapping) to {@code alive}. Calls with the same
     * {@code stroke} id that follow one another in the history undo as one change, so a drag is one
     * undo step. Applied at the next boundary, or at once when paused.
     */
    public void paint(long stroke, int[] rows, int[] cols, boolean alive) {
        if (rows.length != cols.length) {
            throw new IllegalArgumentException("rows and cols differ in length: " + rows.length + " and " + cols.length);
        }
        send(new Command.Paint(stroke, rows.clone(), cols.clone(), alive));
    }

    /** {@link #paint} for one cell. */
    public void paint(long stroke, int row, int col, boolean alive) {
        send(new Command.Paint(stroke, new int[] {row}, new int[] {col}, alive));
    }

    /**
     * Pauses, cancelling any generation in flight, and replaces the universe with {@code grid} (a
     * loaded pattern or a new empty grid) at its own size and generation, run under {@code rule}
     * (a torus suffix in it is ignored), and called {@code document}; the reset point is dropped.
     * Undoable: undo gives back the grid, the rule and the document together.
     */
    public void load(Grid grid, Rule rule, Document document) {
        send(new Command.Load(Objects.requireNonNull(grid, "grid"), Objects.requireNonNull(rule, "rule"),
                Objects.requireNonNull(document, "document")));
    }

    /** {@link #load(Grid, Rule, Document)} keeping the rule. */
    public void load(Grid grid, Document document) {
        send(new Command.Load(Objects.requireNonNull(grid, "grid"), null, Objects.requireNonNull(document, "document")));
    }

    /** {@link #load(Grid, Rule, Document)} keeping the rule and the document. */
    public void load(Grid grid) {
        send(new Command.Load(Objects.requireNonNull(grid, "grid"), null, null));
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
        if (!(density >= 0 && density <= 1)) {
            throw new IllegalArgumentException("density must be between 0 and 1, got " + density);
        }
        send(new Command.RandomFill(density, seed));
    }

    public void undo() {
        send(new Command.Undo());
    }

    public void redo() {
        send(new Command.Redo());
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

    // ------------------------------------------------------------------------------------------
    // Reading.

    /** The newest snapshot; never {@code null}. A volatile read, cheap enough for every frame. */
    public Snapshot latest() {
        return latest;
    }

    /**
     * Waits until a published snapshot satisfies {@code condition} and returns it. For tests and
     * scripts; never call it on a UI thread.
     *
     * @throws TimeoutException when {@code timeout} passes first
     */
    public Snapshot await(Predicate<Snapshot> condition, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (publishMonitor) {
            while (true) {
                Snapshot s = latest;
                if (condition.test(s)) {
                    return s;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("no snapshot satisfied the condition within " + timeout
                            + "; the last was generation " + s.generation() + (s.running() ? " (running)" : " (paused)"));
                }
                TimeUnit.NANOSECONDS.timedWait(publishMonitor, left);
            }
        }
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
        return ended.copy();
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

    // ------------------------------------------------------------------------------------------
    // The stepping thread.

    private void send(Command c) {
        queue.send(c);
    }

    /**
     * The stepping thread's loop: take the commands, publish if they changed anything (so the
     * snapshot names the strategy, rule and grid that the next generation uses), then step when
     * playing and due. A command that fails, even with an {@link Error}, fails alone: it becomes a
     * notice and the loop goes on.
     */
    private void loop() {
        try {
            while (true) {
                Command c;
                try {
                    if (!running) {
                        c = queue.take();
                    } else {
                        c = queue.poll(nextDue - System.nanoTime());
                    }
                } catch (InterruptedException e) {
                    // Only close's last resort (shutdownNow) interrupts outside a step; the Close
                    // command is queued by then.
                    continue;
                }
                boolean changed = false;
                while (c != null) {
                    if (c instanceof Command.Close) {
                        return;
                    }
                    if (c instanceof Command.Flush f) {
                        // Publish right here, so the flush sees exactly the commands sent before it
                        // and none of those that came after it in the same batch.
                        flushes.add(f.done());
                        publish();
                        changed = false;
                    } else {
                        changed |= applySafely(c);
                    }
                    c = queue.poll();
                }
                if (changed) {
                    publish();
                }
                if (running && System.nanoTime() - nextDue >= 0) {
                    long start = System.nanoTime();
                    Outcome o = stepOnce(true);
                    if (o == Outcome.CANCELLED) {
                        // The command that cancelled it is queued: take it, then compute again.
                        continue;
                    }
                    if (settings.speedLimit() > 0) {
                        // Aim at a fixed rate without bursts: when a step overran its slot, the next
                        // one is due now, not several slots back.
                        nextDue = Math.max(nextDue + (long) (1e9 / settings.speedLimit()), start);
                    } else {
                        nextDue = start;
                    }
                    publish();
                }
            }
        } catch (RuntimeException | Error e) {
            // A bug in the loop itself, not in a command: say so in the snapshot rather than die silently.
            notice("the simulation stopped: " + e);
            throw e;
        } finally {
            running = false;
            try {
                dropStrategy();
                closeIo();
                publish();
            } catch (RuntimeException | Error e) {
                notice("closing failed: " + e);
            }
            // Whoever flushes after close learns that it is closed rather than waiting forever.
            for (Command left : queue.shut()) {
                if (left instanceof Command.Flush f) {
                    f.done().completeExceptionally(new SimulationClosedException());
                }
            }
            ended.complete(null);
        }
    }

    /** {@link #apply}, turning any failure of the command into a notice and a pause. Stepping thread only. */
    private boolean applySafely(Command c) {
        try {
            return apply(c);
        } catch (RuntimeException | Error e) {
            running = false;
            notice(c.describe() + " failed: " + e);
            return true;
        }
    }

    /** Applies one command; returns whether the snapshot changed. Stepping thread only. */
    private boolean apply(Command c) {
        switch (c) {
            case Command.Play p -> {
                if (running) {
                    return false;
                }
                running = true;
                resetPoint = current;
                editedSinceResetPoint = false;
                timings = TimingWindow.EMPTY;
                nextDue = System.nanoTime();
            }
            case Command.Pause p -> {
                if (!running) {
                    return false;
                }
                running = false;
            }
            case Command.StepOnce s -> {
                if (running) {
                    running = false;
                } else if (resetPoint == null || editedSinceResetPoint) {
                    resetPoint = current;
                    editedSinceResetPoint = false;
                }
                // Cancelled only by a queued reset, load or close, which replaces it anyway.
                stepOnce(false);
            }
            case Command.Reset r -> {
                running = false;
                if (resetPoint == null || current == resetPoint) {
                    return true;
                }
                current = resetPoint;
                editedSinceResetPoint = false;
                timings = TimingWindow.EMPTY;
                edits++;
            }
            case Command.SetStrategy s -> {
                if (s.name().equals(settings.strategy())) {
                    return false;
                }
                settings = settings.withStrategy(s.name());
                dropStrategy();
                reopenSocketIo();
            }
            case Command.SetThreads t -> {
                if (t.threads() == settings.threads()) {
                    return false;
                }
                settings = settings.withThreads(t.threads());
                dropStrategy();
                reopenSocketIo();
            }
            case Command.SetRule r -> {
                Rule next = r.rule().withoutTorus();
                Grid resized = r.rule().torus() != null && !r.rule().torus().equals(current.size())
                        ? Grids.resized(current, r.rule().torus()) : current;
                // Everything that can fail comes first, so a failure leaves the old rule running.
                openIo(next);
                settings = settings.withRule(r.rule());
                rule = next;
                timings = TimingWindow.EMPTY;
                if (resized != current) {
                    replace(resized);
                }
            }
            case Command.SetSpeed s -> {
                settings = settings.withSpeedLimit(s.gps());
                nextDue = System.nanoTime();
            }
            case Command.Resize r -> {
                if (r.size().equals(current.size())) {
                    return false;
                }
                replace(Grids.resized(current, r.size()));
                resetPoint = null;
                reopenSocketIo();
            }
            case Command.SetIo m -> {
                if (m.mode().equals(ioMode)) {
                    return false;
                }
                CellIoMode was = ioMode;
                ioMode = m.mode();
                try {
                    openIo(rule);
                } catch (RuntimeException | Error e) {
                    ioMode = was;
                    throw e;
                }
            }
            case Command.Paint p -> {
                return paint(p);
            }
            case Command.Load l -> load(l);
            case Command.SetDocument d -> {
                if (d.document().equals(document)) {
                    return false;
                }
                document = d.document();
            }
            case Command.Clear x -> {
                if (current.population() == 0) {
                    return false;
                }
                replace(Grid.empty(current.size()).withGeneration(current.generation()));
            }
            case Command.RandomFill f -> replace(Grids.random(current.size(), f.density(), f.seed(), current.generation()));
            case Command.Undo u -> {
                return applyUndo();
            }
            case Command.Redo r -> {
                return applyRedo();
            }
            case Command.Flush f -> throw new IllegalStateException("Flush is handled by the loop");
            case Command.Close x -> throw new IllegalStateException("Close is handled by the loop");
        }
        return true;
    }

    /** Swaps in a whole new grid, recording it for undo. Stepping thread only. */
    private void replace(Grid next) {
        if (!next.size().equals(current.size())) {
            timings = TimingWindow.EMPTY;
        }
        history.recordReplacement(current, next);
        current = next;
        edited();
    }

    /** A load: grid, rule and document at once, undone together. Stepping thread only. */
    private void load(Command.Load l) {
        running = false;
        Rule nextRule = l.rule() == null ? settings.rule() : l.rule();
        Document nextDocument = l.document() == null ? document : l.document();
        EditHistory.Replacement r = new EditHistory.Replacement(current, l.grid(), settings.rule(), nextRule,
                document, nextDocument);
        switchTo(r.after(), r.ruleAfter(), r.documentAfter());
        history.record(r);
        resetPoint = null;
    }

    /**
     * Makes {@code grid} current, and {@code nextRule} and {@code nextDocument} when not null (a
     * load, or its undo or redo). Stepping thread only.
     */
    private void switchTo(Grid grid, Rule nextRule, Document nextDocument) {
        if (nextRule != null && !nextRule.equals(settings.rule())) {
            openIo(nextRule.withoutTorus());
            settings = settings.withRule(nextRule);
            rule = nextRule.withoutTorus();
        }
        if (nextDocument != null) {
            document = nextDocument;
        }
        if (!grid.size().equals(current.size()) || nextRule != null) {
            timings = TimingWindow.EMPTY;
        }
        boolean resized = !grid.size().equals(current.size());
        current = grid;
        edited();
        if (resized) {
            reopenSocketIo();
        }
    }

    private void edited() {
        edits++;
        editedSinceResetPoint = true;
    }

    private boolean paint(Command.Paint p) {
        int h = current.height();
        int w = current.width();
        byte now = p.alive() ? (byte) 1 : 0;
        EditHistory.Stroke stroke = history.stroke(p.stroke(), current.size());
        Grid.Builder b = null;
        for (int i = 0; i < p.rows().length; i++) {
            int index = Math.floorMod(p.rows()[i], h) * w + Math.floorMod(p.cols()[i], w);
            byte was = (byte) (b == null ? current.cellAt(index) : (b.get(index / w, index % w) ? 1 : 0));
            if (was == now) {
                continue;
            }
            if (b == null) {
                b = current.toBuilder();
            }
            b.set(index, p.alive());
            stroke.put(index, was, now);
        }
        history.commit(stroke);
        if (b == null) {
            return false;
        }
        current = b.build(current.generation());
        edited();
        return true;
    }

    private boolean applyUndo() {
        EditHistory.Entry e = history.popUndo();
        if (e == null) {
            return false;
        }
        switch (e) {
            case EditHistory.Stroke s -> {
                if (!s.size.equals(current.size())) {
                    notice("cannot undo a drawing made on a " + s.size + " grid on this " + current.size() + " grid");
                    return true;
                }
                current = setCells(s.indices, s.before, s.count);
            }
            case EditHistory.Replacement r -> {
                try {
                    switchTo(r.before(), r.ruleBefore(), r.documentBefore());
                } catch (RuntimeException | Error failed) {
                    history.pushUndo(e);
                    throw failed;
                }
            }
        }
        history.pushRedo(e);
        edited();
        return true;
    }

    private boolean applyRedo() {
        EditHistory.Entry e = history.popRedo();
        if (e == null) {
            return false;
        }
        switch (e) {
            case EditHistory.Stroke s -> {
                if (!s.size.equals(current.size())) {
                    notice("cannot redo a drawing made on a " + s.size + " grid on this " + current.size() + " grid");
                    return true;
                }
                current = setCells(s.indices, s.after, s.count);
            }
            case EditHistory.Replacement r -> {
                try {
                    switchTo(r.after(), r.ruleAfter(), r.documentAfter());
                } catch (RuntimeException | Error failed) {
                    history.pushRedo(e);
                    throw failed;
                }
            }
        }
        history.pushUndo(e);
        edited();
        return true;
    }

    private Grid setCells(int[] indices, byte[] values, int count) {
        Grid.Builder b = current.toBuilder();
        for (int i = 0; i < count; i++) {
            b.set(indices[i], values[i] != 0);
        }
        return b.build(current.generation());
    }

    /**
     * (Re)opens the cell I/O for the current mode, strategy, threads and size, and derives the
     * logic the strategies call for {@code forRule}. When the logic factory fails, it throws before
     * anything changed; when the I/O cannot open: a notice, a pause, and no I/O. Stepping thread
     * only, between generations.
     */
    private void openIo(Rule forRule) {
        CellLogic base = logicFactory.apply(forRule);
        closeIo();
        if (ioMode instanceof CellIoMode.None) {
            logic = base;
            return;
        }
        try {
            io = CellIo.openFor(ioMode, settings.strategy(), new StrategyConfig(settings.threads()), current.size());
            logic = io.wrap(base);
            for (String n : io.notices()) {
                notice(n);
            }
        } catch (IOException | RuntimeException e) {
            closeIo();
            String what = ioMode.name();
            ioMode = new CellIoMode.None();
            logic = base;
            running = false;
            notice(what + " I/O could not start: " + e.getMessage() + "; running without I/O");
        }
    }

    /** A socket pool is sized for the strategy, threads and grid: reopen it when they change. */
    private void reopenSocketIo() {
        if (ioMode instanceof CellIoMode.Socket) {
            openIo(rule);
        }
    }

    private void closeIo() {
        if (io != null) {
            io.close();
            io = null;
        }
    }

    private IoStatus ioStatus() {
        CellIo open = io;
        CellIoMode mode = ioMode;
        if (open == null) {
            return IoStatus.NONE;
        }
        return new IoStatus(mode.name(), mode.latencyNanos(), open.meter().current(), open.meter().peak());
    }

    /**
     * The cell I/O right now, also in the middle of a generation (snapshots are published only
     * between generations, and with slow I/O one generation can take seconds). Any thread; cheap
     * enough for every frame.
     */
    public IoStatus ioNow() {
        return ioStatus();
    }

    /** How a generation ended. */
    private enum Outcome {
        /** Computed and adopted. */
        DONE,
        /** Cancelled by a queued command; nothing adopted, the previous generation stays. */
        CANCELLED,
        /** Failed: the simulation paused with a notice. */
        FAILED
    }

    /**
     * Computes one generation ({@code forPlay}: of play, else a single step) and adopts it. On
     * cancellation nothing is adopted; on failure, including an {@link Error}, the simulation
     * pauses with a notice. Stepping thread only.
     */
    private Outcome stepOnce(boolean forPlay) {
        GenerationStrategy s;
        try {
            s = strategy();
        } catch (RuntimeException e) {
            running = false;
            notice(settings.strategy() + ": could not start: " + e.getMessage());
            return Outcome.FAILED;
        }
        Grid from = current;
        Grid next;
        long t0;
        long t1;
        if (!queue.beginStep(forPlay)) {
            return Outcome.CANCELLED;
        }
        boolean cancelled;
        try {
            t0 = System.nanoTime();
            next = s.step(from, logic);
            t1 = System.nanoTime();
        } catch (InterruptedException e) {
            if (queue.endStep()) {
                return Outcome.CANCELLED;
            }
            running = false;
            notice(s.name() + ": generation " + (from.generation() + 1) + " was interrupted, but nobody cancelled it");
            return Outcome.FAILED;
        } catch (StepFailedException e) {
            cancelled = queue.endStep();
            if (cancelled) {
                // A cell that failed because it was interrupted: that is the cancellation.
                return Outcome.CANCELLED;
            }
            running = false;
            notice(e.getMessage());
            return Outcome.FAILED;
        } catch (RuntimeException | Error e) {
            if (queue.endStep()) {
                return Outcome.CANCELLED;
            }
            running = false;
            dropStrategy();
            notice(settings.strategy() + ": generation " + (from.generation() + 1) + " failed: " + e);
            return Outcome.FAILED;
        }
        if (queue.endStep()) {
            // The strategy finished although it was asked to stop: the request wins, so what the
            // snapshot shows never comes from a generation that was cancelled.
            return Outcome.CANCELLED;
        }
        current = next;
        timings = timings.plus(new StepTiming(next.generation(), s.name(), settings.threads(),
                next.size().cells(), t1 - t0, t1));
        return Outcome.DONE;
    }

    private GenerationStrategy strategy() {
        if (strategy == null) {
            strategy = StrategyRegistry.get(settings.strategy()).create(new StrategyConfig(settings.threads()));
            timings = TimingWindow.EMPTY;
        }
        return strategy;
    }

    /** Closes the strategy instance; the next step makes a new one from the settings. */
    private void dropStrategy() {
        if (strategy != null) {
            strategy.close();
            strategy = null;
        }
    }

    private void notice(String message) {
        notice = new Notice(++noticeIds, message);
    }

    private Snapshot buildSnapshot() {
        Grid g = current;
        return new Snapshot(++version, g, new CellRegion(0, 0, g.height(), g.width()), true, rule,
                settings.strategy(), settings.threads(), running, settings.speedLimit(), timings, notice, edits,
                history.canUndo(), history.canRedo(), resetPoint != null && resetPoint != current, ioStatus(),
                document);
    }

    private void publish() {
        Snapshot s = buildSnapshot();
        latest = s;
        synchronized (publishMonitor) {
            publishMonitor.notifyAll();
        }
        for (CompletableFuture<Snapshot> f : flushes) {
            f.complete(s);
        }
        flushes.clear();
    }
}
