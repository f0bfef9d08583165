package lifefx.sim;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import lifefx.cellio.CellIoMode;
import lifefx.engine.ScheduleRecorder;
import lifefx.engine.StrategyConfig;
import lifefx.life.CellLogic;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.universe.CellChanges;
import lifefx.universe.Topology;
import lifefx.universe.Universe;
import lifefx.universe.UniverseException;
import lifefx.universe.Universes;

/**
 * The command loop: the one stepping thread of a {@link Simulation}. It takes commands from the
 * {@link CommandQueue} and applies them between generations, steps while playing, and publishes
 * what changed through the {@link SnapshotPublisher}.
 *
 * <p><b>Threading.</b> {@link #run()} is the body of the stepping thread, started once by {@link
 * Simulation}'s constructor; every other method here runs on that thread, as do the {@link
 * Workspace} (with the live universe) and {@link CellIoSlot} it owns. The settings, the timings and
 * the play state are plain fields for that reason. Other threads reach it only through the queue, the
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
    private final Workspace universe;
    private final CellIoSlot io;
    /** The recorded generations of the current branch, for stepping back and seeking. */
    private final StepHistory history;
    /** The strategy each kind of universe had last, so switching back to it brings it back. */
    private final Map<Class<?>, String> lastStrategy = new HashMap<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private Settings settings;
    private boolean running;
    private long nextDue;
    /** Whether a computed generation has not been published yet (publishing is throttled while playing). */
    private boolean unpublished;
    /** When the last snapshot was published (System.nanoTime). */
    private long lastPublished;
    /** Steps rolled back because a command cancelled them after they completed; written by the stepping thread only. */
    private volatile long stepsRolledBack;
    private TimingWindow timings = TimingWindow.EMPTY;
    /** Records the schedule map while the window shows it; null (the default) when off. */
    private ScheduleRecorder recorder;
    private final ScheduleCost scheduleCost = new ScheduleCost();
    private Notice notice;
    private long noticeIds;
    /** The profile being recorded ({@link Simulation#recordProfile}), or null. */
    private Command.RecordProfile profile;
    /** Generations computed since {@link #profile} started. */
    private long profiled;
    /** Stops play when the pattern dies, settles or repeats; off by default. */
    private lifefx.analysis.AutoStop autoStop = new lifefx.analysis.AutoStop(java.util.Set.of());
    /** The workspace's edit count when the auto-stop last looked; another count means other cells. */
    private long autoStopEdits = -1;

    /** The population, births and deaths of each step while recording ({@link Simulation#recordPopulation}); null when never on. */
    private PopulationHistory population;
    private boolean recordingPopulation;
    /** {@link #population}'s view as of the last publish, for any thread. */
    private volatile PopulationHistory.Series populationSeries = PopulationHistory.Series.EMPTY;

    /** Called by {@link Simulation}'s constructor, before the stepping thread starts. */
    SteppingLoop(Topology topology, Universe.Snapshot initial, Settings settings, Function<Rule, CellLogic> logicFactory,
                 long historyBudget, long timelineBudget, CommandQueue queue) {
        this.queue = queue;
        this.history = new StepHistory(timelineBudget);
        Rule rule = settings.rule().withoutTorus();
        if (!topology.supports(settings.strategy())) {
            settings = settings.withStrategy(topology.defaultStrategy());
        }
        this.settings = settings;
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
                return SteppingLoop.this.universe.topology() instanceof Topology.Torus(GridSize size) ? size
                        : new GridSize(1, 1);
            }
        }, this::notice);
        this.universe = new Workspace(topology, initial, rule, historyBudget, new Workspace.Maker() {
            @Override
            public void logicFor(Rule next) {
                if (!io.makeFor(next)) {
                    running = false;
                }
            }

            @Override
            public Universe make(Topology t, Rule r, Universe.Snapshot cells) {
                return makeUniverse(t, r, cells);
            }
        }, this::notice);
        this.publisher = new SnapshotPublisher(this::snapshot);
        this.lastPublished = System.nanoTime();
    }

    /**
     * A universe of {@code t} with the run's strategy, or, when {@code t} does not have it, the
     * strategy that kind of universe had last (or its default); the settings follow. The plane does
     * no cell I/O, so switching to it turns the I/O off with a notice.
     */
    private Universe makeUniverse(Topology t, Rule r, Universe.Snapshot cells) {
        String strategy = settings.strategy();
        if (!t.supports(strategy)) {
            strategy = lastStrategy.getOrDefault(t.getClass(), t.defaultStrategy());
        }
        if (t instanceof Topology.Plane && !(io.mode() instanceof CellIoMode.None)) {
            notice("cell I/O runs in the torus strategies; hashlife computes whole blocks of cells and does none,"
                    + " so the I/O is off");
            io.switchTo(new CellIoMode.None());
        }
        Universe made = Universes.open(t, r, strategy, new StrategyConfig(settings.threads()), io.liveLogic(), cells);
        if (!strategy.equals(settings.strategy())) {
            settings = settings.withStrategy(strategy);
        }
        lastStrategy.put(t.getClass(), strategy);
        return made;
    }

    /** See {@link Simulation#stepsRolledBack()}. Any thread. */
    long stepsRolledBack() {
        return stepsRolledBack;
    }

    SnapshotPublisher publisher() {
        return publisher;
    }

    /** See {@link Simulation#populationHistory()}. Any thread. */
    PopulationHistory.Series populationSeries() {
        return populationSeries;
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
                if (unpublished && (!running || nextDue - System.nanoTime() > 0)) {
                    // About to wait: show the newest generation first.
                    publish();
                }
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
                    if (publishDue()) {
                        publish();
                    } else {
                        unpublished = true;
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            // A bug in the loop itself, not in a command: say so in the snapshot rather than die silently.
            notice("the simulation stopped: " + e);
            throw e;
        } finally {
            running = false;
            if (profile != null) {
                profile.recording().close();
                profile.done().completeExceptionally(new SimulationClosedException());
                profile = null;
            }
            try {
                universe.close();
                io.close();
                publish();
            } catch (RuntimeException | Error e) {
                notice("closing failed: " + e);
            }
            // Whoever flushes after close learns that it is closed rather than waiting forever.
            publisher.failFlushes();
            for (Command left : queue.shut()) {
                if (left instanceof Command.Flush f) {
                    f.done().completeExceptionally(new SimulationClosedException());
                } else if (left instanceof Command.RecordProfile r) {
                    r.recording().close();
                    r.done().completeExceptionally(new SimulationClosedException());
                }
            }
            ended.complete(null);
        }
    }

    /**
     * Whether a generation just computed while playing should be published now: when the last
     * snapshot was read (by the window's pulse or a waiting thread) and at least {@link
     * #MIN_PUBLISH_NANOS} ago, or {@link #MAX_PUBLISH_NANOS} ago whether read or not. So a torus
     * is snapshotted at most at about the window's frame rate, not per generation; on {@code
     * packed} a snapshot then costs a fresh array for the next step instead of a copy.
     */
    private boolean publishDue() {
        long since = System.nanoTime() - lastPublished;
        return since >= MAX_PUBLISH_NANOS || since >= MIN_PUBLISH_NANOS && publisher.consumed();
    }

    /** At most about one snapshot per frame of a 60 Hz window. */
    static final long MIN_PUBLISH_NANOS = 15_000_000L;
    /** At least this often while playing, even when nobody reads them. */
    static final long MAX_PUBLISH_NANOS = 100_000_000L;

    /** Publishes a snapshot of the state now. */
    private void publish() {
        if (population != null) {
            populationSeries = population.series();
        }
        publisher.publish(this::snapshot);
        lastPublished = System.nanoTime();
        unpublished = false;
    }

    /** {@link #apply}, turning any failure of the command into a notice and a pause. */
    private boolean applySafely(Command c) {
        Topology topology = universe.topology();
        Rule rule = universe.rule();
        boolean changed;
        try {
            changed = apply(c);
        } catch (RuntimeException | Error e) {
            running = false;
            notice(c.describe() + " failed: " + e);
            changed = true;
        }
        boolean reshaped = !universe.topology().equals(topology);
        if (reshaped || !universe.rule().equals(rule)) {
            // Timings of another size or rule would mix two different runs in one chart.
            timings = TimingWindow.EMPTY;
            if (population != null) {
                population.clear();
            }
        } else if (population != null) {
            // A reset or an undo went back: the history after that generation did not happen.
            population.truncateAfter(universe.current().generation());
        }
        if (reshaped && universe.topology() instanceof Topology.Torus) {
            try {
                if (!io.runChanged()) {
                    running = false;
                }
            } catch (RuntimeException | Error e) {
                running = false;
                notice("reopening the cell I/O for the " + universe.topology().describe() + " failed: " + e);
            }
        }
        return changed;
    }

    /** Applies one command; returns whether the snapshot changed. */
    private boolean apply(Command c) {
        switch (c) {
            case Command.RecordSchedule r -> {
                if (r.on() == (recorder != null) && (!r.on() || r.carriers() == recorder.carriers())) {
                    return false;
                }
                recorder = r.on() ? new ScheduleRecorder(r.carriers()) : null;
                scheduleCost.clear();
            }
            case Command.RecordPopulation r -> {
                if (r.on() == recordingPopulation) {
                    return false;
                }
                recordingPopulation = r.on();
                if (r.on() && population == null) {
                    population = new PopulationHistory();
                }
            }
            case Command.Play p -> {
                if (running) {
                    return false;
                }
                running = true;
                universe.markPlayStart();
                timings = TimingWindow.EMPTY;
                nextDue = System.nanoTime();
                autoStop.reset();
                autoStopEdits = universe.edits();
                checkAutoStop();
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
                // Back to the start of play on the history's branch: the history stays (see StepHistory).
                boolean onBranch = history.isBranch(universe.resetPointEdits(), universe.topology(), universe.rule());
                if (universe.reset()) {
                    timings = TimingWindow.EMPTY;
                    if (onBranch && universe.current().generation().compareTo(history.earliest()) >= 0) {
                        history.adopt(universe.edits());
                    }
                }
            }
            case Command.StepBack b -> {
                running = false;
                track();
                BigInteger now = universe.current().generation();
                if (now.compareTo(history.earliest()) <= 0) {
                    // Nothing earlier is recorded; the window disables the command (Snapshot#timeline says so).
                    return true;
                }
                // As a single step: each press counts, so a second step back does not cancel the first.
                travel(now.subtract(BigInteger.ONE.shiftLeft(settings.stepExponent())).max(history.earliest()), false);
            }
            case Command.Seek k -> {
                running = false;
                track();
                // As a generation of play: the next seek (or step back, pause, step) cancels it, so drags coalesce.
                travel(history.clamp(k.generation()), true);
            }
            case Command.SetStrategy s -> {
                if (s.name().equals(settings.strategy())) {
                    return false;
                }
                if (!universe.topology().supports(s.name())) {
                    notice("the " + universe.topology().describe() + " universe has no strategy " + s.name()
                            + "; it has " + String.join(", ", universe.topology().strategies())
                            + (universe.topology() instanceof Topology.Plane ? "; switch to a torus for the others"
                                    : "; hashlife runs on the unbounded universe"));
                    return true;
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
            case Command.SetStepExponent e -> {
                if (e.exponent() == settings.stepExponent()) {
                    return false;
                }
                settings = settings.withStepExponent(e.exponent());
                timings = TimingWindow.EMPTY;
            }
            case Command.SwitchTopology t -> {
                return universe.switchTopology(t.topology());
            }
            case Command.Resize r -> {
                return universe.resize(r.size());
            }
            case Command.SetIo m -> {
                if (m.mode().equals(io.mode())) {
                    return false;
                }
                if (universe.topology() instanceof Topology.Plane && !(m.mode() instanceof CellIoMode.None)) {
                    notice("cell I/O runs in the torus strategies; hashlife computes whole blocks of cells and"
                            + " does none: switch to a torus to use " + m.mode().name() + " I/O");
                    return true;
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
                universe.load(l.topology(), l.cells(), l.rule(), l.document());
                timings = TimingWindow.EMPTY;
                if (population != null) {
                    population.clear();
                }
            }
            case Command.SetDocument d -> {
                return universe.setDocument(d.document());
            }
            case Command.Clear x -> {
                return universe.clear();
            }
            case Command.RandomFill f -> universe.randomFill(f.density(), f.seed(), f.area());
            case Command.Edit e -> {
                try {
                    return universe.edit(e.edit());
                } catch (IllegalArgumentException refused) {
                    // Refused before any cell changed (too large, does not fit): say why, keep playing.
                    notice(refused.getMessage());
                    return true;
                }
            }
            case Command.Undo u -> {
                return universe.undo();
            }
            case Command.Redo r -> {
                return universe.redo();
            }
            case Command.RecordProfile r -> {
                startProfile(r);
                return false;
            }
            case Command.SetAutoStop a -> {
                autoStop = new lifefx.analysis.AutoStop(a.conditions());
                autoStopEdits = -1;
                return false;
            }
            case Command.Flush f -> throw new IllegalStateException("Flush is handled by the loop");
            case Command.Close x -> throw new IllegalStateException("Close is handled by the loop");
        }
        return true;
    }

    /** The strategy or threads changed: a socket pool sized for them, and a universe made anew. */
    private void runChanged() {
        if (!io.runChanged()) {
            running = false;
        }
        universe.remake();
    }

    /**
     * Computes one step of 2^stepExponent generations ({@code forPlay}: of play, else a single
     * step) and keeps it. On cancellation the universe is put back as it was; on failure, including
     * an {@link Error}, the simulation pauses with a notice.
     */
    private Outcome stepOnce(boolean forPlay) {
        Universe u = universe.universe();
        // Not a snapshot: on packed words that would copy (or hold on to) every word each generation.
        Universe.Checkpoint from = u.checkpoint();
        boolean counting = recordingPopulation;
        BigInteger fromGeneration = u.generation();
        BigInteger n = BigInteger.ONE.shiftLeft(settings.stepExponent());
        String name = settings.strategy();
        long t0;
        long t1;
        CellChanges changes;
        if (!queue.beginStep(forPlay)) {
            return Outcome.CANCELLED;
        }
        // While the schedule map is open, one step in a few runs without the recorder: the baseline of its cost.
        ScheduleRecorder rec = recorder != null && !scheduleCost.nextIsPlain() ? recorder : null;
        try {
            t0 = System.nanoTime();
            changes = step(u, n, rec, counting);
            t1 = System.nanoTime();
        } catch (InterruptedException e) {
            if (queue.endStep()) {
                return Outcome.CANCELLED;
            }
            running = false;
            notice(name + ": generation " + fromGeneration.add(BigInteger.ONE)
                    + " was interrupted, but nobody cancelled it");
            return Outcome.FAILED;
        } catch (UniverseException e) {
            if (queue.endStep()) {
                // A cell that failed because it was interrupted: that is the cancellation.
                return Outcome.CANCELLED;
            }
            running = false;
            // Often "out of memory": the recorded history may be what holds the heap.
            history.drop();
            notice(e.getMessage());
            return Outcome.FAILED;
        } catch (RuntimeException | Error e) {
            if (queue.endStep()) {
                return Outcome.CANCELLED;
            }
            running = false;
            history.drop();
            restoreAfterFailure(from);
            notice(name + ": generation " + fromGeneration.add(BigInteger.ONE) + " failed: " + e);
            return Outcome.FAILED;
        }
        if (queue.endStep()) {
            // The step finished although it was asked to stop: the request wins, so what the
            // snapshot shows never comes from a generation that was cancelled. The universe is
            // back where it was, so the workspace's snapshot of it (if it took one) still holds.
            from.rollBack();
            stepsRolledBack++;
            return Outcome.CANCELLED;
        }
        universe.stepped();
        recordStep();
        if (changes != null) {
            population.add(fromGeneration, u.generation(), u.population(), changes);
        }
        if (profile != null) {
            profileStepped(n);
        }
        if (forPlay) {
            checkAutoStop();
        }
        long cells = universe.topology() instanceof Topology.Torus(GridSize size) ? size.cells()
                : Universes.clamp(u.population());
        timings = timings.plus(new StepTiming(Universes.clamp(u.generation()), name, settings.threads(), cells,
                t1 - t0, t1, n.doubleValue()));
        if (recorder != null) {
            scheduleCost.add(List.of(name, settings.threads(), universe.topology(), universe.rule(), io.mode()),
                    rec != null, (long) ((t1 - t0) / n.doubleValue()));
        }
        return Outcome.DONE;
    }

    /**
     * Feeds the auto-stop the universe as it is now (the start of play, or after a step of play) and
     * pauses with an info notice when a condition is met. Cells changed other than by stepping since
     * it last looked start the detection afresh. Stepping thread only.
     */
    private void checkAutoStop() {
        if (!autoStop.active()) {
            return;
        }
        if (universe.edits() != autoStopEdits) {
            autoStop.reset();
            autoStopEdits = universe.edits();
        }
        try {
            autoStop.observe(universe.universe(), BigInteger.ONE.shiftLeft(settings.stepExponent())).ifPresent(stop -> {
                running = false;
                notice = new Notice(++noticeIds, stop.message(), true);
            });
        } catch (InterruptedException e) {
            // Only close interrupts outside a step; it is queued, so the loop will end anyway.
            Thread.currentThread().interrupt();
        } catch (UniverseException e) {
            notice("auto-stop could not check the period: " + e.getMessage());
        }
    }

    /**
     * Starts recording a profile between two generations, so its first generation event is the
     * next generation's. One at a time: a second request while one records fails at once.
     */
    private void startProfile(Command.RecordProfile r) {
        if (profile != null) {
            r.recording().close();
            r.done().completeExceptionally(new IllegalStateException("a profile is being recorded already, to "
                    + profile.file().getFileName() + " (" + profiled + " of " + profile.generations()
                    + " generations); wait until it is written"));
            return;
        }
        try {
            r.recording().start();
        } catch (RuntimeException e) {
            r.recording().close();
            r.done().completeExceptionally(e);
            return;
        }
        profile = r;
        profiled = 0;
    }

    /**
     * Counts a completed step of {@code n} generations into the profile; once it has its
     * generations (whole steps: with 2^k generations a step, possibly a few more), stops the
     * recording here, between generations, and writes the file on a virtual thread of its own.
     */
    private void profileStepped(BigInteger n) {
        // Saturating: a HashLife step may be 2^1000 generations.
        profiled = n.compareTo(BigInteger.valueOf(Long.MAX_VALUE - profiled)) >= 0 ? Long.MAX_VALUE
                : profiled + n.longValue();
        if (profiled < profile.generations()) {
            return;
        }
        Command.RecordProfile done = profile;
        profile = null;
        done.recording().stop();
        Thread.ofVirtual().name("lifefx-profile-writer").start(() -> {
            try (FlightRecording r = done.recording()) {
                done.done().complete(r.writeTo(done.file()));
            } catch (Throwable e) {
                done.done().completeExceptionally(e);
            }
        });
    }

    /**
     * Steps {@code u} by {@code n}, with {@code rec} recording its schedule when not null; when
     * {@code counting} (the population history records), through {@link Universe#stepCounting},
     * whose births and deaths it returns, else null.
     */
    private static CellChanges step(Universe u, BigInteger n, ScheduleRecorder rec, boolean counting)
            throws InterruptedException, UniverseException {
        if (rec == null) {
            if (counting) {
                return u.stepCounting(n);
            }
            u.step(n);
            return null;
        }
        try {
            return ScheduleRecorder.during(rec, () -> {
                if (counting) {
                    return u.stepCounting(n);
                }
                u.step(n);
                return null;
            });
        } catch (InterruptedException | UniverseException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("a step threw " + e, e); // Universe.step throws nothing else
        }
    }

    /** After an unexpected failure the universe may be half-stepped: put back where it was, or make it anew. */
    private void restoreAfterFailure(Universe.Checkpoint from) {
        try {
            from.rollBack();
        } catch (RuntimeException | Error e) {
            universe.remake();
        }
        universe.stepped();
    }

    /**
     * Makes the step history follow the workspace: after an edit, or a rule or topology change, it
     * starts a new branch at the cells now. O(1) when nothing changed.
     */
    private void track() {
        if (!history.isBranch(universe.edits(), universe.topology(), universe.rule())) {
            history.follow(universe.edits(), universe.topology(), universe.rule(), universe.current());
        }
    }

    /** A generation was computed: a keyframe of it when the history wants one (a snapshot only then). */
    private void recordStep() {
        if (!history.isBranch(universe.edits(), universe.topology(), universe.rule())) {
            track();
        } else if (history.wants(universe.universe().generation())) {
            history.record(universe.current());
        }
    }

    /**
     * Goes to {@code target}, a generation of the recorded range: restores the nearest keyframe at
     * or before it (or starts from the generation shown, when that is nearer) and recomputes the
     * rest with the universe's own strategy: {@code likePlay}, cancelled as a generation of play is
     * (by the next seek, step back, pause or step), else as a single step (by reset, load, close).
     * Cancelled or failed, the generation shown before stays current.
     */
    private void travel(BigInteger target, boolean likePlay) {
        Universe.Snapshot from = universe.current();
        BigInteger now = from.generation();
        if (target.equals(now)) {
            return;
        }
        Universe.Snapshot key = history.keyframeAtOrBefore(target);
        if (!(now.compareTo(target) < 0 && now.compareTo(key.generation()) >= 0)) {
            universe.travelTo(key);
        }
        BigInteger n = target.subtract(universe.universe().generation());
        if (n.signum() == 0) {
            return;
        }
        Universe u = universe.universe();
        if (!queue.beginStep(likePlay)) {
            universe.travelTo(from);
            return;
        }
        try {
            u.step(n);
        } catch (InterruptedException | UniverseException | RuntimeException | Error e) {
            boolean cancelled = queue.endStep();
            universe.stepped();
            universe.travelTo(from);
            if (!cancelled) {
                notice("going to generation " + target + " failed: "
                        + (e instanceof UniverseException ? e.getMessage() : e.toString()));
            }
            return;
        }
        universe.stepped();
        if (queue.endStep()) {
            universe.travelTo(from);
            return;
        }
        recordStep();
    }

    private void notice(String message) {
        notice = new Notice(++noticeIds, message);
    }

    private Snapshot snapshot(long version) {
        return new Snapshot(version, universe.current(), universe.topology(), universe.rule(), settings.strategy(),
                settings.threads(), running, settings.speedLimit(), settings.stepExponent(), timings, notice,
                universe.edits(), universe.canUndo(), universe.canRedo(), universe.canReset(), io.status(),
                universe.document(), recorder == null ? null : scheduleCost.frame(recorder.map()), timeline());
    }

    /** The history's range, following the workspace first (so an edit shows a new branch at once). */
    private Timeline timeline() {
        track();
        return history.timeline();
    }
}
