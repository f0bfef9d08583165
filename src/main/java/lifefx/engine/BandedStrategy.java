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
        return Bands.step(NAME, BUILDER, bands, current, logic, CellSweep::rows);
    }

    @Override
    public void close() {
        // Holds no threads between steps.
    }
}
