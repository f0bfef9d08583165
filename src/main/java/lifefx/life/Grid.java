package lifefx.life;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One generation on a torus of {@code height × width} cells, where both axes wrap, as in the
 * article's {@code get(y % height, x % width)}. Immutable and thread-safe.
 *
 * <p>Cells are kept one byte each (0 dead, 1 alive) in row-major order. A byte per cell costs 8×
 * the memory of a bit, but lets per-cell strategies write their own cell with no other cell
 * sharing the memory word they write (the JLS guarantees no word tearing for byte writes), so
 * thousands of tasks can each write one cell of the next generation with no locks.
 *
 * <p>Instances are made through {@link Builder}, which hands its array over on {@link
 * Builder#build} and refuses writes afterwards, so a published grid can never change.
 */
public final class Grid {

    private final GridSize size;
    private final int height;
    private final int width;
    private final byte[] cells;
    private final long generation;
    private final int population;

    private Grid(GridSize size, byte[] cells, long generation) {
        this.size = size;
        this.height = size.height();
        this.width = size.width();
        this.cells = cells;
        this.generation = generation;
        int pop = 0;
        for (byte b : cells) {
            pop += b;
        }
        this.population = pop;
    }

    /** An empty grid at generation 0. */
    public static Grid empty(GridSize size) {
        return new Grid(size, new byte[size.cells()], 0);
    }

    /**
     * A grid from rows of text, one string per row: {@code *}, {@code O} or {@code o} are alive;
     * {@code -}, {@code .} and {@code b} are dead (the article's ColumnPrinter and plaintext use
     * these). All rows must have the same length. Meant for tests and small literals.
     */
    public static Grid parseRows(String... rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("no rows");
        }
        GridSize size = new GridSize(rows.length, rows[0].length());
        Builder b = new Builder(size);
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length() != size.width()) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length()
                        + " cells, expected " + size.width());
            }
            for (int c = 0; c < size.width(); c++) {
                char ch = rows[r].charAt(c);
                switch (ch) {
                    case '*', 'O', 'o' -> b.set(r, c, true);
                    case '-', '.', 'b' -> { }
                    default -> throw new IllegalArgumentException("row " + r + " column " + c
                            + ": unexpected '" + ch + "'");
                }
            }
        }
        return b.build(0);
    }

    public GridSize size() {
        return size;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** The generation number this grid holds. */
    public long generation() {
        return generation;
    }

    /** Number of live cells. */
    public int population() {
        return population;
    }

    /** Whether the cell at {@code (row, col)} is alive; both coordinates wrap, negatives too. */
    public boolean isAlive(int row, int col) {
        return cells[Math.floorMod(row, height) * width + Math.floorMod(col, width)] != 0;
    }

    /**
     * The cell at row-major {@code index} (0 or 1), with no wrapping.
     *
     * @throws ArrayIndexOutOfBoundsException when {@code index} is not in {@code [0, cells)}
     */
    public int cellAt(int index) {
        return cells[index];
    }

    /**
     * Live cells among the eight neighbours of {@code (row, col)}, which must be in range. On tiny
     * tori the same cell is counted once for each direction that reaches it, exactly as the
     * article's {@code count_neighbors} does: on 1×1 the lone cell is its own neighbour 8 times.
     */
    public int liveNeighbours(int row, int col) {
        int up = (row == 0 ? height - 1 : row - 1) * width;
        int mid = row * width;
        int down = (row == height - 1 ? 0 : row + 1) * width;
        int left = col == 0 ? width - 1 : col - 1;
        int right = col == width - 1 ? 0 : col + 1;
        byte[] c = cells;
        return c[up + left] + c[up + col] + c[up + right]
                + c[mid + left] + c[mid + right]
                + c[down + left] + c[down + col] + c[down + right];
    }

    /** This grid's cells with another generation number. Shares the (immutable) cells. */
    public Grid withGeneration(long newGeneration) {
        return newGeneration == generation ? this : new Grid(size, cells, newGeneration);
    }

    /** A builder holding a copy of these cells, to edit into a new grid. */
    public Builder toBuilder() {
        return new Builder(size, cells.clone());
    }

    /** Copies row {@code row} into {@code dst[offset .. offset+width)} as 0/1 bytes. */
    public void copyRow(int row, byte[] dst, int offset) {
        System.arraycopy(cells, Objects.checkIndex(row, height) * width, dst, offset, width);
    }

    /**
     * A digest of size and cells (not the generation number), stable across runs, JVMs and
     * machines: the first 16 hex digits of SHA-256 over {@code "HxW;"} and the cells packed 8 to a
     * byte. Equal digests mean equal grids for any practical purpose.
     */
    public String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(size.toString().concat(";").getBytes(StandardCharsets.US_ASCII));
            byte[] packed = new byte[(cells.length + 7) / 8];
            for (int i = 0; i < cells.length; i++) {
                packed[i >>> 3] |= (byte) (cells[i] << (i & 7));
            }
            md.update(packed);
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    /** Same cells and size, ignoring the generation number. */
    public boolean sameCells(Grid other) {
        return size.equals(other.size) && Arrays.equals(cells, other.cells);
    }

    /** Equal when size, generation and every cell are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Grid g && generation == g.generation && sameCells(g);
    }

    @Override
    public int hashCode() {
        return size.hashCode() * 31 + Arrays.hashCode(cells) + Long.hashCode(generation);
    }

    /** Rows of {@code *} and {@code -} for small grids; a summary for large ones. */
    @Override
    public String toString() {
        if ((long) height * width > 4096) {
            return "Grid[" + size + ", generation=" + generation + ", population=" + population + "]";
        }
        StringBuilder sb = new StringBuilder("Grid[" + size + ", generation=" + generation + "]\n");
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                sb.append(cells[r * width + c] != 0 ? '*' : '-');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Collects the cells of a new grid. Not thread-safe as a whole, but distinct cells may be set
     * from distinct threads at once (each cell is its own byte). Whoever calls {@link #build} must
     * first make every write visible to itself, by joining the writers (join, {@code Future.get},
     * a latch): the builder adds no synchronisation of its own.
     */
    public static final class Builder {
        private final GridSize size;
        private final int width;
        private byte[] cells;

        public Builder(GridSize size) {
            this(size, new byte[size.cells()]);
        }

        private Builder(GridSize size, byte[] cells) {
            this.size = size;
            this.width = size.width();
            this.cells = cells;
        }

        public GridSize size() {
            return size;
        }

        /** Sets the cell at row-major {@code index}, with no wrapping. */
        public Builder set(int index, boolean alive) {
            cells()[index] = alive ? (byte) 1 : 0;
            return this;
        }

        /** Sets the cell at {@code (row, col)}; both coordinates wrap. */
        public Builder set(int row, int col, boolean alive) {
            cells()[Math.floorMod(row, size.height()) * width + Math.floorMod(col, width)] = alive ? (byte) 1 : 0;
            return this;
        }

        /** Whether the cell at {@code (row, col)} is set; both coordinates wrap. */
        public boolean get(int row, int col) {
            return cells()[Math.floorMod(row, size.height()) * width + Math.floorMod(col, width)] != 0;
        }

        /** Copies {@code src[offset .. offset+width)} (0/1 bytes) into row {@code row}. */
        public Builder setRow(int row, byte[] src, int offset) {
            System.arraycopy(src, offset, cells(), Objects.checkIndex(row, size.height()) * width, width);
            return this;
        }

        /** Clears every cell. */
        public Builder clear() {
            Arrays.fill(cells(), (byte) 0);
            return this;
        }

        /** Hands the cells to a new immutable grid; the builder cannot be used afterwards. */
        public Grid build(long generation) {
            byte[] c = cells();
            cells = null;
            return new Grid(size, c, generation);
        }

        private byte[] cells() {
            if (cells == null) {
                throw new IllegalStateException("this builder has already built its grid");
            }
            return cells;
        }
    }
}
