package lifefx.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Where snapshots become visible: the newest one in a volatile field, the threads waiting for one,
 * and the flushes waiting to be answered.
 *
 * <p><b>Threading.</b> {@link #publish}, {@link #answerWithNext} and {@link #failFlushes} are
 * called by the stepping thread only. {@link #latest()} and {@link #await} may be called from any
 * thread.
 *
 * <p><b>Memory consistency effects.</b> A snapshot is built in full by the stepping thread before
 * {@link #publish} writes it to a volatile field, so a reader that sees it sees all of its contents,
 * including the grid's cells. A flush future is completed after that write.
 */
final class SnapshotPublisher {

    private final Object monitor = new Object();
    private final List<CompletableFuture<Snapshot>> flushes = new ArrayList<>();
    private volatile Snapshot latest;
    /** Whether {@link #latest} was read since it was published: the stepping loop publishes sooner then. */
    private volatile boolean consumed;
    private long version;

    SnapshotPublisher(SnapshotSource first) {
        latest = first.snapshot(++version);
    }

    /** Builds a snapshot for a version number. */
    interface SnapshotSource {
        Snapshot snapshot(long version);
    }

    /** The newest snapshot; marks it read. Any thread. */
    Snapshot latest() {
        consumed = true;
        return latest;
    }

    /** Whether the newest snapshot was read (by {@link #latest()} or {@link #await}) since it was published. */
    boolean consumed() {
        return consumed;
    }

    /** Answers {@code f} with the next snapshot published. Stepping thread. */
    void answerWithNext(CompletableFuture<Snapshot> f) {
        flushes.add(f);
    }

    /** Builds and publishes a snapshot, wakes waiters and answers pending flushes. Stepping thread. */
    void publish(SnapshotSource source) {
        Snapshot s = source.snapshot(++version);
        consumed = false;
        latest = s;
        synchronized (monitor) {
            monitor.notifyAll();
        }
        for (CompletableFuture<Snapshot> f : flushes) {
            f.complete(s);
        }
        flushes.clear();
    }

    /** Fails the flushes no snapshot will answer any more (the simulation ended). Stepping thread. */
    void failFlushes() {
        for (CompletableFuture<Snapshot> f : flushes) {
            f.completeExceptionally(new SimulationClosedException());
        }
        flushes.clear();
    }

    /** See {@link Simulation#await}. Any thread. */
    Snapshot await(Predicate<Snapshot> condition, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (true) {
                consumed = true;
                Snapshot s = latest;
                if (condition.test(s)) {
                    return s;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("no snapshot satisfied the condition within " + timeout
                            + "; the last was generation " + s.generation() + (s.running() ? " (running)" : " (paused)"));
                }
                TimeUnit.NANOSECONDS.timedWait(monitor, left);
            }
        }
    }
}
