package lifefx.analysis;

import java.util.Arrays;
import java.util.Objects;
import java.util.TreeMap;
import java.util.SortedMap;

/**
 * An oscillator's cells by their own period: for each cell of the bounding box (over the whole
 * period), 0 when it is dead in every phase, 1 when it is alive in every phase (the stator), else the
 * smallest p dividing the oscillator's period such that the cell's states repeat every p generations
 * (the rotor's cells, p &gt; 1). Immutable; any thread.
 *
 * @param left    x of the box's first column (universe coordinates)
 * @param top     y of the box's first row
 * @param width   columns
 * @param height  rows
 * @param periods row-major, {@code width × height} values (kept as given; do not change the array)
 */
public record PeriodMap(long left, long top, int width, int height, int[] periods) {

    public PeriodMap {
        Objects.requireNonNull(periods, "periods");
        if (width < 1 || height < 1 || (long) width * height != periods.length) {
            throw new IllegalArgumentException("a " + width + "x" + height + " map needs " + (long) width * height
                    + " periods, got " + periods.length);
        }
    }

    /** The period of the cell at column {@code col}, row {@code row} of the box (0: always dead). */
    public int at(int col, int row) {
        return periods[row * width + col];
    }

    /** How many cells have each period, by period (0, always dead, left out), smallest first. */
    public SortedMap<Integer, Integer> counts() {
        SortedMap<Integer, Integer> m = new TreeMap<>();
        for (int p : periods) {
            if (p > 0) {
                m.merge(p, 1, Integer::sum);
            }
        }
        return m;
    }

    /** Cells alive in every phase. */
    public int stator() {
        return counts().getOrDefault(1, 0);
    }

    /** Cells whose state changes during the period. */
    public int rotor() {
        return counts().entrySet().stream().filter(e -> e.getKey() > 1).mapToInt(e -> e.getValue()).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodMap m && m.left == left && m.top == top && m.width == width && m.height == height
                && Arrays.equals(m.periods, periods);
    }

    @Override
    public int hashCode() {
        return Objects.hash(left, top, width, height, Arrays.hashCode(periods));
    }

    @Override
    public String toString() {
        return "PeriodMap[" + width + "x" + height + " at " + left + "," + top + ", " + counts() + "]";
    }
}
