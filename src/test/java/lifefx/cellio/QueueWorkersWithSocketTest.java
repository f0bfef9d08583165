package lifefx.cellio;

import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StrategyConfig;

/** {@code queue} passes the shared strategy contract with socket I/O to its own loopback service (no delay). */
class QueueWorkersWithSocketTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return WithCellIo.of("queue", config, CellIoMode.Socket.withDelay(0));
    }
}
