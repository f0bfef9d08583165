package lifefx.cellio;

import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StrategyConfig;

/** {@code thread-pool} passes the shared strategy contract with a small latency (20us, jitter ±50%). */
class ThreadPoolWithLatencyTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return WithCellIo.of("thread-pool", config, new CellIoMode.Latency(20_000, 50, 7));
    }
}
