/**
 * Pattern files: reading RLE, plaintext, Life 1.05, Life 1.06 and Golly's macrocell, writing RLE,
 * plaintext, Life 1.06 and macrocell, and the built-in pattern library. No JavaFX here; the CLI and the window both call in.
 *
 * <h2>Who calls what</h2>
 * <ul>
 *   <li>{@link lifefx.pattern.PatternReader#read(java.nio.file.Path)} and {@link
 *       lifefx.pattern.PatternReader#read(String, String)} (clipboard) tell the format from the
 *       content and return a {@link lifefx.pattern.Pattern}, or throw {@link
 *       lifefx.pattern.PatternFormatException}, whose message is one line such as {@code
 *       glider.rle:3:7: expected a run count or one of b o $ !, found 'z'}.
 *   <li>{@link lifefx.pattern.Pattern#toGrid} puts a pattern on a torus; {@link
 *       lifefx.pattern.Pattern#fromGrid} takes a whole torus back, so saving and reopening gives
 *       the same grid.
 *   <li>{@link lifefx.pattern.PatternWriter#write} turns a pattern into the text of a file, in the
 *       {@link lifefx.pattern.PatternFormat} that {@link lifefx.pattern.PatternFormat#forFileName}
 *       picks from the extension.
 *   <li>{@link lifefx.pattern.PatternWriter#writeFile} and {@link lifefx.pattern.AtomicFile} save
 *       atomically, keeping permissions and links; {@link lifefx.pattern.AtomicFile#checkWritable}
 *       lets a caller refuse a bad target before any work. They block on I/O: never the FX thread.
 *   <li>{@link lifefx.pattern.PatternLibrary#builtIn()} lists and finds the library patterns.
 *   <li>{@link lifefx.pattern.Macrocell} is a pattern as a canonical quadtree (Golly's {@code .mc}):
 *       {@link lifefx.pattern.PatternReader#readMacrocell} reads one of any size without listing
 *       cells, {@link lifefx.pattern.PatternWriter#write(Macrocell)} writes one, and the HashLife
 *       universe loads and saves them node for node.
 * </ul>
 *
 * <h2>Design notes</h2>
 * <ul>
 *   <li><b>Threads.</b> Everything public is immutable or stateless, so any thread may call it. A
 *       reader instance (package-private) lives for one read on one thread.
 *   <li><b>Memory follows cells.</b> Input is read in 16 K chunks and never held whole; cells are
 *       kept as sorted packed {@code long}s (8 bytes each, no object per cell). What a header
 *       claims never sizes an allocation: a run count is refused at the digit that passes the
 *       limit, runs are kept as runs (12 bytes each, whatever their length) until the file has
 *       been read, and cells are expanded once, after the cell limit and the heap allow them. So
 *       a 20-byte file claiming 2 × 10⁸ cells is refused before anything large is allocated. See
 *       {@link lifefx.pattern.PatternLimits}.
 *   <li><b>One exception type.</b> Every reader problem, I/O included, becomes a {@code
 *       PatternFormatException}; {@code FuzzTest} feeds each reader 10,000 broken inputs a run to
 *       keep it so.
 *   <li><b>Origins.</b> RLE and plaintext have an origin (the top-left of the body), which is kept,
 *       leading empty rows and columns included. Life 1.05/1.06 have absolute coordinates instead:
 *       their origin is the smallest x and y, and {@link lifefx.pattern.Metadata#position()} keeps
 *       where that was.
 * </ul>
 */
package lifefx.pattern;
