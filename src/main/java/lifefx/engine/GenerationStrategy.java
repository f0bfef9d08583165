package lifefx.engine;

import lifefx.life.CellLogic;
import lifefx.life.Grid;

/**
 * Computes the next generation of a toroidal grid with one concurrency technique. One class per
 * technique; {@link StrategyRegistry} maps user-facing names to them.
 *
 * <p><b>Threading.</b> An instance is used by one caller thread at a time (the stepping thread):
 * {@link #step} is not reentrant. {@link #close} may be called from any thread, also while a step
 * runs, which it then cancels. Long-lived workers (pools, queue workers) are created lazily on the
 * first step and ended by {@code close()}.
 *
 * <p><b>Results.</b> {@code step} returns a fresh grid whose generation is one more than its input,
 * equal cell for cell to what {@link SequentialStrategy} computes for the same input and logic.
 * The input grid is never written.
 *
 * <p><b>Cancellation.</b> Interrupting the calling thread cancels the generation in flight: {@code
 * step} stops its tasks, waits until none of them runs any more, and throws {@link
 * InterruptedException}; nothing of the cancelled generation is returned. After {@code close()}
 * returns, every thread the strategy started has ended, so the JVM's live thread count is back to
 * where it was.
 *
 * <p><b>Failure.</b> A generation is either complete and exact, or {@code step} throws: when one
 * cell's logic throws (also an {@link InterruptedException} that no cancellation caused), the
 * other tasks are stopped and waited for, and {@code step} throws {@link StepFailedException}
 * (or, where the logic runs on the caller's own thread, that {@code InterruptedException}).
 *
 * <p><b>Close during a step.</b> {@code close()} from another thread cancels the step in flight:
 * it interrupts the stepping thread and calls {@link CellLogic#abort()} so that calls blocked in
 * uninterruptible I/O return too. The step then throws {@link InterruptedException} saying it was
 * closed, and {@code close()} returns only after the step has ended and every thread is gone.
 * Steps after {@code close()} throw {@link IllegalStateException}.
 *
 * <p><b>Memory consistency effects.</b> Each strategy writes the next generation into a {@link
 * Grid.Builder} that nobody reads until fan-in is complete; the fan-in (a join, a {@code Future.get},
 * a latch, a queue hand-off) happens-before {@code build}, which happens-before {@code step}
 * returns. Each class says which of these it uses.
 */
public interface GenerationStrategy extends AutoCloseable {

    /** The registry name, such as {@code sequential}. */
    String name();

    /**
     * Computes the generation after {@code current}.
     *
     * @param current the current generation; read only
     * @param logic   the per-cell logic, called once per cell unless it is {@linkplain
     *                CellLogic#pureRule() pure} and the strategy has a faster path
     * @throws InterruptedException when the calling thread is interrupted (cancellation)
     * @throws StepFailedException  when a cell's logic fails or the strategy cannot run, with a
     *                              message fit to show a user
     */
    Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException;

    /**
     * Cancels a step in flight (see above), ends every thread the strategy started and waits for
     * them. Any thread, idempotent; never from inside a cell call, which would wait for itself.
     */
    @Override
    void close();
}
