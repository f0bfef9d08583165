/**
 * The timing harness behind {@code lifefx bench}: runs each strategy on the same start grid, times
 * every generation, checks the final grid against a reference run, and formats the results
 * ({@link lifefx.bench.BenchReport}). The JMH benchmarks in {@code lifefx.bench.jmh} measure the
 * same step with JMH's forks, warm-up and statistics ({@code lifefx jmh}). No JavaFX.
 */
package lifefx.bench;
