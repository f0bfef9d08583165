package lifefx.engine;

import lifefx.life.CellLogic;
import lifefx.life.Grid;

/**
 * {@code bands}: coarse-grained fan-out. The rows are cut into K horizontal bands of nearly equal
 * height, and each band is computed by one virtual thread, cell by cell. Compared with {@code
 * virtual-threads} (one thread per cell) it shows what task granularity costs: K tasks per
 * generation instead of height × width.
 *
 * <p><b>Threading:</b> K virtual threads per generation (fewer when the grid has fewer rows),
 * started and joined by the caller; all have ended before {@code step} returns or throws. A band
 * that fails stops the others (see {@link Bands}). <b>Memory visibility:</b> bands write disjoint
 * rows of the builder; the fan-in latch and {@code Thread.join} make them visible to the caller.
 */
public final class BandedStrategy implements GenerationStrategy {

    public static final String NAME = "bands";

    private static final Thread.Builder.OfVirtual BUILDER = Thread.ofVirtual().name("lifefx-band-", 0);

    private final int bands;
    private final StepGuard guard = new StepGuard(NAME);

    public BandedStrategy(StrategyConfig config) {
        this.bands = config.threads();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        return guard.step(current, logic, () -> Bands.step(NAME, BUILDER, bands, current, logic, CellSweep::rows));
    }

    /**
     * Cancels a step in flight on another thread (its bands are interrupted and joined, its logic
     * aborted) and waits until it has thrown. Holds no threads between steps.
     */
    @Override
    public void close() {
        guard.close(() -> { });
    }
}
