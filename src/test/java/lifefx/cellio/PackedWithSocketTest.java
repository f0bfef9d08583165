package lifefx.cellio;

import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StrategyConfig;

/** {@code packed} passes the shared strategy contract with socket I/O to its own loopback service (no delay). */
class PackedWithSocketTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return WithCellIo.of("packed", config, CellIoMode.Socket.withDelay(0));
    }
}
