package lifefx.cellio;

import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StrategyConfig;

/** {@code queue} passes the shared strategy contract with a small latency (20us, jitter ±50%). */
class QueueWorkersWithLatencyTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return WithCellIo.of("queue", config, new CellIoMode.Latency(20_000, 50, 7));
    }
}
