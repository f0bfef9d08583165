package lifefx.engine;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import lifefx.life.CellLogic;
import lifefx.life.Grid;

/**
 * {@code bands}: coarse-grained fan-out. The rows are cut into K horizontal bands of nearly equal
 * height, and each band is computed by one virtual thread, cell by cell. Compared with {@code
 * virtual-threads} (one thread per cell) it shows what task granularity costs: K tasks per
 * generation instead of height × width.
 *
 * <p><b>Threading:</b> K virtual threads per generation (fewer when the grid has fewer rows),
 * started and joined by the caller; all have ended before {@code step} returns or throws.
 * <b>Memory visibility:</b> bands write disjoint rows of the builder; {@code Thread.join} makes
 * them visible to the caller.
 */
public final class BandedStrategy implements GenerationStrategy {

    public static final String NAME = "bands";

    private static final Thread.Builder.OfVirtual BUILDER = Thread.ofVirtual().name("lifefx-band-", 0);

    private final int bands;

    public BandedStrategy(StrategyConfig config) {
        this.bands = config.threads();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        CellSweep.checkInterrupt();
        int h = current.height();
        int k = Math.min(bands, h);
        Grid.Builder next = new Grid.Builder(current.size());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] threads = new Thread[k];
        for (int b = 0; b < k; b++) {
            int from = (int) ((long) h * b / k);
            int to = (int) ((long) h * (b + 1) / k);
            threads[b] = BUILDER.start(() -> {
                try {
                    CellSweep.rows(current, logic, next, from, to);
                } catch (InterruptedException e) {
                    // Cancelled: the caller is already unwinding.
                } catch (IOException | RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    for (Thread t : threads) {
                        if (t != null && t != Thread.currentThread()) {
                            t.interrupt();
                        }
                    }
                }
            });
        }
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            for (Thread t : threads) {
                t.interrupt();
            }
            Joins.joinUninterruptibly(threads, k);
            throw e;
        }
        if (failure.get() != null) {
            throw StepFailedException.fromCell(NAME, current.generation(), failure.get());
        }
        return next.build(current.generation() + 1);
    }

    @Override
    public void close() {
        // Holds no threads between steps.
    }
}
