package lifefx.cellio;

import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StrategyConfig;

/** {@code virtual-threads} passes the shared strategy contract with socket I/O to its own loopback service (no delay). */
class VirtualThreadPerCellWithSocketTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return WithCellIo.of("virtual-threads", config, CellIoMode.Socket.withDelay(0));
    }
}
