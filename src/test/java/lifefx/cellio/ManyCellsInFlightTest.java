package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.engine.VirtualThreadPerCellStrategy;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/**
 * Socket mode with every cell of a 100×100 torus in flight at once: the pool is bounded by the
 * open-file limit, opens its connections at a bounded rate, and the calls beyond it wait for a
 * connection instead of failing. The run ({@code run --io socket --strategy
 * virtual-threads} on a 100×100 torus) failed 4 times out of 4 with a connect timeout, because ten
 * thousand connects at once overflowed the service's listen queue.
 */
class ManyCellsInFlightTest {

    /** Fixed in CI; {@code -Dstress.seed=random} for a new one, {@code -Dstress.seed=N} to replay. */
    private static final long SEED = seed(System.getProperty("stress.seed"));
    private static final GridSize SIZE = new GridSize(100, 100);
    private static final int RUNS = 20;
    /** A short listen queue, as where {@code somaxconn} is small. */
    private static final int BACKLOG = 64;

    private static long seed(String property) {
        if (property == null) {
            return 8;
        }
        return property.equals("random") ? new java.util.Random().nextLong() : Long.parseLong(property);
    }

    /**
     * The run, 20 times. The service's listen queue is cut to 64, as where {@code
     * somaxconn} is small (128 on macOS and older Linux): on the old code, which connected as
     * fast as calls came, the first generation failed with "cannot connect ... within 2000 ms
     * (connect timeout)"; with connects bounded at {@link ConnectionPool#MAX_CONNECTING}, the
     * queue never overflows. The pool is sized as {@code run} and the window size it: by the
     * strategy's concurrency and the open-file limit.
     */
    @Test
    void virtualThreadsOnA100By100TorusGiveTheExactGridTwentyRunsOutOfTwenty() throws Exception {
        System.out.println("ManyCellsInFlightTest seed=" + SEED);
        assertThat(ConnectionPool.MAX_CONNECTING).isLessThan(BACKLOG);
        Grid start = GenerationStrategyContract.soup(SIZE, SEED, 0.35);
        CellIoMode.Socket mode = CellIoMode.Socket.withDelay(TimeUnit.MILLISECONDS.toNanos(20))
                .withMaxConnections(SIZE.cells()); // what openFor asks for virtual-threads: one per cell
        CellRuleService service = CellRuleService.start(mode.serviceDelayNanos(),
                CellIoMode.Socket.MAX_CONNECTIONS + CellRuleService.FOREIGN_HEADROOM,
                CellRuleService.DEFAULT_IDLE_TIMEOUT, BACKLOG);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            try (CellIo io = CellIo.socketClient(mode, service, service.address(), FileDescriptors.limit(),
                    FileDescriptors.open(), true);
                 GenerationStrategy s = StrategyRegistry.get(VirtualThreadPerCellStrategy.NAME)
                         .create(StrategyConfig.DEFAULT)) {
                assertThat(io.notices()).as("an automatic pool size is no news").isEmpty();
                CellLogic logic = io.logic(Rule.CONWAY);
                Grid current = start;
                for (int run = 1; run <= RUNS; run++) {
                    Grid expected = ReferenceLife.step(current, Rule.CONWAY);
                    Grid next = s.step(current, logic);
                    assertThat(next).as("run %d of %d", run, RUNS).isEqualTo(expected);
                    current = next;
                }
                System.out.println("ManyCellsInFlightTest cap=" + io.connectionCap() + " peakConnections="
                        + io.peakConnections() + " peakInFlight=" + io.meter().peak() + " peakWaiting="
                        + io.meter().peakWaiting() + " peakConnecting=" + io.peakConnecting());
                assertThat(io.meter().calls()).isEqualTo((long) RUNS * SIZE.cells());
                assertThat(io.peakConnections()).isBetween(1, io.connectionCap());
                assertThat(io.peakConnecting()).as("connects in progress at once")
                        .isBetween(1, ConnectionPool.MAX_CONNECTING);
                assertThat(io.meter().current()).isZero();
                assertThat(io.waitingCalls()).isZero();
                assertThat(io.busyConnections()).isZero();
            }
        });
        assertThat(service.isRunning()).as("closed with the CellIo that owns it").isFalse();
    }

    /**
     * The window's default grid, 200×320, as the window opens it: the old code said "9861
     * connections at most, not the 16384 asked for" (the pool it sized for 64,000 cells hit the
     * open-file limit) and then overran the listen queue. Now the automatic size is capped
     * quietly, and the calls beyond it wait.
     */
    @Test
    void theDefaultGridRunsInSocketModeWithoutComplaint() throws Exception {
        GridSize size = new GridSize(200, 320);
        Grid start = GenerationStrategyContract.soup(size, SEED, 0.3);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (CellIo io = CellIo.openFor(CellIoMode.Socket.withDelay(TimeUnit.MILLISECONDS.toNanos(1)),
                    StrategyRegistry.get(VirtualThreadPerCellStrategy.NAME).maxInFlight(StrategyConfig.DEFAULT, size));
                 GenerationStrategy s = StrategyRegistry.get(VirtualThreadPerCellStrategy.NAME)
                         .create(StrategyConfig.DEFAULT)) {
                assertThat(io.notices()).isEmpty();
                assertThat(s.step(start, io.logic(Rule.CONWAY))).isEqualTo(ReferenceLife.step(start, Rule.CONWAY));
                assertThat(io.meter().calls()).isEqualTo(size.cells());
                assertThat(io.peakConnections()).isLessThanOrEqualTo(io.connectionCap());
            }
        });
    }

    @Test
    void tenThousandCallsAtOnceWaitForAPoolOf100AndAllComeBackExact() throws Exception {
        Rule rule = Rule.parse("B36/S23");
        int cells = SIZE.cells();
        // A limit that leaves room for 100 connections: 9,900 of the calls must wait their turn.
        long open = 50;
        long limit = open + FileDescriptors.RESERVE + CellRuleService.FOREIGN_HEADROOM + 200;
        try (CellRuleService service = CellRuleService.start(TimeUnit.MILLISECONDS.toNanos(2));
             CellIo io = CellIo.socketClient(CellIoMode.Socket.withDelay(service.delayNanos()), null,
                     service.address(), limit, open)) {
            assertThat(io.connectionCap()).isEqualTo(100);
            CellLogic logic = io.logic(rule);
            AtomicInteger wrong = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            AtomicInteger peakBusy = new AtomicInteger();
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (int run = 0; run < 3; run++) {
                    CountDownLatch go = new CountDownLatch(1);
                    List<Thread> threads = new ArrayList<>(cells);
                    for (int i = 0; i < cells; i++) {
                        boolean alive = (i & 1) == 0;
                        int n = i % 9;
                        threads.add(Thread.ofVirtual().start(() -> {
                            try {
                                go.await();
                                if (logic.next(alive, n) != rule.next(alive, n)) {
                                    wrong.incrementAndGet();
                                }
                                peakBusy.accumulateAndGet(io.busyConnections(), Math::max);
                            } catch (Exception e) {
                                failed.incrementAndGet();
                            }
                        }));
                    }
                    go.countDown();
                    for (Thread t : threads) {
                        t.join();
                    }
                }
            });
            assertThat(failed).as("calls that failed").hasValue(0);
            assertThat(wrong).as("calls that got a wrong answer").hasValue(0);
            assertThat(io.peakConnections()).isLessThanOrEqualTo(100);
            assertThat(peakBusy.get()).isBetween(1, 100);
            assertThat(io.meter().peak()).as("calls in flight at once, waiting included").isGreaterThan(100);
            assertThat(io.meter().peakWaiting()).as("calls that waited for a connection at once").isPositive();
            assertThat(io.meter().waiting()).isZero();
            assertThat(io.notices()).singleElement().asString().contains("calls wait for one of 100 connections");
        }
    }
}
