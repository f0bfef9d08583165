package lifefx.sim;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
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

    private sealed interface Command {
    }

    private record Play() implements Command {
    }

    private record Pause() implements Command {
    }

    private record SetIo(CellIoMode mode) implements Command {
    }

    private record StepOnce() implements Command {
    }

    private record Reset() implements Command {
    }

    private record SetStrategy(String name) implements Command {
    }

    private record SetThreads(int threads) implements Command {
    }

    private record SetRule(Rule rule) implements Command {
    }

    private record SetSpeed(double gps) implements Command {
    }

    private record Resize(GridSize size) implements Command {
    }

    private record Paint(long stroke, int[] rows, int[] cols, boolean alive) implements Command {
    }

    private record Replace(Grid grid, boolean load) implements Command {
    }

    private record Clear() implements Command {
    }

    private record RandomFill(double density, long seed) implements Command {
    }

    private record Undo() implements Command {
    }

    private record Redo() implements Command {
    }

    private record Flush(CompletableFuture<Snapshot> done) implements Command {
    }

    private record Close() implements Command {
    }

    private final BlockingQueue<Command> queue = new LinkedBlockingQueue<>();
    private final ExecutorService executor;
    private final Function<Rule, CellLogic> logicFactory;
    private final Object publishMonitor = new Object();
    private volatile Snapshot latest;
    private volatile Thread stepper;
    /** True while the stepping thread is inside {@code GenerationStrategy.step}. */
    private volatile boolean stepping;
    /** True while the generation in flight is part of play, not a single step asked for by {@link #step()}. */
    private volatile boolean steppingForPlay;
    private volatile boolean closed;

    // ---- Stepping-thread state: read and written only by the stepping thread (after the constructor). ----
    private Grid current;
    private Grid resetPoint;
    /** Whether the grid was edited since the reset point was taken; a step then takes a new one. */
    private boolean editedSinceResetPoint = true;
    private Settings settings;
    private Rule rule;
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
    private final EditHistory history = new EditHistory(HISTORY_BUDGET);
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
        this.current = Objects.requireNonNull(initial, "initial");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.logicFactory = Objects.requireNonNull(logicFactory, "logicFactory");
        this.rule = settings.rule().withoutTorus();
        this.logic = logicFactory.apply(rule);
        this.latest = buildSnapshot();
        this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("lifefx-sim-", 1).factory());
        executor.execute(this::loop);
    }

    // ------------------------------------------------------------------------------------------
    // Commands: any thread, never blocking.

    /** Starts playing; the reset point becomes the current generation. No-op while playing. */
    public void play() {
        send(new Play());
    }

    /** Stops playing, cancelling the generation in flight; the shown generation stays current. */
    public void pause() {
        sendCancellingPlay(new Pause());
    }

    /**
     * Pauses if playing, then computes exactly one generation. A single step already in flight is
     * not cancelled, so pressing "step" twice gives two generations.
     */
    public void step() {
        sendCancellingPlay(new StepOnce());
    }

    /** Pauses and returns to the generation where play (or stepping after an edit) last started. */
    public void reset() {
        sendUrgent(new Reset());
    }

    /**
     * Switches strategy at the next generation boundary.
     *
     * @throws IllegalArgumentException naming an unknown strategy, at once
     */
    public void setStrategy(String name) {
        StrategyRegistry.get(name);
        send(new SetStrategy(name));
    }

    /**
     * Changes the threads setting at the next generation boundary.
     *
     * @throws IllegalArgumentException when {@code threads} is out of range, at once
     */
    public void setThreads(int threads) {
        new StrategyConfig(threads);
        send(new SetThreads(threads));
    }

    /**
     * Changes the rule at the next generation boundary. A torus suffix ({@code :Tw,h}) also
     * resizes the grid to that torus.
     */
    public void setRule(Rule rule) {
        send(new SetRule(Objects.requireNonNull(rule, "rule")));
    }

    /**
     * Switches the cell I/O at the next generation boundary: {@code none}, {@code latency} (each
     * cell's call blocks) or {@code socket} (each call is a request to a loopback cell-rule service,
     * started and owned by this simulation). If it cannot start, the simulation pauses with a
     * notice and carries on with no I/O.
     */
    public void setIo(CellIoMode mode) {
        send(new SetIo(Objects.requireNonNull(mode, "mode")));
    }

    /** Aims at {@code gps} generations per second; {@code 0} means as fast as possible. */
    public void setSpeedLimit(double gps) {
        Settings.checkSpeed(gps);
        send(new SetSpeed(gps));
    }

    /**
     * Resizes the torus at the next generation boundary, keeping the cells centred (see {@link
     * Grids#resized}). Undoable. The caller checks {@link MemoryBudget} first.
     */
    public void resize(GridSize size) {
        send(new Resize(Objects.requireNonNull(size, "size")));
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
        send(new Paint(stroke, rows.clone(), cols.clone(), alive));
    }

    /** {@link #paint} for one cell. */
    public void paint(long stroke, int row, int col, boolean alive) {
        send(new Paint(stroke, new int[] {row}, new int[] {col}, alive));
    }

    /**
     * Pauses and replaces the universe with {@code grid} (a loaded pattern or a new empty grid), at
     * its own size and generation; the reset point is dropped. Undoable.
     */
    public void load(Grid grid) {
        sendUrgent(new Replace(Objects.requireNonNull(grid, "grid"), true));
    }

    /** Kills every cell, keeping size and generation. Undoable. */
    public void clear() {
        send(new Clear());
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
        send(new RandomFill(density, seed));
    }

    public void undo() {
        send(new Undo());
    }

    public void redo() {
        send(new Redo());
    }

    /**
     * Completes with the snapshot published once every command sent before this call has been
     * applied, and none sent after it (while playing, that is at the next generation boundary).
     */
    public CompletableFuture<Snapshot> flush() {
        CompletableFuture<Snapshot> f = new CompletableFuture<>();
        if (closed) {
            f.complete(latest);
        } else {
            send(new Flush(f));
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

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Cancels any generation in flight, stops the stepping thread, closes the strategy and the
     * executor, and waits (at most about ten seconds) until all of them have ended. Idempotent.
     * Blocks the caller briefly: call it when the front end shuts down.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        sendUrgent(new Close());
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
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
        queue.add(c);
    }

    /** Sends a command that must not wait for a slow generation: the one in flight is cancelled. */
    private void sendUrgent(Command c) {
        queue.add(c);
        Thread t = stepper;
        if (t != null && stepping) {
            t.interrupt();
        }
    }

    /** Sends a command that cancels a generation in flight only when it belongs to play. */
    private void sendCancellingPlay(Command c) {
        queue.add(c);
        Thread t = stepper;
        if (t != null && stepping && steppingForPlay) {
            t.interrupt();
        }
    }

    /**
     * The stepping thread's loop: drain commands, then step when playing and due. An interrupt
     * only means "look at the queue now"; one that arrives after its command was already handled
     * at most cancels one generation, which is then computed again, so stale interrupts are simply
     * cleared at the top of each round.
     */
    private void loop() {
        stepper = Thread.currentThread();
        try {
            while (true) {
                Thread.interrupted();
                Command c;
                try {
                    if (!running) {
                        c = queue.take();
                    } else {
                        long wait = nextDue - System.nanoTime();
                        c = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : queue.poll();
                    }
                } catch (InterruptedException e) {
                    continue;
                }
                boolean changed = false;
                while (c != null) {
                    if (c instanceof Close) {
                        return;
                    }
                    if (c instanceof Flush f) {
                        // Publish right here, so the flush sees exactly the commands sent before it
                        // and none of those that came after it in the same batch.
                        flushes.add(f.done());
                        publish();
                        changed = false;
                    } else {
                        changed |= apply(c);
                    }
                    c = queue.poll();
                }
                if (running && System.nanoTime() - nextDue >= 0) {
                    long start = System.nanoTime();
                    changed |= stepOnce();
                    if (settings.speedLimit() > 0) {
                        // Aim at a fixed rate without bursts: when a step overran its slot, the next
                        // one is due now, not several slots back.
                        nextDue = Math.max(nextDue + (long) (1e9 / settings.speedLimit()), start);
                    } else {
                        nextDue = start;
                    }
                }
                if (changed || !flushes.isEmpty()) {
                    publish();
                }
            }
        } catch (RuntimeException | Error e) {
            // A bug, not a user error: say so in the snapshot rather than die silently.
            notice("the simulation stopped: " + e);
            throw e;
        } finally {
            running = false;
            stepping = false;
            if (strategy != null) {
                strategy.close();
                strategy = null;
            }
            closeIo();
            publish();
            // Whoever flushes after close gets the final snapshot rather than waiting forever.
            for (Command left; (left = queue.poll()) != null; ) {
                if (left instanceof Flush f) {
                    f.done().complete(latest);
                }
            }
            stepper = null;
        }
    }

    /** Applies one command; returns whether the snapshot changed. Stepping thread only. */
    private boolean apply(Command c) {
        switch (c) {
            case Play p -> {
                if (running) {
                    return false;
                }
                running = true;
                resetPoint = current;
                editedSinceResetPoint = false;
                timings = TimingWindow.EMPTY;
                nextDue = System.nanoTime();
            }
            case Pause p -> {
                if (!running) {
                    return false;
                }
                running = false;
            }
            case StepOnce s -> {
                if (running) {
                    running = false;
                } else if (resetPoint == null || editedSinceResetPoint) {
                    resetPoint = current;
                    editedSinceResetPoint = false;
                }
                // An interrupt meant for a play generation (pause, step) can land late, just as
                // this single step starts. That must not lose the step: compute it again, unless a
                // command waiting in the queue (close, reset, replace) makes it moot.
                while (!stepOnce() && !supersededStep()) {
                    Thread.interrupted();
                }
            }
            case Reset r -> {
                running = false;
                if (resetPoint == null || current == resetPoint) {
                    return true;
                }
                current = resetPoint;
                editedSinceResetPoint = false;
                timings = TimingWindow.EMPTY;
                edits++;
            }
            case SetStrategy s -> {
                if (s.name().equals(settings.strategy())) {
                    return false;
                }
                settings = settings.withStrategy(s.name());
                dropStrategy();
                reopenSocketIo();
            }
            case SetThreads t -> {
                if (t.threads() == settings.threads()) {
                    return false;
                }
                settings = settings.withThreads(t.threads());
                dropStrategy();
                reopenSocketIo();
            }
            case SetRule r -> {
                settings = settings.withRule(r.rule());
                rule = r.rule().withoutTorus();
                openIo();
                timings = TimingWindow.EMPTY;
                if (r.rule().torus() != null && !r.rule().torus().equals(current.size())) {
                    replace(Grids.resized(current, r.rule().torus()));
                }
            }
            case SetSpeed s -> {
                settings = settings.withSpeedLimit(s.gps());
                nextDue = System.nanoTime();
            }
            case Resize r -> {
                if (r.size().equals(current.size())) {
                    return false;
                }
                replace(Grids.resized(current, r.size()));
                resetPoint = null;
                reopenSocketIo();
            }
            case SetIo m -> {
                if (m.mode().equals(ioMode)) {
                    return false;
                }
                ioMode = m.mode();
                openIo();
            }
            case Paint p -> {
                return paint(p);
            }
            case Replace r -> {
                running = false;
                replace(r.grid());
                resetPoint = null;
                timings = TimingWindow.EMPTY;
            }
            case Clear x -> {
                if (current.population() == 0) {
                    return false;
                }
                replace(Grid.empty(current.size()).withGeneration(current.generation()));
            }
            case RandomFill f -> replace(Grids.random(current.size(), f.density(), f.seed(), current.generation()));
            case Undo u -> {
                return applyUndo();
            }
            case Redo r -> {
                return applyRedo();
            }
            case Flush f -> throw new IllegalStateException("Flush is handled by the loop");
            case Close x -> throw new IllegalStateException("Close is handled by the loop");
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

    private void edited() {
        edits++;
        editedSinceResetPoint = true;
    }

    private boolean paint(Paint p) {
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
            case EditHistory.Replacement r -> current = r.before();
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
            case EditHistory.Replacement r -> current = r.after();
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
     * logic the strategies call. On failure: a notice, a pause, and no I/O. Stepping thread only,
     * between generations.
     */
    private void openIo() {
        CellLogic base = logicFactory.apply(rule);
        closeIo();
        if (ioMode instanceof CellIoMode.None) {
            logic = base;
            return;
        }
        try {
            io = CellIo.openFor(ioMode, StrategyRegistry.get(settings.strategy())
                    .maxInFlight(new StrategyConfig(settings.threads()), current.size()));
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
            openIo();
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
        return new IoStatus(mode.name(), mode.latencyNanos(), open.meter().current(), open.meter().peak(),
                open.waitingCalls(), open.busyConnections());
    }

    /**
     * The cell I/O right now, also in the middle of a generation (snapshots are published only
     * between generations, and with slow I/O one generation can take seconds). Any thread; cheap
     * enough for every frame.
     */
    public IoStatus ioNow() {
        return ioStatus();
    }

    /** Whether a queued command makes an interrupted single step pointless. Stepping thread only. */
    private boolean supersededStep() {
        for (Command c : queue) {
            if (c instanceof Close || c instanceof Reset || c instanceof Replace) {
                return true;
            }
        }
        return false;
    }

    /**
     * Computes one generation and adopts it. Returns whether anything visible changed. On
     * cancellation nothing is adopted; on failure the simulation pauses with a notice.
     */
    private boolean stepOnce() {
        GenerationStrategy s;
        try {
            s = strategy();
        } catch (RuntimeException e) {
            running = false;
            notice(settings.strategy() + ": could not start: " + e.getMessage());
            return true;
        }
        Grid from = current;
        Grid next;
        long t0;
        long t1;
        steppingForPlay = running;
        stepping = true;
        try {
            t0 = System.nanoTime();
            next = s.step(from, logic);
            t1 = System.nanoTime();
        } catch (InterruptedException e) {
            return false;
        } catch (StepFailedException e) {
            running = false;
            notice(e.getMessage());
            return true;
        } catch (RuntimeException | OutOfMemoryError e) {
            running = false;
            dropStrategy();
            notice(settings.strategy() + ": generation " + (from.generation() + 1) + " failed: " + e);
            return true;
        } finally {
            stepping = false;
        }
        current = next;
        timings = timings.plus(new StepTiming(next.generation(), s.name(), settings.threads(),
                next.size().cells(), t1 - t0, t1));
        return true;
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
        return new Snapshot(++version, g, new Region(0, 0, g.height(), g.width()), true, rule,
                settings.strategy(), settings.threads(), running, settings.speedLimit(), timings, notice, edits,
                history.canUndo(), history.canRedo(), resetPoint != null && resetPoint != current, ioStatus());
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
