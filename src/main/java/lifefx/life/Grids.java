package lifefx.life;

import java.util.SplittableRandom;

/**
 * Whole-grid operations beside {@link Grid}: resizing with the cells centred, and seeded random
 * fills. The simulation offers them as user commands; the window and tests use them too.
 * Stateless and thread-safe.
 */
public final class Grids {

    private Grids() {
    }

    /**
     * {@code g}'s cells on a grid of {@code size}, centred: the middle of the old grid lands on the
     * middle of the new one, and what does not fit is cut off. Keeps the generation number.
     */
    public static Grid resized(Grid g, GridSize size) {
        if (g.size().equals(size)) {
            return g;
        }
        Grid.Builder b = new Grid.Builder(size);
        int dy = (size.height() - g.height()) / 2;
        int dx = (size.width() - g.width()) / 2;
        int rowFrom = Math.max(0, -dy);
        int rowTo = Math.min(g.height(), size.height() - dy);
        int colFrom = Math.max(0, -dx);
        int colTo = Math.min(g.width(), size.width() - dx);
        byte[] src = new byte[g.width()];
        byte[] dst = new byte[size.width()];
        for (int r = rowFrom; r < rowTo; r++) {
            g.copyRow(r, src, 0);
            java.util.Arrays.fill(dst, (byte) 0);
            System.arraycopy(src, colFrom, dst, colFrom + dx, colTo - colFrom);
            b.setRow(r + dy, dst, 0);
        }
        return b.build(g.generation());
    }

    /**
     * A grid of {@code size} where each cell is alive with probability {@code density}, from a
     * seeded generator so a fill can be repeated.
     *
     * @throws IllegalArgumentException when {@code density} is not within [0, 1]
     */
    public static Grid random(GridSize size, double density, long seed, long generation) {
        if (!(density >= 0 && density <= 1)) {
            throw new IllegalArgumentException("density must be between 0 and 1, got " + density);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        Grid.Builder b = new Grid.Builder(size);
        int n = size.cells();
        for (int i = 0; i < n; i++) {
            if (rnd.nextDouble() < density) {
                b.set(i, true);
            }
        }
        return b.build(generation);
    }
}
