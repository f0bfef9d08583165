package lifefx.engine;

import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.Rule;

/**
 * {@code packed-tiles}: bit-parallel like {@code packed}, but it recomputes only the tiles (64
 * columns × 32 rows) that can change, as Golly's QuickLife does; see {@link PackedTilesState},
 * which is what a torus universe keeps for it with pure logic, and where the design is explained.
 *
 * <p>This class is {@code packed-tiles} where a byte grid goes in and comes out ({@code bench},
 * JMH's {@code StepBenchmark}). It keeps the last state it computed: when the next call passes the
 * very grid it returned last (same object) with the same rule, it steps that state on, so the
 * tiles' change record carries over and settled regions are skipped; any other grid starts a new
 * state (every tile recomputed for two generations). Packing and unpacking still cost O(cells)
 * per call, so the skipping pays off fully only in a torus universe.
 *
 * <p>When the cell logic does I/O ({@link CellLogic#pureRule()} is {@code null}) it behaves as
 * {@code packed} does: K bands of rows on virtual threads, the logic called once per cell on the
 * byte grid.
 *
 * <p><b>Threading:</b> K virtual threads per generation over bands of tile rows, started and
 * joined by the caller (see {@link PackedTilesState} for visibility); none outlives {@code step}.
 * The cached state is touched only by the stepping thread.
 */
public final class PackedTilesStrategy implements GenerationStrategy {

    public static final String NAME = "packed-tiles";

    private static final Thread.Builder.OfVirtual BUILDER = Thread.ofVirtual().name("lifefx-packed-tiles-", 0);

    private final int bands;
    private final StepGuard guard = new StepGuard(NAME);
    /** The state that computed {@link #lastOut}, or null. Stepping thread only. */
    private PackedTilesState state;
    private Grid lastOut;
    private Rule lastRule;

    public PackedTilesStrategy(StrategyConfig config) {
        this.bands = config.threads();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        Rule rule = logic.pureRule();
        if (rule == null) {
            return guard.step(current, logic, () -> Bands.step(NAME, BUILDER, bands, current, logic, CellSweep::rows));
        }
        return guard.step(current, logic, () -> {
            PackedTilesState s = state;
            if (s == null || current != lastOut || rule.birth() != lastRule.birth()
                    || rule.survival() != lastRule.survival()) {
                s = new PackedTilesState(current, rule, bands, PackedTilesState.INLINE_WORDS,
                        PackedTilesState.TILE_HEIGHT);
            }
            state = null;
            lastOut = null;
            s.stepUnguarded(1);
            Grid next = s.toGrid();
            state = s;
            lastOut = next;
            lastRule = rule;
            return next;
        });
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
