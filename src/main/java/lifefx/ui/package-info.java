/**
 * The LifeFX window (JavaFX, AtlantaFX Primer, ControlsFX). The only package that may import
 * {@code javafx.*}.
 *
 * <h2>Shape</h2>
 * {@link lifefx.ui.LifeModel} is the window's model: it owns the {@link lifefx.sim.Simulation},
 * exposes what the window shows as read-only properties and offers every command as a method; it
 * has no nodes. Each part of the window is a view (a node built in code that binds) over a model
 * (read-only properties and command methods, no nodes), as in the AtlantaFX sampler: {@link
 * lifefx.ui.ToolBarView}/{@link lifefx.ui.ToolBarModel}, {@link lifefx.ui.MenuBarView}/{@link
 * lifefx.ui.MenuBarModel}, {@link lifefx.ui.StatusBarView}/{@link lifefx.ui.StatusBarModel} and
 * {@link lifefx.ui.LibraryView}/{@link lifefx.ui.LibraryModel}. {@link lifefx.ui.MainWindow} only
 * composes them, with the grid view, the overlay and the chart, and runs the pulse and closing.
 * {@link lifefx.ui.Commands} is what each {@link lifefx.ui.Shortcut} does in one window: keys
 * ({@link lifefx.ui.WindowKeys}), menus and buttons all run commands through it. {@link
 * lifefx.ui.FileActions} does open, paste, save and the unsaved-changes question; where a pattern
 * lands is {@link lifefx.sim.PatternCells} on the unbounded plane (its file's position, as in
 * Golly) and {@link lifefx.pattern.Placement} on a torus, both shared with {@code lifefx run}; a
 * macrocell file opens as its tree. {@link lifefx.ui.StrategyChoice} is the picker's entry, a
 * strategy with its universe. {@link lifefx.ui.Viewport} is the zoom-and-pan model of the {@link
 * lifefx.ui.GridView}: powers of two, its position kept as {@code long} cells; {@link
 * lifefx.ui.Shortcut} is the one table of commands and keys that the key handler, the menus and
 * Help → Keys all read. {@link lifefx.ui.RaceWindow} is the race view (Run → Race strategies…): {@link
 * lifefx.ui.RaceView} over {@link lifefx.ui.RaceModel}, which runs a {@link lifefx.sim.Race} and
 * reads its newest progress once per frame, with {@link lifefx.ui.RaceChart} at the end. {@link lifefx.ui.Prompts} is how the window asks the user things, so tests
 * can answer without modal dialogs. {@link lifefx.ui.SelectionModel} is the selection (a {@link
 * lifefx.sim.CellRegion}) and the paste in progress: it turns Edit's commands into {@link
 * lifefx.sim.CellEdit}s for the simulation, and {@link lifefx.ui.GridView} draws both over the cells.
 *
 * <h2>Charts</h2>
 * {@link lifefx.ui.LogAxis} is the logarithmic axis JavaFX lacks; {@link lifefx.ui.SpreadBarChart}
 * (medians as bars, min..max as whiskers) and {@link lifefx.ui.SpreadLineChart} draw {@link
 * lifefx.plot.Plot}s, plain data with no JavaFX in it, and {@link lifefx.ui.FxChartRenderer} renders
 * them to PNG off-screen for {@code bench --plot} (it starts JavaFX on its headless platform when
 * the command line asks; {@link lifefx.ui.FxToolkit} is the one place the toolkit starts). The live
 * {@link lifefx.ui.TimingChart} offers a log scale.
 *
 * <h2>Threads</h2>
 * Everything here runs on the JavaFX application thread. The simulation runs on its own virtual
 * thread; the window only sends it commands (which queue and return at once) and reads its newest
 * snapshot once per pulse from an {@code AnimationTimer}. Nothing is posted with {@code runLater}
 * per generation: when the simulation is faster than the screen, frames skip generations; when it
 * is slower, frames repeat one. Nothing that can wait on I/O or a generation runs on the FX
 * thread: files are read, pasted text is parsed and saves are written on virtual threads ({@link
 * lifefx.ui.FileActions}), the status bar shows the work in progress, and each result comes back
 * with a single {@code runLater}. Closing the window closes the simulation on a thread of its own
 * ({@link lifefx.ui.LifeModel#closeAsync()}); the process exits when that has finished.
 *
 * <h2>Drawing</h2>
 * The universe's own immutable snapshot draws its cells into the array behind a {@code
 * PixelBuffer} ({@link lifefx.universe.Universe.Snapshot#render}, at the viewport's 2^k scale);
 * {@link lifefx.ui.GridRenderer} adds the cut of the first cell at the view's edge, grid lines and
 * the area beyond a torus. The canvas draws that image once per changed frame. The cost is about
 * the view's pixel count, not the number of live cells (HashLife draws zoomed out from node
 * populations; a zoomed-out torus still reads its rows, see issue 10), and no cell is ever drawn
 * with {@code fillRect}. Two buffers are used in turn so the one being written is never the one
 * being rendered.
 *
 * <h2>Measuring</h2>
 * {@code -Dlifefx.perf=true} prints frames per second, the longest pulse handler and the longest
 * gap between pulses once a second, and a summary after {@code -Dlifefx.perf.seconds} (30) seconds
 * of play. {@code -Dlifefx.windowSize=WxH} fixes the window size, {@code
 * -Dlifefx.closeAfterMillis=N} quits after N ms (with the usual unsaved-changes prompt).
 */
package lifefx.ui;
