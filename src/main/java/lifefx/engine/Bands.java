package lifefx.engine;

import java.io.IOException;
import lifefx.life.CellLogic;
import lifefx.life.Grid;

/**
 * The fan-out shared by {@link BandedStrategy}, {@link PackedStrategy} and {@link PackedState}: the rows are cut into K
 * bands of nearly equal height, each computed by one virtual thread, and the caller waits for them.
 *
 * <p><b>Failure and cancellation.</b> The caller waits on a {@link FanIn} latch, which opens when
 * every band has ended or as soon as one fails. On a failure, or when the caller is interrupted,
 * the caller sets the sticky stop flag, interrupts every band, and joins them all before it throws;
 * so no band outlives {@code step}. A band that catches {@link InterruptedException} while nobody
 * stopped the generation reports it as a failure: its rows were never written, and a grid with
 * them missing must never be returned.
 *
 * <p><b>Memory consistency effects:</b> each band writes only its own rows of the builder, and
 * counts the fan-in down after its last write; the latch (and the joins after it) happen-before
 * the caller builds the grid.
 */
final class Bands {

    /** Computes rows {@code [from, to)} of the next generation on the calling band thread. */
    @FunctionalInterface
    interface Body {
        void rows(Grid current, CellLogic logic, Grid.Builder next, int from, int to)
                throws IOException, InterruptedException;
    }

    private Bands() {
    }

    /**
     * Computes the generation after {@code current} in {@code bands} bands (fewer when the grid
     * has fewer rows), each on a virtual thread named {@code lifefx-NAME-i}. Called on the
     * stepping thread.
     */
    static Grid step(String name, Thread.Builder.OfVirtual threads, int bands, Grid current, CellLogic logic,
                     Body body) throws InterruptedException, StepFailedException {
        Grid.Builder next = new Grid.Builder(current.size());
        ScheduleRecorder rec = ScheduleRecorder.active(); // bound again on each band thread, if any
        fanOut(name, threads, bands, current.height(), current.generation(), rec == null
                ? (b, from, to) -> body.rows(current, logic, next, from, to)
                : (b, from, to) -> ScheduleRecorder.during(rec, () -> {
                    body.rows(current, logic, next, from, to);
                    return null;
                }));
        return next.build(current.generation() + 1);
    }

    /** Work on rows {@code [from, to)}, band number {@code band}, on the calling band thread. */
    @FunctionalInterface
    interface Range {
        void run(int band, int from, int to) throws Exception;
    }

    /**
     * Runs {@code body} over rows {@code [0, rows)} cut into {@code min(bands, rows)} bands, each on
     * a virtual thread from {@code threads}, and returns when all have ended; or stops them all
     * (sticky flag, interrupts, joins) and throws when one fails or the caller is interrupted.
     * {@code generation} is the one being computed from, for the failure message. Called on the
     * stepping thread. <b>Memory consistency effects:</b> everything a band did happens-before
     * this returns normally (the fan-in latch, then the joins).
     *
     * @return the number of bands used
     */
    static int fanOut(String name, Thread.Builder.OfVirtual threads, int bands, int rows, long generation,
                      Range body) throws InterruptedException, StepFailedException {
        return fanOut(name, threads, bands, rows, generation, body, false);
    }

    /**
     * {@link #fanOut(String, Thread.Builder.OfVirtual, int, int, long, Range)}, where with {@code
     * callerTakesFirst} the calling thread computes band 0 itself while the other bands run on
     * virtual threads. For bands of a fraction of a millisecond (packed words) that saves the start
     * of one thread and, more, the wake-up of a parked carrier for it; the caller is running anyway.
     * The caller's band checks for interrupts like the others, and a failure or interrupt there
     * stops the other bands exactly as one of theirs would. <b>Memory consistency effects:</b> the
     * caller's own writes are in program order; every other band's happen-before the fan-in opens.
     */
    static int fanOut(String name, Thread.Builder.OfVirtual threads, int bands, int rows, long generation,
                      Range body, boolean callerTakesFirst) throws InterruptedException, StepFailedException {
        CellSweep.checkInterrupt();
        int k = Math.min(bands, rows);
        int first = callerTakesFirst ? 1 : 0;
        FanIn fan = new FanIn(k - first);
        Thread[] started = new Thread[k];
        int count = 0;
        try {
            for (int b = first; b < k; b++) {
                int band = b;
                int from = (int) ((long) rows * b / k);
                int to = (int) ((long) rows * (b + 1) / k);
                started[count] = threads.start(() -> {
                    try {
                        runBand(name, generation, k, body, band, from, to);
                    } catch (Throwable e) {
                        fan.failed(e);
                    } finally {
                        fan.done();
                    }
                });
                count++;
            }
            if (callerTakesFirst) {
                try {
                    runBand(name, generation, k, body, 0, 0, (int) ((long) rows / k));
                } catch (InterruptedException e) {
                    throw e;
                } catch (Throwable e) {
                    fan.failed(e); // opens the fan-in; handled below as any band's failure
                }
            }
            fan.await();
        } catch (InterruptedException e) {
            stop(fan, started, count);
            throw e;
        } catch (RuntimeException | OutOfMemoryError e) {
            stop(fan, started, count);
            throw new StepFailedException(name + ": could not start band " + (count + 1) + " of " + k + ": " + e, e);
        }
        if (fan.failure() != null) {
            stop(fan, started, count);
            throw StepFailedException.fromCell(name, generation, fan.failure());
        }
        // Every band counted down; the joins only make sure none of them is still winding down.
        Joins.joinUninterruptibly(started, count);
        return k;
    }

    /**
     * Runs one band, inside a {@link FlightEvents} band event when a recording wants one (a band that
     * throws records nothing). On the band's thread.
     */
    private static void runBand(String name, long generation, int bands, Range body, int band, int from, int to)
            throws Exception {
        FlightEvents.BandEvent event = FlightEvents.beginBand();
        body.run(band, from, to);
        FlightEvents.endBand(event, name, generation + 1, band, bands, from, to);
    }

    /** Sets the stop flag, then interrupts the first {@code n} bands and waits until they all end. */
    private static void stop(FanIn fan, Thread[] bands, int n) {
        fan.stop();
        for (int i = 0; i < n; i++) {
            bands[i].interrupt();
        }
        Joins.joinUninterruptibly(bands, n);
    }
}
