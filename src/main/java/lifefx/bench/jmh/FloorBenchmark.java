package lifefx.bench.jmh;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lifefx.cellio.CellIoMode;
import lifefx.cellio.LatencyLogic;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.StepFailedException;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH: the floors under the per-cell strategies, that is what the JVM itself charges for the
 * mechanism each strategy is built on, with no cell logic and no grid. A strategy's per-cell
 * overhead is then reported as a multiple of its floor (performance.md, "Task floors"):
 *
 * <ul>
 *   <li>{@link #virtualThreadStartJoin}: start {@value #CELLS} virtual threads (one per cell of a
 *       50×90 grid) from the benchmark's platform thread, each writing one int, and join them all;
 *       per thread. The floor of {@code virtual-threads} as it was when a platform thread started
 *       its cells. {@link #virtualThreadStartJoinFromVirtual}: the same threads started the way
 *       {@code virtual-threads} now starts them, from one coordinating virtual thread that waits for
 *       them on one latch and then joins each, the benchmark thread joining the coordinator; per
 *       thread. The floor of {@code virtual-threads}.</li>
 *   <li>{@link #poolSubmitGet}: submit {@value #CELLS} tasks to a fixed {@link ThreadPoolExecutor}
 *       of {@value #POOL_THREADS} threads (as {@code thread-pool} with its default 5) and {@code get}
 *       each future; per task. Floor of {@code thread-pool}.</li>
 *   <li>{@link #queueHandOff}: put {@value #CELLS} items on a {@link LinkedBlockingQueue}, one
 *       platform worker takes each and puts it on a reply queue, the caller takes them all; per item.
 *       Floor of {@code queue}. {@link #queueRoundTrip} is one item there and back, waiting for the
 *       reply before the next: the latency of a hand-off, not its throughput.</li>
 *   <li>{@link #virtualThreadSleep1ms}: one virtual thread that sleeps 1 ms, started and joined;
 *       {@link #virtualThreadsSleep1msFanOut}: {@value #CELLS} of them at once, the floor of one
 *       generation of {@code virtual-threads} at 50×90 with 1 ms of I/O per cell, which
 *       {@link #virtualThreadsStepLatency1ms} measures (the {@code latency} mode of {@code bench}).</li>
 * </ul>
 *
 * <p>Run through the jar: {@code ./lifefx jmh FloorBenchmark -f 1 -wi 5 -i 10 -w 1s -r 1s}. Times are
 * ns per operation; for the batched benchmarks an operation is one cell.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FloorBenchmark {

    /** Cells of the article's small grid, 50×90: the batch every fan-out benchmark starts and joins. */
    public static final int CELLS = 50 * 90;

    /** Pool threads, as {@code StepBenchmark}'s {@code threads} parameter. */
    public static final int POOL_THREADS = 5;

    private static final Integer STOP = Integer.MIN_VALUE;

    /** What the tasks write, so that they do the least a cell does: store one result. */
    private final int[] sink = new int[CELLS];
    private final Thread[] threads = new Thread[CELLS];
    private final Future<?>[] futures = new Future<?>[CELLS];
    private final Integer[] items = new Integer[CELLS];

    private ThreadPoolExecutor pool;
    private final BlockingQueue<Integer> in = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> out = new LinkedBlockingQueue<>();
    private Thread echo;

    private GenerationStrategy virtualThreads;
    private Grid glider;
    private CellLogic sleeping;

    @Setup(Level.Trial)
    public void setUp() {
        for (int i = 0; i < CELLS; i++) {
            items[i] = i; // boxed once: the hand-off measures the queue, not allocation
        }
        pool = new ThreadPoolExecutor(POOL_THREADS, POOL_THREADS, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
        pool.prestartAllCoreThreads();
        echo = Thread.ofPlatform().daemon().name("floor-echo").start(() -> {
            try {
                while (true) {
                    Integer x = in.take();
                    if (x == STOP) {
                        return;
                    }
                    out.put(x);
                }
            } catch (InterruptedException e) {
                // tear-down
            }
        });
        virtualThreads = StrategyRegistry.get("virtual-threads").create(new StrategyConfig(POOL_THREADS));
        Grid.Builder b = new Grid.Builder(GridSize.parse("50x90"));
        b.set(0, 3, true).set(1, 4, true).set(2, 2, true).set(2, 3, true).set(2, 4, true);
        glider = b.build(0);
        sleeping = new LatencyLogic(CellLogic.of(Rule.CONWAY), new CellIoMode.Latency(1_000_000, 0, 0));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        pool.shutdownNow();
        in.put(STOP);
        echo.join();
        virtualThreads.close();
    }

    @Benchmark
    @OperationsPerInvocation(CELLS)
    public int[] virtualThreadStartJoin() throws InterruptedException {
        int[] s = sink;
        for (int i = 0; i < CELLS; i++) {
            int c = i;
            threads[i] = Thread.startVirtualThread(() -> s[c] = c);
        }
        for (int i = 0; i < CELLS; i++) {
            threads[i].join();
        }
        return s;
    }

    /**
     * {@link #virtualThreadStartJoin}, started as {@code virtual-threads} starts its cells: from a
     * virtual thread (onto its carrier's local queue), which parks once on a countdown the last
     * thread opens and then joins each thread, while the benchmark thread joins it.
     */
    @Benchmark
    @OperationsPerInvocation(CELLS)
    public int[] virtualThreadStartJoinFromVirtual() throws InterruptedException {
        int[] s = sink;
        Thread coordinator = Thread.startVirtualThread(() -> {
            AtomicInteger left = new AtomicInteger(CELLS);
            CountDownLatch over = new CountDownLatch(1);
            for (int i = 0; i < CELLS; i++) {
                int c = i;
                threads[i] = Thread.startVirtualThread(() -> {
                    s[c] = c;
                    if (left.decrementAndGet() == 0) {
                        over.countDown();
                    }
                });
            }
            try {
                over.await();
                for (int i = 0; i < CELLS; i++) {
                    threads[i].join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        coordinator.join();
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(CELLS)
    public int[] poolSubmitGet() throws InterruptedException, ExecutionException {
        int[] s = sink;
        for (int i = 0; i < CELLS; i++) {
            int c = i;
            futures[i] = pool.submit(() -> s[c] = c);
        }
        for (int i = 0; i < CELLS; i++) {
            futures[i].get();
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(CELLS)
    public long queueHandOff() throws InterruptedException {
        for (int i = 0; i < CELLS; i++) {
            in.put(items[i]);
        }
        long sum = 0;
        for (int i = 0; i < CELLS; i++) {
            sum += out.take();
        }
        return sum;
    }

    @Benchmark
    public Integer queueRoundTrip() throws InterruptedException {
        in.put(items[7]);
        return out.take();
    }

    @Benchmark
    public Thread virtualThreadSleep1ms() throws InterruptedException {
        Thread t = Thread.startVirtualThread(FloorBenchmark::sleep1ms);
        t.join();
        return t;
    }

    /** One generation's floor at 50×90 with 1 ms per cell: every cell a virtual thread that sleeps 1 ms. */
    @Benchmark
    public Thread[] virtualThreadsSleep1msFanOut() throws InterruptedException {
        for (int i = 0; i < CELLS; i++) {
            threads[i] = Thread.startVirtualThread(FloorBenchmark::sleep1ms);
        }
        for (int i = 0; i < CELLS; i++) {
            threads[i].join();
        }
        return threads;
    }

    /** {@code virtual-threads}, one generation at 50×90 from the glider, each cell call sleeping 1 ms. */
    @Benchmark
    public Grid virtualThreadsStepLatency1ms() throws InterruptedException, StepFailedException {
        return virtualThreads.step(glider, sleeping);
    }

    private static void sleep1ms() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
