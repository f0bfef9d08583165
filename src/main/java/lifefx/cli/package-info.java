/**
 * The command line ({@code run}, {@code bench}, {@code strategies}, {@code patterns},
 * {@code convert}, {@code jmh}), built with picocli. Every error is one line on stderr; a bad
 * argument exits with 2, a bad file or a failed run with 1. No JavaFX.
 *
 * <p>{@code run} works on {@link lifefx.universe.Universe}s: a pattern without a {@code :T} size
 * goes to the unbounded {@link lifefx.universe.HashLifeUniverse} (as in Golly), a torus size or a
 * torus strategy to a {@link lifefx.universe.TorusUniverse}. The engine's {@code StrategyRegistry}
 * lists torus strategies only; {@code hashlife}, the plane's one strategy, is added by this package
 * ({@code StrategiesCommand.HASHLIFE}) where strategies are listed or chosen.
 *
 * <p>{@code bench --plot} draws through the {@link lifefx.plot.ChartRenderer} that {@code
 * lifefx.Main} passes to {@link lifefx.cli.LifeCli#execute(String[], java.io.PrintWriter,
 * java.io.PrintWriter, lifefx.plot.ChartRenderer)}; without one, {@code --plot} is refused.
 */
package lifefx.cli;
