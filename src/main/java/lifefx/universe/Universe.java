package lifefx.universe;

import java.math.BigInteger;
import java.util.Optional;
import lifefx.life.Rule;

/**
 * A world of cells that owns its own representation and steps itself, in the manner of Golly's
 * {@code lifealgo}: a torus whose strategies keep bytes or bits, or the unbounded plane of
 * HashLife's hash-consed quadtree. The simulation, the window and the command line talk to a
 * universe through this interface and never to a representation.
 *
 * <p><b>Coordinates.</b> A cell is addressed by {@code (x, y)} as {@code long}s, x to the right and
 * y downwards, as in RLE and Golly. A torus accepts any coordinates and wraps them; the unbounded
 * universe accepts every {@code long}.
 *
 * <p><b>Threads.</b> A universe is not thread-safe. One thread at a time owns it (the simulation's
 * stepping thread, or a command-line run); {@link #step} may be cancelled from another thread only
 * by interrupting the thread that runs it. What other threads read are {@link #snapshot()
 * snapshots}, which are immutable.
 */
public interface Universe extends AutoCloseable {

    /** A short name for users, such as {@code "hashlife"} or {@code "torus 200x320, packed"}. */
    String description();

    /** The rule the cells follow. */
    Rule rule();

    /**
     * The generation, counted from the start of the universe. Exact at any size: the unbounded
     * universe may reach generations beyond {@code Long.MAX_VALUE}.
     */
    BigInteger generation();

    /** Live cells, exact at any size (a HashLife universe may hold more than 2^63). */
    BigInteger population();

    /** The smallest rectangle holding every live cell, or empty when none lives. */
    Optional<Bounds> bounds();

    /**
     * A digest of the live cells (and, for a torus, its size), independent of representation: two
     * universes with the same cells at the same offsets give the same digest. Costs about the
     * population or the size of the representation, not the area of the bounds.
     */
    String digest();

    /** Whether the cell at {@code (x, y)} is alive. */
    boolean get(long x, long y);

    /** Makes the cell at {@code (x, y)} alive or dead. Between steps only. */
    void set(long x, long y, boolean alive);

    /**
     * Advances by {@code generations} (at least 1), as one jump where the representation allows.
     * Either every generation is computed and the universe stands at the new generation, or it
     * throws and the universe is exactly as before the call.
     *
     * @throws InterruptedException when the calling thread is interrupted (cancellation)
     * @throws UniverseException    when the step cannot be done, with a one-line message for a user
     */
    void step(BigInteger generations) throws InterruptedException, UniverseException;

    /**
     * Steps as {@link #step} does and returns the births and deaths between the step's two ends (for
     * a step of several generations, between its ends, see {@link CellChanges}): what a population
     * history records. The default takes a snapshot before and after and compares them ({@link
     * CellChanges#between}), which is O(1) to take on byte grids and HashLife; a torus of {@code
     * packed} words overrides it to compare the words it now holds with the array the step read,
     * which it keeps anyway, so no snapshot (and no fresh array for the next step) is made. On
     * failure or cancellation it throws as {@link #step} does, and nothing has changed.
     */
    default CellChanges stepCounting(BigInteger generations) throws InterruptedException, UniverseException {
        Snapshot before = snapshot();
        step(generations);
        return CellChanges.between(before, snapshot());
    }

    /**
     * Draws the cells of a rectangle into {@code pixels}, a row-major {@code width × height}
     * buffer of ARGB values: {@code alive} where a pixel shows a live cell, {@code dead} elsewhere.
     * The pixel at ({@code 0, 0}) shows the cell at ({@code left, top}).
     *
     * <p>{@code scale} is a power of two as an exponent: at {@code scale = k ≥ 0} each cell is
     * 2^k × 2^k pixels; at {@code k < 0} each pixel covers 2^-k × 2^-k cells and is lit when any of
     * them is alive. The cost is about the number of pixels, not the size of the universe.
     */
    void render(long left, long top, int scale, int[] pixels, int width, int height, int alive, int dead);

    /**
     * An immutable copy of the cells and the generation, for undo, reset and history. Cheap: for
     * HashLife it is the root node, O(1); a torus copies its representation.
     */
    Snapshot snapshot();

    /** Puts back the cells and the generation of {@code s}, which came from this universe. */
    void restore(Snapshot s);

    /**
     * A way back to the cells and the generation as they are now, valid across the next {@link
     * #step} call only: what the simulation keeps so that it can undo a step that completed after
     * it was cancelled. {@link Checkpoint#rollBack()} must come before anything else changes the
     * universe (an edit, a restore, another step); after a step that threw it changes nothing.
     *
     * <p>The default keeps a {@link #snapshot()}. A representation that keeps the previous
     * generation anyway overrides it at O(1): a torus on {@code packed} words keeps the array the
     * step read, where a snapshot would copy (or keep) every word.
     */
    default Checkpoint checkpoint() {
        Snapshot s = snapshot();
        return () -> restore(s);
    }

    /** What {@link #checkpoint()} returns. */
    @FunctionalInterface
    interface Checkpoint {
        /** Puts back the cells and the generation of the checkpoint; the owner thread only. */
        void rollBack();
    }

    /** Ends any threads the universe started. Idempotent. */
    @Override
    void close();

    /**
     * An immutable state of a universe, returned by {@link #snapshot()}: what undo, reset and
     * history keep, and what a window draws. Every method may be called from any thread, while the
     * universe goes on stepping.
     */
    interface Snapshot {
        /** The generation at which it was taken. */
        BigInteger generation();

        /** Live cells at that generation. */
        BigInteger population();

        /** Whether the cell at {@code (x, y)} was alive, as {@link Universe#get}. */
        boolean get(long x, long y);

        /** The live cells' bounds, as {@link Universe#bounds()}. */
        Optional<Bounds> bounds();

        /**
         * Gives every live cell to {@code sink}, in row-major order (a torus: at its coordinates
         * {@code 0 ≤ x < width}, {@code 0 ≤ y < height}). Costs about the population plus the
         * representation's size.
         */
        void forEachCell(CellSink sink);

        /** Draws the cells as {@link Universe#render} does. */
        void render(long left, long top, int scale, int[] pixels, int width, int height, int alive, int dead);

        /**
         * How many cells are alive in exactly one of this snapshot and {@code other} (of the same
         * kind of universe: a torus of the same size, or the plane): with {@code other} the
         * generation before this one, births plus deaths; with {@code other} 2^k generations back
         * (one step of a HashLife jump), the cells that differ between the two ends, not the births
         * and deaths in between. {@link CellChanges#between} splits it into births and deaths;
         * divided by the generations between them it is the "heat" (cells changing per generation).
         *
         * <p>The default lists both snapshots' live cells and looks each up in the other:
         * O(population × lookup). A torus overrides it with a word XOR and bit count (O(cells / 64)
         * on words, a byte comparison on bytes); HashLife with a quadtree walk that skips every
         * subtree the two trees share (the same hash-consed node), so it costs about the part that
         * changed. Any thread, like every method here.
         *
         * @throws IllegalArgumentException when the two cannot be compared (tori of two sizes)
         */
        default BigInteger changedCells(Snapshot other) {
            long[] changed = {0};
            forEachCell((x, y) -> {
                if (!other.get(x, y)) {
                    changed[0]++;
                }
            });
            other.forEachCell((x, y) -> {
                if (!get(x, y)) {
                    changed[0]++;
                }
            });
            return BigInteger.valueOf(changed[0]);
        }

        /**
         * Whether {@link #render} at {@code scale} costs about the pixels now, or would first build
         * something in proportion to the cells (a torus of words: its summary of live blocks, for
         * {@code scale ≤ -3}), which {@link #prepareRender} builds. The default: ready.
         */
        default boolean renderReady(int scale) {
            return true;
        }

        /**
         * Builds what {@link #render} at {@code scale} needs, once, so that renders cost the pixels:
         * for a window to call on a background thread, not on its UI thread. The default: nothing.
         */
        default void prepareRender(int scale) {
        }
    }
}
