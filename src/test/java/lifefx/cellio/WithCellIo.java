package lifefx.cellio;

import java.io.IOException;
import java.io.UncheckedIOException;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.StepFailedException;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.Rule;

/**
 * A strategy that makes every cell call through cell I/O, so that the engine's own {@code
 * GenerationStrategyContract} (blinker, glider, tiny tori, random soups and rules against the
 * reference, cancellation, failures, thread leaks) runs unchanged with latency or socket I/O.
 *
 * <p>Logic that is a pure rule is replaced by this mode's logic for that rule, which is what the
 * CLI and the window do. The contract also passes its own logic with side effects (a cell that
 * blocks, one that fails); latency mode waits before it, and socket mode, whose service can only
 * compute a rule, makes a real round trip before it. Owns its {@link CellIo} (for socket mode, its
 * own service), and closes it with the strategy.
 */
final class WithCellIo implements GenerationStrategy {

    private final GenerationStrategy delegate;
    private final CellIo io;
    private volatile boolean closed;

    WithCellIo(GenerationStrategy delegate, CellIoMode mode) {
        this.delegate = delegate;
        try {
            this.io = CellIo.open(mode);
        } catch (IOException e) {
            delegate.close();
            throw new UncheckedIOException(e);
        }
    }

    static WithCellIo of(String strategy, StrategyConfig config, CellIoMode mode) {
        return new WithCellIo(StrategyRegistry.get(strategy).create(config), mode);
    }

    CellIo io() {
        return io;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        if (closed) {
            // What the contract accepts from a closed strategy: a clear refusal.
            throw new IllegalStateException(delegate.name() + " with " + io + " is closed");
        }
        return delegate.step(current, adapt(logic));
    }

    private CellLogic adapt(CellLogic logic) {
        if (logic.pureRule() != null || !(io.mode() instanceof CellIoMode.Socket)) {
            return io.wrap(logic);
        }
        CellLogic roundTrip = io.logic(Rule.CONWAY);
        return new CellLogic() {
            @Override
            public boolean next(boolean alive, int n) throws IOException, InterruptedException {
                roundTrip.next(alive, n);
                return logic.next(alive, n);
            }

            @Override
            public void abort() {
                roundTrip.abort();
                logic.abort();
            }
        };
    }

    @Override
    public void close() {
        closed = true;
        delegate.close();
        io.close();
    }
}
