package lifefx.engine;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lifefx.life.CellLogic;
import lifefx.life.Grid;

/**
 * {@code thread-pool}: the article's {@code ThreadPoolExecutor}. A fixed pool of K platform
 * threads; every cell is one submitted task, and the caller waits on every task's future.
 *
 * <p>The pool is reused across generations, so no thread is created per cell; the cost is one
 * {@code FutureTask} plus a trip through the pool's queue per cell, and with blocking cell logic,
 * at most K cells wait at once.
 *
 * <p><b>Threading:</b> the pool is created on the first step and ended by {@link #close}, which
 * interrupts the workers and waits for them. On cancellation every future is cancelled with
 * interruption, and the caller waits until every started task has finished before it rethrows.
 * <b>Memory visibility:</b> each task writes only its own byte of the builder; {@code Future.get}
 * returning happens-after the task's actions (see {@code java.util.concurrent} "Memory consistency
 * effects"), so the caller sees every write before it builds the grid.
 */
public final class ThreadPoolStrategy implements GenerationStrategy {

    public static final String NAME = "thread-pool";

    /**
     * Most submitted tasks not yet awaited. Every cell is still its own task; the window only
     * stops a 10⁸-cell grid from holding 10⁸ futures (and queue nodes) at once.
     */
    static final int MAX_OUTSTANDING = 1 << 16;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;
    private final Object lock = new Object();
    private ExecutorService pool;
    private boolean closed;

    public ThreadPoolStrategy(StrategyConfig config) {
        this.threads = config.threads();
    }

    @Override
    public String name() {
        return NAME;
    }

    private ExecutorService pool() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException(NAME + " is closed");
            }
            if (pool == null) {
                int id = POOLS.incrementAndGet();
                AtomicInteger n = new AtomicInteger();
                ThreadFactory factory = r -> {
                    Thread t = new Thread(r, "lifefx-pool" + id + "-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                };
                pool = Executors.newFixedThreadPool(threads, factory);
            }
            return pool;
        }
    }

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        CellSweep.checkInterrupt();
        ExecutorService executor = pool();
        int w = current.width();
        int cells = current.size().cells();
        Grid.Builder next = new Grid.Builder(current.size());
        int window = Math.min(MAX_OUTSTANDING, cells);
        @SuppressWarnings("unchecked")
        Future<Void>[] futures = new Future[window];
        int submitted = 0;
        int awaited = 0;
        try {
            for (int index = 0; index < cells; index++) {
                if (index - awaited == window) {
                    futures[awaited % window].get();
                    awaited++;
                }
                int i = index;
                futures[i % window] = executor.submit(() -> {
                    next.set(i, logic.next(current.cellAt(i) != 0, current.liveNeighbours(i / w, i % w)));
                    return null;
                });
                submitted++;
            }
            for (; awaited < cells; awaited++) {
                futures[awaited % window].get();
            }
        } catch (InterruptedException e) {
            cancelAll(futures, Math.min(submitted, window));
            throw e;
        } catch (ExecutionException e) {
            cancelAll(futures, Math.min(submitted, window));
            throw StepFailedException.fromCell(NAME, current.generation(), e.getCause());
        } catch (java.util.concurrent.RejectedExecutionException e) {
            cancelAll(futures, Math.min(submitted, window));
            throw new StepFailedException(NAME + ": the pool was closed during the generation", e);
        }
        return next.build(current.generation() + 1);
    }

    /**
     * Cancels every future and waits until none of their tasks is still running. A cancelled
     * future's {@code get} returns at once even while its task runs, so the wait is on the pool
     * itself: a no-op task per worker, queued behind everything else, drains it.
     */
    private void cancelAll(Future<?>[] futures, int n) {
        for (int i = 0; i < n; i++) {
            futures[i].cancel(true);
        }
        ExecutorService executor;
        synchronized (lock) {
            executor = pool;
        }
        if (executor == null || executor.isShutdown()) {
            return;
        }
        boolean interrupted = Thread.interrupted();
        try {
            Future<?>[] fences = new Future<?>[threads];
            java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(threads);
            for (int i = 0; i < threads; i++) {
                fences[i] = executor.submit(() -> {
                    barrier.await(30, TimeUnit.SECONDS);
                    return null;
                });
            }
            for (Future<?> f : fences) {
                while (true) {
                    try {
                        f.get();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException | CancellationException e) {
                        break;
                    }
                }
            }
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Closed meanwhile: close() waits for the workers itself.
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        ExecutorService executor;
        synchronized (lock) {
            closed = true;
            executor = pool;
            pool = null;
        }
        if (executor != null) {
            executor.shutdownNow();
            Executors2.awaitTerminationUninterruptibly(executor);
        }
    }
}
