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
 */
package lifefx.bench;
