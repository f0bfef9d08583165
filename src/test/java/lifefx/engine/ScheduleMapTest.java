package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/**
 * The schedule map ({@link ScheduleRecorder}, {@link ScheduleMap}) of the strategies whose order
 * is known: {@code sequential} is one row-major gradient, {@code bands} K gradients on K threads;
 * pools and virtual threads record every cell on the threads they have; with no recorder nothing
 * is recorded.
 */
class ScheduleMapTest {

    private static final Grid SOUP = Grids.random(new GridSize(40, 70), 0.35, 11, 0);
    private static final CellLogic PURE = CellLogic.of(Rule.CONWAY);

    /** Logic that is not pure, so every strategy calls it once per cell (and records per cell). */
    private static final CellLogic CALLS = (alive, n) -> Rule.CONWAY.next(alive, n);

    private static ScheduleMap record(String strategy, int threads, CellLogic logic) throws Exception {
        return record(strategy, threads, logic, false);
    }

    private static ScheduleMap record(String strategy, int threads, CellLogic logic, boolean carriers) throws Exception {
        ScheduleRecorder rec = new ScheduleRecorder(carriers);
        ScheduleMap map;
        try (TorusState state = StrategyRegistry.get(strategy).openTorus(SOUP, new StrategyConfig(threads), logic)) {
            ScheduleRecorder.during(rec, () -> {
                state.step(1);
                return null;
            });
            map = rec.map(); // before close: a pool's workers are still alive and named
        }
        assertThat(map).isNotNull();
        assertThat(map.size()).isEqualTo(SOUP.size());
        assertThat(map.generation()).isEqualTo(1);
        assertThat(map.strategy()).isEqualTo(strategy);
        return map;
    }

    /** Positions (row-major) where the time goes down: a new monotone run starts there. */
    private static int runs(ScheduleMap map) {
        int runs = 1;
        for (int i = 1; i < map.size().cells(); i++) {
            if (map.nanosAt(i) < map.nanosAt(i - 1)) {
                runs++;
            }
        }
        return runs;
    }

    @Test
    void sequentialIsOneRowMajorGradientPerRowWithAPureRule() throws Exception {
        ScheduleMap map = record(SequentialStrategy.NAME, 1, PURE);
        assertThat(runs(map)).isEqualTo(1);
        assertThat(map.granularity()).isEqualTo(ScheduleMap.Granularity.ROW);
        assertThat(map.threadCount()).isEqualTo(1);
        assertThat(map.threadNames()).singleElement().asString()
                .isEqualTo(Thread.currentThread().getName() + " (#" + Thread.currentThread().threadId() + ")");
        // Rows are finished one after another: the last row strictly after the first.
        assertThat(map.nanosAt(SOUP.size().cells() - 1)).isGreaterThan(map.nanosAt(0));
    }

    @Test
    void sequentialIsOneRowMajorGradientPerCellWithLogicCalls() throws Exception {
        ScheduleMap map = record(SequentialStrategy.NAME, 1, CALLS);
        assertThat(runs(map)).isEqualTo(1);
        assertThat(map.granularity()).isEqualTo(ScheduleMap.Granularity.CELL);
        assertThat(map.fractionAt(0)).isLessThan(map.fractionAt(SOUP.size().cells() - 1));
        assertThat(map.fractionAt(SOUP.size().cells() - 1)).isBetween(0.5, 1.0);
    }

    /**
     * K bands: K contiguous row ranges, each on its own thread and each monotone. Each band's last
     * cell waits until every band has recorded its first cell, so every band boundary is a step
     * back in time whatever the scheduler does (2 cores, 4 bands): exactly K runs.
     */
    @Test
    void bandsHaveKMonotoneRunsOnKThreads() throws Exception {
        int k = 4;
        int perBand = SOUP.size().cells() / k; // 40 rows: 10 rows a band
        CountDownLatch firstRecorded = new CountDownLatch(k);
        Map<Thread, int[]> calls = new ConcurrentHashMap<>();
        CellLogic overlapping = (alive, n) -> {
            int call = ++calls.computeIfAbsent(Thread.currentThread(), t -> new int[1])[0];
            if (call == 2) {
                firstRecorded.countDown(); // the first cell was recorded after its call returned
            } else if (call == perBand) {
                firstRecorded.await();
            }
            return Rule.CONWAY.next(alive, n);
        };
        ScheduleMap map = record(BandedStrategy.NAME, k, overlapping);
        assertThat(runs(map)).isEqualTo(k);
        assertThat(map.threadCount()).isEqualTo(k);
        // Band threads are virtual: named from the rows they computed, not by the thread MXBean.
        assertThat(map.threadNames()).allSatisfy(n -> assertThat(n).startsWith("lifefx-band-"));
        int w = SOUP.width();
        int h = SOUP.height();
        // Each band is rows [h*b/k, h*(b+1)/k) on one thread, monotone inside.
        Set<Integer> threads = new HashSet<>();
        for (int b = 0; b < k; b++) {
            int from = h * b / k * w;
            int to = h * (b + 1) / k * w;
            int thread = map.threadAt(from);
            assertThat(threads.add(thread)).as("band %d has a thread of its own", b).isTrue();
            for (int i = from + 1; i < to; i++) {
                assertThat(map.threadAt(i)).isEqualTo(thread);
                assertThat(map.nanosAt(i)).isGreaterThanOrEqualTo(map.nanosAt(i - 1));
            }
        }
    }

    @Test
    void bandsWithAPureRuleRecordRowsOnKThreads() throws Exception {
        ScheduleMap map = record(BandedStrategy.NAME, 3, PURE);
        assertThat(map.granularity()).isEqualTo(ScheduleMap.Granularity.ROW);
        assertThat(map.threadCount()).isEqualTo(3);
        assertThat(map.threadNames()).allSatisfy(n -> assertThat(n).startsWith("lifefx-band-"));
        assertThat(runs(map)).isBetween(1, 3);
    }

    @Test
    void aPoolRecordsEveryCellOnItsWorkers() throws Exception {
        for (String name : new String[] {ThreadPoolStrategy.NAME, QueueWorkersStrategy.NAME}) {
            ScheduleMap map = record(name, 3, PURE);
            assertThat(map.granularity()).isEqualTo(ScheduleMap.Granularity.CELL);
            assertThat(map.threadCount()).as(name).isBetween(1, 3);
            assertThat(map.threadNames()).as(name).allSatisfy(n -> assertThat(n).startsWith("lifefx-"));
            assertEveryCellInside(map);
        }
    }

    @Test
    void threadPerCellRecordsOneThreadPerCell() throws Exception {
        ScheduleMap map = record(ThreadPerCellStrategy.NAME, 1, PURE);
        assertThat(map.threadCount()).isEqualTo(SOUP.size().cells());
        assertEveryCellInside(map);
    }

    @Test
    void virtualThreadsRecordOneThreadPerCellAndTheirCarriers() throws Exception {
        assertThat(record(VirtualThreadPerCellStrategy.NAME, 1, PURE).carrierNames())
                .as("carriers are recorded only when asked for").isEmpty();
        ScheduleMap map = record(VirtualThreadPerCellStrategy.NAME, 1, PURE, true);
        assertThat(map.threadCount()).isEqualTo(SOUP.size().cells());
        assertEveryCellInside(map);
        // This JDK's VirtualThread.toString names the carrier: every cell has a known one.
        assertThat(map.carrierNames()).isNotEmpty();
        for (int i = 0; i < SOUP.size().cells(); i++) {
            assertThat(map.carrierAt(i)).isBetween(0, map.carrierNames().size() - 1);
        }
    }

    /** Every time inside the generation, and threads numbered by when they first finished a cell. */
    private static void assertEveryCellInside(ScheduleMap map) {
        long[] first = new long[map.threadCount()];
        java.util.Arrays.fill(first, Long.MAX_VALUE);
        for (int i = 0; i < map.size().cells(); i++) {
            assertThat(map.nanosAt(i)).isBetween(0L, map.nanos());
            assertThat(map.fractionAt(i)).isBetween(0.0, 1.0);
            int t = map.threadAt(i);
            first[t] = Math.min(first[t], map.nanosAt(i));
        }
        for (int t = 1; t < first.length; t++) {
            assertThat(first[t]).as("thread %d first finished a cell no earlier than thread %d", t, t - 1)
                    .isGreaterThanOrEqualTo(first[t - 1]);
        }
    }

    @Test
    void withoutARecorderNothingIsRecordedAndCellsAreTheSame() throws Exception {
        ScheduleRecorder rec = new ScheduleRecorder();
        assertThat(rec.map()).isNull();
        assertThat(ScheduleRecorder.active()).isNull();
        for (String name : StrategyRegistry.names()) {
            try (TorusState plain = StrategyRegistry.get(name).openTorus(SOUP, new StrategyConfig(3), CALLS);
                 TorusState recorded = StrategyRegistry.get(name).openTorus(SOUP, new StrategyConfig(3), CALLS)) {
                plain.step(2);
                ScheduleRecorder.during(rec, () -> {
                    recorded.step(2);
                    return null;
                });
                assertThat(recorded.toGrid()).as(name).isEqualTo(plain.toGrid());
            }
        }
        assertThat(rec.generationsRecorded()).isEqualTo(2L * StrategyRegistry.names().size());
    }

    @Test
    void aGenerationThatFailsIsNeverMapped() throws Exception {
        ScheduleRecorder rec = new ScheduleRecorder();
        ScheduleMap first;
        try (TorusState state = StrategyRegistry.get(SequentialStrategy.NAME).openTorus(SOUP, new StrategyConfig(1), CALLS)) {
            ScheduleRecorder.during(rec, () -> {
                state.step(1);
                return null;
            });
            first = rec.map();
        }
        int[] calls = {0};
        CellLogic failing = (alive, n) -> {
            if (++calls[0] == 100) {
                throw new java.io.IOException("cell 100 fails");
            }
            return false;
        };
        try (TorusState state = StrategyRegistry.get(SequentialStrategy.NAME).openTorus(SOUP, new StrategyConfig(1), failing)) {
            assertThatThrownBy(() -> ScheduleRecorder.during(rec, () -> {
                state.step(1);
                return null;
            })).isInstanceOf(StepFailedException.class);
        }
        assertThat(rec.map()).isSameAs(first);
    }

    @Test
    void cellsNobodyRecordedAreNamedSoAndTheMapStillBuilds() {
        ScheduleRecorder rec = new ScheduleRecorder();
        rec.begin(new GridSize(2, 3), 0, "partial");
        rec.cell(4);
        rec.end();
        ScheduleMap map = rec.map();
        assertThat(map.threadCount()).isEqualTo(2);
        assertThat(map.threadNames()).containsExactlyInAnyOrder("(not recorded)",
                Thread.currentThread().getName() + " (#" + Thread.currentThread().threadId() + ")");
        assertThat(map.nanosAt(4)).isPositive();
    }

    @Test
    void carriersAreReadFromTheVirtualThreadsDescription() {
        assertThat(ScheduleRecorder.carrierOf("VirtualThread[#23]/runnable@ForkJoinPool-1-worker-1")).isEqualTo(2);
        assertThat(ScheduleRecorder.carrierOf("VirtualThread[#23]/runnable@ForkJoinPool-1-worker-17")).isEqualTo(18);
        assertThat(ScheduleRecorder.carrierOf("VirtualThread[#23,lifefx-vcell]/runnable")).isZero();
        assertThat(ScheduleRecorder.carrierOf("VirtualThread[#23]/runnable@carrier-x")).isZero();
        assertThat(ScheduleRecorder.carrierOf("VirtualThread[#23]/runnable@worker-")).isZero();
        assertThat(ScheduleRecorder.carrierOf("")).isZero();
    }
}
