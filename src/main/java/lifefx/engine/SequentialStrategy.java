package lifefx.engine;

import java.io.IOException;
import lifefx.life.CellLogic;
import lifefx.life.Grid;

/**
 * {@code sequential}: the article's baseline. One thread, the caller's, visits every cell in row
 * order and calls the cell logic for it.
 *
 * <p><b>Threading:</b> starts no threads; everything runs on the caller. <b>Memory visibility:</b>
 * trivially program order. Cancellation is noticed at the start of each row. {@link #close()} from
 * another thread during a step interrupts the stepping thread and aborts the logic (see {@link
 * StepGuard}), and waits until the step has thrown.
 */
public final class SequentialStrategy implements GenerationStrategy {

    public static final String NAME = "sequential";

    @Override
    public String name() {
        return NAME;
    }

    private final StepGuard guard = new StepGuard(NAME);

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        return guard.step(current, logic, () -> {
            Grid.Builder next = new Grid.Builder(current.size());
            try {
                CellSweep.rows(current, logic, next, 0, current.height());
            } catch (IOException | RuntimeException e) {
                throw StepFailedException.fromCell(NAME, current.generation(), e);
            }
            return next.build(current.generation() + 1);
        });
    }

    /** Cancels a step in flight on another thread and waits for it; holds no threads of its own. */
    @Override
    public void close() {
        guard.close(() -> { });
    }
}
