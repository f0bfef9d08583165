/**
 * Charts as plain data: {@link lifefx.plot.Plot} (bars with whiskers, lines), {@link
 * lifefx.plot.Spread} (a median with its min and max) and {@link lifefx.plot.ChartRenderer}, the
 * interface through which {@code bench} (which builds plots) reaches the window's layer (which draws
 * them with JavaFX) without either knowing the other: {@code lifefx.Main} hands the renderer to the
 * command line. No JavaFX, no threads; everything here is a value.
 */
package lifefx.plot;
