package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.SequentialStrategy;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.Grids;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import lifefx.testing.ThreadDump;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Simulation sim;

    @AfterEach
    void closeSimulation() {
        if (sim != null) {
            sim.close();
        }
    }

    private static Grid soup(int h, int w, long seed) {
        return Grids.random(new GridSize(h, w), 0.35, seed, 0);
    }

    /** What {@code sequential} computes from {@code start} after {@code n} generations. */
    private static Grid sequential(Grid start, Rule rule, long n) throws Exception {
        try (GenerationStrategy s = new SequentialStrategy()) {
            Grid g = start;
            for (long i = 0; i < n; i++) {
                g = s.step(g, CellLogic.of(rule));
            }
            return g;
        }
    }

    private Snapshot flush() throws Exception {
        return sim.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void playThenPauseMatchesTheSameNumberOfSequentialSteps() throws Exception {
        Grid start = soup(40, 50, 1);
        sim = new Simulation(start, Settings.DEFAULT);
        sim.play();
        sim.await(s -> s.generation() >= 30, WAIT);
        sim.pause();
        Snapshot end = sim.await(s -> !s.running(), WAIT);
        Snapshot settled = flush();
        assertThat(settled.generation()).isEqualTo(end.generation()).isGreaterThanOrEqualTo(30);
        assertThat(settled.grid()).isEqualTo(sequential(start, Rule.CONWAY, settled.generation()));
    }

    @Test
    void switchingStrategiesMidRunKeepsTheSameResult() throws Exception {
        Grid start = soup(30, 37, 2);
        sim = new Simulation(start, Settings.DEFAULT.withStrategy("bands").withThreads(3));
        sim.play();
        sim.await(s -> s.generation() >= 10, WAIT);
        sim.setStrategy("packed");
        sim.await(s -> s.generation() >= 20 && s.stats().last() != null
                && s.stats().last().strategy().equals("packed"), WAIT);
        sim.setStrategy("thread-pool");
        sim.setThreads(2);
        Snapshot pool = sim.await(s -> s.stats().last() != null && s.stats().last().strategy().equals("thread-pool"), WAIT);
        assertThat(pool.threads()).isEqualTo(2);
        sim.setStrategy("queue");
        sim.await(s -> s.stats().last() != null && s.stats().last().strategy().equals("queue"), WAIT);
        sim.pause();
        Snapshot end = flush();
        assertThat(end.running()).isFalse();
        assertThat(end.strategy()).isEqualTo("queue");
        assertThat(end.grid()).isEqualTo(sequential(start, Rule.CONWAY, end.generation()));
    }

    @Test
    void stepComputesExactlyOneGenerationAndPausesWhenRunning() throws Exception {
        Grid start = soup(20, 20, 3);
        sim = new Simulation(start, Settings.DEFAULT);
        sim.step();
        sim.step();
        Snapshot two = flush();
        assertThat(two.grid()).isEqualTo(sequential(start, Rule.CONWAY, 2));
        sim.play();
        sim.await(s -> s.generation() >= 5, WAIT);
        sim.step();
        Snapshot after = flush();
        assertThat(after.running()).isFalse();
        assertThat(after.grid()).isEqualTo(sequential(start, Rule.CONWAY, after.generation()));
    }

    @Test
    void cellIoChangesTimingNeverTheGridAndClosesWithTheSimulation() throws Exception {
        Grid start = soup(12, 15, 8);
        sim = new Simulation(start, Settings.DEFAULT.withStrategy("virtual-threads"));
        sim.setIo(lifefx.cellio.CellIoMode.of("latency", 200_000));
        sim.step();
        Snapshot one = flush();
        assertThat(one.io().mode()).isEqualTo("latency");
        assertThat(one.io().peakInFlight()).as("calls that slept at once").isGreaterThan(1);
        assertThat(one.grid()).isEqualTo(sequential(start, Rule.CONWAY, 1));

        sim.setIo(lifefx.cellio.CellIoMode.of("socket", 100_000));
        sim.step();
        sim.step();
        Snapshot three = flush();
        assertThat(three.notice()).isNull();
        assertThat(three.io().mode()).isEqualTo("socket");
        assertThat(three.io().peakInFlight()).isGreaterThan(0);
        assertThat(three.grid()).isEqualTo(sequential(start, Rule.CONWAY, 3));
        assertThat(sim.ioNow().mode()).isEqualTo("socket");

        sim.setIo(new lifefx.cellio.CellIoMode.None());
        sim.step();
        Snapshot four = flush();
        assertThat(four.io()).isEqualTo(IoStatus.NONE);
        assertThat(four.grid()).isEqualTo(sequential(start, Rule.CONWAY, 4));

        sim.setIo(lifefx.cellio.CellIoMode.of("socket", 0));
        sim.step();
        flush();
        sim.close();
        assertThat(sim.ioNow()).isEqualTo(IoStatus.NONE);
        awaitThreadsEnded(Set.of());
        assertThat(lifefxThreads()).as("lifefx threads after close").isEmpty();
    }

    @Test
    void aStepSentWhileAnotherComputesIsNotLost() throws Exception {
        // The first cell call of the first step waits until the second step has been sent, so the
        // second step surely arrives while the first computes.
        Grid start = soup(10, 10, 4);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch secondSent = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        sim = new Simulation(start, Settings.DEFAULT, rule -> (alive, n) -> {
            if (first.compareAndSet(true, false)) {
                computing.countDown();
                secondSent.await();
            }
            return rule.next(alive, n);
        });
        sim.step();
        assertThat(computing.await(20, TimeUnit.SECONDS)).isTrue();
        sim.step();
        secondSent.countDown();
        Snapshot two = flush();
        assertThat(two.generation()).isEqualTo(2);
        assertThat(two.grid()).isEqualTo(sequential(start, Rule.CONWAY, 2));
    }

    @Test
    void editsSentWhileRunningAreNeverLost() throws Exception {
        // Blocks are still lifes: once painted on an empty torus they stay forever, so every one of
        // them must be there at the end, whichever generation each landed in.
        sim = new Simulation(Grid.empty(new GridSize(60, 60)), Settings.DEFAULT);
        sim.play();
        sim.await(x -> x.generation() >= 2, WAIT);
        long stroke = 0;
        for (int by = 0; by < 60; by += 6) {
            if (by == 30) {
                long g = sim.latest().generation();
                sim.await(x -> x.generation() > g + 2, WAIT);
            }
            for (int bx = 0; bx < 60; bx += 6) {
                stroke++;
                // One command per block: four single-cell paints could straddle a generation, and
                // a half-painted block dies, which would be the test's fault, not a lost edit.
                sim.paint(stroke, new int[] {by, by, by + 1, by + 1}, new int[] {bx, bx + 1, bx, bx + 1}, true);
            }
        }
        Snapshot s = flush();
        sim.pause();
        s = flush();
        assertThat(s.population()).isEqualTo(100 * 4);
        for (int by = 0; by < 60; by += 6) {
            for (int bx = 0; bx < 60; bx += 6) {
                assertThat(s.grid().isAlive(by + 1, bx + 1)).as("block at %d,%d", by, bx).isTrue();
            }
        }
        assertThat(s.generation()).isGreaterThan(4);
    }

    @Test
    void undoAndRedoRestoreExactGrids() throws Exception {
        Grid start = soup(16, 16, 4);
        sim = new Simulation(start, Settings.DEFAULT);
        sim.paint(1, new int[] {0, 0, 1}, new int[] {0, 1, 1}, true);
        sim.paint(1, new int[] {2}, new int[] {2}, false);
        Grid afterStroke = flush().grid();
        sim.clear();
        Grid cleared = flush().grid();
        sim.randomFill(0.5, 99);
        Grid filled = flush().grid();
        Grid loaded = Grid.parseRows("-*-", "--*", "***");
        sim.load(loaded);
        Snapshot s = flush();
        assertThat(s.grid()).isEqualTo(loaded);
        assertThat(s.canUndo()).isTrue();
        assertThat(cleared.population()).isZero();

        sim.undo();
        assertThat(flush().grid()).isEqualTo(filled);
        sim.undo();
        assertThat(flush().grid()).isEqualTo(cleared);
        sim.undo();
        assertThat(flush().grid()).isEqualTo(afterStroke);
        sim.undo();
        s = flush();
        assertThat(s.grid()).isEqualTo(start);
        assertThat(s.canUndo()).isFalse();
        sim.undo();
        assertThat(flush().grid()).isEqualTo(start);

        sim.redo();
        assertThat(flush().grid()).isEqualTo(afterStroke);
        sim.redo();
        sim.redo();
        assertThat(flush().grid()).isEqualTo(filled);
        sim.redo();
        s = flush();
        assertThat(s.grid()).isEqualTo(loaded);
        assertThat(s.canRedo()).isFalse();

        sim.undo();
        sim.paint(7, 0, 0, !filled.isAlive(0, 0));
        s = flush();
        assertThat(s.canRedo()).as("a new edit drops what could be redone").isFalse();
    }

    @Test
    void undoOfAStrokeWhileRunningRestoresOnlyItsCells() throws Exception {
        sim = new Simulation(Grid.empty(new GridSize(30, 30)), Settings.DEFAULT);
        sim.paint(1, new int[] {5, 5, 6, 6}, new int[] {5, 6, 5, 6}, true);
        sim.paint(2, new int[] {20, 20, 21, 21}, new int[] {20, 21, 20, 21}, true);
        sim.play();
        sim.await(s -> s.generation() >= 3, WAIT);
        sim.undo();
        flush();
        sim.pause();
        Snapshot s = flush();
        assertThat(s.population()).isEqualTo(4);
        assertThat(s.grid().isAlive(5, 5)).as("the first stroke stays").isTrue();
        assertThat(s.grid().isAlive(20, 20)).as("the second stroke is undone").isFalse();
    }

    @Test
    void resetReturnsToWherePlayLastStarted() throws Exception {
        Grid start = soup(24, 24, 5);
        sim = new Simulation(start, Settings.DEFAULT);
        sim.step();
        sim.paint(1, 3, 3, true);
        Grid edited = flush().grid();
        sim.play();
        sim.await(s -> s.generation() >= 12, WAIT);
        sim.pause();
        Snapshot restart = flush();
        sim.play();
        sim.await(s -> s.generation() >= restart.generation() + 5, WAIT);
        sim.reset();
        Snapshot s = flush();
        assertThat(s.running()).isFalse();
        assertThat(s.grid()).isEqualTo(restart.grid());
        assertThat(s.grid()).isEqualTo(sequential(edited, Rule.CONWAY, restart.generation() - 1));
        assertThat(s.canReset()).isFalse();
    }

    @Test
    void aFailingStepBecomesANoticeAndThePreviousGenerationStays() throws Exception {
        Grid start = soup(10, 10, 6);
        AtomicInteger calls = new AtomicInteger();
        sim = new Simulation(start, Settings.DEFAULT.withStrategy("sequential"), rule -> (alive, n) -> {
            if (calls.incrementAndGet() > 250) {
                throw new IOException("cell server went away");
            }
            return rule.next(alive, n);
        });
        sim.play();
        Snapshot s = sim.await(x -> x.notice() != null, WAIT);
        assertThat(s.running()).isFalse();
        assertThat(s.generation()).isEqualTo(2);
        assertThat(s.grid()).isEqualTo(sequential(start, Rule.CONWAY, 2));
        assertThat(s.notice().message()).contains("generation 3").contains("cell server went away");
    }

    @Test
    void pauseCancelsASlowGenerationAtOnce() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        sim = new Simulation(soup(8, 8, 7), Settings.DEFAULT.withStrategy("virtual-threads"), rule -> (alive, n) -> {
            entered.countDown();
            new CountDownLatch(1).await(); // until cancelled
            return alive;
        });
        sim.play();
        assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            sim.pause();
            Snapshot s = flush();
            assertThat(s.running()).isFalse();
            assertThat(s.generation()).isZero();
        });
    }

    @Test
    void closeCancelsTheGenerationInFlightAndLeavesNoThreads() throws Exception {
        Set<String> before = lifefxThreads();
        CountDownLatch entered = new CountDownLatch(1);
        sim = new Simulation(soup(8, 8, 8), Settings.DEFAULT.withStrategy("thread-pool").withThreads(4),
                rule -> (alive, n) -> {
                    entered.countDown();
                    new CountDownLatch(1).await(); // until cancelled
                    return alive;
                });
        sim.play();
        assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(lifefxThreads()).isNotEqualTo(before);
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> sim.close());
        assertThat(sim.isClosed()).isTrue();
        assertThat(sim.isTerminated()).isTrue();
        // A pool reports termination as its last worker leaves its run loop, a moment before the
        // thread itself is gone: allow that moment, not more.
        awaitThreadsEnded(before);
        assertThat(lifefxThreads()).isEqualTo(before);
        assertThat(sim.latest().running()).isFalse();
        assertThat(sim.flush()).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(SimulationClosedException.class);
    }

    /**
     * Waits (bounded: a hang guard) until every lifefx thread that was not there {@code before} has
     * ended, virtual ones included: the stepping thread is virtual, so only a thread dump sees it.
     */
    private static void awaitThreadsEnded(Set<String> before) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(25))
                .until(() -> before.containsAll(lifefxThreads()));
    }

    /** Live lifefx threads, virtual ones included (from a JSON thread dump). */
    private static Set<String> lifefxThreads() {
        return new HashSet<>(ThreadDump.named("lifefx-"));
    }

    @Test
    void ruleAndSizeChangesApplyAtTheNextBoundary() throws Exception {
        Grid start = soup(20, 24, 9);
        Rule highLife = Rule.parse("B36/S23");
        sim = new Simulation(start, Settings.DEFAULT);
        sim.setRule(highLife);
        sim.step();
        Snapshot s = flush();
        assertThat(s.rule()).isEqualTo(highLife);
        assertThat(s.grid()).isEqualTo(ReferenceLife.run(start, highLife, 1));

        sim.resize(new GridSize(30, 40));
        s = flush();
        assertThat(s.grid().size()).isEqualTo(new GridSize(30, 40));
        assertThat(s.topology()).isEqualTo(lifefx.universe.Topology.torus(new GridSize(30, 40)));
        assertThat(s.population()).isEqualTo(ReferenceLife.run(start, highLife, 1).population());
        sim.undo();
        assertThat(flush().grid().size()).isEqualTo(new GridSize(20, 24));

        sim.setRule(Rule.parse("B3/S23:T10,8"));
        s = flush();
        assertThat(s.grid().size()).isEqualTo(new GridSize(8, 10));
        assertThat(s.rule()).isEqualTo(Rule.CONWAY);
    }

    @Test
    void speedLimitHoldsTheRateDown() throws Exception {
        sim = new Simulation(soup(10, 10, 10), Settings.DEFAULT.withSpeedLimit(20));
        long t0 = System.nanoTime();
        sim.play();
        sim.await(x -> x.generation() >= 8, WAIT);
        Snapshot s = sim.latest();
        double seconds = (System.nanoTime() - t0) / 1e9;
        // An upper bound only: a busy machine may run slower than the limit, never faster.
        assertThat(s.generation()).isLessThanOrEqualTo((long) (20 * seconds) + 2);
        sim.setSpeedLimit(0);
        long g = s.generation();
        sim.await(x -> x.generation() > g + 200, WAIT);
    }

    @Test
    void badCommandsAreRefusedAtOnceWithAReason() {
        sim = new Simulation(Grid.empty(new GridSize(5, 5)), Settings.DEFAULT);
        assertThatThrownBy(() -> sim.setStrategy("warp-drive")).hasMessageContaining("unknown strategy 'warp-drive'");
        assertThatThrownBy(() -> sim.setThreads(0)).hasMessageContaining("threads must be between 1");
        assertThatThrownBy(() -> sim.setSpeedLimit(-1)).hasMessageContaining("speed limit");
        assertThatThrownBy(() -> sim.randomFill(1.5, 0)).hasMessageContaining("density");
    }

    @Test
    void snapshotsCarryTimingsOfTheRun() throws Exception {
        sim = new Simulation(soup(30, 30, 11), Settings.DEFAULT.withStrategy("sequential"));
        sim.play();
        Snapshot s = sim.await(x -> x.timings().size() >= TimingWindow.CAPACITY && x.generation() > 150, WAIT);
        sim.pause();
        TimingStats stats = s.stats();
        assertThat(stats.steps()).isEqualTo(TimingWindow.CAPACITY);
        assertThat(stats.last().strategy()).isEqualTo("sequential");
        assertThat(stats.last().cells()).isEqualTo(900);
        assertThat(stats.p95Millis()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(
                s.timings().steps().stream().mapToDouble(StepTiming::millis).max().orElseThrow());
        assertThat(stats.generationsPerSecond()).isPositive();
        assertThat(stats.cellUpdatesPerSecond()).isPositive();
    }

    // ---- The stepping thread survives what commands throw (issue 8) ----

    @Test
    void anErrorInACommandFailsThatCommandWithANoticeAndTheLoopGoesOn() throws Exception {
        Grid start = soup(12, 12, 21);
        Rule highLife = Rule.parse("B36/S23");
        sim = new Simulation(start, Settings.DEFAULT.withStrategy("sequential"), rule -> {
            if (rule.equals(highLife)) {
                throw new OutOfMemoryError("injected while making the logic for " + rule);
            }
            return CellLogic.of(rule);
        });
        sim.setRule(highLife);
        Snapshot s = flush();
        assertThat(s.notice()).isNotNull();
        assertThat(s.notice().message()).contains("setting the rule").contains("OutOfMemoryError").contains("injected");
        assertThat(s.rule()).as("the failed command changed nothing").isEqualTo(Rule.CONWAY);

        sim.step();
        sim.resize(new GridSize(14, 14));
        s = flush();
        assertThat(s.generation()).as("later commands still run").isEqualTo(1);
        assertThat(s.grid().size()).isEqualTo(new GridSize(14, 14));
        assertThat(Grids.resized(s.grid(), start.size())).isEqualTo(sequential(start, Rule.CONWAY, 1));
    }

    @Test
    void anErrorThrownByACellFailsTheGenerationNotTheLoop() throws Exception {
        Grid start = soup(10, 10, 22);
        AtomicInteger calls = new AtomicInteger();
        sim = new Simulation(start, Settings.DEFAULT.withStrategy("sequential"), rule -> (alive, n) -> {
            if (calls.incrementAndGet() == 150) {
                throw new AssertionError("injected cell failure");
            }
            return rule.next(alive, n);
        });
        sim.play();
        Snapshot failed = sim.await(x -> x.notice() != null, WAIT);
        assertThat(failed.running()).isFalse();
        assertThat(failed.notice().message()).contains("generation 2").contains("injected cell failure");
        assertThat(failed.generation()).isEqualTo(1);
        sim.step();
        sim.step();
        Snapshot s = flush();
        assertThat(s.generation()).isEqualTo(3);
        assertThat(s.grid()).isEqualTo(sequential(start, Rule.CONWAY, 3));
    }

    @Test
    void everyFlushCompletesAndThoseAfterCloseFailWithAClearException() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        sim = new Simulation(soup(8, 8, 23), Settings.DEFAULT.withStrategy("sequential"), rule -> (alive, n) -> {
            entered.countDown();
            new CountDownLatch(1).await(); // until cancelled
            return alive;
        });
        java.util.concurrent.CompletableFuture<Snapshot> before = sim.flush();
        sim.play();
        assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
        java.util.concurrent.CompletableFuture<Void> closing = sim.closeAsync();
        java.util.concurrent.CompletableFuture<Snapshot> after = sim.flush();
        assertThat(closing).succeedsWithin(WAIT);
        assertThat(before).succeedsWithin(WAIT);
        assertThat(after).failsWithin(WAIT).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(SimulationClosedException.class)
                .withMessageContaining("the simulation is closed");
        assertThat(sim.flush()).failsWithin(WAIT).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(SimulationClosedException.class);
        assertThat(sim.latest().generation()).as("the blocked generation was cancelled, not published").isZero();
    }

    @Test
    void closeAsyncReturnsAtOnceWhileAGenerationIsBlockedAndThenCancelsIt() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        sim = new Simulation(soup(8, 8, 24), Settings.DEFAULT.withStrategy("virtual-threads"), rule -> (alive, n) -> {
            entered.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return alive;
        });
        sim.play();
        assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
        java.util.concurrent.CompletableFuture<Void> closing = sim.closeAsync();
        assertThat(sim.isClosed()).isTrue();
        assertThat(closing).succeedsWithin(WAIT);
        assertThat(interrupted.getCount()).as("the cell calls were cancelled").isZero();
        assertThat(sim.closeAsync()).as("idempotent").succeedsWithin(WAIT);
        sim.close();
        assertThat(sim.isTerminated()).isTrue();
    }

    // ---- The last strategy chosen is the one that runs, and the snapshot says so (issue 8) ----

    @Test
    void switchingAwayFromASlowGenerationAndBackRunsTheLastChoice() throws Exception {
        // The user's report: playing sequential, switch to thread-per-cell, whose generation is
        // slow, and back to sequential a second later. The old loop published the switch only
        // after the slow generation (so the window still said sequential and dropped the second
        // choice as "no change"), and waited out that generation before applying anything.
        Grid start = soup(6, 6, 25);
        java.util.concurrent.atomic.AtomicBoolean blocking = new java.util.concurrent.atomic.AtomicBoolean();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch cellThreadBlocked = new CountDownLatch(1);
        sim = new Simulation(start, Settings.DEFAULT.withStrategy("sequential"), rule -> (alive, n) -> {
            if (blocking.get()) {
                if (Thread.currentThread().getName().startsWith("lifefx-cell")) {
                    cellThreadBlocked.countDown(); // thread-per-cell is the one computing
                }
                release.await();
            }
            return rule.next(alive, n);
        });
        sim.play();
        sim.await(s -> s.generation() >= 3, WAIT);
        blocking.set(true);
        sim.setStrategy("thread-per-cell");
        Snapshot switched = sim.await(s -> s.strategy().equals("thread-per-cell"), WAIT);
        assertThat(switched.running()).isTrue();
        // Wait until thread-per-cell is the one computing: its cells block on their own threads.
        assertThat(cellThreadBlocked.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        sim.setStrategy("sequential");
        Snapshot back = sim.await(s -> s.strategy().equals("sequential"), WAIT);
        assertThat(back.running()).isTrue();
        blocking.set(false);
        release.countDown();
        long g = back.generation();
        Snapshot later = sim.await(s -> s.generation() >= g + 5, WAIT);
        sim.pause();
        Snapshot end = flush();
        assertThat(later.strategy()).isEqualTo("sequential");
        assertThat(end.strategy()).isEqualTo("sequential");
        assertThat(end.timings().steps()).as("every generation after the switch back ran sequential")
                .isNotEmpty().allMatch(t -> t.strategy().equals("sequential"));
        assertThat(end.grid()).isEqualTo(sequential(start, Rule.CONWAY, end.generation()));
    }

    // ---- Undo of a load; history depth (issue 8) ----

    @Test
    void undoOfALoadRestoresGridRuleAndDocumentAndRedoReappliesThem() throws Exception {
        Grid start = soup(16, 16, 26);
        sim = new Simulation(start, Settings.DEFAULT);
        Document first = new Document("first.rle", java.nio.file.Path.of("first.rle"));
        sim.load(start, Rule.CONWAY, first);
        Grid loaded = Grid.parseRows("-*-", "--*", "***");
        Rule highLife = Rule.parse("B36/S23");
        Document second = Document.of(java.nio.file.Path.of("/tmp/glider.rle"));
        sim.load(loaded, highLife, second);
        Snapshot s = flush();
        assertThat(s.grid()).isEqualTo(loaded);
        assertThat(s.rule()).isEqualTo(highLife);
        assertThat(s.document()).isEqualTo(second);

        sim.undo();
        s = flush();
        assertThat(s.grid()).isEqualTo(start);
        assertThat(s.rule()).isEqualTo(Rule.CONWAY);
        assertThat(s.document()).isEqualTo(first);

        sim.step();
        s = flush();
        assertThat(s.grid()).as("the restored rule is the one that runs").isEqualTo(sequential(start, Rule.CONWAY, 1));

        sim.undo(); // nothing to undo but the first load; a step is not an edit
        sim.redo();
        sim.redo();
        s = flush();
        assertThat(s.grid()).isEqualTo(loaded);
        assertThat(s.rule()).isEqualTo(highLife);
        assertThat(s.document()).isEqualTo(second);
    }

    @Test
    void undoDepthIsWhatTheBudgetAllowsAfterManyUndoThenEditCycles() throws Exception {
        // Each replacement of a 10x10 grid counts 200 bytes (both grids); a 2000-byte budget
        // holds ten of them.
        GridSize size = new GridSize(10, 10);
        sim = new Simulation(Grid.empty(size), Settings.DEFAULT, CellLogic::of, 2000);
        for (int i = 0; i < 30; i++) {
            sim.randomFill(0.5, i);
        }
        assertThat(undoDepth()).isEqualTo(10);
        for (int cycle = 0; cycle < 50; cycle++) {
            sim.undo();
            sim.undo();
            sim.undo();
            sim.randomFill(0.5, 1000 + cycle);
        }
        for (int i = 0; i < 12; i++) {
            sim.randomFill(0.5, 5000 + i);
        }
        assertThat(undoDepth()).as("undo depth after undo-then-edit cycles").isEqualTo(10);
    }

    /** Undoes until nothing changes and counts the steps; redoes them all again. */
    private int undoDepth() throws Exception {
        int depth = 0;
        while (flush().canUndo()) {
            sim.undo();
            depth++;
        }
        for (int i = 0; i < depth; i++) {
            sim.redo();
        }
        assertThat(flush().canRedo()).isFalse();
        return depth;
    }
}
