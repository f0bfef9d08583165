package lifefx.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import lifefx.life.CellLogic;
import lifefx.life.Grid;

/**
 * {@code thread-pool}: the article's {@code ThreadPoolExecutor}. A fixed pool of K platform
 * threads; every cell is one submitted task, and the caller waits until every task has ended.
 *
 * <p>The pool is reused across generations, so no thread is created per cell; the cost is one
 * {@code FutureTask} plus a trip through the pool's queue per cell, and with blocking cell logic,
 * at most K cells wait at once.
 *
 * <p><b>Threading:</b> the pool is created on the first step and ended by {@link #close}, which
 * cancels a step in flight, interrupts the workers and waits for them. At most {@link
 * #MAX_OUTSTANDING} tasks are submitted and not yet ended (a {@link Semaphore} of permits). The
 * caller waits on the generation's {@link FanIn} latch, which opens when every task has ended or at
 * the first failure. On cancellation or failure the caller sets the sticky stop flag, cancels every
 * outstanding future with interruption ({@code cancelAll}), and then waits on a {@link TaskGate}
 * until no task of the generation is inside its cell call, before it throws.
 * <b>Memory visibility:</b> each task writes only its own byte of the builder and then counts the
 * fan-in latch down; {@code CountDownLatch.countDown} happens-before {@code await} returns (see
 * {@code java.util.concurrent} "Memory consistency effects"), so the caller sees every write
 * before it builds the grid.
 */
public final class ThreadPoolStrategy implements GenerationStrategy {

    public static final String NAME = "thread-pool";

    /**
     * Most submitted tasks not yet ended. Every cell is still its own task; the window only stops
     * a 10⁸-cell grid from holding 10⁸ futures (and queue nodes) at once.
     */
    static final int MAX_OUTSTANDING = 1 << 16;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;
    private final StepGuard guard = new StepGuard(NAME);
    private final Object lock = new Object();
    private ExecutorService pool;
    /** Every worker the pool made, so that close() can join them. Guarded by lock. */
    private final java.util.List<Thread> workers = new java.util.ArrayList<>();

    public ThreadPoolStrategy(StrategyConfig config) {
        this.threads = config.threads();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The pool, made on first use. Stepping thread only. */
    private ExecutorService pool() {
        synchronized (lock) {
            if (guard.closing()) {
                throw new RejectedExecutionException(NAME + " is closed");
            }
            if (pool == null) {
                int id = POOLS.incrementAndGet();
                AtomicInteger n = new AtomicInteger();
                ThreadFactory factory = r -> {
                    Thread t = new Thread(r, "lifefx-pool" + id + "-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    synchronized (lock) {
                        workers.add(t);
                    }
                    return t;
                };
                pool = Executors.newFixedThreadPool(threads, factory);
            }
            return pool;
        }
    }

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        return guard.step(current, logic, () -> compute(current, logic));
    }

    /** The generation after {@code current}. Stepping thread only. */
    private Grid compute(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        CellSweep.checkInterrupt();
        int w = current.width();
        int cells = current.size().cells();
        Grid.Builder next = new Grid.Builder(current.size());
        int window = Math.min(MAX_OUTSTANDING, cells);
        Semaphore permits = new Semaphore(window);
        FanIn fan = new FanIn(cells);
        TaskGate gate = new TaskGate();
        ScheduleRecorder rec = ScheduleRecorder.active(); // null unless the schedule map is open
        FlightEvents.TaskBatchEvent batch = FlightEvents.beginBatch();
        @SuppressWarnings("unchecked")
        Future<?>[] futures = new Future[window];
        int submitted = 0;
        try {
            ExecutorService executor = pool();
            for (int index = 0; index < cells; index++) {
                // A task gives its permit back when it ends, so slot index % window is free again.
                permits.acquire();
                if (fan.stopping()) {
                    break;
                }
                int i = index;
                futures[i % window] = executor.submit(() -> {
                    try {
                        if (!gate.enter()) {
                            return;
                        }
                        try {
                            if (!fan.stopping()) {
                                next.set(i, logic.next(current.cellAt(i) != 0, current.liveNeighbours(i / w, i % w)));
                                if (rec != null) {
                                    rec.cell(i);
                                }
                            }
                        } finally {
                            gate.exit();
                        }
                    } catch (Throwable e) {
                        fan.failed(e);
                    } finally {
                        permits.release();
                        fan.done();
                    }
                });
                submitted++;
            }
            fan.await();
        } catch (InterruptedException e) {
            stop(fan, futures, Math.min(submitted, window), gate);
            throw e;
        } catch (RejectedExecutionException e) {
            stop(fan, futures, Math.min(submitted, window), gate);
            throw new StepFailedException(NAME + ": the pool was closed during generation " + (current.generation() + 1), e);
        }
        if (fan.failure() != null) {
            stop(fan, futures, Math.min(submitted, window), gate);
            throw StepFailedException.fromCell(NAME, current.generation(), fan.failure());
        }
        FlightEvents.endBatch(batch, NAME, current.generation() + 1, 0, cells, threads);
        return next.build(current.generation() + 1);
    }

    /**
     * Stops a generation: sets the sticky stop flag (so a task that has not reached its cell call
     * yet skips it), then {@link #cancelAll}, then waits until no task is inside a cell call.
     */
    private static void stop(FanIn fan, Future<?>[] futures, int n, TaskGate gate) {
        fan.stop();
        cancelAll(futures, n);
        gate.close();
    }

    /**
     * Cancels every outstanding future with interruption: queued tasks never run, and running ones
     * are interrupted out of their cell call. A cancelled future's {@code get} returns at once even
     * while its task still runs, which is why {@link #stop} then waits on the gate, not on them.
     */
    private static void cancelAll(Future<?>[] futures, int n) {
        for (int i = 0; i < n; i++) {
            futures[i].cancel(true);
        }
    }

    /**
     * Cancels a step in flight (see {@link StepGuard}), interrupts the workers and waits until they
     * have all ended. Any thread; idempotent.
     */
    @Override
    public void close() {
        ExecutorService[] executor = new ExecutorService[1];
        guard.close(() -> {
            synchronized (lock) {
                executor[0] = pool;
                pool = null;
            }
            if (executor[0] != null) {
                executor[0].shutdownNow();
            }
        });
        if (executor[0] != null) {
            Executors2.awaitTerminationUninterruptibly(executor[0]);
        }
        // A terminated pool's last worker may still be on its way out: join them all, so that
        // when close() returns no thread of this strategy is alive.
        Thread[] made;
        synchronized (lock) {
            made = workers.toArray(Thread[]::new);
            workers.clear();
        }
        Joins.joinUninterruptibly(made, made.length);
    }
}
