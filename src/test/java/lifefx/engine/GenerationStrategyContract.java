package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import lifefx.testing.ThreadDump;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The one contract every {@link GenerationStrategy} passes. A strategy's test class implements
 * this interface and says how to make the strategy; every check below then runs against it.
 * Results are compared with {@link ReferenceLife}, a naive implementation that shares no code with
 * the engine.
 */
public interface GenerationStrategyContract {

    /** A new strategy under test, with the given number of threads where it uses threads. */
    GenerationStrategy create(StrategyConfig config);

    /** Most cells per random soup: strategies that pay a platform thread per cell ask for fewer. */
    default int maxSoupSide() {
        return 24;
    }

    private GenerationStrategy create() {
        return create(new StrategyConfig(3));
    }

    /** Runs {@code generations} steps, checking each step's generation number. */
    static Grid run(GenerationStrategy s, Grid g, CellLogic logic, int generations) throws Exception {
        for (int i = 0; i < generations; i++) {
            Grid next = s.step(g, logic);
            assertThat(next.generation()).isEqualTo(g.generation() + 1);
            g = next;
        }
        return g;
    }

    /** Logic that computes {@code rule} but hides it, so strategies cannot take their pure fast path. */
    static CellLogic opaque(Rule rule) {
        return (alive, n) -> rule.next(alive, n);
    }

    @Test
    default void blinkerHasPeriodTwo() throws Exception {
        Grid start = Grid.parseRows(
                "-----",
                "--*--",
                "--*--",
                "--*--",
                "-----");
        try (GenerationStrategy s = create()) {
            Grid one = run(s, start, CellLogic.of(Rule.CONWAY), 1);
            assertThat(one.sameCells(Grid.parseRows(
                    "-----",
                    "-----",
                    "-***-",
                    "-----",
                    "-----"))).as("blinker after 1 generation:%n%s", one).isTrue();
            Grid two = run(s, one, CellLogic.of(Rule.CONWAY), 1);
            assertThat(two.sameCells(start)).isTrue();
            assertThat(two.generation()).isEqualTo(2);
        }
    }

    @Test
    default void blockIsStill() throws Exception {
        Grid start = Grid.parseRows(
                "----",
                "-**-",
                "-**-",
                "----");
        try (GenerationStrategy s = create()) {
            Grid later = run(s, start, opaque(Rule.CONWAY), 3);
            assertThat(later.sameCells(start)).isTrue();
            assertThat(later.population()).isEqualTo(4);
        }
    }

    @Test
    default void gliderWrapsRoundTheTorusBackToItsStart() throws Exception {
        int n = 8;
        Grid.Builder b = new Grid.Builder(new GridSize(n, n));
        // The article's glider: (0,3), (1,4), (2,2), (2,3), (2,4).
        int[][] cells = {{0, 3}, {1, 4}, {2, 2}, {2, 3}, {2, 4}};
        for (int[] c : cells) {
            b.set(c[0], c[1], true);
        }
        Grid start = b.build(0);
        try (GenerationStrategy s = create()) {
            Grid g = start;
            for (int gen = 1; gen <= 4 * n; gen++) {
                g = s.step(g, CellLogic.of(Rule.CONWAY));
                assertThat(g.population()).as("glider population at generation %d", gen).isEqualTo(5);
                if (gen < 4 * n) {
                    assertThat(g.sameCells(start)).as("back at start too early, generation %d", gen).isFalse();
                }
            }
            assertThat(g.sameCells(start)).as("after %d generations:%n%s", 4 * n, g).isTrue();
            // Four generations move it one cell down and one right.
            Grid four = run(s, start, CellLogic.of(Rule.CONWAY), 4);
            for (int[] c : cells) {
                assertThat(four.isAlive(c[0] + 1, c[1] + 1)).isTrue();
            }
        }
    }

    @Test
    default void oneByOneTorusCountsTheCellAsItsOwnEightNeighbours() throws Exception {
        Grid alive = Grid.parseRows("*");
        Grid dead = Grid.parseRows("-");
        try (GenerationStrategy s = create()) {
            // Conway: 8 neighbours kill a live cell; a dead cell has 0 and stays dead.
            assertThat(s.step(alive, CellLogic.of(Rule.CONWAY)).population()).isZero();
            assertThat(s.step(dead, CellLogic.of(Rule.CONWAY)).population()).isZero();
            // S8 keeps it alive; B0 brings a dead cell to life.
            assertThat(s.step(alive, CellLogic.of(Rule.parse("B3/S8"))).population()).isEqualTo(1);
            assertThat(s.step(dead, opaque(Rule.parse("B0/S"))).population()).isEqualTo(1);
        }
    }

    @Test
    default void oneByNAndTwoByTwoToriMatchTheReference() throws Exception {
        Random random = new Random(42);
        Rule[] rules = {Rule.CONWAY, Rule.parse("B36/S23"), Rule.parse("B2/S"), Rule.parse("B1357/S02468")};
        GridSize[] sizes = {new GridSize(1, 7), new GridSize(7, 1), new GridSize(2, 2), new GridSize(1, 2),
                new GridSize(2, 1), new GridSize(2, 3), new GridSize(3, 2)};
        try (GenerationStrategy s = create()) {
            for (GridSize size : sizes) {
                for (Rule rule : rules) {
                    Grid g = soup(size, random.nextLong(), 0.5);
                    Grid expected = ReferenceLife.run(g, rule, 4);
                    assertThat(run(s, g, CellLogic.of(rule), 4).sameCells(expected)).as("%s %s", size, rule).isTrue();
                    assertThat(run(s, g, opaque(rule), 4).sameCells(expected)).as("%s %s opaque", size, rule).isTrue();
                }
            }
        }
    }

    @Property(tries = 40)
    default void randomSoupsAndRulesMatchTheReference(
            @ForAll @IntRange(min = 1, max = 24) int height,
            @ForAll @IntRange(min = 1, max = 24) int width,
            @ForAll @IntRange(min = 0, max = 511) int birth,
            @ForAll @IntRange(min = 0, max = 511) int survival,
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3) int generations,
            @ForAll @IntRange(min = 1, max = 7) int threads) throws Exception {
        int side = maxSoupSide();
        GridSize size = new GridSize(Math.min(height, side), Math.min(width, side));
        Rule rule = new Rule(birth, survival, null);
        Grid start = soup(size, seed, 0.4);
        Grid expected = ReferenceLife.run(start, rule, generations);
        try (GenerationStrategy s = create(new StrategyConfig(threads))) {
            Grid pure = run(s, start, CellLogic.of(rule), generations);
            Grid perCell = run(s, start, opaque(rule), generations);
            assertThat(pure.sameCells(expected)).as("pure logic, %s %s", size, rule).isTrue();
            assertThat(perCell.sameCells(expected)).as("per-cell logic, %s %s", size, rule).isTrue();
            assertThat(pure.digest()).isEqualTo(expected.digest());
        }
    }

    @Test
    default void conwaySoupMatchesSequentialOnANonSquareTorus() throws Exception {
        Grid start = soup(new GridSize(37, 53), 7, 0.35);
        Grid expected;
        try (GenerationStrategy seq = new SequentialStrategy()) {
            expected = run(seq, start, CellLogic.of(Rule.CONWAY), 6);
        }
        try (GenerationStrategy s = create(new StrategyConfig(4))) {
            assertThat(run(s, start, CellLogic.of(Rule.CONWAY), 6)).isEqualTo(expected);
        }
        assertThat(expected).isEqualTo(ReferenceLife.run(start, Rule.CONWAY, 6));
    }

    @Test
    default void neverWritesItsInput() throws Exception {
        Grid start = soup(new GridSize(9, 11), 3, 0.5);
        String before = start.digest();
        try (GenerationStrategy s = create()) {
            run(s, start, CellLogic.of(Rule.CONWAY), 2);
        }
        assertThat(start.digest()).isEqualTo(before);
    }

    /**
     * Cancels a generation whose cells block until interrupted. The step must throw {@link
     * InterruptedException} promptly, return nothing, and leave no cell logic running; after
     * close() no thread of the strategy is alive.
     */
    @Test
    default void cancellationStopsTheGenerationAndLeavesNothingRunning() throws Exception {
        int baseline = lifefxThreads();
        Grid start = soup(new GridSize(12, 12), 11, 0.5);
        AtomicInteger inFlight = new AtomicInteger();
        CountDownLatch someStarted = new CountDownLatch(1);
        CellLogic blocking = blockUntilInterrupted(inFlight, someStarted, new AtomicInteger(-1));
        GenerationStrategy s = create();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread stepper = Thread.ofPlatform().name("contract-stepper").start(() -> {
                try {
                    outcome.set(s.step(start, blocking));
                } catch (Throwable e) {
                    outcome.set(e);
                }
            });
            assertThat(someStarted.await(10, TimeUnit.SECONDS)).as("a cell started").isTrue();
            stepper.interrupt();
            stepper.join();
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            assertThat(inFlight.get()).as("cell calls still running after step threw").isZero();
            // The strategy still works after a cancelled generation.
            Grid next = s.step(start, CellLogic.of(Rule.CONWAY));
            assertThat(next).isEqualTo(ReferenceLife.step(start, Rule.CONWAY));
            s.close();
            s.close();
        });
        awaitLifefxThreads(baseline);
    }

    @Test
    default void anInterruptedCallerIsRefusedAtOnce() throws Exception {
        Grid start = soup(new GridSize(5, 5), 1, 0.5);
        try (GenerationStrategy s = create()) {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> s.step(start, CellLogic.of(Rule.CONWAY)))
                        .isInstanceOf(InterruptedException.class);
            } finally {
                Thread.interrupted();
            }
            assertThat(s.step(start, CellLogic.of(Rule.CONWAY))).isEqualTo(ReferenceLife.step(start, Rule.CONWAY));
        }
    }

    @Test
    default void aFailingCellFailsTheGenerationWithAClearMessage() throws Exception {
        Grid start = soup(new GridSize(6, 7), 5, 0.5);
        AtomicInteger calls = new AtomicInteger();
        CellLogic failing = (alive, n) -> {
            if (calls.incrementAndGet() == 20) {
                throw new IOException("cell service closed the connection");
            }
            return Rule.CONWAY.next(alive, n);
        };
        try (GenerationStrategy s = create()) {
            assertThatThrownBy(() -> s.step(start, failing))
                    .isInstanceOf(StepFailedException.class)
                    .hasMessageContaining("generation 1")
                    .hasMessageContaining("cell service closed the connection")
                    .hasMessageNotContaining("\n");
            // Nothing of it lingers: the next generation is correct.
            assertThat(run(s, start, CellLogic.of(Rule.CONWAY), 2)).isEqualTo(ReferenceLife.run(start, Rule.CONWAY, 2));
        }
    }

    @Test
    default void closeEndsEveryThreadItStarted() throws Exception {
        int baseline = lifefxThreads();
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        GenerationStrategy s = create(new StrategyConfig(6));
        Grid g = soup(new GridSize(20, 20), 9, 0.4);
        run(s, g, CellLogic.of(Rule.CONWAY), 3);
        run(s, g, opaque(Rule.CONWAY), 2);
        Set<Thread> workers = new HashSet<>(Thread.getAllStackTraces().keySet());
        workers.removeIf(t -> !t.getName().startsWith("lifefx-") || before.contains(t));
        s.close();
        // No waiting here: close() itself must not return before its threads have ended.
        assertThat(workers).as("threads of the strategy still alive right after close() returned")
                .noneMatch(Thread::isAlive);
        assertThat(lifefxThreads()).as("live lifefx- threads right after close() returned").isLessThanOrEqualTo(baseline);
        // After close a strategy refuses clearly, and brings no thread back to life.
        assertThatThrownBy(() -> s.step(g, CellLogic.of(Rule.CONWAY)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(lifefxThreads()).isLessThanOrEqualTo(baseline);
    }

    /**
     * A cell call that blocks until it is interrupted, then, like real I/O, takes a moment (150 ms)
     * to wind down before it throws: a strategy that does not wait for its tasks would return while
     * it is still running. The call numbered {@code failAt} (from 1) throws an IOException at once
     * instead. {@code inFlight} counts calls running; {@code started} is counted down by each call.
     */
    static CellLogic blockUntilInterrupted(AtomicInteger inFlight, CountDownLatch started, AtomicInteger failAt) {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        return (alive, n) -> {
            inFlight.incrementAndGet();
            try {
                started.countDown();
                if (calls.incrementAndGet() == failAt.get()) {
                    throw new IOException("cell " + failAt.get() + " failed on purpose");
                }
                never.await();
                return alive;
            } catch (InterruptedException e) {
                windDown();
                throw e;
            } finally {
                inFlight.decrementAndGet();
            }
        };
    }

    /** 150 ms of a cell call winding down after it was stopped (parked, not spinning). */
    private static void windDown() {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(150);
        for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /**
     * A cell that fails while the others are blocked in their calls: the step must fail with that
     * cell's error, and only after every other call was stopped and has ended (a strategy that
     * forgets to cancel or interrupt the rest hangs here, and one that does not wait for them
     * leaves calls in flight). The failing call is the K-th, K being the calls the strategy can
     * have in flight (its registry entry says), so K-1 calls are surely blocked when it fails.
     */
    @Test
    default void aFailingCellStopsTheCallsStillRunningBeforeTheStepFails() throws Exception {
        int baseline = lifefxThreads();
        Grid start = soup(new GridSize(4, 4), 13, 0.5);
        GenerationStrategy s = create();
        int k = StrategyRegistry.get(s.name()).maxInFlight(new StrategyConfig(3), start.size());
        AtomicInteger inFlight = new AtomicInteger();
        CellLogic logic = blockUntilInterrupted(inFlight, new CountDownLatch(1), new AtomicInteger(k));
        // Everything, close() included, inside the hang guard: a strategy that never stops the
        // blocked calls would also never let close() return.
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThatThrownBy(() -> s.step(start, logic))
                    .isInstanceOf(StepFailedException.class)
                    .hasMessageContaining("cell " + k + " failed on purpose");
            assertThat(inFlight.get()).as("cell calls still running after the step failed").isZero();
            assertThat(s.step(start, CellLogic.of(Rule.CONWAY))).isEqualTo(ReferenceLife.step(start, Rule.CONWAY));
            s.close();
        });
        awaitLifefxThreads(baseline);
    }

    /**
     * Cell logic that throws {@link InterruptedException} (or a RuntimeException) at one cell while
     * nobody cancelled: the generation fails (or, on a strategy that runs the logic on the caller's
     * own thread, is reported as interrupted); it is never returned with that cell's part missing.
     */
    @Test
    default void aCellThatThrowsUnaskedNeverYieldsAGrid() throws Exception {
        Grid start = soup(new GridSize(30, 30), 17, 0.5);
        for (Exception thrown : new Exception[] {
                new InterruptedException("interrupted inside the cell, nobody cancelled"),
                new IllegalStateException("cell logic bug")}) {
            for (int failAt : new int[] {1, 20, 900}) {
                AtomicInteger calls = new AtomicInteger();
                CellLogic logic = (alive, n) -> {
                    if (calls.incrementAndGet() == failAt) {
                        if (thrown instanceof InterruptedException ie) {
                            throw ie;
                        }
                        throw (RuntimeException) thrown;
                    }
                    return Rule.CONWAY.next(alive, n);
                };
                try (GenerationStrategy s = create()) {
                    Object outcome;
                    try {
                        outcome = s.step(start, logic);
                    } catch (StepFailedException | InterruptedException e) {
                        outcome = e;
                    }
                    Thread.interrupted();
                    assertThat(outcome).as("%s at call %d", thrown, failAt).isInstanceOf(Exception.class);
                    if (thrown instanceof RuntimeException) {
                        assertThat(outcome).isInstanceOf(StepFailedException.class);
                        assertThat(((Exception) outcome).getMessage()).contains("cell logic bug");
                    }
                    assertThat(s.step(start, CellLogic.of(Rule.CONWAY))).isEqualTo(ReferenceLife.step(start, Rule.CONWAY));
                }
            }
        }
    }

    /**
     * {@code close()} from another thread while the step is blocked in cell calls that ignore
     * interrupts (as a socket read on a platform thread does) and that only {@link
     * CellLogic#abort()} releases: the step throws (closed), close returns, and once it has
     * returned no cell call runs and no thread of the strategy is alive.
     */
    @Test
    default void closeDuringABlockedStepCancelsItAndEndsEveryThread() throws Exception {
        int baseline = lifefxThreads();
        Grid start = soup(new GridSize(6, 6), 19, 0.5);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger aborts = new AtomicInteger();
        CountDownLatch someStarted = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        CellLogic uninterruptible = new CellLogic() {
            @Override
            public boolean next(boolean alive, int liveNeighbours) throws IOException {
                inFlight.incrementAndGet();
                try {
                    someStarted.countDown();
                    boolean interrupted = false;
                    while (released.getCount() > 0) {
                        try {
                            released.await();
                        } catch (InterruptedException e) {
                            interrupted = true; // ignored, as a blocking socket read would
                        }
                    }
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    windDown();
                    throw new IOException("socket closed by abort()");
                } finally {
                    inFlight.decrementAndGet();
                }
            }

            @Override
            public void abort() {
                aborts.incrementAndGet();
                released.countDown();
            }
        };
        GenerationStrategy s = create();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            AtomicReference<Object> outcome = new AtomicReference<>();
            AtomicReference<Boolean> interruptLeft = new AtomicReference<>();
            Thread stepper = Thread.ofPlatform().name("contract-stepper").start(() -> {
                try {
                    outcome.set(s.step(start, uninterruptible));
                } catch (Throwable e) {
                    outcome.set(e);
                }
                interruptLeft.set(Thread.currentThread().isInterrupted());
            });
            assertThat(someStarted.await(10, TimeUnit.SECONDS)).as("a cell call started").isTrue();
            s.close();
            // close() has returned: nothing of the step may still run.
            assertThat(inFlight.get()).as("cell calls still running after close() returned").isZero();
            assertThat(aborts.get()).as("abort() calls").isPositive();
            stepper.join();
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            assertThat(((Throwable) outcome.get())).hasMessageContaining("closed");
            assertThat(interruptLeft.get()).as("close's interrupt leaked out of step").isFalse();
            s.close();
        });
        awaitLifefxThreads(baseline);
        assertThatThrownBy(() -> s.step(start, CellLogic.of(Rule.CONWAY)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    /** A random grid, the same for the same seed. */
    static Grid soup(GridSize size, long seed, double density) {
        Random random = new Random(seed);
        Grid.Builder b = new Grid.Builder(size);
        for (int i = 0; i < size.cells(); i++) {
            b.set(i, random.nextDouble() < density);
        }
        return b.build(0);
    }

    /**
     * Live threads named by LifeFX's strategies ({@code lifefx-...}), virtual ones included: counted
     * from a JSON thread dump, because {@code Thread.getAllStackTraces()} never lists virtual threads.
     */
    static int lifefxThreads() {
        return ThreadDump.count("lifefx-");
    }

    /** Waits up to 10 s until no more {@code lifefx-} threads are alive than {@code baseline}. */
    static void awaitLifefxThreads(int baseline) {
        ThreadDump.awaitAtMost("lifefx-", baseline, Duration.ofSeconds(10));
    }
}
