/**
 * What a pattern is and when a run has settled, with no JavaFX: {@link lifefx.analysis.Identify}
 * (still life, oscillator, spaceship or none within a limit; period, speed in the usual notation,
 * population, bounding box, heat, and each cell's own period as a {@link lifefx.analysis.PeriodMap}),
 * and {@link lifefx.analysis.AutoStop} (stop a run when the pattern dies, becomes still or becomes
 * periodic). Both find periods with the one {@link lifefx.analysis.PeriodDetector}, Nivasch's stack
 * of minima, so memory stays small however long the period.
 *
 * <p>Layering: uses {@code universe}, {@code engine}, {@code life} and {@code pattern}; used by
 * {@code sim} (auto-stop in the stepping loop), {@code cli} ({@code identify}, {@code run
 * --stop-when}), {@code ui} (Run → Identify) and {@code bench}. Nothing here starts a thread: the
 * caller runs an analysis on a thread of its own, on a universe it owns ({@link
 * lifefx.analysis.UniverseCopies} makes one from a snapshot), and cancels by interrupting it.
 */
package lifefx.analysis;
