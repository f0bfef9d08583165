package lifefx.engine;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import lifefx.life.CellLogic;
import lifefx.life.Grid;

/**
 * The fan-out shared by {@link BandedStrategy} and {@link PackedStrategy}: the rows are cut into K
 * bands of nearly equal height, each computed by one virtual thread, and the caller joins them.
 *
 * <p>A band that fails interrupts the others, so a failing generation ends quickly; a cancelled
 * caller interrupts every band and waits for all of them before it rethrows. Each band writes
 * only its own rows of the builder; {@code Thread.join} makes them visible to the caller.
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
     * has fewer rows), each on a virtual thread named {@code lifefx-NAME-i}.
     */
    static Grid step(String name, Thread.Builder.OfVirtual threads, int bands, Grid current, CellLogic logic,
                     Body body) throws InterruptedException, StepFailedException {
        CellSweep.checkInterrupt();
        int h = current.height();
        int k = Math.min(bands, h);
        Grid.Builder next = new Grid.Builder(current.size());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] started = new Thread[k];
        for (int b = 0; b < k; b++) {
            int from = (int) ((long) h * b / k);
            int to = (int) ((long) h * (b + 1) / k);
            started[b] = threads.start(() -> {
                try {
                    body.rows(current, logic, next, from, to);
                } catch (InterruptedException e) {
                    // Cancelled, or another band failed: the caller is already unwinding.
                } catch (IOException | RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    // Best effort: a band not yet in the array finishes on its own.
                    for (Thread t : started) {
                        if (t != null && t != Thread.currentThread()) {
                            t.interrupt();
                        }
                    }
                }
            });
        }
        try {
            for (Thread t : started) {
                t.join();
            }
        } catch (InterruptedException e) {
            for (Thread t : started) {
                t.interrupt();
            }
            Joins.joinUninterruptibly(started, k);
            throw e;
        }
        if (failure.get() != null) {
            throw StepFailedException.fromCell(name, current.generation(), failure.get());
        }
        return next.build(current.generation() + 1);
    }
}
