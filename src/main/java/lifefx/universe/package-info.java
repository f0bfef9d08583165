/**
 * Universes: worlds of cells that own their representation and step themselves (issue 9). A
 * {@link lifefx.universe.Universe} is the one interface the simulation, the window and the command
 * line will talk to; {@code HashLifeUniverse} is the unbounded plane and {@code TorusUniverse} hosts
 * the concurrency strategies of {@link lifefx.engine}, keeping each one's own representation
 * between generations ({@link lifefx.engine.TorusState}: byte grids, or {@code packed}'s 64-cell
 * words). No JavaFX here.
 */
package lifefx.universe;
