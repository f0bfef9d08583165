package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Grid;
import lifefx.life.Grids;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/**
 * Random interleavings of play, pause, step, reset, load, strategy switch and close, over cell
 * logic that is slow (each call parks briefly) or stuck (each call blocks until it is cancelled).
 * Each command is followed by a flush, which is not waited for; the flushes' snapshots, checked
 * afterwards in order, say what each command did.
 *
 * <p>With stuck logic a generation never ends by itself, so a pause, reset, load, switch or close
 * that missed the generation in flight never takes effect, and its flush never completes: the
 * test then fails on its hang guard and names the command. That is how it shows that cancellation
 * is sticky, without measuring time.
 *
 * <p>The seed is fixed, and printed; {@code -Dstress.seed=random} picks one at random, and {@code
 * -Dstress.seed=N} replays one.
 */
class SimulationStressTest {

    private static final long FIXED_SEED = 20261130L;
    private static final int COMMANDS = 10_000;
    /** A hang guard, not a speed check: a command that took this long did not take effect at all. */
    private static final long GUARD_SECONDS = 30;
    private static final List<String> STRATEGIES = StrategyRegistry.all().stream()
            .map(StrategyRegistry.Entry::name).toList();

    private enum Kind { PLAY, PAUSE, STEP, RESET, LOAD, SWITCH, CLOSE }

    /** One command sent, with what it carried and the flush sent right after it. */
    private record Sent(int index, Kind kind, Grid grid, String strategy, CompletableFuture<Snapshot> flush) {
        @Override
        public String toString() {
            return "#" + index + " " + kind + (strategy != null ? " " + strategy : "");
        }
    }

    private static long seed() {
        String p = System.getProperty("stress.seed");
        if (p == null || p.isBlank()) {
            return FIXED_SEED;
        }
        return p.equals("random") ? System.nanoTime() ^ System.identityHashCode(p) : Long.parseLong(p);
    }

    @Test
    void everyCommandDoesWhatItSaysWhateverTheInterleaving() throws Exception {
        long seed = seed();
        System.out.println("SimulationStressTest: seed " + seed + " (replay with -Dstress.seed=" + seed + ")");
        SplittableRandom rnd = new SplittableRandom(seed);
        int commands = 0;
        int sessions = 0;
        int stuck = 0;
        while (commands < COMMANDS) {
            boolean stuckLogic = rnd.nextInt(3) == 0;
            stuck += stuckLogic ? 1 : 0;
            try {
                commands += session(rnd.split(), stuckLogic);
            } catch (AssertionError e) {
                throw new AssertionError("session " + sessions + " (" + (stuckLogic ? "stuck" : "slow")
                        + " logic) of seed " + seed + ": " + e.getMessage(), e);
            }
            sessions++;
        }
        System.out.println("SimulationStressTest: " + commands + " commands in " + sessions + " sessions ("
                + stuck + " with stuck cell logic)");
        assertThat(commands).isGreaterThanOrEqualTo(COMMANDS);
    }

    /** One simulation from start to close; returns the number of commands sent. */
    private int session(SplittableRandom rnd, boolean stuckLogic) throws Exception {
        GridSize size = new GridSize(4 + rnd.nextInt(4), 4 + rnd.nextInt(4));
        Grid start = Grids.random(size, 0.4, rnd.nextLong(), 0);
        String firstStrategy = STRATEGIES.get(rnd.nextInt(STRATEGIES.size()));
        CountDownLatch stuckUntil = new CountDownLatch(1);
        long parkNanos = 5_000 + rnd.nextInt(20_000);
        Simulation sim = new Simulation(start, Settings.DEFAULT.withStrategy(firstStrategy).withThreads(1 + rnd.nextInt(3)),
                rule -> (alive, n) -> {
                    if (stuckLogic) {
                        stuckUntil.await();
                    } else {
                        LockSupport.parkNanos(parkNanos);
                        if (Thread.interrupted()) {
                            throw new InterruptedException();
                        }
                    }
                    return rule.next(alive, n);
                });
        Snapshot initial = sim.latest();
        List<Sent> sent = new ArrayList<>();
        CompletableFuture<Void> closing = null;
        Sent tail = null;
        int length = 20 + rnd.nextInt(40);
        try {
            for (int i = 0; i < length; i++) {
                Kind kind = pick(rnd, stuckLogic);
                Grid grid = null;
                String strategy = null;
                switch (kind) {
                    case PLAY -> sim.play();
                    case PAUSE -> sim.pause();
                    case STEP -> sim.step();
                    case RESET -> sim.reset();
                    case LOAD -> {
                        grid = Grids.random(new GridSize(4 + rnd.nextInt(4), 4 + rnd.nextInt(4)), 0.4, rnd.nextLong(),
                                rnd.nextInt(3));
                        sim.load(grid);
                    }
                    case SWITCH -> {
                        strategy = STRATEGIES.get(rnd.nextInt(STRATEGIES.size()));
                        sim.setStrategy(strategy);
                    }
                    case CLOSE -> closing = sim.closeAsync();
                }
                sent.add(new Sent(i, kind, grid, strategy, sim.flush()));
                // Over stuck logic, a flush that arrives while a generation of play is stuck waits for
                // a boundary that only the next cancelling command brings; so wait only after the
                // commands that leave the simulation paused.
                jitter(rnd, sim, sent.getLast(), !stuckLogic || stopsPlay(kind));
            }
            if (!stuckLogic && closing == null) {
                // The last strategy chosen is the one that computes the next generation.
                // Waited for, so that the close below cannot cancel it.
                sim.step();
                tail = new Sent(sent.size(), Kind.STEP, null, null, sim.flush());
                sent.add(tail);
                jitter(null, sim, tail, true);
            }
            if (closing == null) {
                closing = sim.closeAsync();
                sent.add(new Sent(sent.size(), Kind.CLOSE, null, null, sim.flush()));
            }
            try {
                closing.get(GUARD_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                fail("close did not end the simulation; commands: " + sent);
            }
            check(initial, start, sent, tail, sim.latest(), stuckLogic);
        } finally {
            stuckUntil.countDown();
            sim.close();
        }
        return sent.size();
    }

    private static boolean stopsPlay(Kind k) {
        return k == Kind.PAUSE || k == Kind.RESET || k == Kind.LOAD || k == Kind.CLOSE;
    }

    private static Kind pick(SplittableRandom rnd, boolean stuckLogic) {
        while (true) {
            int r = rnd.nextInt(100);
            Kind k = r < 22 ? Kind.PLAY : r < 42 ? Kind.PAUSE : r < 57 ? Kind.STEP : r < 69 ? Kind.RESET
                    : r < 79 ? Kind.LOAD : r < 99 ? Kind.SWITCH : Kind.CLOSE;
            // A single step over stuck logic can only end by a reset, load or close; leave it out.
            if (!(stuckLogic && k == Kind.STEP)) {
                return k;
            }
        }
    }

    /** Lets the simulation run a little, or not at all, before the next command. */
    private static void jitter(SplittableRandom rnd, Simulation sim, Sent last, boolean mayWait) throws Exception {
        int r = rnd == null ? 9 : rnd.nextInt(10);
        if (r < 5) {
            return; // back to back
        }
        if (r < 8 || !mayWait) {
            LockSupport.parkNanos(rnd.nextInt(300_000));
            return;
        }
        // Wait until this command has been applied (or the simulation is closed).
        try {
            last.flush().get(GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException closed) {
            assertThat(closed).hasCauseInstanceOf(SimulationClosedException.class);
        } catch (TimeoutException e) {
            fail(last + " did not take effect: the generation in flight was not cancelled; latest "
                    + describe(sim.latest()) + "; threads:\n" + threadDump());
        }
    }

    /** Replays the flushes' snapshots against what each command must have done. */
    private static void check(Snapshot initial, Grid start, List<Sent> sent, Sent tail, Snapshot last,
                              boolean stuckLogic)
            throws Exception {
        Expected expected = new Expected(start);
        Snapshot prev = initial;
        String strategy = initial.strategy();
        Long resetGen = null;
        boolean editedSinceReset = true;
        boolean closed = false;
        for (int i = 0; i < sent.size(); i++) {
            Sent c = sent.get(i);
            closed |= c.kind() == Kind.CLOSE;
            Snapshot s;
            try {
                s = c.flush().get(GUARD_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                fail(c + " did not take effect: the generation in flight was not cancelled; commands: " + sent);
                return;
            } catch (ExecutionException e) {
                assertThat(e).as("%s's flush", c).hasCauseInstanceOf(SimulationClosedException.class);
                assertThat(closed).as("%s's flush failed although the simulation was open", c).isTrue();
                continue;
            }
            assertThat(closed).as("%s was answered after close", c).isFalse();
            String what = c + " after " + describe(prev) + ", giving " + describe(s);
            switch (c.kind()) {
                case PLAY -> {
                    assertThat(s.running()).as(what).isTrue();
                    if (!prev.running()) {
                        resetGen = prev.generation();
                        editedSinceReset = false;
                    }
                }
                case PAUSE -> assertThat(s.running()).as(what).isFalse();
                case STEP -> {
                    assertThat(s.running()).as(what).isFalse();
                    if (!prev.running()) {
                        if (resetGen == null || editedSinceReset) {
                            resetGen = prev.generation();
                            editedSinceReset = false;
                        }
                        boolean supersededLater = sent.subList(i + 1, sent.size()).stream()
                                .anyMatch(x -> x.kind() == Kind.RESET || x.kind() == Kind.LOAD || x.kind() == Kind.CLOSE);
                        if (s.generation() != prev.generation() + 1) {
                            assertThat(supersededLater && s.generation() == prev.generation())
                                    .as(what + ": a single step computes exactly one generation; commands: " + sent).isTrue();
                        }
                    } else {
                        assertThat(s.generation()).as(what).isGreaterThanOrEqualTo(prev.generation());
                    }
                }
                case RESET -> {
                    assertThat(s.running()).as(what).isFalse();
                    if (resetGen != null) {
                        assertThat(s.generation()).as(what + ": back to where play started").isEqualTo(resetGen);
                        editedSinceReset = false;
                    } else if (!prev.running()) {
                        assertThat(s.generation()).as(what).isEqualTo(prev.generation());
                    }
                }
                case LOAD -> {
                    assertThat(s.running()).as(what).isFalse();
                    assertThat(s.grid()).as(what + ": the loaded grid is shown").isEqualTo(c.grid());
                    expected = new Expected(c.grid());
                    resetGen = null;
                    editedSinceReset = true;
                }
                case SWITCH -> {
                    strategy = c.strategy();
                    assertThat(s.running()).as(what + ": a switch does not pause").isEqualTo(prev.running());
                }
                case CLOSE -> fail(c + " was answered after close");
            }
            assertThat(s.strategy()).as(what + ": the snapshot names the last strategy chosen").isEqualTo(strategy);
            if (!prev.running() && (c.kind() == Kind.PAUSE || c.kind() == Kind.SWITCH || c.kind() == Kind.CLOSE)) {
                assertThat(s.generation()).as(what + ": no generation while paused").isEqualTo(prev.generation());
            }
            assertThat(s.grid()).as(what + ": an exact generation").isEqualTo(expected.at(s.generation()));
            if (stuckLogic) {
                assertThat(s.generation()).as(what + ": a cancelled generation is never published")
                        .isEqualTo(expected.base.generation());
            }
            prev = s;
        }
        if (tail != null) {
            Snapshot s = tail.flush().get();
            assertThat(s.stats().last()).as("a generation ran after the last command").isNotNull();
            assertThat(s.stats().last().strategy()).as("what runs is the last strategy chosen").isEqualTo(strategy);
        }
        if (!prev.running()) {
            assertThat(last.generation()).as("no generation after the final pause").isEqualTo(prev.generation());
        }
        assertThat(last.running()).isFalse();
    }

    /** Every thread's stack, virtual threads included, for a failure message. */
    private static String threadDump() {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("lifefx-stress", ".txt");
            java.nio.file.Files.delete(f);
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpThreads(f.toString(), com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
            String dump = java.nio.file.Files.readString(f);
            java.nio.file.Files.delete(f);
            return dump;
        } catch (java.io.IOException e) {
            return "(no thread dump: " + e + ")";
        }
    }

    private static String describe(Snapshot s) {
        return "[generation " + s.generation() + (s.running() ? ", running " : ", paused ") + s.strategy()
                + (s.notice() == null ? "" : ", notice " + s.notice().message()) + "]";
    }

    /** The generations of one loaded grid, as the test's own reference stepper computes them. */
    private static final class Expected {
        final Grid base;
        private final List<Grid> generations = new ArrayList<>();

        Expected(Grid base) {
            this.base = base;
            generations.add(base);
        }

        Grid at(long generation) {
            int n = Math.toIntExact(generation - base.generation());
            assertThat(n).as("generation %d of a grid loaded at %d", generation, base.generation()).isNotNegative();
            while (generations.size() <= n) {
                generations.add(ReferenceLife.run(generations.getLast(), Rule.CONWAY, 1));
            }
            return generations.get(n);
        }
    }
}
