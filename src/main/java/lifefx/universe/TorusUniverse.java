package lifefx.universe;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.StepFailedException;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;

/**
 * A torus of {@code height × width} cells that hosts any strategy of {@link StrategyRegistry}: the
 * universe the concurrency strategies run in. Both axes wrap: {@code x} is the column and {@code y}
 * the row, each taken modulo the side, negatives too, so every {@code long} coordinate names a cell.
 *
 * <p><b>Representation.</b> For now the cells are the immutable byte-per-cell {@link Grid} that the
 * per-cell strategies read and write; each generation is a new grid made by the strategy. (A
 * strategy that keeps its own bits between generations is the next step; it changes nothing here
 * but the cost of a step.)
 *
 * <p><b>Edits.</b> {@link #set} writes into a {@link Grid.Builder} that stays open across edits: the
 * first edit after a step, a snapshot or a restore copies the grid once (O(cells)), and every
 * further edit costs O(1). The builder is turned into a grid again (O(cells)) only by what needs
 * the whole grid: {@link #step}, {@link #snapshot()}, {@link #bounds()}, {@link #digest()} and
 * {@link #grid()}. {@link #get}, {@link #render} and {@link #population()} read through the open
 * builder and never close it, so painting many cells while the window redraws costs O(1) per cell.
 * A caller that takes a snapshot after every single edit (undo per cell) pays O(cells) per edit;
 * take one per stroke instead.
 *
 * <p><b>Costs.</b> {@code get}, {@code set}: O(1) (after the one copy above). {@code population}:
 * O(1). {@code bounds}, {@code digest}: O(cells). {@code step(n)}: n generations of the strategy.
 * {@code snapshot}: O(1), since the grid is immutable (plus the one build after edits). {@code
 * restore}: O(1). {@code render}: O(pixels) at {@code scale ≥ 0}; at {@code scale = -m < 0} the
 * smaller of O(pixels × 4^m) (each pixel looks at its cells, at most the whole torus) and a sweep
 * of the torus rows under the view, O(distinct pixel rows × min(2^m, height) × width).
 *
 * <p><b>Threads.</b> Not thread-safe: one thread owns it, as {@link Universe} says. {@link #step}
 * is cancelled by interrupting that thread; {@link #close()} may be called from another thread
 * while a step runs, which then ends with {@link InterruptedException} (the strategy's contract).
 * Snapshots are immutable and may be read anywhere.
 */
public final class TorusUniverse implements Universe {

    private final GridSize size;
    private final int height;
    private final int width;
    private final Rule rule;
    private final CellLogic logic;
    private final String strategyName;
    private final GenerationStrategy strategy;
    /** The cells as of the last step, restore or build; edits since then are in {@link #pending}. */
    private Grid current;
    /** Open edits on a copy of {@link #current}, or null when there are none. */
    private Grid.Builder pending;
    /** Live cells, {@code current}'s plus the net effect of pending edits. */
    private long population;
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
        this.current = Objects.requireNonNull(start, "start");
        this.size = start.size();
        this.height = size.height();
        this.width = size.width();
        this.rule = Objects.requireNonNull(rule, "rule").withoutTorus();
        this.logic = Objects.requireNonNull(logic, "logic");
        StrategyRegistry.Entry entry = StrategyRegistry.get(strategy);
        this.strategyName = entry.name();
        this.strategy = entry.create(Objects.requireNonNull(config, "config"));
        this.population = start.population();
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
     * The cells as an immutable grid at the current generation. O(1), or O(cells) once after edits
     * (it closes the open edits, see the class comment).
     */
    public Grid grid() {
        flush();
        return current;
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
        return BigInteger.valueOf(current.generation());
    }

    @Override
    public BigInteger population() {
        return BigInteger.valueOf(population);
    }

    /**
     * The smallest rectangle of live cells in torus coordinates, {@code 0 ≤ x < width} and {@code 0
     * ≤ y < height}. A pattern that wraps round an edge is not cut at the seam: its bounds then span
     * the torus from 0 to the last column (or row), although on the torus it is small. O(cells).
     */
    @Override
    public Optional<Bounds> bounds() {
        flush();
        return boundsOf(current);
    }

    /** The bounds of {@code grid}'s live cells in torus coordinates, as {@link #bounds()} says. O(cells). */
    static Optional<Bounds> boundsOf(Grid grid) {
        if (grid.population() == 0) {
            return Optional.empty();
        }
        int height = grid.height();
        int width = grid.width();
        int top = -1;
        int bottom = -1;
        int left = width;
        int right = -1;
        for (int row = 0; row < height; row++) {
            int base = row * width;
            int first = -1;
            int last = -1;
            for (int col = 0; col < width; col++) {
                if (grid.cellAt(base + col) != 0) {
                    if (first < 0) {
                        first = col;
                    }
                    last = col;
                }
            }
            if (first >= 0) {
                if (top < 0) {
                    top = row;
                }
                bottom = row;
                left = Math.min(left, first);
                right = Math.max(right, last);
            }
        }
        return Optional.of(new Bounds(left, top, right, bottom));
    }

    /**
     * {@link CellDigest} over the live cells at their torus coordinates (row-major), tagged with
     * the size {@code "HxW"}: equal to the digest of any other universe with the same cells and the
     * same tag, and never to an unbounded universe's (which has no tag). O(cells).
     */
    @Override
    public String digest() {
        flush();
        CellDigest d = new CellDigest();
        for (int row = 0; row < height; row++) {
            int base = row * width;
            for (int col = 0; col < width; col++) {
                if (current.cellAt(base + col) != 0) {
                    d.add(col, row);
                }
            }
        }
        return d.addTag(size.toString()).hex();
    }

    /** Whether the cell at column {@code x}, row {@code y} (both wrapped) is alive. O(1). */
    @Override
    public boolean get(long x, long y) {
        int row = Math.floorMod(y, height);
        int col = Math.floorMod(x, width);
        return pending != null ? pending.get(row, col) : current.isAlive(row, col);
    }

    /**
     * Makes the cell at column {@code x}, row {@code y} (both wrapped) alive or dead. O(1), except
     * that the first edit after a step, snapshot or restore copies the grid (O(cells)).
     */
    @Override
    public void set(long x, long y, boolean alive) {
        int row = Math.floorMod(y, height);
        int col = Math.floorMod(x, width);
        if (pending == null) {
            if (current.isAlive(row, col) == alive) {
                return;
            }
            pending = current.toBuilder();
        }
        boolean was = pending.get(row, col);
        if (was != alive) {
            pending.set(row, col, alive);
            population += alive ? 1 : -1;
        }
    }

    /**
     * Runs {@code generations} generations through the strategy, one at a time, checking for an
     * interrupt before each. Nothing is kept unless all of them complete: on an interrupt or a
     * failure the cells and the generation are exactly as before the call (pending edits included,
     * which the call has merely turned into a grid).
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
        if (generations.signum() <= 0) {
            throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        }
        if (closed) {
            throw new IllegalStateException("this torus universe is closed");
        }
        flush();
        BigInteger end = generations.add(BigInteger.valueOf(current.generation()));
        if (end.bitLength() > 63) {
            throw new UniverseException("a torus counts generations up to " + Long.MAX_VALUE + ": cannot step "
                    + generations + " from generation " + current.generation());
        }
        long n = generations.longValueExact();
        Grid g = current;
        try {
            for (long i = 0; i < n; i++) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("step of " + description() + " interrupted at generation "
                            + g.generation());
                }
                g = strategy.step(g, logic);
            }
        } catch (StepFailedException e) {
            throw new UniverseException(e.getMessage(), e);
        }
        current = g;
        population = g.population();
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

    /** What {@link #render} reads: the open edits, or the current grid. */
    private View view() {
        return new View(pending != null ? pending::get : current::isAlive, height, width, population);
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

    /** A cell read with both coordinates already in range; the grid or the open builder. */
    @FunctionalInterface
    interface Cells {
        boolean alive(int row, int col);
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
     * Reads cells through {@link Cells} and draws them: the torus's own render, and its snapshots'
     * (which may be drawn on any thread, since a grid is immutable).
     */
    private record View(Cells cells, int height, int width, long population) {

        void render(long left, long top, int scale, int[] pixels, int width, int height, int alive, int dead) {
            checkRender(pixels, width, height);
            if (scale >= 0) {
                renderZoomedIn(left, top, scale, pixels, width, height, alive, dead);
            } else if (population == 0) {
                Arrays.fill(pixels, 0, width * height, dead);
            } else {
                int m = -scale;
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
                    boolean lit = false;
                    for (int dy = 0; dy < coverRows && !lit; dy++) {
                        int row = (row0 + dy) % this.height;
                        for (int dx = 0; dx < coverCols; dx++) {
                            if (cells.alive(row, (col0 + dx) % this.width)) {
                                lit = true;
                                break;
                            }
                        }
                    }
                    pixels[py * width + px] = lit ? alive : dead;
                }
            }
        }

        /**
         * {@code scale = -m}, when the pixels together cover more cells than the torus has: for each
         * distinct pixel row, OR its (at most 2^m) torus rows into one row of flags, then answer each
         * pixel from running counts of that row in O(1). Pixel rows that start at the same torus row
         * are copied, not recomputed.
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
            boolean[] any = new boolean[w];
            // counts[c] = live flags among any[0 .. c); doubled length so a wrapped run is one subtraction
            int[] counts = new int[2 * w + 1];
            for (int py = 0; py < height; py++) {
                int row0 = startOf(top, py, m, this.height);
                int offset = py * width;
                Integer seen = firstPixelRowAt.putIfAbsent(row0, py);
                if (seen != null) {
                    System.arraycopy(pixels, seen * width, pixels, offset, width);
                    continue;
                }
                Arrays.fill(any, false);
                for (int dy = 0; dy < coverRows; dy++) {
                    int row = (row0 + dy) % this.height;
                    for (int col = 0; col < w; col++) {
                        if (!any[col] && cells.alive(row, col)) {
                            any[col] = true;
                        }
                    }
                }
                for (int c = 0; c < 2 * w; c++) {
                    counts[c + 1] = counts[c] + (any[c % w] ? 1 : 0);
                }
                for (int px = 0; px < width; px++) {
                    int from = startCols[px];
                    pixels[offset + px] = counts[from + coverCols] - counts[from] > 0 ? alive : dead;
                }
            }
        }
    }

    /**
     * A snapshot of the cells and the generation. O(1): it keeps the immutable grid (closing open
     * edits first, O(cells) once).
     */
    @Override
    public Snapshot snapshot() {
        flush();
        return new TorusSnapshot(current);
    }

    /**
     * Puts back the cells and the generation of {@code s}, dropping open edits. O(1).
     *
     * @throws IllegalArgumentException when {@code s} is not a torus snapshot of this size
     */
    @Override
    public void restore(Snapshot s) {
        if (!(s instanceof TorusSnapshot(Grid grid)) || !grid.size().equals(size)) {
            throw new IllegalArgumentException("cannot restore " + s + " into " + description()
                    + ": not a snapshot of a torus of this size");
        }
        pending = null;
        current = grid;
        population = grid.population();
    }

    /**
     * Closes the strategy: a step in flight on another thread is cancelled, and every thread the
     * strategy started has ended when this returns. Idempotent; the cells stay readable.
     */
    @Override
    public void close() {
        closed = true;
        strategy.close();
    }

    @Override
    public String toString() {
        return "TorusUniverse[" + description() + ", generation " + current.generation() + ", population "
                + population + "]";
    }

    /** Turns open edits into the current grid (O(cells)); nothing when there are none. */
    private void flush() {
        if (pending != null) {
            current = pending.build(current.generation());
            pending = null;
        }
    }

    /**
     * A torus universe's snapshot: its immutable grid, which holds the generation.
     *
     * @param grid the cells and generation
     */
    record TorusSnapshot(Grid grid) implements Universe.Snapshot {
        TorusSnapshot {
            Objects.requireNonNull(grid, "grid");
        }

        @Override
        public BigInteger generation() {
            return BigInteger.valueOf(grid.generation());
        }

        @Override
        public BigInteger population() {
            return BigInteger.valueOf(grid.population());
        }

        /** Column {@code x}, row {@code y}, both wrapped. O(1). */
        @Override
        public boolean get(long x, long y) {
            return grid.isAlive(Math.floorMod(y, grid.height()), Math.floorMod(x, grid.width()));
        }

        /** Row-major, at torus coordinates. O(cells). */
        @Override
        public void forEachCell(CellSink sink) {
            int h = grid.height();
            int w = grid.width();
            for (int row = 0; row < h; row++) {
                int base = row * w;
                for (int col = 0; col < w; col++) {
                    if (grid.cellAt(base + col) != 0) {
                        sink.cell(col, row);
                    }
                }
            }
        }

        /** In torus coordinates, as {@link TorusUniverse#bounds()}. O(cells). */
        @Override
        public Optional<Bounds> bounds() {
            return boundsOf(grid);
        }

        @Override
        public void render(long left, long top, int scale, int[] pixels, int width, int height, int alive,
                           int dead) {
            new View(grid::isAlive, grid.height(), grid.width(), grid.population())
                    .render(left, top, scale, pixels, width, height, alive, dead);
        }

        @Override
        public String toString() {
            return "torus snapshot " + grid.size() + " at generation " + grid.generation();
        }
    }
}
