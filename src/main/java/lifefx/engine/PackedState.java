package lifefx.engine;

import java.util.Objects;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;

/**
 * {@code packed}'s own state for pure rules: the torus as rows of 64-cell words ({@link
 * PackedRows}), kept from one generation to the next, so a step never converts a whole grid.
 *
 * <p><b>Buffers.</b> Three word arrays of the torus's size: {@code current} and two spares. A
 * step of n generations reads {@code current} into the first spare, that spare into the second,
 * and so on back and forth, and never writes {@code current}; only when all n generations are
 * done does the last one written become {@code current}. So an interrupted or failed step leaves
 * the cells exactly as they were, at no copy. Edits write {@code current}'s bits directly.
 *
 * <p><b>Snapshots share, they do not copy.</b> {@link #snapshot()} hands {@code current} itself to
 * the immutable snapshot and marks it shared; from then on the state never writes that array: an
 * edit first copies it (once), and a step that moves off it drops it instead of keeping it as a
 * spare, so the next step that needs a spare allocates one. A snapshot thus costs O(1) on the
 * stepping thread, plus one fresh array (zeroed, not copied) per snapshot that is followed by a
 * step. {@link #restore} of a packed snapshot shares its array the same way, O(1).
 *
 * <p><b>Checkpoints.</b> After a step the array it read (the generation before) is kept untouched
 * until the next step, so {@link #checkpoint()} is O(1) and rolling back puts that array back.
 *
 * <p><b>Threads.</b> Each generation's rows are cut into K bands (K = {@link
 * StrategyConfig#threads()}, at most one per row). The calling (stepping) thread computes band 0
 * itself; each other band is computed by one virtual thread named {@code lifefx-packed-i}, started
 * and joined within the generation; none outlives {@link #step}. (The caller is running anyway:
 * giving it a band saves a thread start and the wake-up of a parked carrier per generation, which
 * at 4096² with the vector kernel is a noticeable part of a 0.2 ms band.) A torus of fewer than
 * {@value #INLINE_WORDS} words, or K = 1, is computed on the calling thread alone, where starting
 * threads would cost more than the work.
 *
 * <p><b>Shared edge rows, no locks.</b> Neighbouring bands both read the rows at their common edge
 * (a band reads one row above and one below its own), but they read them from the source array,
 * which nobody writes during the generation; each band writes only its own rows of the
 * destination array, whole words, so no two threads ever write the same {@code long} and no
 * thread reads what another writes within a generation. <b>Memory visibility:</b> the source's
 * words were written by the previous generation's bands (or by edits on the stepping thread);
 * each of those bands counted that generation's fan-in latch down after its last write, and the
 * stepping thread's {@code await} (a {@code CountDownLatch}, then its joins) returned before it
 * started this generation's threads; {@code Thread.start} happens-before everything the started
 * thread does, so by transitivity every band sees every source word. The stepping thread's own band
 * 0 writes are in its program order. Buffers are swapped in plain fields by the stepping thread
 * only.
 *
 * <p><b>Costs.</b> {@code step(n)}: n × about 30 word operations per 64 cells. {@code get},
 * {@code set}, {@code population}: O(1) (the last generation of a step counts its bits).
 * {@code snapshot}, {@code restore} of a packed snapshot, {@code checkpoint}: O(1); the first edit
 * after a snapshot or restore: O(cells / 64), one array copy. {@code
 * nextAlive}, {@code lastAlive}: O(width / 64). {@code toGrid}: O(cells), an unpacking.
 *
 * <p><b>Close.</b> {@link #close()} from any thread cancels a step in flight (through a {@link
 * StepGuard}: sticky flag, interrupt, wait) and returns when the step has ended.
 */
final class PackedState implements TorusState {

    /**
     * Below this many words (a 2048×2048 torus) a generation runs on the caller alone: about 80 µs
     * of work with the vector kernel. Handing a band to another thread and getting it back costs
     * about 30 µs on this project's machine (at 1024², 0.034 ms per generation on one thread and
     * 0.049 ms on two, performance.md "Against the C kernel"), so below this size a second thread only
     * slows the generation down.
     */
    static final int INLINE_WORDS = 1 << 16;

    private static final Thread.Builder.OfVirtual BUILDER = Thread.ofVirtual().name("lifefx-packed-", 0);

    private final GridSize size;
    private final int height;
    private final int width;
    private final int wpr;
    private final int birth;
    private final int survival;
    private final int bands;
    private final int inlineBelow;
    private final StepGuard guard = new StepGuard(PackedStrategy.NAME);
    private long[] current;
    /** Whether {@code current} belongs to a snapshot too, and so must never be written. */
    private boolean currentShared;
    /** A spare, or null when it went to a snapshot; allocated again when a step needs it. */
    private long[] spareA;
    private long[] spareB;
    private long generation;
    private long population;
    /** Counts every change (edit, restore, step), so a checkpoint can tell that it is still the last one. */
    private long revision;
    /** The last snapshot taken, at {@code lastSnapshotRevision}. */
    private PackedCells lastSnapshot;
    private long lastSnapshotRevision;
    /** The array the last step read, its generation, population and sharing: what a rollback puts back. */
    private long[] previous;
    private boolean previousShared;
    private long previousGeneration;
    private long previousPopulation;

    /** {@code start}'s cells under pure {@code rule}, stepped in {@code config.threads()} bands. */
    PackedState(Grid start, Rule rule, StrategyConfig config) {
        this(start, rule, config.threads(), INLINE_WORDS);
    }

    /** As above, with {@code inlineBelow} words as the threshold for running on the caller (0: never). */
    PackedState(Grid start, Rule rule, int bands, int inlineBelow) {
        Objects.requireNonNull(start, "start");
        this.size = start.size();
        this.height = size.height();
        this.width = size.width();
        this.wpr = PackedRows.wordsPerRow(width);
        this.birth = rule.birth();
        this.survival = rule.survival();
        this.bands = bands;
        this.inlineBelow = inlineBelow;
        this.current = PackedRows.pack(start);
        this.spareA = new long[current.length];
        this.spareB = new long[current.length];
        this.generation = start.generation();
        this.population = start.population();
    }

    @Override
    public GridSize size() {
        return size;
    }

    @Override
    public long generation() {
        return generation;
    }

    @Override
    public long population() {
        return population;
    }

    @Override
    public boolean alive(int row, int col) {
        return PackedRows.alive(current, wpr, row, col);
    }

    @Override
    public int nextAlive(int row, int col) {
        return PackedRows.nextAlive(current, wpr, width, row, col);
    }

    @Override
    public int lastAlive(int row) {
        return PackedRows.lastAlive(current, wpr, row);
    }

    @Override
    public void orRow(int row, long[] into) {
        PackedRows.orRow(current, wpr, row, into);
    }

    @Override
    public void set(int row, int col, boolean alive) {
        int i = row * wpr + (col >>> 6);
        long bit = 1L << col;
        boolean was = (current[i] & bit) != 0;
        revision++;
        if (was != alive) {
            if (currentShared) {
                current = current.clone();
                currentShared = false;
            }
            current[i] ^= bit;
            population += alive ? 1 : -1;
        }
    }

    @Override
    public void step(long generations) throws InterruptedException, StepFailedException {
        if (generations < 1) {
            throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        }
        guard.run(generation + 1, null, () -> {
            // current is only read: generations go current -> A -> B -> A -> ...
            if (spareA == null) {
                spareA = new long[current.length];
            }
            if (spareB == null && generations > 1) {
                spareB = new long[current.length];
            }
            long[] src = current;
            long[] dst = spareA;
            long live = population;
            for (long i = 0; i < generations; i++) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("packed: interrupted before generation " + (generation + i + 1));
                }
                FlightEvents.GenerationEvent event = FlightEvents.beginGeneration();
                live = oneGeneration(src, dst, generation + i);
                FlightEvents.endGeneration(event, PackedStrategy.NAME, generation + i + 1, size, live);
                src = dst;
                dst = dst == spareA ? spareB : spareA;
            }
            // src holds the last generation; the other spare stays one, and the old current becomes
            // the second spare unless a snapshot holds it. Either way it is kept, unwritten, until
            // the next step: the rollback point.
            previous = current;
            previousShared = currentShared;
            previousGeneration = generation;
            previousPopulation = population;
            current = src;
            currentShared = false;
            spareA = dst == src ? null : dst;
            spareB = previousShared ? null : previous;
            generation += generations;
            population = live;
            revision++;
            return null;
        });
    }

    /**
     * A step, then the words that changed against the array it read ({@code previous}, kept
     * unwritten until the next step for the checkpoint): O(cells / 64), no snapshot, no allocation.
     */
    @Override
    public long stepCounting(long generations) throws InterruptedException, StepFailedException {
        step(generations);
        return PackedRows.changedBits(previous, current, height, width);
    }

    /** One generation from {@code src} into {@code dst}; returns its population. Stepping thread. */
    private long oneGeneration(long[] src, long[] dst, long from) throws InterruptedException, StepFailedException {
        if (bands == 1 || current.length < inlineBelow) {
            return PackedRows.rows(src, dst, height, width, 0, height, birth, survival);
        }
        long[] counts = new long[Math.min(bands, height)];
        Bands.fanOut(PackedStrategy.NAME, BUILDER, bands, height, from,
                (band, lo, hi) -> counts[band] = PackedRows.rows(src, dst, height, width, lo, hi, birth, survival),
                true);
        long live = 0;
        for (long c : counts) {
            live += c;
        }
        return live;
    }

    /**
     * O(1): the current words themselves, which the state then never writes again. Nothing changed
     * since the last snapshot: that same snapshot (so a summary built for it serves again).
     */
    @Override
    public TorusCells snapshot() {
        if (lastSnapshot != null && lastSnapshotRevision == revision && lastSnapshot.words() == current) {
            return lastSnapshot;
        }
        currentShared = true;
        lastSnapshot = new PackedCells(size, generation, population, current);
        lastSnapshotRevision = revision;
        return lastSnapshot;
    }

    /**
     * O(1): rolling back after a completed step puts back the array that step read, which nothing
     * has written since.
     */
    @Override
    public Checkpoint checkpoint() {
        long at = revision;
        return () -> {
            if (revision == at) {
                return; // the step threw: nothing changed
            }
            if (revision != at + 1 || previous == null) {
                throw new IllegalStateException("packed: the state changed after the step this checkpoint guards");
            }
            long[] stepped = current;
            boolean steppedShared = currentShared;
            current = previous;
            currentShared = previousShared;
            generation = previousGeneration;
            population = previousPopulation;
            if (spareB == previous) {
                spareB = steppedShared ? null : stepped;
            } else if (!steppedShared) {
                spareB = stepped;
            }
            previous = null;
            revision++;
        };
    }

    /** O(1) for a packed snapshot (its words are shared); others are packed from their grid (O(cells)). */
    @Override
    public void restore(TorusCells cells) {
        if (!cells.size().equals(size)) {
            throw new IllegalArgumentException("cells of " + cells.size() + " cannot be restored into a torus of " + size);
        }
        if (cells instanceof PackedCells packed) {
            if (!currentShared && spareB == null) {
                spareB = current;
            }
            current = packed.words();
            currentShared = true;
        } else {
            current = PackedRows.pack(cells.toGrid());
            currentShared = false;
        }
        generation = cells.generation();
        population = cells.population();
        previous = null;
        revision++;
    }

    /** O(cells): unpacks the current words into a new grid. */
    @Override
    public Grid toGrid() {
        return PackedRows.toGrid(current, size, generation);
    }

    /** Cancels a step in flight on another thread and waits until it has thrown; holds no threads otherwise. */
    @Override
    public void close() {
        guard.close(() -> { });
    }

    @Override
    public String toString() {
        return "packed state " + size + " at generation " + generation;
    }
}
