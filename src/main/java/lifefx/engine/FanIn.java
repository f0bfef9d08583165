package lifefx.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fan-in of one generation's tasks (or one wave of them): the caller waits on a latch that
 * opens when every task has ended, or as soon as one fails, so that a failing generation ends at
 * once instead of after every other task.
 *
 * <p><b>Stopping is sticky.</b> {@link #stop()} (the caller cancelling) and {@link #fail} (a task
 * failing) set a volatile flag <em>before</em> anyone interrupts a task. A task that catches
 * {@link InterruptedException} asks {@link #stopping()}: if true, the interrupt was ours and the
 * task just ends; if false, nobody asked it to stop, so the exception came from the cell logic
 * itself and is a failure like any other. That is what keeps an unasked {@code
 * InterruptedException} from leaving a band's rows unwritten in a grid that is then returned.
 *
 * <p><b>Memory consistency effects:</b> a task's actions before {@link #done()} or {@link #fail}
 * happen-before {@link #await()} returns in the caller ({@code CountDownLatch}), so once {@code
 * await} returns with no failure and every task has called {@code done}, the caller sees every
 * cell the tasks wrote. Thread-safe.
 */
final class FanIn {

    private final CountDownLatch over = new CountDownLatch(1);
    private final AtomicInteger remaining;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean stopping;

    /** A fan-in of {@code tasks} tasks, each of which calls {@link #done()} exactly once. */
    FanIn(int tasks) {
        remaining = new AtomicInteger(tasks);
        if (tasks == 0) {
            over.countDown();
        }
    }

    /** A task ended (after any {@link #fail}). Task threads. */
    void done() {
        if (remaining.decrementAndGet() == 0) {
            over.countDown();
        }
    }

    /** A task failed: keeps the first failure, marks the generation stopping and wakes the caller. */
    void fail(Throwable cause) {
        failure.compareAndSet(null, cause);
        stopping = true;
        over.countDown();
    }

    /**
     * What a task does with a throwable from its cell: an {@link InterruptedException} while
     * stopping was our own cancellation and is dropped; anything else fails the generation.
     */
    void failed(Throwable cause) {
        if (cause instanceof InterruptedException && stopping) {
            return;
        }
        fail(cause);
    }

    /** The caller cancels: set before it interrupts any task. */
    void stop() {
        stopping = true;
    }

    /** Whether the generation is being stopped (cancelled or failed). Any thread. */
    boolean stopping() {
        return stopping;
    }

    /** Waits until every task is done or one failed. Caller only. */
    void await() throws InterruptedException {
        over.await();
    }

    /** The first failure, or null. Meaningful after {@link #await()}. */
    Throwable failure() {
        return failure.get();
    }
}
