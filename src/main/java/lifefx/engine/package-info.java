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
 * plain byte stores. ({@code packed} writes words, but each band owns whole rows, and a row is
 * whole words.) Nobody reads the builder until fan-in is complete; then the caller builds the
 * grid, which hands the array over and makes the builder unusable.
 *
 * <h2>How results become visible</h2>
 * Every strategy ends a generation with a happens-before edge from each writer to the caller. For
 * the fan-outs it is a {@code CountDownLatch}: each task writes its cells, then counts the
 * generation's fan-in down ({@code FanIn}); {@code countDown} happens-before {@code await} returns
 * ({@code thread-per-cell}, {@code bands}, {@code packed}, {@code virtual-threads}, {@code
 * thread-pool}). {@code Thread.join} and {@code awaitTermination} after the latch only make sure
 * no thread is still winding down. {@code queue} uses a {@code BlockingQueue} hand-off, and only
 * the caller writes its builder. No field is volatile for the sake of the cells, and none needs to
 * be.
 *
 * <h2>Failure: complete and exact, or nothing</h2>
 * A generation is either complete and exact, or {@code step} throws. The fan-in latch opens as soon
 * as one task fails, so the caller does not wait for the others: it sets the generation's sticky
 * stop flag, interrupts or cancels every task, waits until none runs, and throws {@link
 * lifefx.engine.StepFailedException}. A task that catches {@code InterruptedException} while the
 * flag is not set was not cancelled by us, so the exception came from the cell logic itself; it is
 * a failure like any other, never a quietly unwritten band of rows.
 *
 * <h2>Cancellation</h2>
 * Interrupting the caller cancels. Each strategy sets its stop flag (before any interrupt, so a
 * request between two checks is never lost), interrupts or cancels its tasks and then waits,
 * uninterruptibly, until none of them runs, before it throws {@code InterruptedException}; so a
 * cancelled generation is never returned and no task of it outlives {@code step}. Sweeps over rows
 * check the interrupt flag once per row, which bounds the delay to one row's work. Waiting for
 * tasks that are still inside their cell call is done on a {@code Phaser} ({@code TaskGate}) or by
 * joining, never by spinning or by a barrier of fence tasks.
 *
 * <h2>Close</h2>
 * {@code close()} may come from any thread, also during a step ({@code StepGuard}). It marks the
 * strategy closed (sticky), interrupts the stepping thread, then calls {@link
 * lifefx.life.CellLogic#abort()} on the step's logic, which releases calls blocked where an
 * interrupt does not reach (socket logic closes its sockets). The step takes its ordinary
 * cancellation path and throws {@code InterruptedException} ("closed while computing generation
 * N"), having consumed close's interrupt. {@code close} waits on a latch that the step counts down
 * as its last action, then ends the strategy's own workers and joins them: when it returns, no
 * thread of the strategy is alive and no cell call of it runs. Later steps throw {@code
 * IllegalStateException}.

 * <h2>State kept between generations: {@code TorusState}</h2>
 * A torus universe does not hold a grid; it holds its strategy's {@link lifefx.engine.TorusState},
 * made by the registry entry ({@link lifefx.engine.StrategyRegistry.Entry#openTorus}). The byte
 * {@code Grid} is one representation among others: the per-cell strategies keep it ({@code
 * GridState}: a grid, an open builder for edits, a new grid per generation through the
 * strategy). {@code packed} with pure logic keeps rows of 64-cell words ({@code PackedState}): three
 * arrays, the current one only read during a step, the two spares written back and forth, so a
 * step of n generations keeps nothing unless all n complete and needs no copy; bands write
 * disjoint rows of whole words and the fan-in latch orders one generation's writes before the next
 * generation's reads. Its snapshot copies the words (O(cells / 64)) into an object whose final
 * field is the only path to them, so any thread may read it. A byte grid is made from words only
 * when asked ({@code toGrid}: saving, a digest of the old kind, a per-cell strategy). Logic that does
 * I/O cannot be computed 64 cells at a time, so {@code packed} then keeps a byte grid and calls the
 * logic per cell, as before.
 *
 * <p>{@code packed-tiles} ({@code PackedTilesState}) keeps the same words cut into tiles one word
 * wide and 32 rows high, and per tile which of its parts (any cell, edge rows and columns,
 * corners) differ from two generations back. A tile is recomputed only when it or the touching
 * part of a neighbour changed; otherwise its result of two generations back, still in the array
 * being overwritten, is already right, so still lifes and period-2 oscillators cost nothing, as
 * in Golly's QuickLife. Nothing assumes that empty space stays empty, so B0 rules need no special
 * case. Bands of tile rows write only their own words, flags and tile populations, and the fan-in
 * latch orders them before the next generation, as for {@code packed}. Edits mark their tile,
 * restores and failed steps mark all tiles; a step of n ≥ 2 generations copies the start once,
 * because its second generation overwrites it.
 *
 * <h2>Recording the schedule: {@code ScheduleRecorder}</h2>
 * While the window shows its schedule map, the stepping thread runs each step inside {@link
 * lifefx.engine.ScheduleRecorder#during}, which binds a recorder to a {@code ScopedValue}. No
 * strategy or state interface carries it: {@code GridState} reads it once per step and calls
 * {@code begin}/{@code end} around each generation; each strategy reads it on the stepping thread
 * and captures it into its tasks before fanning out ({@code Bands} binds it again on each band
 * thread, since a started thread does not inherit a scoped value). Each task then writes its own
 * cells' (or rows') slots of plain arrays, the same ownership rule as for the builder, and the
 * same fan-in makes them visible. Unbound, a step costs one scoped-value lookup and one {@code rec
 * != null} branch per row or cell. {@code packed} and {@code packed-tiles} on words record nothing.
 *
 * <h2>What each technique costs</h2>
 * A platform thread costs tens of microseconds to start and a kernel task while it lives, which is
 * why {@code thread-per-cell} is bounded to waves of live threads. A pool reuses threads but pays
 * a task object and a queue trip per cell. A virtual thread costs about a microsecond and a few
 * hundred bytes, and when it blocks it unmounts, so with blocking cell logic the one-per-cell
 * design overlaps every wait. With pure computation nothing blocks, and the coarse {@code bands}
 * strategy (K tasks per generation) wins by orders of magnitude.
 *
 * <h2>Flight Recorder events</h2>
 * {@code FlightEvents} defines three JDK Flight Recorder events that a recording ({@code lifefx
 * profile}, the window's "Record profile…") shows beside the JDK's own: {@code lifefx.Generation}
 * per generation of a torus state ({@code GridState}, {@code PackedState}, {@code
 * PackedTilesState}, on the stepping thread), {@code lifefx.Band} per band ({@code Bands}, on the
 * band's thread) and {@code lifefx.TaskBatch} per wave or per pool/queue generation of the per-cell
 * strategies (on the thread that fans out). None is per cell. A hook costs one static read while
 * Flight Recorder has never started in the JVM, and writes fields only for an event that will be
 * committed.
 */
package lifefx.engine;
