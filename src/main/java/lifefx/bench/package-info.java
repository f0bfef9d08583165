/**
 * The timing harness behind {@code lifefx bench}: runs each strategy on the same start grid, times
 * every generation, checks the final grid against a reference run, and formats the results
 * ({@link lifefx.bench.BenchReport}). The JMH benchmarks in {@code lifefx.bench.jmh} measure the
 * same step with JMH's forks, warm-up and statistics ({@code lifefx jmh}). No JavaFX.
 *
 * <p>{@link lifefx.bench.Bench#runUniverse} times the unbounded universe (HashLife) instead: a
 * pattern taken far in one jump, several times on fresh universes ({@link lifefx.bench.UniverseCase},
 * {@link lifefx.bench.UniverseResult}); the command line builds the universes, since reading
 * patterns is its layer's job, not this package's.
 *
 * <p>{@link lifefx.bench.Bench#scalingPoint} times one strategy on one square soup for {@code bench
 * --scaling} ({@link lifefx.bench.ScalingResult}); the command line walks the sizes and owns the
 * heap and time limits.
 *
 * <p>{@link lifefx.bench.BenchSummary} gathers the rounds of {@code bench --repeat} (median, min and
 * max of the rounds, and the speed-up against a baseline taken pair by pair within each round);
 * {@link lifefx.bench.BenchPlots} turns results into {@link lifefx.plot.Plot}s, which the command
 * line hands to a {@link lifefx.plot.ChartRenderer}: this package draws nothing itself.
 */
package lifefx.bench;
