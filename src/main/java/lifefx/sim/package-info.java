/**
 * The simulation service: owns "the current generation", runs it, and publishes what it looks like.
 * No JavaFX here, so the window, the command line and the tests all drive the same code.
 *
 * <h2>Who owns what</h2>
 * {@link lifefx.sim.Simulation} has one stepping thread (a virtual thread of its own executor). It
 * alone holds the current {@link lifefx.life.Grid}, the strategy instance, the undo history and the
 * reset point; they are plain fields with no locks because no other thread touches them. Everyone
 * else talks to it through a queue of commands (play, pause, paint, load, undo, set strategy, ...)
 * and reads the newest {@link lifefx.sim.Snapshot} from a volatile field.
 *
 * <h2>Why a command queue and not a lock</h2>
 * A generation can take seconds (a platform thread per cell on a big grid). With a lock, an edit
 * would either wait that long or edit a grid a strategy is reading. With a queue, the sender never
 * waits, the stepping thread applies edits between generations in the order they were sent, and
 * a grid is never changed after it was published. Commands that must not wait for the boundary
 * (pause, step, reset, load, close) also interrupt the generation in flight; strategies promise to
 * stop, join their tasks and throw {@code InterruptedException}, and the cancelled result is
 * dropped, so the shown generation stays current.
 *
 * <h2>How results become visible</h2>
 * The stepping thread builds a snapshot in full and then writes it to a volatile field; the
 * volatile write happens-before any read that sees it, so a reader sees the whole snapshot and the
 * grid's cells. The window reads it once per frame; when computing is faster than the screen,
 * frames skip generations, and when slower, frames repeat one. Nothing queues up either way.
 *
 * <h2>What it costs</h2>
 * Every generation and every edit makes a new grid (a byte per cell). An edit while paused copies
 * the grid once per command batch, not per cell. The undo history keeps strokes as lists of cells
 * and replacements as references to grids that exist anyway, within a memory budget.
 */
package lifefx.sim;
