package lifefx.cellio;

import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StrategyConfig;

/** {@code thread-per-cell} passes the shared strategy contract with socket I/O to its own loopback service (no delay). */
class ThreadPerCellWithSocketTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return WithCellIo.of("thread-per-cell", config, CellIoMode.Socket.withDelay(0));
    }

    /** A platform thread per cell is slow to make: smaller soups, as in the engine's own test. */
    @Override
    public int maxSoupSide() {
        return 12;
    }
}
