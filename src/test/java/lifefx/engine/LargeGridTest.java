package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grids larger than the strategies' bounds on outstanding work (the pool's and the queue's window
 * of 65,536 cells, the virtual-thread wave of 2²⁰ cells), so the windowed paths are exercised.
 */
class LargeGridTest {

    @ParameterizedTest
    @ValueSource(strings = {"queue", "thread-pool", "virtual-threads", "bands", "packed"})
    void largerThanEveryWindowMatchesSequential(String name) throws Exception {
        GridSize size = new GridSize(1030, 1021); // 1,051,630 cells: more than 2^20
        assertThat(size.cells()).isGreaterThan(VirtualThreadPerCellStrategy.MAX_LIVE_THREADS)
                .isGreaterThan(ThreadPoolStrategy.MAX_OUTSTANDING).isGreaterThan(QueueWorkersStrategy.WINDOW);
        Grid start = GenerationStrategyContract.soup(size, 99, 0.3);
        Grid expected;
        try (GenerationStrategy seq = new SequentialStrategy()) {
            expected = seq.step(start, GenerationStrategyContract.opaque(Rule.CONWAY));
        }
        try (GenerationStrategy s = StrategyRegistry.get(name).create(new StrategyConfig(3))) {
            assertThat(s.step(start, GenerationStrategyContract.opaque(Rule.CONWAY))).isEqualTo(expected);
            assertThat(s.step(start, CellLogic.of(Rule.CONWAY))).isEqualTo(expected);
        }
    }
}
