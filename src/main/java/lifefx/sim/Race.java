package lifefx.sim;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import lifefx.cellio.CellIo;
import lifefx.engine.PackedStrategy;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.Rule;
import lifefx.sim.RaceProgress.LaneStatus;
import lifefx.sim.RaceProgress.State;
import lifefx.universe.TorusUniverse;
import lifefx.universe.Universe;
import lifefx.universe.UniverseException;

/**
 * Races strategies against each other from the same start cells: one torus universe per strategy
 * (a <em>lane</em>), stepped generation by generation, each generation timed on its own, and the
 * cells of every lane checked against a reference after every generation, so a strategy that
 * computes a wrong generation is flagged at that generation. What the window's race view and its
 * tests drive; no JavaFX here.
 *
 * <p><b>Interleaved, not side by side.</b> One thread, the race thread ({@value #THREAD_NAME}, a
 * platform thread), steps the lanes in turn: generation 1 of every lane, then generation 2 of
 * every lane, and so on, starting each round one lane further on so no lane always runs right
 * after the digests or first after a collection. Running the lanes at the same time on their own
 * threads would make them compete for the cores (this machine has two, and {@code bands} or
 * {@code thread-pool} want K each): each lane's time would then measure the others as much as
 * itself. Interleaving gives each generation the whole machine, and since the lanes of one round
 * run within moments of each other, a slow stretch of the machine (another process, a garbage
 * collection) hits every lane alike; that is why {@link RaceStats#ratios ratios} are taken pair
 * by pair per generation. What the strategies start themselves (pools, bands, virtual threads per
 * cell) still runs concurrently inside their own generation, as it does in the window.
 *
 * <p><b>The check.</b> A reference universe, {@code packed} with pure logic and one thread
 * (untimed), steps beside the lanes; after each lane's generation its {@link Universe#digest()}
 * must equal the reference's at that generation. The reference is not the baseline: the baseline
 * is the user's choice for the ratio and might itself be the broken one, and a flag should say
 * which lane is wrong. A lane that differs is marked {@link LaneStatus#DIVERGED} at that generation
 * and stopped (its later times would be of other cells); one whose step throws is marked {@link
 * LaneStatus#FAILED} with the message; the others go on. Digests cost O(cells) per lane and
 * generation, outside the timed step.
 *
 * <p><b>Cancellation</b> is sticky: {@link #cancel()} sets a flag the race thread checks before
 * every step, then interrupts it, which cancels the step in flight (the strategies' contract), and
 * aborts the stepping lane's cell calls ({@link CellLogic#abort()}), which closes the sockets that
 * platform threads may be blocked on, where interrupts do not reach.
 * Either way the race thread then closes every lane's universe (its strategy's threads) and cell
 * I/O (sockets, the cell service's threads) and the reference, waits for them, and only then
 * publishes the end. When {@link #result()} completes, or {@link #awaitEnd} returns true, nothing
 * the race started is running.
 *
 * <p><b>Threads.</b> {@link #progress()}, {@link #result()}, {@link #cancel()}, {@link #awaitEnd}
 * and {@link #close()} may be called from any thread. Everything else runs on the race thread.
 *
 * <p><b>Memory consistency effects.</b> Each {@link RaceProgress} is immutable and published
 * through a volatile field, so a reader sees it whole. Everything the race thread did
 * happens-before the completion of {@link #result()} and the return of {@link #awaitEnd} with
 * {@code true} (a {@code CompletableFuture} completion and a {@code Thread.join}).
 */
public final class Race implements AutoCloseable {

    /** The race thread's name; every thread LifeFX starts is named {@code lifefx-...}. */
    public static final String THREAD_NAME = "lifefx-race";

    /** Lanes' "ms per generation" is the mean of this many latest generations. */
    static final int RECENT = 8;

    /**
     * Makes a lane's universe: the seam through which tests race a strategy broken on purpose.
     * Called on the race thread; the universe is closed by the race.
     */
    @FunctionalInterface
    public interface LaneFactory {
        Universe open(String strategy, Grid start, Rule rule, StrategyConfig config, CellLogic logic);
    }

    /** Lanes are tori stepped by the registry's strategies. */
    public static final LaneFactory TORUS = (strategy, start, rule, config, logic) ->
            new TorusUniverse(start, rule, strategy, config, logic);

    private final RaceSetup setup;
    private final LaneFactory factory;
    private final Thread thread;
    private final CompletableFuture<RaceResult> result = new CompletableFuture<>();
    private volatile boolean cancelRequested;
    private volatile RaceProgress progress;
    /** The cell logic of the lane stepping now, or null: what {@link #cancel()} aborts. */
    private volatile CellLogic steppingLogic;

    // Race thread only.
    private final List<Lane> lanes = new ArrayList<>();
    private int generation;

    private Race(RaceSetup setup, LaneFactory factory) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.factory = Objects.requireNonNull(factory, "factory");
        for (String s : setup.strategies()) {
            lanes.add(new Lane(s, setup.generations()));
        }
        this.progress = snapshot(State.STARTING, "");
        this.thread = Thread.ofPlatform().name(THREAD_NAME).daemon(true).unstarted(this::run);
    }

    /** Starts a race of {@code setup}'s strategies on tori. Returns at once. */
    public static Race start(RaceSetup setup) {
        return start(setup, TORUS);
    }

    /** Starts a race whose lanes {@code factory} makes. Returns at once. */
    public static Race start(RaceSetup setup, LaneFactory factory) {
        Race r = new Race(setup, factory);
        r.thread.start();
        return r;
    }

    public RaceSetup setup() {
        return setup;
    }

    /** The newest progress. Any thread; costs a volatile read. */
    public RaceProgress progress() {
        return progress;
    }

    /** Completes once the race has ended and closed everything it started; never exceptionally. */
    public CompletableFuture<RaceResult> result() {
        return result;
    }

    /**
     * Completes once the race's own thread has ended too, a moment after {@link #result()}: what a
     * window that closes waits for, so that nothing it started is left running. Never exceptionally.
     */
    public CompletableFuture<Void> terminated() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        result.whenComplete((r, failure) -> Thread.ofVirtual().start(() -> {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.complete(null);
        }));
        return done;
    }

    /** Asks the race to stop: sticky, returns at once. Any thread; idempotent. */
    public void cancel() {
        cancelRequested = true;
        thread.interrupt();
        // Platform threads blocked in a socket read do not see interrupts: abort the calls of the
        // lane stepping now, which closes what they are blocked on (their reads throw at once).
        // On a lane that has just finished its step this is harmless: later calls work as usual.
        CellLogic now = steppingLogic;
        if (now != null) {
            now.abort();
        }
    }

    /** Waits up to {@code timeout} for the race thread to end; true when it has. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return thread.join(timeout);
    }

    /**
     * Cancels and waits (up to 30 s, a hang guard) until everything the race started has ended.
     *
     * @throws IllegalStateException when it has not ended by then
     */
    @Override
    public void close() {
        cancel();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (!thread.join(Duration.ofSeconds(30))) {
                        throw new IllegalStateException("the race did not end within 30 s of its cancel");
                    }
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- The race thread ----------------------------------------------------------------------

    private void run() {
        State end = State.FINISHED;
        String message = "";
        Universe reference = null;
        try {
            reference = new TorusUniverse(setup.start().withGeneration(0), setup.rule(), PackedStrategy.NAME,
                    new StrategyConfig(1));
            for (Lane lane : lanes) {
                if (cancelRequested) {
                    throw new InterruptedException("cancelled");
                }
                open(lane);
            }
            publish(State.RUNNING, "");
            int n = lanes.size();
            for (generation = 1; generation <= setup.generations(); generation++) {
                reference.step(BigInteger.ONE);
                String expected = reference.digest();
                for (int i = 0; i < n; i++) {
                    Lane lane = lanes.get((generation - 1 + i) % n);
                    if (lane.status != LaneStatus.RUNNING) {
                        continue;
                    }
                    if (cancelRequested) {
                        throw new InterruptedException("cancelled");
                    }
                    step(lane, expected);
                    publish(State.RUNNING, "");
                }
                if (lanes.stream().noneMatch(l -> l.status == LaneStatus.RUNNING)) {
                    break;
                }
            }
            generation = Math.min(generation, setup.generations());
            for (Lane lane : lanes) {
                if (lane.status == LaneStatus.RUNNING) {
                    lane.status = LaneStatus.DONE;
                }
            }
        } catch (InterruptedException e) {
            end = State.CANCELLED;
        } catch (UniverseException | RuntimeException | Error e) {
            end = cancelRequested ? State.CANCELLED : State.FAILED;
            message = "the race stopped: " + oneLine(e);
        }
        Thread.interrupted(); // closing waits for threads; an interrupt left over must not cut that short
        for (Lane lane : lanes) {
            if (end == State.CANCELLED && (lane.status == LaneStatus.RUNNING || lane.status == LaneStatus.WAITING)) {
                lane.status = LaneStatus.CANCELLED;
            }
            lane.close();
        }
        if (reference != null) {
            reference.close();
        }
        RaceProgress last = publish(end, message);
        result.complete(resultOf(last.state(), message));
    }

    /** Opens a lane's cell I/O and universe; a lane that cannot open is failed, not the race. */
    private void open(Lane lane) {
        StrategyConfig config = setup.config();
        try {
            lane.io = CellIo.openFor(setup.io(), StrategyRegistry.get(lane.strategy)
                    .maxInFlight(config, setup.start().size()));
            lane.logic = lane.io.logic(setup.rule());
            lane.universe = factory.open(lane.strategy, setup.start().withGeneration(0), setup.rule(), config,
                    lane.logic);
            lane.status = LaneStatus.RUNNING;
        } catch (IOException | RuntimeException e) {
            lane.fail("could not start: " + oneLine(e));
        }
    }

    /** One timed generation of {@code lane}, then its check against {@code expected}. */
    private void step(Lane lane, String expected) throws InterruptedException {
        steppingLogic = lane.logic;
        long t0 = System.nanoTime();
        try {
            lane.universe.step(BigInteger.ONE);
        } catch (UniverseException | RuntimeException e) {
            if (cancelRequested) {
                // The cancel's abort made the calls fail: that is the cancel, not the lane's failure.
                throw new InterruptedException("cancelled");
            }
            lane.fail(oneLine(e));
            return;
        } finally {
            steppingLogic = null;
        }
        long dt = System.nanoTime() - t0;
        lane.nanos[lane.done++] = dt;
        lane.total += dt;
        if (!lane.universe.digest().equals(expected)) {
            lane.status = LaneStatus.DIVERGED;
            lane.divergedAt = generation;
            lane.close();
        }
    }

    private RaceProgress publish(State state, String message) {
        RaceProgress p = snapshot(state, message);
        progress = p;
        return p;
    }

    private RaceProgress snapshot(State state, String message) {
        List<RaceProgress.Lane> ls = new ArrayList<>(lanes.size());
        for (Lane l : lanes) {
            ls.add(new RaceProgress.Lane(l.strategy, l.status, l.done, l.recent(), l.total, l.divergedAt, l.message));
        }
        return new RaceProgress(state, setup.generations(), generation, ls, message);
    }

    private RaceResult resultOf(State state, String message) {
        Lane base = lanes.stream().filter(l -> l.strategy.equals(setup.baseline())).findFirst().orElseThrow();
        List<RaceResult.LaneResult> out = new ArrayList<>(lanes.size());
        for (Lane l : lanes) {
            double[] ratios = RaceStats.ratios(l.nanos, l.done, base.nanos, base.done);
            out.add(new RaceResult.LaneResult(l.strategy, l.status, l.divergedAt, l.message,
                    java.util.Arrays.copyOf(l.nanos, l.done), RaceStats.millis(l.nanos, l.done),
                    RaceStats.of(ratios, ratios.length)));
        }
        return new RaceResult(setup, state, out, message);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** One lane's state; race thread only. */
    private static final class Lane {
        final String strategy;
        final long[] nanos;
        int done;
        long total;
        LaneStatus status = LaneStatus.WAITING;
        int divergedAt;
        String message = "";
        CellIo io;
        CellLogic logic;
        Universe universe;

        Lane(String strategy, int generations) {
            this.strategy = strategy;
            this.nanos = new long[generations];
        }

        long recent() {
            int k = Math.min(done, RECENT);
            long sum = 0;
            for (int i = done - k; i < done; i++) {
                sum += nanos[i];
            }
            return k == 0 ? 0 : sum / k;
        }

        void fail(String why) {
            status = LaneStatus.FAILED;
            message = why;
            close();
        }

        /** Closes the universe (its strategy's threads) and then its I/O; idempotent. */
        void close() {
            if (universe != null) {
                universe.close();
                universe = null;
            }
            if (io != null) {
                io.close();
                io = null;
            }
        }
    }
}
