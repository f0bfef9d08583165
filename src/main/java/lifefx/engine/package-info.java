/**
 * Strategies that compute the next generation of a torus, one technique per class, all behind
 * {@link lifefx.engine.GenerationStrategy} and listed in {@link lifefx.engine.StrategyRegistry}.
 *
 * <h2>Who owns which buffer</h2>
 * The current generation is an immutable {@link lifefx.life.Grid}: any number of threads may read
 * it with no synchronisation, because it was fully built before it was handed over. The next
 * generation is a {@link lifefx.life.Grid.Builder} created by {@code step} on the caller's thread.
 * Tasks write into it under one rule: <em>each task writes only the cells it owns</em> (one cell
 * for per-cell strategies, whole rows for {@code bands}). Cells are bytes, so no two tasks ever
 * write the same memory word's bits with a read-modify-write; the JLS forbids word tearing for
 * plain byte stores. Nobody reads the builder until fan-in is complete; then the caller builds the
 * grid, which hands the array over and makes the builder unusable.
 *
 * <h2>How results become visible</h2>
 * Every strategy ends a generation with a happens-before edge from each writer to the caller:
 * {@code Thread.join} ({@code thread-per-cell}, {@code bands}, {@code packed}), {@code awaitTermination}
 * ({@code virtual-threads}), {@code Future.get} ({@code thread-pool}), or a {@code BlockingQueue}
 * hand-off ({@code queue}, where only the caller writes the builder). No field is volatile for the
 * sake of the cells, and none needs to be.
 *
 * <h2>Cancellation</h2>
 * Interrupting the caller cancels. Each strategy interrupts or cancels its tasks and then waits,
 * uninterruptibly, until none of them runs, before it throws {@code InterruptedException}; so a
 * cancelled generation is never returned and no task of it outlives {@code step}. Sweeps over rows
 * check the interrupt flag once per row, which bounds the delay to one row's work.
 *
 * <h2>What each technique costs</h2>
 * A platform thread costs tens of microseconds to start and a kernel task while it lives, which is
 * why {@code thread-per-cell} is bounded to waves of live threads. A pool reuses threads but pays
 * a task object and a queue trip per cell. A virtual thread costs about a microsecond and a few
 * hundred bytes, and when it blocks it unmounts, so with blocking cell logic the one-per-cell
 * design overlaps every wait. With pure computation nothing blocks, and the coarse {@code bands}
 * strategy (K tasks per generation) wins by orders of magnitude.
 */
package lifefx.engine;
