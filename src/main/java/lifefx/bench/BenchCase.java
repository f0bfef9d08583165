package lifefx.bench;

import java.util.Objects;
import lifefx.cellio.CellIoMode;
import lifefx.life.GridSize;

/**
 * One measurement to make: a strategy on a grid for a number of generations.
 *
 * @param strategy registry name
 * @param grid     torus size; the start grid (the article's glider, a soup, a pattern) is given to {@link Bench#run}
 * @param steps    timed generations
 * @param warmup   untimed generations run first, so the JIT has compiled the hot path
 * @param threads  K, for the strategies that use it
 * @param io       the cell I/O mode
 */
public record BenchCase(String strategy, GridSize grid, int steps, int warmup, int threads, CellIoMode io) {

    public BenchCase {
        Objects.requireNonNull(strategy);
        Objects.requireNonNull(grid);
        Objects.requireNonNull(io);
        if (steps < 1) {
            throw new IllegalArgumentException("--steps must be at least 1, got " + steps);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be 0 or more, got " + warmup);
        }
    }
}
