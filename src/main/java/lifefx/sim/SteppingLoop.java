package lifefx.sim;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.StepFailedException;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;

/**
 * The command loop: the one stepping thread of a {@link Simulation}. It takes commands from the
 * {@link CommandQueue} and applies them between generations, steps while playing, and publishes
 * what changed through the {@link SnapshotPublisher}.
 *
 * <p><b>Threading.</b> {@link #run()} is the body of the stepping thread, started once by {@link
 * Simulation}'s constructor; every other method here runs on that thread, as do the {@link
 * Universe} and {@link CellIoSlot} it owns. The strategy instance, the settings, the timings and the
 * play state are plain fields for that reason. Other threads reach it only through the queue, the
 * publisher and {@link CellIoSlot#status()}.
 *
 * <p><b>Failures.</b> A command that throws, even an {@link Error} such as an OutOfMemoryError
 * while resizing, fails alone: the simulation pauses with a notice naming the command, and the
 * loop goes on. A generation that fails likewise pauses with a notice; the previous generation
 * stays current.
 */
final class SteppingLoop implements Runnable {

    /** How a generation ended. */
    private enum Outcome {
        /** Computed and adopted. */
        DONE,
        /** Cancelled by a queued command; nothing adopted, the previous generation stays. */
        CANCELLED,
        /** Failed: the simulation paused with a notice. */
        FAILED
    }

    private final CommandQueue queue;
    private final SnapshotPublisher publisher;
    private final Universe universe;
    private final CellIoSlot io;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private Settings settings;
    private GenerationStrategy strategy;
    private boolean running;
    private long nextDue;
    private TimingWindow timings = TimingWindow.EMPTY;
    private Notice notice;
    private long noticeIds;

    /** Called by {@link Simulation}'s constructor, before the stepping thread starts. */
    SteppingLoop(Grid initial, Settings settings, Function<Rule, CellLogic> logicFactory, long historyBudget,
                 CommandQueue queue) {
        this.queue = queue;
        this.settings = settings;
        Rule rule = settings.rule().withoutTorus();
        this.io = new CellIoSlot(logicFactory, rule, new CellIoSlot.Run() {
            @Override
            public String strategy() {
                return SteppingLoop.this.settings.strategy();
            }

            @Override
            public int threads() {
                return SteppingLoop.this.settings.threads();
            }

            @Override
            public GridSize size() {
                return SteppingLoop.this.universe.current().size();
            }
        }, this::notice);
        this.universe = new Universe(initial, rule, historyBudget, next -> {
            if (!io.makeFor(next)) {
                running = false;
            }
        }, this::notice);
        this.publisher = new SnapshotPublisher(this::snapshot);
    }

    SnapshotPublisher publisher() {
        return publisher;
    }

    CellIoSlot io() {
        return io;
    }

    /** Completes when the loop has ended and closed what it owned. */
    CompletableFuture<Void> ended() {
        return ended;
    }

    /**
     * The loop: take the commands, publish if they changed anything (so the snapshot names the
     * strategy, rule and grid that the next generation uses), then step when playing and due.
     */
    @Override
    public void run() {
        try {
            while (true) {
                Command c;
                try {
                    c = running ? queue.poll(nextDue - System.nanoTime()) : queue.take();
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
                        publisher.answerWithNext(f.done());
                        publisher.publish(this::snapshot);
                        changed = false;
                    } else {
                        changed |= applySafely(c);
                    }
                    c = queue.poll();
                }
                if (changed) {
                    publisher.publish(this::snapshot);
                }
                if (running && System.nanoTime() - nextDue >= 0) {
                    long start = System.nanoTime();
                    if (stepOnce(true) == Outcome.CANCELLED) {
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
                    publisher.publish(this::snapshot);
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
                io.close();
                publisher.publish(this::snapshot);
            } catch (RuntimeException | Error e) {
                notice("closing failed: " + e);
            }
            // Whoever flushes after close learns that it is closed rather than waiting forever.
            publisher.failFlushes();
            for (Command left : queue.shut()) {
                if (left instanceof Command.Flush f) {
                    f.done().completeExceptionally(new SimulationClosedException());
                }
            }
            ended.complete(null);
        }
    }

    /** {@link #apply}, turning any failure of the command into a notice and a pause. */
    private boolean applySafely(Command c) {
        GridSize size = universe.current().size();
        Rule rule = universe.rule();
        boolean changed;
        try {
            changed = apply(c);
        } catch (RuntimeException | Error e) {
            running = false;
            notice(c.describe() + " failed: " + e);
            changed = true;
        }
        boolean resized = !universe.current().size().equals(size);
        if (resized || !universe.rule().equals(rule)) {
            // Timings of another size or rule would mix two different runs in one chart.
            timings = TimingWindow.EMPTY;
        }
        if (resized) {
            try {
                if (!io.runChanged()) {
                    running = false;
                }
            } catch (RuntimeException | Error e) {
                running = false;
                notice("reopening the cell I/O for " + universe.current().size() + " failed: " + e);
            }
        }
        return changed;
    }

    /** Applies one command; returns whether the snapshot changed. */
    private boolean apply(Command c) {
        switch (c) {
            case Command.Play p -> {
                if (running) {
                    return false;
                }
                running = true;
                universe.markPlayStart();
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
                } else {
                    universe.markStepStart();
                }
                // Cancelled only by a queued reset, load or close, which replaces it anyway.
                stepOnce(false);
            }
            case Command.Reset r -> {
                running = false;
                if (universe.reset()) {
                    timings = TimingWindow.EMPTY;
                }
            }
            case Command.SetStrategy s -> {
                if (s.name().equals(settings.strategy())) {
                    return false;
                }
                settings = settings.withStrategy(s.name());
                runChanged();
            }
            case Command.SetThreads t -> {
                if (t.threads() == settings.threads()) {
                    return false;
                }
                settings = settings.withThreads(t.threads());
                runChanged();
            }
            case Command.SetRule r -> universe.setRule(r.rule());
            case Command.SetSpeed s -> {
                settings = settings.withSpeedLimit(s.gps());
                nextDue = System.nanoTime();
            }
            case Command.Resize r -> {
                return universe.resize(r.size());
            }
            case Command.SetIo m -> {
                if (m.mode().equals(io.mode())) {
                    return false;
                }
                if (!io.switchTo(m.mode())) {
                    running = false;
                }
            }
            case Command.Paint p -> {
                return universe.paint(p.stroke(), p.rows(), p.cols(), p.alive());
            }
            case Command.Load l -> {
                running = false;
                universe.load(l.grid(), l.rule(), l.document());
                timings = TimingWindow.EMPTY;
            }
            case Command.SetDocument d -> {
                return universe.setDocument(d.document());
            }
            case Command.Clear x -> {
                return universe.clear();
            }
            case Command.RandomFill f -> universe.randomFill(f.density(), f.seed());
            case Command.Undo u -> {
                return universe.undo();
            }
            case Command.Redo r -> {
                return universe.redo();
            }
            case Command.Flush f -> throw new IllegalStateException("Flush is handled by the loop");
            case Command.Close x -> throw new IllegalStateException("Close is handled by the loop");
        }
        return true;
    }

    /** The strategy or threads changed: a new strategy instance, and a socket pool sized for it. */
    private void runChanged() {
        dropStrategy();
        if (!io.runChanged()) {
            running = false;
        }
    }

    /**
     * Computes one generation ({@code forPlay}: of play, else a single step) and adopts it. On
     * cancellation nothing is adopted; on failure, including an {@link Error}, the simulation
     * pauses with a notice.
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
        Grid from = universe.current();
        Grid next;
        long t0;
        long t1;
        if (!queue.beginStep(forPlay)) {
            return Outcome.CANCELLED;
        }
        try {
            t0 = System.nanoTime();
            next = s.step(from, io.logic());
            t1 = System.nanoTime();
        } catch (InterruptedException e) {
            if (queue.endStep()) {
                return Outcome.CANCELLED;
            }
            running = false;
            notice(s.name() + ": generation " + (from.generation() + 1) + " was interrupted, but nobody cancelled it");
            return Outcome.FAILED;
        } catch (StepFailedException e) {
            if (queue.endStep()) {
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
        universe.adopt(next);
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
            GenerationStrategy s = strategy;
            strategy = null;
            s.close();
        }
    }

    private void notice(String message) {
        notice = new Notice(++noticeIds, message);
    }

    private Snapshot snapshot(long version) {
        Grid g = universe.current();
        return new Snapshot(version, g, new CellRegion(0, 0, g.height(), g.width()), true, universe.rule(),
                settings.strategy(), settings.threads(), running, settings.speedLimit(), timings, notice,
                universe.edits(), universe.canUndo(), universe.canRedo(), universe.canReset(), io.status(),
                universe.document());
    }
}
