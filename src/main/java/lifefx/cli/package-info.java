/**
 * The command line ({@code run}, {@code bench}, {@code strategies}, {@code patterns},
 * {@code convert}, {@code jmh}), built with picocli. Every error is one line on stderr; a bad
 * argument exits with 2, a bad file or a failed run with 1. No JavaFX.
 */
package lifefx.cli;
