/**
 * The simulation service: owns "the current generation", runs it, and publishes what it looks like.
 * No JavaFX here, so the window, the command line and the tests all drive the same code.
 *
 * <h2>The rooms, and who calls them from which thread</h2>
 * <ul>
 *   <li>{@link lifefx.sim.Simulation}: the front door. Any thread sends commands (they never wait),
 *       reads {@link lifefx.sim.Snapshot}s, and closes it ({@code closeAsync} never waits, so a UI
 *       thread may call it; {@code close} waits for the end).</li>
 *   <li>{@link lifefx.sim.CommandQueue}: the way in. Any thread sends; the stepping thread takes.
 *       It also carries the sticky cancel requests (below).</li>
 *   <li>{@link lifefx.sim.SteppingLoop}: the command loop, the body of the one stepping thread (a
 *       virtual thread of the simulation's own executor). It alone holds the settings and the play
 *       state, and makes the universes (with the run's strategy and cell logic).</li>
 *   <li>{@link lifefx.sim.Workspace}: the edited state: the live {@link lifefx.universe.Universe}
 *       (a torus or the unbounded plane), rule, document, reset point, undo history in {@link
 *       lifefx.sim.EditHistory}. Stepping thread only; plain fields, no locks.</li>
 *   <li>{@link lifefx.sim.StepHistory}: the recorded past of the run (keyframes within a memory
 *       budget) for {@link lifefx.sim.Simulation#stepBack()} and {@link lifefx.sim.Simulation#seek};
 *       owned by the stepping loop, which follows the workspace's edit count to start a new branch
 *       after an edit. Its range goes out in every {@link lifefx.sim.Snapshot#timeline()}.
 *       Stepping thread only.</li>
 *   <li>{@link lifefx.sim.CellIoSlot}: the cell logic and the cell I/O it goes through. Changed
 *       by the stepping thread between generations; its status is read by any thread.</li>
 *   <li>{@link lifefx.sim.SnapshotPublisher}: the newest snapshot in a volatile field, waiters and
 *       flushes. The stepping thread publishes; anyone reads.</li>
 * </ul>
 *
 * <h2>Why a command queue and not a lock</h2>
 * A generation can take seconds (a platform thread per cell on a big grid) or minutes (cell I/O
 * with latency). With a lock, an edit would either wait that long or edit a grid a strategy is
 * reading. With a queue, the sender never waits, the stepping thread applies edits between
 * generations in the order they were sent, and a grid is never changed after it was published.
 *
 * <h2>Cancellation is sticky</h2>
 * Commands that must not wait for the boundary cancel the generation in flight: pause, step and a
 * switch of strategy, threads or I/O cancel a generation of play; reset, load and close cancel any.
 * A request is state, not an event: it counts from the moment the command is queued until the
 * stepping thread takes it. The stepping thread does not begin a generation while one is pending,
 * and a request sent once a generation has begun marks it cancelled and interrupts the stepping
 * thread; both happen under one lock, so no request falls between "the queue was empty" and "the
 * generation began". Strategies stop, join their tasks and throw {@code InterruptedException}; a
 * generation marked cancelled is dropped even if a strategy returned it anyway: the universe is
 * rolled back through the {@link lifefx.universe.Universe#checkpoint() checkpoint} taken before
 * it (O(1) on packed words: the array the step read; a snapshot elsewhere). Interrupts are
 * sent only inside a generation and cleared when it ends, so none leaks into the next one.
 *
 * <h2>Failures</h2>
 * A command that throws (even an {@code OutOfMemoryError} while resizing) fails alone: a notice,
 * a pause, and the loop goes on. A failed generation likewise. Every {@code flush()} future
 * completes: with a snapshot, or with {@link lifefx.sim.SimulationClosedException} once closed.
 *
 * <h2>How results become visible</h2>
 * The stepping thread builds a snapshot in full and then writes it to a volatile field; the
 * volatile write happens-before any read that sees it, so a reader sees the whole snapshot and the
 * grid's cells. Commands that change what runs (strategy, rule, grid) are published before the
 * next generation starts, so a snapshot always names what is running. The window reads it once
 * per frame; when computing is faster than the screen, frames skip generations, and when slower,
 * frames repeat one. Nothing queues up either way. While playing, a generation is published only
 * when the last snapshot was read and 15 ms have passed (or 100 ms in any case), and always before
 * the loop waits; so a big torus is snapshotted at about the frame rate, not per generation.
 * Commands and flushes publish at once.
 *
 * <h2>Universes</h2>
 * The cells live in a {@link lifefx.universe.Universe}, which owns its representation: a torus
 * stepped by any registered strategy, or the unbounded plane stepped by HashLife. A step advances
 * 2^{@code stepExponent} generations (one HashLife jump; a torus computes them one by one). A
 * universe's topology, rule and strategy are fixed when it is made, so changing any of them makes a
 * new universe from the current cells and closes the old one; switching between the plane and a
 * torus keeps the cells (centred on a torus; cells that do not fit are dropped with a notice, and
 * undo brings them back). A torus gets its cell logic through {@link lifefx.sim.CellIoSlot}'s live
 * forwarder, so a change of rule or I/O does not need a new universe for the logic. The plane does
 * no cell I/O. Snapshots carry the universe's own immutable {@link
 * lifefx.universe.Universe.Snapshot}: O(1) for HashLife (a root node) and a byte-grid torus, and
 * drawn by it at any scale, so the window reads only what it draws.
 *
 * <h2>Races</h2>
 * {@link lifefx.sim.Race} is the laboratory beside the simulation (the window's race view): a
 * {@link lifefx.sim.RaceSetup} names the strategies, the start cells, the I/O, the threads and the
 * generations; one platform thread ({@code lifefx-race}) steps one torus per strategy,
 * interleaved generation by generation (each generation of each lane timed on its own, so lanes
 * never compete for the two cores), and checks each lane's digest against an untimed {@code
 * packed} reference after every generation; a lane that differs is flagged at that generation. It
 * publishes immutable {@link lifefx.sim.RaceProgress} records through a volatile field and ends with
 * a {@link lifefx.sim.RaceResult} (per-generation times, {@link lifefx.sim.RaceStats} summaries,
 * ratios to the baseline paired per generation) once everything it started has closed. It shares
 * nothing with the simulation.
 * <h2>Profiles</h2>
 * {@link lifefx.sim.Simulation#recordProfile} records the next N generations with JDK Flight
 * Recorder ({@link lifefx.sim.FlightRecording}). The recording is prepared on a virtual thread (a
 * first start of Flight Recorder takes a few hundred milliseconds), started by the stepping thread
 * when it applies the command (between generations), counted and stopped by it after the step that
 * reaches N, and written on another virtual thread, so the stepping thread never waits for a file.
 * <h2>The schedule map</h2>
 * {@link lifefx.sim.Simulation#recordSchedule} makes the stepping thread keep a {@link
 * lifefx.engine.ScheduleRecorder} and run each step inside {@code ScheduleRecorder.during}; every
 * fourth step runs without it, the baseline of its cost ({@code ScheduleCost}). The map itself is
 * built (O(cells)) only when a snapshot is published, from the last generation recorded to its end,
 * and travels in the snapshot as an immutable {@link lifefx.sim.ScheduleFrame}. Off, nothing is
 * recorded and snapshots carry no frame.
 *
 * <h2>What it costs</h2>
 * A torus generation costs what its strategy costs; a HashLife jump what its memo misses cost. An
 * edit while paused is O(1) per cell on the plane (a path of nodes) and, on a byte-grid torus, one
 * copy of the grid per batch. The undo history keeps strokes as lists of cells and replacements as
 * universe snapshots that exist anyway, within a memory budget that counts what the history holds
 * (a torus's cells in full; a HashLife root nominally, since it shares its nodes). A step cancelled
 * after it completed is undone with {@code restore} of the snapshot taken before it. Sticky cancellation costs one uncontended lock per command and
 * two per generation.
 *
 * <p>Population history: while {@link lifefx.sim.Simulation#recordPopulation} is on, the stepping
 * thread steps through {@code Universe.stepCounting} and adds each step's generation, population,
 * births and deaths to its {@link lifefx.sim.PopulationHistory} (bounded: pairwise merging); each
 * publish stores the history's immutable view in a volatile field, which {@link
 * lifefx.sim.Simulation#populationHistory} reads. Off, a step pays one boolean test. {@link
 * lifefx.sim.CellImages} draws a cell rectangle of a snapshot into a PNG or, from a copy of the
 * universe, into a looping GIF, on the caller's thread.
 */
package lifefx.sim;
