package lifefx.engine;

import java.util.concurrent.Phaser;

/**
 * Counts the tasks of one generation that are inside their cell call, so that a canceller can
 * wait until every one has left, without spinning and without borrowing the pool's threads (a
 * barrier fence of one task per worker, as before, needs every worker free and hangs a pool that
 * is being shut down).
 *
 * <p>A {@link Phaser} with one party for the owner (the stepping thread) and one per task inside.
 * {@link #close()} deregisters the owner and waits for the phase to advance, which happens when the
 * last registered task leaves; with no parties left the phaser terminates, and from then on {@link
 * #enter()} returns false. A task that enters after the owner set its stop flag (but before the
 * phaser terminated) is waited for too, and must check that flag before it calls the logic.
 *
 * <p>At most 65,535 tasks may be inside at once (the phaser's limit); only tasks running on a
 * worker enter, so this is bounded by {@link StrategyConfig#MAX_THREADS}. <b>Memory consistency
 * effects:</b> a task's actions before {@link #exit()} happen-before {@code close()} returns.
 * Thread-safe.
 */
final class TaskGate {

    private final Phaser phaser = new Phaser(1);

    /** A task is about to run cell logic; false when the gate is closed and it must not. */
    boolean enter() {
        return phaser.register() >= 0;
    }

    /** The task that entered has left its cell call. */
    void exit() {
        phaser.arriveAndDeregister();
    }

    /** Closes the gate and waits, uninterruptibly, until every task that entered has left. Owner only, once. */
    void close() {
        int phase = phaser.arriveAndDeregister();
        phaser.awaitAdvance(phase);
    }
}
