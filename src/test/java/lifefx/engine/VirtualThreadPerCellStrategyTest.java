package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/**
 * {@link VirtualThreadPerCellStrategy} against the shared strategy contract (which steps from
 * platform threads, so through the coordinating virtual thread), plus the path the contract never
 * takes: a stepping thread that is itself virtual and fans out on its own.
 */
class VirtualThreadPerCellStrategyTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return new VirtualThreadPerCellStrategy();
    }

    @Test
    void everyCellRunsOnItsOwnVirtualThreadWhicheverKindOfThreadSteps() throws Exception {
        Grid start = GenerationStrategyContract.soup(new GridSize(9, 11), 3, 0.4);
        for (boolean virtualStepper : new boolean[] {false, true}) {
            Set<Thread> cellThreads = ConcurrentHashMap.newKeySet();
            AtomicInteger platformCalls = new AtomicInteger();
            CellLogic recording = (alive, n) -> {
                cellThreads.add(Thread.currentThread());
                if (!Thread.currentThread().isVirtual()) {
                    platformCalls.incrementAndGet();
                }
                return Rule.CONWAY.next(alive, n);
            };
            AtomicReference<Object> outcome = new AtomicReference<>();
            try (GenerationStrategy s = create(new StrategyConfig(3))) {
                Thread.Builder b = virtualStepper ? Thread.ofVirtual() : Thread.ofPlatform();
                b.start(() -> outcome.set(stepOrThrown(s, start, recording))).join();
            }
            assertThat(outcome.get()).as("virtual stepper: " + virtualStepper).isEqualTo(ReferenceLife.step(start, Rule.CONWAY));
            assertThat(cellThreads).as("one thread per cell").hasSize(start.size().cells());
            assertThat(platformCalls.get()).isZero();
        }
    }

    @Test
    void aVirtualSteppingThreadInterruptedMidGenerationStopsItAndLeavesNothingRunning() throws Exception {
        int baseline = GenerationStrategyContract.lifefxThreads();
        Grid start = GenerationStrategyContract.soup(new GridSize(12, 12), 11, 0.5);
        AtomicInteger inFlight = new AtomicInteger();
        CountDownLatch someStarted = new CountDownLatch(1);
        CellLogic blocking = GenerationStrategyContract.blockUntilInterrupted(inFlight, someStarted, new AtomicInteger(-1));
        GenerationStrategy s = create(new StrategyConfig(3));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread stepper = Thread.ofVirtual().start(() -> outcome.set(stepOrThrown(s, start, blocking)));
            assertThat(someStarted.await(10, TimeUnit.SECONDS)).as("a cell started").isTrue();
            stepper.interrupt();
            stepper.join();
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            assertThat(inFlight.get()).as("cell calls still running after step threw").isZero();
            s.close();
        });
        GenerationStrategyContract.awaitLifefxThreads(baseline);
    }

    /**
     * A wave of more than 4,096 cells, whose first cells end at once and the rest block until
     * interrupted: while starting, the strategy forgets the threads that have ended, never one
     * still alive, so cancelling still interrupts and joins every blocked one.
     */
    @Test
    void cancellingALargeWaveAfterSomeCellsEndedStillStopsEveryBlockedCell() throws Exception {
        int baseline = GenerationStrategyContract.lifefxThreads();
        Grid start = GenerationStrategyContract.soup(new GridSize(80, 80), 5, 0.5);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        CountDownLatch blocked = new CountDownLatch(5000);
        CountDownLatch never = new CountDownLatch(1);
        CellLogic someEndTheRestBlock = (alive, n) -> {
            if (calls.incrementAndGet() <= 100) {
                return alive;
            }
            inFlight.incrementAndGet();
            try {
                blocked.countDown();
                never.await();
                return alive;
            } finally {
                inFlight.decrementAndGet();
            }
        };
        GenerationStrategy s = create(new StrategyConfig(3));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread stepper = Thread.ofPlatform().start(() -> outcome.set(stepOrThrown(s, start, someEndTheRestBlock)));
            assertThat(blocked.await(20, TimeUnit.SECONDS)).as("5,000 cells blocked").isTrue();
            stepper.interrupt();
            stepper.join();
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            assertThat(inFlight.get()).as("cell calls still running after step threw").isZero();
            s.close();
        });
        GenerationStrategyContract.awaitLifefxThreads(baseline);
    }

    private static Object stepOrThrown(GenerationStrategy s, Grid g, CellLogic logic) {
        try {
            return s.step(g, logic);
        } catch (Throwable e) {
            return e;
        }
    }
}
