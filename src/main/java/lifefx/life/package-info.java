/**
 * Plain values of the game: {@link lifefx.life.Rule}, {@link lifefx.life.GridSize}, the toroidal
 * {@link lifefx.life.Grid}, and {@link lifefx.life.CellLogic}, the article's per-cell
 * {@code game_logic}. Nothing here starts a thread or knows about strategies; everything is
 * immutable and thread-safe except {@link lifefx.life.Grid.Builder}, which documents its rules.
 */
package lifefx.life;
