package lifefx.universe;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lifefx.engine.LiveSummary;
import lifefx.engine.StepFailedException;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.engine.TorusCells;
import lifefx.engine.TorusState;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;

/**
 * A torus of {@code height × width} cells that hosts any strategy of {@link StrategyRegistry}: the
 * universe the concurrency strategies run in. Both axes wrap: {@code x} is the column and {@code y}
 * the row, each taken modulo the side, negatives too, so every {@code long} coordinate names a cell.
 *
 * <p><b>Representation.</b> The cells live in the strategy's own {@link TorusState}, made by its
 * registry entry: the immutable byte-per-cell {@link Grid} for the per-cell strategies (each
 * generation a new grid made by the strategy), and rows of 64-cell words for {@code packed} with
 * pure logic, kept between generations, so that a step converts nothing. The byte grid is made
 * only when {@link #grid()} is asked for. (With logic that does I/O, {@code packed} keeps a byte
 * grid like the others.)
 *
 * <p><b>Edits.</b> On a byte grid, {@link #set} writes into a builder that stays open across
 * edits: the first edit after a step, a snapshot or a restore copies the grid once (O(cells)), and
 * every further edit costs O(1); the builder becomes a grid again (O(cells)) for {@link #step},
 * {@link #snapshot()} and {@link #grid()}. On words an edit flips one bit, O(1). Take one snapshot
 * per stroke, not per cell.
 *
 * <p><b>Costs</b> (cells = height × width). {@code get}, {@code set}, {@code population}: O(1).
 * {@code bounds}, {@code digest}: O(cells) on bytes; O(cells / 64 + live cells) on words. {@code
 * step(n)}: n generations of the strategy; for {@code packed} on words about 30 word operations per
 * 64 cells and generation, nothing converted. {@code snapshot}, {@code restore}, {@code checkpoint}: O(1) on
 * bytes (the grid is immutable); on {@code packed} words O(1) too (the snapshot shares the array,
 * which the state then never writes), on {@code packed-tiles} words a copy, O(cells / 64), for a
 * snapshot. {@code grid()}: O(1) on
 * bytes, O(cells) on words. {@code render}: O(pixels) at {@code scale ≥ 0}; at {@code scale = -m <
 * 0} the smaller of O(pixels × 2^m × (2^m cells, or 2^m / 64 words)) (each pixel looks at its
 * cells, at most the whole torus) and a sweep of the torus rows under the view, O(distinct pixel
 * rows × min(2^m, height) × width, or width / 64 on words). Snapshots cost the same to read, except
 * that a snapshot of words, zoomed out to 2^m ≥ 8 cells per pixel, reads one bit of its {@link
 * LiveSummary} per pixel aligned to 2^m (built once per snapshot, O(cells / 64)): O(pixels).
 *
 * <p><b>Threads.</b> Not thread-safe: one thread owns it, as {@link Universe} says. {@link #step}
 * is cancelled by interrupting that thread; {@link #close()} may be called from another thread
 * while a step runs, which then ends with {@link InterruptedException} (the strategy's contract).
 * Snapshots are immutable and may be read, drawn and converted on any thread.
 */
public final class TorusUniverse implements Universe {

    private final GridSize size;
    private final int height;
    private final int width;
    private final Rule rule;
    private final String strategyName;
    /** The cells, in the strategy's representation; owns the strategy and its threads. */
    private final TorusState state;
    private volatile boolean closed;

    /** An empty torus of {@code size} running pure {@code rule} logic on strategy {@code strategy}. */
    public TorusUniverse(GridSize size, Rule rule, String strategy, StrategyConfig config) {
        this(Grid.empty(size), rule, strategy, config, CellLogic.of(rule.withoutTorus()));
    }

    /** A torus holding {@code start}'s cells, at its generation, running pure {@code rule} logic. */
    public TorusUniverse(Grid start, Rule rule, String strategy, StrategyConfig config) {
        this(start, rule, strategy, config, CellLogic.of(rule.withoutTorus()));
    }

    /**
     * A torus holding {@code start}'s cells, at {@code start}'s generation, stepped by strategy
     * {@code strategy} with {@code logic} (which may do I/O; pass {@code CellLogic.of(rule)} for
     * pure rule logic). {@code rule} is what {@link #rule()} reports; {@code logic} decides.
     *
     * @throws IllegalArgumentException naming an unknown strategy and listing the known ones
     */
    public TorusUniverse(Grid start, Rule rule, String strategy, StrategyConfig config, CellLogic logic) {
        Objects.requireNonNull(start, "start");
        this.size = start.size();
        this.height = size.height();
        this.width = size.width();
        this.rule = Objects.requireNonNull(rule, "rule").withoutTorus();
        Objects.requireNonNull(logic, "logic");
        StrategyRegistry.Entry entry = StrategyRegistry.get(strategy);
        this.strategyName = entry.name();
        this.state = entry.openTorus(start, Objects.requireNonNull(config, "config"), logic);
    }

    /** The torus's size. */
    public GridSize size() {
        return size;
    }

    /** The registry name of the strategy that steps it. */
    public String strategyName() {
        return strategyName;
    }

    /**
     * The cells as an immutable grid at the current generation: O(1) on a byte grid (or O(cells)
     * once after edits, see the class comment); on words a conversion, O(cells), each call.
     */
    public Grid grid() {
        return state.toGrid();
    }

    /**
     * The cells of {@code snapshot}, a torus snapshot, as an immutable grid: O(1) for a byte grid's
     * snapshot, a conversion (O(cells)) for packed words. Any thread.
     *
     * @throws IllegalArgumentException when {@code snapshot} is not a torus snapshot
     */
    public static Grid gridOf(Universe.Snapshot snapshot) {
        if (!(snapshot instanceof TorusSnapshot(TorusCells cells))) {
            throw new IllegalArgumentException(snapshot + " is not a snapshot of a torus");
        }
        return cells.toGrid();
    }

    @Override
    public String description() {
        return "torus " + size + ", " + strategyName;
    }

    @Override
    public Rule rule() {
        return rule;
    }

    @Override
    public BigInteger generation() {
        return BigInteger.valueOf(state.generation());
    }

    @Override
    public BigInteger population() {
        return BigInteger.valueOf(state.population());
    }

    /**
     * The smallest rectangle of live cells in torus coordinates, {@code 0 ≤ x < width} and {@code 0
     * ≤ y < height}. A pattern that wraps round an edge is not cut at the seam: its bounds then span
     * the torus from 0 to the last column (or row), although on the torus it is small. O(cells) on
     * bytes, O(cells / 64) on words.
     */
    @Override
    public Optional<Bounds> bounds() {
        return boundsOf(state);
    }

    /** The bounds of {@code cells}' live cells in torus coordinates, as {@link #bounds()} says. */
    static Optional<Bounds> boundsOf(TorusCells cells) {
        if (cells.population() == 0) {
            return Optional.empty();
        }
        int rows = cells.size().height();
        int top = -1;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int row = 0; row < rows; row++) {
            int first = cells.nextAlive(row, 0);
            if (first >= 0) {
                if (top < 0) {
                    top = row;
                }
                bottom = row;
                left = Math.min(left, first);
                right = Math.max(right, cells.lastAlive(row));
            }
        }
        return Optional.of(new Bounds(left, top, right, bottom));
    }

    /**
     * {@link CellDigest} over the live cells at their torus coordinates (row-major), tagged with
     * the size {@code "HxW"}: equal to the digest of any other universe with the same cells and the
     * same tag, and never to an unbounded universe's (which has no tag). O(cells) on bytes, O(cells
     * / 64 + live cells) on words.
     */
    @Override
    public String digest() {
        CellDigest d = new CellDigest();
        for (int row = 0; row < height; row++) {
            for (int col = state.nextAlive(row, 0); col >= 0; col = col + 1 < width ? state.nextAlive(row, col + 1) : -1) {
                d.add(col, row);
            }
        }
        return d.addTag(size.toString()).hex();
    }

    /** Whether the cell at column {@code x}, row {@code y} (both wrapped) is alive. O(1). */
    @Override
    public boolean get(long x, long y) {
        return state.alive(Math.floorMod(y, height), Math.floorMod(x, width));
    }

    /**
     * Makes the cell at column {@code x}, row {@code y} (both wrapped) alive or dead. O(1), except
     * that on a byte grid the first edit after a step, snapshot or restore copies the grid (O(cells)).
     */
    @Override
    public void set(long x, long y, boolean alive) {
        state.set(Math.floorMod(y, height), Math.floorMod(x, width), alive);
    }

    /**
     * Runs {@code generations} generations in the strategy's state, checking for an interrupt
     * before each (and within each). Nothing is kept unless all of them complete: on an interrupt
     * or a failure the cells and the generation are exactly as before the call (pending edits
     * included, which the call may have merely turned into a grid).
     *
     * @throws IllegalArgumentException when {@code generations} is less than 1
     * @throws IllegalStateException    after {@link #close()}
     * @throws InterruptedException     when the calling thread is interrupted, or the universe is
     *                                  closed from another thread during the step
     * @throws UniverseException        when a cell's logic fails (the strategy's one-line message),
     *                                  or the generation would pass {@code Long.MAX_VALUE}
     */
    @Override
    public void step(BigInteger generations) throws InterruptedException, UniverseException {
        long n = stepLength(generations);
        try {
            state.step(n);
        } catch (StepFailedException e) {
            throw new UniverseException(e.getMessage(), e);
        }
    }

    /** {@code generations} as a step this open torus can take: at least 1, ending by {@code Long.MAX_VALUE}. */
    private long stepLength(BigInteger generations) throws UniverseException {
        if (generations.signum() <= 0) {
            throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        }
        if (closed) {
            throw new IllegalStateException("this torus universe is closed");
        }
        BigInteger end = generations.add(BigInteger.valueOf(state.generation()));
        if (end.bitLength() > 63) {
            throw new UniverseException("a torus counts generations up to " + Long.MAX_VALUE + ": cannot step "
                    + generations + " from generation " + state.generation());
        }
        return generations.longValueExact();
    }

    /**
     * {@link #step}, counting the cells that changed in the strategy's state ({@link
     * TorusState#stepCounting}): on {@code packed} words against the array the step read (no
     * snapshot), elsewhere against a snapshot taken before (O(1) on byte grids, a copy on {@code
     * packed-tiles}).
     */
    @Override
    public CellChanges stepCounting(BigInteger generations) throws InterruptedException, UniverseException {
        long n = stepLength(generations);
        long before = state.population();
        long changed;
        try {
            changed = state.stepCounting(n);
        } catch (StepFailedException e) {
            throw new UniverseException(e.getMessage(), e);
        }
        return CellChanges.of(BigInteger.valueOf(changed), BigInteger.valueOf(before),
                BigInteger.valueOf(state.population()));
    }

    @Override
    public void render(long left, long top, int scale, int[] pixels, int width, int height, int alive, int dead) {
        view().render(left, top, scale, pixels, width, height, alive, dead);
    }

    /** {@code scale = -m}: by sweep or pixel by pixel; package-private for tests of both. */
    void renderZoomedOut(long left, long top, int m, int[] pixels, int width, int height, int alive, int dead,
                         boolean bySweep) {
        checkRender(pixels, width, height);
        view().renderZoomedOut(left, top, m, pixels, width, height, alive, dead, bySweep);
    }

    /** What {@link #render} reads: the live state, on the owner thread. */
    private View view() {
        return new View(state, height, width, state.population());
    }

    /** Checks the buffer of {@link #render}. */
    static void checkRender(int[] pixels, int width, int height) {
        Objects.requireNonNull(pixels, "pixels");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("render area " + width + "x" + height + " has a negative side");
        }
        if ((long) width * height > pixels.length) {
            throw new IllegalArgumentException("render area " + width + "x" + height + " needs "
                    + (long) width * height + " pixels, the buffer has " + pixels.length);
        }
    }

    /** Distinct torus cells along a side of {@code side} cells that one pixel covers at 2^m cells per pixel. */
    private static int coverage(int m, int side) {
        return m >= 21 ? side : (int) Math.min(1L << m, side);
    }

    /** The torus cell where the run of 2^m cells of pixel {@code p} starts, on a side of {@code side}. */
    private static int startOf(long origin, int p, int m, int side) {
        if (m >= 21) {
            return 0; // 2^m ≥ every side: the pixel covers the whole side, wherever it starts
        }
        return (int) ((Math.floorMod(origin, side) + Math.floorMod((long) p << m, side)) % side);
    }

    /**
     * Reads cells through {@link TorusCells} and draws them: the torus's own render, and its
     * snapshots' (which may be drawn on any thread, since their cells are immutable).
     */
    private record View(TorusCells cells, int height, int width, long population) {

        void render(long left, long top, int scale, int[] pixels, int width, int height, int alive, int dead) {
            checkRender(pixels, width, height);
            if (scale >= 0) {
                renderZoomedIn(left, top, scale, pixels, width, height, alive, dead);
            } else if (population == 0) {
                Arrays.fill(pixels, 0, width * height, dead);
            } else {
                int m = -scale;
                LiveSummary summary = m >= LiveSummary.FIRST_LEVEL ? cells.liveSummary() : null;
                if (summary != null && renderBySummary(summary, left, top, m, pixels, width, height, alive, dead)) {
                    return;
                }
                long perPixel = (long) coverage(m, this.width) * coverage(m, this.height);
                long naive = (long) width * height * perPixel;
                long sweep = (long) Math.min(height, this.height) * coverage(m, this.height) * this.width
                        + (long) width * height;
                renderZoomedOut(left, top, m, pixels, width, height, alive, dead, sweep < naive);
            }
        }

        void renderZoomedOut(long left, long top, int m, int[] pixels, int width, int height, int alive, int dead,
                             boolean bySweep) {
            if (bySweep) {
                renderBySweep(left, top, m, pixels, width, height, alive, dead);
            } else {
                renderEachPixel(left, top, m, pixels, width, height, alive, dead);
            }
        }

        /** {@code scale = k ≥ 0}: each cell is 2^k × 2^k pixels; one lookup per pixel, rows reused. */
        private void renderZoomedIn(long left, long top, int k, int[] pixels, int width, int height,
                                    int alive, int dead) {
            int shift = Math.min(k, 31);
            int col0 = Math.floorMod(left, this.width);
            int row0 = Math.floorMod(top, this.height);
            int[] colOf = new int[width];
            for (int px = 0; px < width; px++) {
                colOf[px] = (int) ((col0 + ((long) px >>> shift)) % this.width);
            }
            int previousRow = -1;
            for (int py = 0; py < height; py++) {
                int row = (int) ((row0 + ((long) py >>> shift)) % this.height);
                int offset = py * width;
                if (row == previousRow) {
                    System.arraycopy(pixels, offset - width, pixels, offset, width);
                    continue;
                }
                for (int px = 0; px < width; px++) {
                    pixels[offset + px] = cells.alive(row, colOf[px]) ? alive : dead;
                }
                previousRow = row;
            }
        }

        /** {@code scale = -m}: each pixel looks at its own (at most 2^m × 2^m, distinct) cells, stopping at a live one. */
        private void renderEachPixel(long left, long top, int m, int[] pixels, int width, int height,
                                     int alive, int dead) {
            int coverCols = coverage(m, this.width);
            int coverRows = coverage(m, this.height);
            for (int py = 0; py < height; py++) {
                int row0 = startOf(top, py, m, this.height);
                for (int px = 0; px < width; px++) {
                    int col0 = startOf(left, px, m, this.width);
                    pixels[py * width + px] = lit(row0, col0, coverRows, coverCols) ? alive : dead;
                }
            }
        }

        /** Whether any of the {@code rows × cols} cells from {@code (row0, col0)} on (wrapping) lives. */
        private boolean lit(int row0, int col0, int rows, int cols) {
            for (int dy = 0; dy < rows; dy++) {
                if (anyAlive((row0 + dy) % this.height, col0, cols)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code scale = -m ≥ FIRST_LEVEL}, from the cells' {@link LiveSummary}: a pixel whose 2^m ×
         * 2^m cells are one block of the summary (it starts at a multiple of 2^m and does not cross
         * the torus's edge, or it covers a whole side) reads one bit; any other pixel (at the seam,
         * or all of them when the view is not aligned to 2^m) reads its cells as {@link
         * #renderEachPixel} does. So a view aligned to its scale costs O(pixels), whatever the
         * torus's size. Returns false, drawing nothing, when fewer than half the pixels are blocks:
         * then the caller's sweep is cheaper.
         */
        private boolean renderBySummary(LiveSummary summary, long left, long top, int m, int[] pixels, int width,
                                        int height, int alive, int dead) {
            int level = Math.min(m, summary.topLevel());
            int[] blockCols = blockIndexes(left, m, width, this.width);
            int[] blockRows = blockIndexes(top, m, height, this.height);
            long fastCols = Arrays.stream(blockCols).filter(b -> b >= 0).count();
            long fastRows = Arrays.stream(blockRows).filter(b -> b >= 0).count();
            if (2 * fastCols * fastRows < (long) width * height) {
                return false;
            }
            int coverCols = coverage(m, this.width);
            int coverRows = coverage(m, this.height);
            long[] bits = summary.bits(level);
            int rowWords = summary.rowWords(level);
            for (int py = 0; py < height; py++) {
                int br = blockRows[py];
                int row0 = startOf(top, py, m, this.height);
                int offset = py * width;
                if (br < 0) {
                    for (int px = 0; px < width; px++) {
                        pixels[offset + px] = lit(row0, startOf(left, px, m, this.width), coverRows, coverCols)
                                ? alive : dead;
                    }
                    continue;
                }
                int base = br * rowWords;
                for (int px = 0; px < width; px++) {
                    int bc = blockCols[px];
                    boolean on = bc >= 0 ? (bits[base + (bc >>> 6)] >>> bc & 1L) != 0
                            : lit(row0, startOf(left, px, m, this.width), coverRows, coverCols);
                    pixels[offset + px] = on ? alive : dead;
                }
            }
            return true;
        }

        /**
         * For each of {@code pixels} pixels along a side of {@code side} cells at 2^m cells per
         * pixel from {@code origin}: the index of the summary block that is exactly its run of
         * cells, or -1 when its run is not one block. A run that covers the whole side is block 0 of
         * the level {@code min(m, topLevel)}, which covers the side.
         */
        private static int[] blockIndexes(long origin, int m, int pixels, int side) {
            int[] out = new int[pixels];
            boolean whole = m >= 31 || (1L << m) >= side;
            for (int p = 0; p < pixels; p++) {
                if (!whole) {
                    int c0 = startOf(origin, p, m, side);
                    out[p] = (c0 & ((1 << m) - 1)) == 0 && c0 + (1 << m) <= side ? c0 >>> m : -1;
                }
            }
            return out;
        }

        /** Whether any of the {@code count ≤ width} cells from {@code col} on (wrapping) in {@code row} lives. */
        private boolean anyAlive(int row, int col, int count) {
            int end = col + count;
            int first = cells.nextAlive(row, col);
            if (first >= 0 && first < Math.min(end, this.width)) {
                return true;
            }
            if (end > this.width) {
                first = cells.nextAlive(row, 0);
                return first >= 0 && first < end - this.width;
            }
            return false;
        }

        /**
         * {@code scale = -m}, when the pixels together cover more cells than the torus has: for each
         * distinct pixel row, OR its (at most 2^m) torus rows into one row of bits, 64 to a word
         * (packed words are ORed whole), then answer each pixel from running counts of that row in
         * O(1). Pixel rows that start at the same torus row are copied, not recomputed.
         */
        private void renderBySweep(long left, long top, int m, int[] pixels, int width, int height,
                                   int alive, int dead) {
            int w = this.width;
            int coverCols = coverage(m, w);
            int coverRows = coverage(m, this.height);
            int[] startCols = new int[width];
            for (int px = 0; px < width; px++) {
                startCols[px] = startOf(left, px, m, w);
            }
            // torus row where a pixel row starts -> the first pixel row that starts there; at most one entry per pixel row
            Map<Integer, Integer> firstPixelRowAt = new HashMap<>();
            long[] any = new long[(w + 63) >>> 6];
            // counts[c] = live bits among columns [0 .. c); doubled length so a wrapped run is one subtraction
            int[] counts = new int[2 * w + 1];
            for (int py = 0; py < height; py++) {
                int row0 = startOf(top, py, m, this.height);
                int offset = py * width;
                Integer seen = firstPixelRowAt.putIfAbsent(row0, py);
                if (seen != null) {
                    System.arraycopy(pixels, seen * width, pixels, offset, width);
                    continue;
                }
                Arrays.fill(any, 0L);
                for (int dy = 0; dy < coverRows; dy++) {
                    cells.orRow((row0 + dy) % this.height, any);
                }
                for (int c = 0; c < 2 * w; c++) {
                    int col = c < w ? c : c - w;
                    counts[c + 1] = counts[c] + (int) (any[col >>> 6] >>> col & 1L);
                }
                for (int px = 0; px < width; px++) {
                    int from = startCols[px];
                    pixels[offset + px] = counts[from + coverCols] - counts[from] > 0 ? alive : dead;
                }
            }
        }
    }

    /**
     * A snapshot of the cells and the generation: O(1) on a byte grid (closing open edits first,
     * O(cells) once), a copy of the words on packed words (O(cells / 64)).
     */
    @Override
    public Snapshot snapshot() {
        return new TorusSnapshot(state.snapshot());
    }

    /**
     * Puts back the cells and the generation of {@code s}, dropping open edits: O(1) on a byte
     * grid, O(cells / 64) on words.
     *
     * @throws IllegalArgumentException when {@code s} is not a torus snapshot of this size
     */
    @Override
    public void restore(Snapshot s) {
        if (!(s instanceof TorusSnapshot(TorusCells cells)) || !cells.size().equals(size)) {
            throw new IllegalArgumentException("cannot restore " + s + " into " + description()
                    + ": not a snapshot of a torus of this size");
        }
        state.restore(cells);
    }

    /** O(1) on words (the state keeps the array the step read); a snapshot on bytes, also O(1). */
    @Override
    public Checkpoint checkpoint() {
        return state.checkpoint()::rollBack;
    }

    /**
     * Closes the strategy: a step in flight on another thread is cancelled, and every thread the
     * strategy started has ended when this returns. Idempotent; the cells stay readable.
     */
    @Override
    public void close() {
        closed = true;
        state.close();
    }

    @Override
    public String toString() {
        return "TorusUniverse[" + description() + ", generation " + state.generation() + ", population "
                + state.population() + "]";
    }

    /**
     * A torus universe's snapshot: the immutable cells of its state (a byte grid, or a copy of the
     * words), which hold the generation. Every method may run on any thread.
     *
     * @param cells the cells and generation
     */
    record TorusSnapshot(TorusCells cells) implements Universe.Snapshot {
        TorusSnapshot {
            Objects.requireNonNull(cells, "cells");
        }

        @Override
        public BigInteger generation() {
            return BigInteger.valueOf(cells.generation());
        }

        @Override
        public BigInteger population() {
            return BigInteger.valueOf(cells.population());
        }

        /** Column {@code x}, row {@code y}, both wrapped. O(1). */
        @Override
        public boolean get(long x, long y) {
            return cells.alive(Math.floorMod(y, cells.size().height()), Math.floorMod(x, cells.size().width()));
        }

        /** Row-major, at torus coordinates, jumping from live cell to live cell. O(cells/64 + population) for words. */
        @Override
        public void forEachCell(CellSink sink) {
            int h = cells.size().height();
            int w = cells.size().width();
            for (int row = 0; row < h; row++) {
                for (int c = cells.nextAlive(row, 0); c >= 0; c = c + 1 < w ? cells.nextAlive(row, c + 1) : -1) {
                    sink.cell(c, row);
                }
            }
        }

        /**
         * Against a snapshot of a torus of the same size: {@link TorusCells#changedCells}, a word
         * XOR and bit count on packed words (O(cells / 64)), a byte comparison on byte grids
         * (O(cells)). Against anything else: the default.
         */
        @Override
        public BigInteger changedCells(Universe.Snapshot other) {
            if (other instanceof TorusSnapshot(TorusCells o)) {
                return BigInteger.valueOf(cells.changedCells(o));
            }
            return Universe.Snapshot.super.changedCells(other);
        }

        /** In torus coordinates, as {@link TorusUniverse#bounds()}. */
        @Override
        public Optional<Bounds> bounds() {
            return boundsOf(cells);
        }

        @Override
        public void render(long left, long top, int scale, int[] pixels, int width, int height, int alive,
                           int dead) {
            new View(cells, cells.size().height(), cells.size().width(), cells.population())
                    .render(left, top, scale, pixels, width, height, alive, dead);
        }

        /** Ready unless zoomed out to 2^3 cells per pixel or more on words whose summary is not built yet. */
        @Override
        public boolean renderReady(int scale) {
            return scale > -LiveSummary.FIRST_LEVEL || cells.liveSummaryReady();
        }

        /** Builds the words' {@link LiveSummary} (O(cells / 64), once) when {@code scale ≤ -3}. Any thread. */
        @Override
        public void prepareRender(int scale) {
            if (scale <= -LiveSummary.FIRST_LEVEL) {
                cells.liveSummary();
            }
        }

        @Override
        public String toString() {
            return "torus snapshot " + cells.size() + " at generation " + cells.generation();
        }
    }
}
