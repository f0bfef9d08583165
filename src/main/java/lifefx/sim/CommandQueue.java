package lifefx.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The commands on their way to the stepping thread, and the sticky cancel requests that go with
 * them. Thread-safe: any thread sends; only the stepping thread takes, and only it calls {@link
 * #beginStep} and {@link #endStep}.
 *
 * <p><b>Why sticky.</b> A command that must not wait for a slow generation ({@link
 * Command#cancels()}) used to interrupt the stepping thread only when it was already inside a step.
 * A command that arrived after the loop's last look at the queue but before the step began was
 * missed, and waited out the whole generation (minutes with cell I/O). Here the request is state,
 * not an event: a command that cancels counts as a pending request from the moment it is queued
 * until the stepping thread takes it off the queue. {@link #beginStep} refuses to start a
 * generation while such a request is pending, and a request sent once a step has begun marks that
 * step cancelled and interrupts the stepping thread. Both sides do this under one lock, so either
 * the step sees the request before it starts, or the sender sees the step and interrupts it; no
 * request falls between the two. Golly's {@code lifepoll} keeps its interrupt flag the same way.
 *
 * <p><b>No stale interrupts.</b> The stepping thread is interrupted only inside a step, under the
 * lock, and {@link #endStep} clears its interrupt status under the same lock. So an interrupt meant
 * for one generation never lands on the next one, and the loop can wait on the queue without
 * stray wake-ups.
 *
 * <p>The cost is one uncontended lock per command and two per generation.
 */
final class CommandQueue {

    private final LinkedBlockingQueue<Command> queue = new LinkedBlockingQueue<>();
    private final Object lock = new Object();

    // Guarded by lock.
    private int playCancels;
    private int anyCancels;
    private Thread stepper;
    private boolean inStep;
    private boolean stepForPlay;
    private boolean stepCancelled;
    private boolean shut;

    /**
     * Queues {@code c}; when it cancels a generation, records the request and cancels the matching
     * step in flight. Any thread.
     *
     * @return false when the queue has been shut (the simulation has ended) and {@code c} was dropped
     */
    boolean send(Command c) {
        synchronized (lock) {
            if (shut) {
                return false;
            }
            queue.add(c);
            switch (c.cancels()) {
                case NOTHING -> {
                }
                case PLAY -> {
                    playCancels++;
                    if (inStep && stepForPlay) {
                        cancelStep();
                    }
                }
                case ANY -> {
                    anyCancels++;
                    if (inStep) {
                        cancelStep();
                    }
                }
            }
            return true;
        }
    }

    private void cancelStep() {
        if (!stepCancelled) {
            stepCancelled = true;
            stepper.interrupt();
        }
    }

    /** Waits for the next command. Stepping thread only. */
    Command take() throws InterruptedException {
        return taken(queue.take());
    }

    /** The next command, waiting at most {@code nanos}; {@code null} if none came. Stepping thread only. */
    Command poll(long nanos) throws InterruptedException {
        return taken(nanos > 0 ? queue.poll(nanos, TimeUnit.NANOSECONDS) : queue.poll());
    }

    /** The next command, or {@code null} at once. Stepping thread only. */
    Command poll() {
        return taken(queue.poll());
    }

    /** Once the stepping thread holds a command, its cancel request has been heard. */
    private Command taken(Command c) {
        if (c != null && c.cancels() != Command.Cancels.NOTHING) {
            synchronized (lock) {
                if (c.cancels() == Command.Cancels.PLAY) {
                    playCancels--;
                } else {
                    anyCancels--;
                }
            }
        }
        return c;
    }

    /**
     * Called by the stepping thread just before it computes a generation ({@code forPlay}: one of
     * play, else a single step). Returns false, and the generation must not start, when a command
     * that cancels it is already queued: the loop should take the queue first.
     */
    boolean beginStep(boolean forPlay) {
        synchronized (lock) {
            if (anyCancels > 0 || (forPlay && playCancels > 0)) {
                return false;
            }
            stepper = Thread.currentThread();
            inStep = true;
            stepForPlay = forPlay;
            stepCancelled = false;
            return true;
        }
    }

    /**
     * Called by the stepping thread when the generation begun by {@link #beginStep} has ended, in
     * whatever way. Clears the thread's interrupt status. Returns whether the generation was
     * cancelled, in which case its result, if any, must be dropped.
     */
    boolean endStep() {
        synchronized (lock) {
            inStep = false;
            boolean cancelled = stepCancelled;
            stepCancelled = false;
            Thread.interrupted();
            return cancelled;
        }
    }

    /**
     * Refuses every later command and returns those still queued. Called by the stepping thread as
     * it ends, so that nothing sent afterwards waits forever.
     */
    List<Command> shut() {
        synchronized (lock) {
            shut = true;
            List<Command> left = new ArrayList<>(queue);
            queue.clear();
            return left;
        }
    }
}
