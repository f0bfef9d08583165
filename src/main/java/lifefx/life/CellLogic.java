package lifefx.life;

import java.io.IOException;

/**
 * The article's {@code game_logic(state, neighbours)}: given a cell's state and its number of live
 * neighbours, says whether it lives in the next generation.
 *
 * <p>It is written as plain blocking code on purpose. An implementation may sleep, read a socket
 * or wait on a lock; strategies call it from whatever thread they use (platform or virtual), so a
 * blocking call costs a parked virtual thread or an occupied platform thread, which is exactly
 * what the strategies let you compare. Implementations must be thread-safe: strategies call one
 * instance from many threads at once.
 */
@FunctionalInterface
public interface CellLogic {

    /**
     * @param alive          whether the cell is alive now
     * @param liveNeighbours its live neighbours, 0..8 (on tiny tori a cell can be its own neighbour)
     * @return whether the cell is alive in the next generation
     * @throws IOException          when the logic's I/O fails; the generation then fails
     * @throws InterruptedException when the calling thread is interrupted, as on cancellation
     */
    boolean next(boolean alive, int liveNeighbours) throws IOException, InterruptedException;

    /**
     * Makes every call of this logic that is in flight now return or throw promptly, including
     * calls blocked where an interrupt does not reach (a socket read on a platform thread, a lock
     * wait that ignores interrupts). A strategy's {@code close()} calls it, from the closing thread,
     * while a step is in flight, after it has interrupted the stepping thread; the calls it
     * unblocks may throw any exception, because their generation is being cancelled and is never
     * published. Logic that does such I/O closes what its calls are blocked on here; logic that
     * wraps other logic passes the call on.
     *
     * <p>Thread-safe and quick. Calls made after this returns must work as usual. The default does
     * nothing, which suits logic that only computes, or only waits in interruptible ways (sleeps,
     * locks).
     */
    default void abort() {
    }

    /** Pure logic for {@code rule}, with no I/O. */
    static CellLogic of(Rule rule) {
        return new RuleLogic(rule);
    }

    /**
     * The rule this logic computes, if it computes a plain rule with no side effects. Fast engines
     * use it to skip the per-cell call entirely; logic that does I/O returns {@code null}, so every
     * strategy calls it once per cell.
     */
    default Rule pureRule() {
        return null;
    }

    /** Pure computation of a rule: no I/O, no blocking. Thread-safe. */
    record RuleLogic(Rule rule) implements CellLogic {
        @Override
        public boolean next(boolean alive, int liveNeighbours) {
            return rule.next(alive, liveNeighbours);
        }

        @Override
        public Rule pureRule() {
            return rule;
        }
    }
}
