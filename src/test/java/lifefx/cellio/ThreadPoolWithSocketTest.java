package lifefx.cellio;

import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StrategyConfig;

/** {@code thread-pool} passes the shared strategy contract with socket I/O to its own loopback service (no delay). */
class ThreadPoolWithSocketTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return WithCellIo.of("thread-pool", config, CellIoMode.Socket.withDelay(0));
    }
}
