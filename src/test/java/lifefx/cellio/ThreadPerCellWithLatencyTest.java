package lifefx.cellio;

import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StrategyConfig;

/** {@code thread-per-cell} passes the shared strategy contract with a small latency (20us, jitter ±50%). */
class ThreadPerCellWithLatencyTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return WithCellIo.of("thread-per-cell", config, new CellIoMode.Latency(20_000, 50, 7));
    }

    /** A platform thread per cell is slow to make: smaller soups, as in the engine's own test. */
    @Override
    public int maxSoupSide() {
        return 12;
    }
}
