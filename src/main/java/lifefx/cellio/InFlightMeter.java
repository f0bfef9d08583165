package lifefx.cellio;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts cell calls in flight: how many have started and not yet returned or thrown, right now
 * and at the most. The numbers are measured, one increment as a call starts and one decrement as
 * it ends, not computed from the strategy's thread count; so they show what a strategy really
 * overlaps (a 5-thread pool never gets past 5, one virtual thread per cell gets to thousands).
 *
 * <p>Thread-safe; any thread may call any method. {@link #enter()} and {@link #exit()} are called
 * around every cell call, from the strategies' threads; readers (the bench, the window's overlay)
 * may poll {@link #current()} and {@link #peak()} at any time. A call that must wait before its
 * I/O (in socket mode, for a pooled connection) is still in flight; {@link #waiting()} counts how
 * many of the calls in flight are in that wait.
 *
 * <p>Cost: two atomic adds on one shared counter per call, plus a CAS on the peak only when a new
 * peak is reached. Against a call that sleeps or crosses a socket that is noise; the meter is not
 * used in the pure ({@code none}) mode, where calls take nanoseconds.
 */
public final class InFlightMeter {

    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final LongAdder calls = new LongAdder();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger peakWaiting = new AtomicInteger();

    /** A call starts. */
    public void enter() {
        int now = current.incrementAndGet();
        calls.increment();
        // Read first: a plain read is cheap, and most calls do not set a new peak.
        if (now > peak.get()) {
            peak.accumulateAndGet(now, Math::max);
        }
    }

    /** A call ends, normally or not. */
    public void exit() {
        current.decrementAndGet();
    }

    /**
     * A call in flight starts waiting for a resource it needs before its I/O can begin (in socket
     * mode, a pooled connection). The call stays in flight: waiting is part of its I/O time.
     */
    public void waitStarted() {
        int now = waiting.incrementAndGet();
        if (now > peakWaiting.get()) {
            peakWaiting.accumulateAndGet(now, Math::max);
        }
    }

    /** A call stops waiting, because it got what it waited for, or failed, or was interrupted. */
    public void waitEnded() {
        waiting.decrementAndGet();
    }

    /** Calls in flight that are waiting now (for a pooled connection, in socket mode). */
    public int waiting() {
        return waiting.get();
    }

    /** The most calls that waited at once since creation or the last {@link #resetPeak()}. */
    public int peakWaiting() {
        return peakWaiting.get();
    }

    /** Calls in flight now. */
    public int current() {
        return current.get();
    }

    /** The most calls that were in flight at once since creation or the last {@link #resetPeak()}. */
    public int peak() {
        return peak.get();
    }

    /** Calls started since creation. */
    public long calls() {
        return calls.sum();
    }

    /** Starts a new peak measurement from the calls in flight now (for example, per bench row). */
    public void resetPeak() {
        peak.set(current.get());
        peakWaiting.set(waiting.get());
    }
}
