package lifefx.engine;

import java.util.Arrays;
import java.util.Objects;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;

/**
 * {@code packed-tiles}' own state for pure rules: the torus as rows of 64-cell words (the layout of
 * {@link PackedRows}), cut into tiles one word wide and {@link #TILE_HEIGHT} rows high, with a
 * record of which tiles changed, so a generation recomputes only the tiles that can change, as
 * Golly's QuickLife does. A soup that has settled into still lifes and blinkers costs a scan of
 * the tiles' flags and little else.
 *
 * <p><b>Which tiles are recomputed.</b> Two word arrays hold generations g (current) and g-1
 * (the other one, which the next generation overwrites). A tile's flags say which parts of it (any
 * cell, its first row, its last row, its west and east columns, its four corners) differ between
 * generation g and generation g-2, found by comparing each new word with the old word it overwrites.
 * A tile is recomputed when it changed anywhere, or when a neighbour changed in the part that
 * touches it (the row above it, the column beside it, the corner cell). Otherwise its 3×3
 * neighbourhood is the same at g as at g-2, so its next generation is the same as at g-1, which is
 * already in the array being written: it is skipped, and costs nothing. So still lifes and every
 * period-2 oscillator (blinkers, toads, beacons) are skipped, not only still regions.
 *
 * <p><b>Every rule, B0 included.</b> Nothing assumes that an unchanged region stays unchanged; a
 * skipped tile keeps a result that was computed by the rule two generations before from the same
 * neighbourhood. So B0 rules (where an empty region turns full) need no special case: an empty
 * region that flips to full and back is period 2 and is skipped like a blinker, and a region that
 * does not repeat is recomputed. Exact for every outer-totalistic rule on a torus of any size,
 * widths not a multiple of 64 and tori smaller than a tile included (a tile may then be its own
 * neighbour).
 *
 * <p><b>Edits, restores, failures.</b> {@link #set} marks the edited tile changed everywhere, so it
 * and its eight neighbours are recomputed in the next generation, and also marks it "edited": its
 * cells are no longer the computed successor of the older array, so after that generation it counts
 * as changed whatever the comparison says. A new state, a {@link #restore}, and a failed or
 * interrupted step mark every tile so (the older array is then unknown); two generations later
 * skipping resumes.
 *
 * <p><b>Buffers; all or nothing.</b> Generation g+1 is written only into the array of g-1, never
 * into g's, so {@code step(1)} that fails leaves the cells as they were at no cost. A step of n ≥ 2
 * generations writes g's array in its second generation, so it first copies g's words and tile
 * populations into a third array (O(cells / 64), once per call); a failure puts that copy back.
 *
 * <p><b>Threads.</b> Each generation's tile rows are cut into K bands (K = {@link
 * StrategyConfig#threads()}, at most one per tile row), each on one virtual thread named {@code
 * lifefx-packed-tiles-i}, started and joined within the generation (by {@link Bands}); none
 * outlives {@link #step}. A generation whose dirty tiles are too few to be worth a thread (at most
 * about {@value #INLINE_WORDS} words to compute), or K = 1, runs on the calling thread. <b>Memory
 * visibility:</b> a band writes only its own tile rows: their words (whole rows of whole {@code
 * long}s), their new flags and their tile populations (one {@code int} per tile), so no two
 * threads write the same element; it reads the old flags and the source words of the neighbouring
 * tile rows, which nobody writes during the generation. Each band counts the generation's fan-in
 * latch down after its last write; the caller's {@code await} (then its joins) happen-before it
 * swaps the arrays in plain fields and starts the next generation's threads ({@code Thread.start}
 * happens-before the started thread's actions), whose reads therefore see every word and flag.
 *
 * <p><b>Two ways through a generation.</b> When fewer than a quarter of the tiles are dirty and the
 * generation runs on the caller, it is sparse: each dirty tile's changed parts list the tiles they
 * touch (deduplicated by a mark in the new flags), and only those are visited, so the cost is the
 * activity, not the area; the population is the older array's plus the recomputed tiles'
 * differences. Otherwise every tile is visited, in bands, and a skipped tile costs nine flag reads.
 * Both keep the same invariants: the new flags array is all zero between generations, and the
 * dirty list holds every tile whose flags are set.
 *
 * <p><b>Costs.</b> A recomputed tile: about 30 word operations per 64 cells, plus two extra rows
 * of sums per tile (6% at 32 rows); on a busy soup about 1.4× {@code packed}'s time, whose row
 * loops C2 vectorises. A generation in which no tile changed for two generations: O(1) (the arrays
 * are swapped). {@code get}, {@code set}, {@code
 * population}: O(1). {@code snapshot}, {@code restore}: O(cells / 64). {@code toGrid}: O(cells).
 * Memory: three word arrays (the third from the first step of n ≥ 2), two int flags and two int
 * populations per tile.
 *
 * <p><b>Close.</b> {@link #close()} from any thread cancels a step in flight (through a {@link
 * StepGuard}) and returns when the step has ended.
 */
final class PackedTilesState implements TorusState {

    /** Rows per tile; a tile is one word (64 columns) wide. */
    static final int TILE_HEIGHT = 32;

    /** Below this many words of dirty tiles (×9 for their neighbours) a generation runs on the caller. */
    static final int INLINE_WORDS = 1 << 14;

    // Flag bits of a tile: which parts of it differ from two generations before.
    static final int ANY = 1;
    static final int TOP = 1 << 1;
    static final int BOTTOM = 1 << 2;
    static final int WEST = 1 << 3;
    static final int EAST = 1 << 4;
    static final int NW = 1 << 5;
    static final int NE = 1 << 6;
    static final int SW = 1 << 7;
    static final int SE = 1 << 8;
    static final int ALL = (1 << 9) - 1;
    /** Its words were set or restored, not computed: after the next generation it counts as changed. */
    static final int EDITED = 1 << 9;
    /** In {@code nextFlags} during a sparse generation: listed as a candidate. */
    private static final int MARK = 1 << 10;

    private static final Thread.Builder.OfVirtual BUILDER = Thread.ofVirtual().name("lifefx-packed-tiles-", 0);

    private final GridSize size;
    private final int height;
    private final int width;
    private final int wpr;
    private final int lastBit;
    private final long lastMask;
    private final int birth;
    private final int survival;
    private final boolean conway;
    private final int bands;
    private final int inlineBelow;
    private final int tileHeight;
    private final int tileRows;
    private final int tiles;
    private final StepGuard guard = new StepGuard(PackedTilesStrategy.NAME);

    private long[] cur;
    private long[] alt;
    private long[] backup;
    private int[] curPop;
    private int[] altPop;
    private int[] backupPop;
    private int[] flags;
    private int[] nextFlags;
    /** Tiles whose flags are not zero: the first {@code dirty} entries of {@code dirtyList}. */
    private int dirty;
    /** Every tile whose entry in {@code flags} is not zero (and maybe others), in no particular order. */
    private int[] dirtyList;
    private int[] nextDirtyList;
    /** Candidates of a sparse generation. */
    private final int[] candidates;
    /** Whether {@code altPopulation} is exact (not after a failed step). */
    private boolean altPopKnown = true;
    private long generation;
    private long population;
    /** Counts every change (edit, restore, step), so a checkpoint can tell that it is still the last one. */
    private long revision;
    /** Where the last step left the generation it started from: in {@code alt} (one generation), {@code backup}, or nowhere (0). */
    private int previousIn;
    private long previousGeneration;
    private long previousPopulation;
    private static final int PREVIOUS_IN_ALT = 1;
    private static final int PREVIOUS_IN_BACKUP = 2;
    /** The population of {@code alt}. */
    private long altPopulation;

    /** {@code start}'s cells under pure {@code rule}, stepped in {@code config.threads()} bands. */
    PackedTilesState(Grid start, Rule rule, StrategyConfig config) {
        this(start, rule, config.threads(), INLINE_WORDS, TILE_HEIGHT);
    }

    /**
     * As above, with {@code bands} bands, {@code inlineBelow} words as the threshold for running on
     * the caller (0: never; {@link Integer#MAX_VALUE}: always) and tiles {@code tileHeight} rows high.
     */
    PackedTilesState(Grid start, Rule rule, int bands, int inlineBelow, int tileHeight) {
        Objects.requireNonNull(start, "start");
        if (tileHeight < 1) {
            throw new IllegalArgumentException("tile height must be at least 1, got " + tileHeight);
        }
        this.size = start.size();
        this.height = size.height();
        this.width = size.width();
        this.wpr = PackedRows.wordsPerRow(width);
        this.lastBit = (width - 1) & 63;
        this.lastMask = PackedRows.lastMask(width);
        this.birth = rule.birth();
        this.survival = rule.survival();
        this.conway = PackedRows.isConway(birth, survival);
        this.bands = bands;
        this.inlineBelow = inlineBelow;
        this.tileHeight = tileHeight;
        this.tileRows = (height + tileHeight - 1) / tileHeight;
        this.tiles = tileRows * wpr;
        this.cur = PackedRows.pack(start);
        this.alt = new long[cur.length];
        this.curPop = new int[tiles];
        this.altPop = new int[tiles];
        this.flags = new int[tiles];
        this.nextFlags = new int[tiles];
        this.dirtyList = new int[tiles];
        this.nextDirtyList = new int[tiles];
        this.candidates = new int[tiles];
        this.generation = start.generation();
        this.population = start.population();
        countTiles();
        markAllEdited();
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
        return PackedRows.alive(cur, wpr, row, col);
    }

    @Override
    public int nextAlive(int row, int col) {
        return PackedRows.nextAlive(cur, wpr, width, row, col);
    }

    @Override
    public int lastAlive(int row) {
        return PackedRows.lastAlive(cur, wpr, row);
    }

    @Override
    public void orRow(int row, long[] into) {
        PackedRows.orRow(cur, wpr, row, into);
    }

    /** Tiles whose flags are not zero now: for tests. */
    int dirtyTiles() {
        return dirty;
    }

    /** Flips the cell and marks its tile edited, so it and its neighbours are recomputed next. */
    @Override
    public void set(int row, int col, boolean alive) {
        int i = row * wpr + (col >>> 6);
        long bit = 1L << col;
        boolean was = (cur[i] & bit) != 0;
        revision++;
        previousIn = 0;
        if (was != alive) {
            cur[i] ^= bit;
            int t = (row / tileHeight) * wpr + (col >>> 6);
            population += alive ? 1 : -1;
            curPop[t] += alive ? 1 : -1;
            if (flags[t] == 0) {
                dirtyList[dirty++] = t;
            }
            flags[t] = ALL | EDITED;
        }
    }

    @Override
    public void step(long generations) throws InterruptedException, StepFailedException {
        if (generations < 1) {
            throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        }
        guard.run(generation + 1, null, () -> {
            stepUnguarded(generations);
            return null;
        });
    }

    /**
     * A step, then the words that changed against the generation it started from, which the step
     * leaves in {@code alt} (one generation) or {@code backup} (more) for the checkpoint: O(cells /
     * 64), no snapshot, no copy.
     */
    @Override
    public long stepCounting(long generations) throws InterruptedException, StepFailedException {
        step(generations);
        long[] start = previousIn == PREVIOUS_IN_BACKUP ? backup : alt;
        return PackedRows.changedBits(start, cur, height, width);
    }

    /** {@code generations} generations, all or nothing; on the stepping thread, inside a guard. */
    void stepUnguarded(long generations) throws InterruptedException, StepFailedException {
        long[] original = cur;
        long startGeneration = generation;
        long startPopulation = population;
        boolean backedUp = false;
        try {
            for (long i = 0; i < generations; i++) {
                if (Thread.interrupted()) {
                    throw new InterruptedException(PackedTilesStrategy.NAME + ": interrupted before generation "
                            + (generation + 1));
                }
                if (alt == original && !backedUp) {
                    // The next generation overwrites the cells the step started from: keep a copy.
                    if (backup == null) {
                        backup = new long[cur.length];
                        backupPop = new int[tiles];
                    }
                    System.arraycopy(alt, 0, backup, 0, alt.length);
                    System.arraycopy(altPop, 0, backupPop, 0, tiles);
                    backedUp = true;
                }
                FlightEvents.GenerationEvent event = FlightEvents.beginGeneration();
                oneGeneration();
                FlightEvents.endGeneration(event, PackedTilesStrategy.NAME, generation, size, population);
            }
            // One generation left the start in alt (the array it overwrote next was g-1); more
            // generations overwrote it after copying it into backup.
            previousIn = backedUp ? PREVIOUS_IN_BACKUP : PREVIOUS_IN_ALT;
            previousGeneration = startGeneration;
            previousPopulation = startPopulation;
            revision++;
        } catch (InterruptedException | StepFailedException | RuntimeException | Error e) {
            if (backedUp) {
                // The start is in backup; the other two arrays hold nothing we need.
                long[] w = cur;
                cur = backup;
                backup = w;
                int[] p = curPop;
                curPop = backupPop;
                backupPop = p;
            } else if (cur != original) {
                // One generation completed and the start is intact in alt.
                swap();
            }
            generation = startGeneration;
            population = startPopulation;
            markAllEdited();
            Arrays.fill(nextFlags, 0);
            altPopKnown = false;
            throw e;
        }
    }

    /** One generation from {@code cur} into {@code alt}; then swaps them. Stepping thread. */
    private void oneGeneration() throws InterruptedException, StepFailedException {
        if (dirty == 0) {
            // Nothing changed against two generations back anywhere: g+1 is g-1, already in alt.
            swap();
            long p = population;
            population = altPopulation;
            altPopulation = p;
            generation++;
            return;
        }
        long work = (long) Math.min(tiles, dirty * 9L) * tileHeight;
        boolean inline = bands == 1 || tileRows == 1 || work < inlineBelow;
        if (inline && dirty * 4L < tiles) {
            sparseGeneration();
            return;
        }
        long live;
        if (inline) {
            live = tileRows(0, tileRows);
        } else {
            int k = Math.min(bands, tileRows);
            long[] results = new long[k];
            Bands.fanOut(PackedTilesStrategy.NAME, BUILDER, bands, tileRows, generation,
                    (band, lo, hi) -> results[band] = tileRows(lo, hi));
            live = 0;
            for (long r : results) {
                live += r;
            }
        }
        // Every entry of nextFlags was written: list the dirty ones.
        int[] nf = nextFlags;
        int[] list = nextDirtyList;
        int changed = 0;
        for (int t = 0; t < tiles; t++) {
            if (nf[t] != 0) {
                list[changed++] = t;
            }
        }
        finishGeneration(changed, live);
    }

    /**
     * One generation that visits only the tiles next to a dirty tile's changed parts, found from
     * the dirty list, not by scanning every tile: for a settled torus, the cost is the activity,
     * not the area. Calling thread only; checks for an interrupt every 256 tiles.
     */
    private void sparseGeneration() throws InterruptedException {
        int[] f = flags;
        int[] nf = nextFlags;
        int[] cand = candidates;
        int n = 0;
        for (int k = 0; k < dirty; k++) {
            int d = dirtyList[k];
            int fl = f[d];
            int tr = d / wpr;
            int tc = d - tr * wpr;
            int rowN = (tr == 0 ? tileRows - 1 : tr - 1) * wpr;
            int rowS = (tr + 1 == tileRows ? 0 : tr + 1) * wpr;
            int row = tr * wpr;
            int tcW = tc == 0 ? wpr - 1 : tc - 1;
            int tcE = tc + 1 == wpr ? 0 : tc + 1;
            // A changed part of d makes the tile it touches a candidate (nextFlags is all zero here,
            // so MARK in it means "already listed").
            if ((fl & ANY) != 0) {
                n = enqueue(nf, cand, n, d);
            }
            if ((fl & TOP) != 0) {
                n = enqueue(nf, cand, n, rowN + tc);
            }
            if ((fl & BOTTOM) != 0) {
                n = enqueue(nf, cand, n, rowS + tc);
            }
            if ((fl & WEST) != 0) {
                n = enqueue(nf, cand, n, row + tcW);
            }
            if ((fl & EAST) != 0) {
                n = enqueue(nf, cand, n, row + tcE);
            }
            if ((fl & NW) != 0) {
                n = enqueue(nf, cand, n, rowN + tcW);
            }
            if ((fl & NE) != 0) {
                n = enqueue(nf, cand, n, rowN + tcE);
            }
            if ((fl & SW) != 0) {
                n = enqueue(nf, cand, n, rowS + tcW);
            }
            if ((fl & SE) != 0) {
                n = enqueue(nf, cand, n, rowS + tcE);
            }
        }
        long delta = 0;
        int changed = 0;
        int[] list = nextDirtyList;
        int[] pops = altPop;
        for (int k = 0; k < n; k++) {
            if ((k & 255) == 255 && Thread.interrupted()) {
                throw new InterruptedException("generation cancelled");
            }
            int t = cand[k];
            int tr = t / wpr;
            int tc = t - tr * wpr;
            int r0 = tr * tileHeight;
            int before = pops[t];
            int flag = tile(cur, alt, pops, t, tc, r0, Math.min(r0 + tileHeight, height), (f[t] & EDITED) != 0);
            nf[t] = flag;
            delta += pops[t] - before;
            if (flag != 0) {
                list[changed++] = t;
            }
        }
        long live;
        if (altPopKnown) {
            live = altPopulation + delta;
        } else {
            live = 0;
            for (int p : pops) {
                live += p;
            }
        }
        finishGeneration(changed, live);
    }

    /** Lists tile {@code t} as a candidate unless it is listed already; returns the new count. */
    private static int enqueue(int[] nf, int[] cand, int n, int t) {
        if (nf[t] == 0) {
            nf[t] = MARK;
            cand[n++] = t;
        }
        return n;
    }

    /**
     * After a generation was written into {@code alt}, {@code nextFlags} and {@code nextDirtyList}:
     * clears the old flags (only the listed ones can be set), swaps everything.
     */
    private void finishGeneration(int changed, long live) {
        int[] f = flags;
        for (int k = 0; k < dirty; k++) {
            f[dirtyList[k]] = 0;
        }
        swap();
        flags = nextFlags;
        nextFlags = f;
        int[] l = dirtyList;
        dirtyList = nextDirtyList;
        nextDirtyList = l;
        dirty = changed;
        altPopulation = population;
        altPopKnown = true;
        population = live;
        generation++;
    }

    private void swap() {
        long[] t = cur;
        cur = alt;
        alt = t;
        int[] p = curPop;
        curPop = altPop;
        altPop = p;
    }

    /**
     * Tile rows {@code [lo, hi)} of the next generation into {@code alt}, with their flags into
     * {@code nextFlags} (every entry of those rows) and populations into {@code altPop}. Returns
     * their live cells. Any thread, for its own tile rows.
     */
    private long tileRows(int lo, int hi) throws InterruptedException {
        long[] src = cur;
        long[] dst = alt;
        int[] f = flags;
        int[] nf = nextFlags;
        int[] pops = altPop;
        long live = 0;
        for (int tr = lo; tr < hi; tr++) {
            if (Thread.interrupted()) {
                throw new InterruptedException("generation cancelled");
            }
            int rowN = (tr == 0 ? tileRows - 1 : tr - 1) * wpr;
            int rowS = (tr + 1 == tileRows ? 0 : tr + 1) * wpr;
            int row = tr * wpr;
            int r0 = tr * tileHeight;
            int r1 = Math.min(r0 + tileHeight, height);
            for (int tc = 0; tc < wpr; tc++) {
                int tcW = tc == 0 ? wpr - 1 : tc - 1;
                int tcE = tc + 1 == wpr ? 0 : tc + 1;
                int t = row + tc;
                int need = (f[t] & ANY) | (f[rowN + tc] & BOTTOM) | (f[rowS + tc] & TOP)
                        | (f[row + tcW] & EAST) | (f[row + tcE] & WEST)
                        | (f[rowN + tcW] & SE) | (f[rowN + tcE] & SW) | (f[rowS + tcW] & NE) | (f[rowS + tcE] & NW);
                int flag = 0;
                if (need != 0) {
                    flag = tile(src, dst, pops, t, tc, r0, r1, (f[t] & EDITED) != 0);
                }
                nf[t] = flag;
                live += pops[t];
            }
        }
        return live;
    }

    /**
     * Computes tile {@code t} (word column {@code tc}, rows {@code [r0, r1)}) into {@code dst},
     * stores its population, and returns its new flags: what differs from the words it overwrote
     * (generation g-1 there, so g+1 against g-1), or everything when it was {@code edited}.
     */
    private int tile(long[] src, long[] dst, int[] pops, int t, int tc, int r0, int r1, boolean edited) {
        boolean lastCol = tc + 1 == wpr;
        long mask = lastCol ? lastMask : -1L;
        long eastBit = lastCol ? 1L << lastBit : 1L << 63;
        // West of bit 0 is the east cell of the word to the west; east of the last cell is bit 0 to the east.
        int wOff = tc == 0 ? wpr - 1 : tc - 1;
        int wSh = tc == 0 ? lastBit : 63;
        int eOff = lastCol ? 0 : tc + 1;
        int eSh = lastCol ? 63 - lastBit : 0;
        int keptAt = survival << 1;

        int b = (r0 == 0 ? height - 1 : r0 - 1) * wpr;
        long x = src[b + tc];
        long w = (x << 1) | ((src[b + wOff] >>> wSh) & 1L);
        long e = (x >>> 1) | ((src[b + eOff] << 63) >>> eSh);
        long s = w ^ x;
        long uLo = s ^ e;
        long uHi = (w & x) | (s & e);
        b = r0 * wpr;
        long mX = src[b + tc];
        w = (mX << 1) | ((src[b + wOff] >>> wSh) & 1L);
        e = (mX >>> 1) | ((src[b + eOff] << 63) >>> eSh);
        s = w ^ mX;
        long mLo = s ^ e;
        long mHi = (w & mX) | (s & e);

        long any = 0;
        long top = 0;
        long bottom = 0;
        int pop = 0;
        for (int r = r0; r < r1; r++) {
            b = (r + 1 == height ? 0 : r + 1) * wpr;
            long dX = src[b + tc];
            w = (dX << 1) | ((src[b + wOff] >>> wSh) & 1L);
            e = (dX >>> 1) | ((src[b + eOff] << 63) >>> eSh);
            s = w ^ dX;
            long dLo = s ^ e;
            long dHi = (w & dX) | (s & e);

            long next = PackedRows.nextWord(uLo, mLo, dLo, uHi, mHi, dHi, mX, conway, birth, keptAt);
            next &= mask;
            int i = r * wpr + tc;
            long diff = next ^ dst[i];
            dst[i] = next;
            pop += Long.bitCount(next);
            any |= diff;
            if (r == r0) {
                top = diff;
            }
            bottom = diff;

            uLo = mLo;
            uHi = mHi;
            mLo = dLo;
            mHi = dHi;
            mX = dX;
        }
        pops[t] = pop;
        if (edited) {
            return ALL;
        }
        if (any == 0) {
            return 0;
        }
        return ANY
                | (top != 0 ? TOP : 0) | (bottom != 0 ? BOTTOM : 0)
                | ((any & 1L) != 0 ? WEST : 0) | ((any & eastBit) != 0 ? EAST : 0)
                | ((top & 1L) != 0 ? NW : 0) | ((top & eastBit) != 0 ? NE : 0)
                | ((bottom & 1L) != 0 ? SW : 0) | ((bottom & eastBit) != 0 ? SE : 0);
    }

    /** Every tile changed and edited: the next two generations recompute everything. */
    private void markAllEdited() {
        Arrays.fill(flags, ALL | EDITED);
        for (int t = 0; t < tiles; t++) {
            dirtyList[t] = t;
        }
        dirty = tiles;
    }

    /** Recounts {@code curPop} from {@code cur}. */
    private void countTiles() {
        Arrays.fill(curPop, 0);
        for (int r = 0; r < height; r++) {
            int row = (r / tileHeight) * wpr;
            int base = r * wpr;
            for (int i = 0; i < wpr; i++) {
                curPop[row + i] += Long.bitCount(cur[base + i]);
            }
        }
    }

    /** O(cells / 64): a copy of the current words. */
    @Override
    public TorusCells snapshot() {
        return new PackedCells(size, generation, population, cur.clone());
    }

    /**
     * O(1) to take; rolling back after a completed step puts back the words it started from (kept
     * in {@code alt} or {@code backup}, unwritten since) and marks every tile changed, as a
     * restore does.
     */
    @Override
    public Checkpoint checkpoint() {
        long at = revision;
        return () -> {
            if (revision == at) {
                return; // the step threw and undid itself
            }
            if (revision != at + 1 || previousIn == 0) {
                throw new IllegalStateException(PackedTilesStrategy.NAME
                        + ": the state changed after the step this checkpoint guards");
            }
            if (previousIn == PREVIOUS_IN_ALT) {
                swap();
            } else {
                long[] w = cur;
                cur = backup;
                backup = w;
                int[] p = curPop;
                curPop = backupPop;
                backupPop = p;
            }
            generation = previousGeneration;
            population = previousPopulation;
            markAllEdited();
            altPopKnown = false;
            previousIn = 0;
            revision++;
        };
    }

    /** O(cells / 64) for a packed snapshot, O(cells) for others; marks every tile changed. */
    @Override
    public void restore(TorusCells cells) {
        if (!cells.size().equals(size)) {
            throw new IllegalArgumentException("cells of " + cells.size() + " cannot be restored into a torus of " + size);
        }
        if (cells instanceof PackedCells packed) {
            packed.copyTo(cur);
        } else {
            cur = PackedRows.pack(cells.toGrid());
        }
        generation = cells.generation();
        population = cells.population();
        countTiles();
        markAllEdited();
        previousIn = 0;
        revision++;
    }

    /** O(cells): unpacks the current words into a new grid. */
    @Override
    public Grid toGrid() {
        return PackedRows.toGrid(cur, size, generation);
    }

    /** Cancels a step in flight on another thread and waits until it has thrown; holds no threads otherwise. */
    @Override
    public void close() {
        guard.close(() -> { });
    }

    @Override
    public String toString() {
        return "packed-tiles state " + size + " at generation " + generation;
    }
}
