package lifefx.engine;

import java.util.concurrent.CountDownLatch;
import lifefx.life.CellLogic;
import lifefx.life.Grid;

/**
 * The part of a strategy's life that every strategy shares: whether it is closed, and which step
 * runs now (on which thread, with which logic), so that {@link #close} can cancel that step.
 *
 * <p><b>Close during a step.</b> {@code close} sets the sticky {@code closing} flag first, then
 * interrupts the stepping thread, then calls {@link CellLogic#abort()} on the step's logic, so
 * that cell calls blocked in I/O no interrupt reaches (a socket read on a platform thread) return
 * too. The step then runs its ordinary cancellation path (interrupt or cancel its tasks, wait until
 * none runs) and, because close interrupted it, throws {@link InterruptedException} saying it was
 * closed, whatever its body ended with: a generation that close touched is never returned. The
 * interrupt close sent is consumed before that throw, so it never leaks into the caller's later
 * code. {@code close} waits on a latch that the step counts down as its very last action, so when
 * {@code close} returns the step has ended and none of its tasks runs.
 *
 * <p><b>Threading.</b> {@link #step} is called by the strategy's one stepping thread; {@link
 * #close} from any thread, any number of times. Fields are guarded by {@code lock}, except {@code
 * closing}, which is volatile so that worker threads can poll it without the lock. <b>Memory
 * consistency effects:</b> everything the step did happens-before {@code close} returns (the latch).
 */
final class StepGuard {

    /** The work of one step, run on the stepping thread. */
    @FunctionalInterface
    interface Body<T> {
        T compute() throws InterruptedException, StepFailedException;
    }

    private final String name;
    private final Object lock = new Object();
    private volatile boolean closing;
    /** The step in flight, or null. Guarded by lock. */
    private Thread stepper;
    private CellLogic logic;
    private CountDownLatch stepEnded;
    /** Whether close interrupted the step in flight. Guarded by lock. */
    private boolean closedUnderStep;

    StepGuard(String name) {
        this.name = name;
    }

    /** Whether close() has been called. Sticky; any thread. */
    boolean closing() {
        return closing;
    }

    /**
     * Runs one step's {@code body} on the calling thread, registered so that {@link #close} can
     * cancel it.
     *
     * @throws IllegalStateException when closed, or when a step already runs (steps are not reentrant)
     * @throws InterruptedException  when the caller is interrupted, or close() ran during the step
     */
    Grid step(Grid current, CellLogic logic, Body<Grid> body) throws InterruptedException, StepFailedException {
        return run(current.generation() + 1, logic, body);
    }

    /**
     * Runs {@code body} on the calling thread, registered as the step in flight so that {@link
     * #close} can cancel it; {@code computing} is the generation it computes (for the message when
     * close cancels it), {@code logic} the logic that close aborts (null when none can block).
     *
     * @throws IllegalStateException when closed, or when a step already runs (steps are not reentrant)
     * @throws InterruptedException  when the caller is interrupted, or close() ran during the step
     */
    <T> T run(long computing, CellLogic logic, Body<T> body) throws InterruptedException, StepFailedException {
        CountDownLatch ended = new CountDownLatch(1);
        synchronized (lock) {
            if (closing) {
                throw new IllegalStateException(name + " is closed");
            }
            if (stepper != null) {
                throw new IllegalStateException(name + ": step called while " + stepper.getName()
                        + " is stepping; steps are not reentrant");
            }
            stepper = Thread.currentThread();
            this.logic = logic;
            stepEnded = ended;
            closedUnderStep = false;
        }
        T result;
        try {
            result = body.compute();
        } catch (InterruptedException | StepFailedException | RuntimeException | Error e) {
            if (finish(ended)) {
                throw closedDuring(computing, e);
            }
            throw e;
        }
        if (finish(ended)) {
            throw closedDuring(computing, null);
        }
        return result;
    }

    /** Unregisters the step; returns whether close() interrupted it (and consumes that interrupt). */
    private boolean finish(CountDownLatch ended) {
        boolean closed;
        synchronized (lock) {
            closed = closedUnderStep;
            stepper = null;
            logic = null;
            stepEnded = null;
            closedUnderStep = false;
            if (closed) {
                Thread.interrupted();
            }
        }
        ended.countDown();
        return closed;
    }

    private InterruptedException closedDuring(long computing, Throwable cause) {
        InterruptedException e = new InterruptedException(name + ": closed while computing generation "
                + computing);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    /**
     * Marks the strategy closed and cancels the step in flight, if any: interrupts its thread, then
     * aborts its logic, then runs {@code stopWorkers} (which must make the strategy's own threads
     * end, without waiting for them), then waits until the step has ended. Any thread, any number
     * of times; never from inside a cell call of the step (that would wait for itself).
     */
    void close(Runnable stopWorkers) {
        Thread s;
        CellLogic l;
        CountDownLatch ended;
        synchronized (lock) {
            closing = true;
            s = stepper;
            l = logic;
            ended = stepEnded;
            if (s != null) {
                closedUnderStep = true;
                s.interrupt();
            }
        }
        RuntimeException abortFailure = null;
        if (l != null) {
            try {
                l.abort();
            } catch (RuntimeException e) {
                abortFailure = e;
            }
        }
        stopWorkers.run();
        if (ended != null && s != Thread.currentThread()) {
            awaitUninterruptibly(ended);
        }
        if (abortFailure != null) {
            throw abortFailure;
        }
    }

    static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
