package lifefx.engine;

import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.Rule;

/**
 * {@code packed}: bit-parallel, on byte grids. Each row is packed 64 cells to a {@code long}, and
 * the kernel of {@link PackedRows} computes 64 cells at once with bitwise adders. The rows are
 * split into K bands, one virtual thread each, as in {@code bands}: one fan-out packs the grid
 * (each band its own rows), a second computes each band's rows and unpacks them into the next
 * grid.
 *
 * <p>This is {@code packed} where a byte grid goes in and comes out: {@code bench}, JMH's {@code
 * StepBenchmark}, and a torus universe whose logic does I/O. A torus universe with pure logic does
 * not use it: it keeps the words between generations ({@link PackedState}) and never pays the
 * two conversions per generation that this class does.
 *
 * <p>Only pure rules can be computed 64 at a time. When the cell logic does I/O ({@link
 * CellLogic#pureRule()} is {@code null}), each band calls it once per cell, exactly as {@code
 * bands} does, so results never differ.
 *
 * <p><b>Threading:</b> K virtual threads per fan-out, started and joined by the caller; none
 * outlives {@code step}. <b>Memory visibility:</b> bands write disjoint rows (whole words) of the
 * word arrays and of the builder; each fan-in latch and {@code Thread.join} come before the next
 * fan-out starts its threads and before the grid is built (see {@link Bands}).
 */
public final class PackedStrategy implements GenerationStrategy {

    public static final String NAME = "packed";

    private static final Thread.Builder.OfVirtual BUILDER = Thread.ofVirtual().name("lifefx-packed-", 0);

    private final int bands;
    private final StepGuard guard = new StepGuard(NAME);

    public PackedStrategy(StrategyConfig config) {
        this.bands = config.threads();
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Which generation kernel {@code packed} (and its torus state) runs in this JVM, for reports:
     * the Vector API one when {@code jdk.incubator.vector} is loaded, else the scalar one, and why.
     */
    public static String kernel() {
        return PackedRows.describeKernel();
    }

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        Rule rule = logic.pureRule();
        if (rule == null) {
            return guard.step(current, logic, () -> Bands.step(NAME, BUILDER, bands, current, logic, CellSweep::rows));
        }
        return guard.step(current, logic, () -> packedStep(current, rule));
    }

    /** Pack, compute, unpack, each band on its own rows. Called on the stepping thread. */
    private Grid packedStep(Grid current, Rule rule) throws InterruptedException, StepFailedException {
        int h = current.height();
        int w = current.width();
        int wpr = PackedRows.wordsPerRow(w);
        long[] src = new long[h * wpr];
        long[] dst = new long[h * wpr];
        Grid.Builder next = new Grid.Builder(current.size());
        Bands.fanOut(NAME, BUILDER, bands, h, current.generation(), (b, from, to) -> {
            byte[] bytes = new byte[w];
            for (int r = from; r < to; r++) {
                current.copyRow(r, bytes, 0);
                PackedRows.packRow(bytes, src, r * wpr);
            }
        });
        Bands.fanOut(NAME, BUILDER, bands, h, current.generation(), (b, from, to) -> {
            PackedRows.rows(src, dst, h, w, from, to, rule.birth(), rule.survival());
            byte[] bytes = new byte[w];
            for (int r = from; r < to; r++) {
                PackedRows.unpackRow(dst, r * wpr, bytes);
                next.setRow(r, bytes, 0);
            }
        });
        return next.build(current.generation() + 1);
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
