package lifefx.cellio;

import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StrategyConfig;

/** {@code packed} passes the shared strategy contract with a small latency (20us, jitter ±50%). */
class PackedWithLatencyTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return WithCellIo.of("packed", config, new CellIoMode.Latency(20_000, 50, 7));
    }
}
