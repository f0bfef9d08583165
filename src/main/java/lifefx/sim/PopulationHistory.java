package lifefx.sim;

import java.math.BigInteger;
import java.util.Arrays;
import lifefx.universe.CellChanges;
import lifefx.universe.Universes;

/**
 * The population, births and deaths of a run, step by step, in bounded memory: what the window's
 * population chart shows and File → Export population… writes.
 *
 * <p><b>Decimation.</b> It holds at most {@link #capacity()} points. Each point covers {@code
 * stride} consecutive steps: its generation and population are those at the end of its last step,
 * its births and deaths the sums over its steps (each step counts between its two ends, see {@link
 * CellChanges}). When the points fill up, neighbours are merged pairwise (into fresh arrays) and
 * the stride doubles, so the whole run is always covered, at a resolution that halves each time the
 * run doubles in length; steps that do not yet make up a whole stride wait in a pending point,
 * which {@link #series()} shows as the last one. Memory: four arrays of {@code capacity} entries,
 * whatever the length of the run.
 *
 * <p><b>Threads.</b> Written by one thread (the simulation's stepping thread). {@link #series()}
 * returns an immutable view in O(1): the points it shows are never written again (new points go
 * beyond its length; a merge writes fresh arrays), so the view may be handed to any thread through
 * any safe publication (a volatile field).
 */
public final class PopulationHistory {

    /** Points kept by default before they are merged pairwise. */
    public static final int DEFAULT_CAPACITY = 4096;

    private final int capacity;
    private BigInteger[] generation;
    private long[] population;
    private long[] births;
    private long[] deaths;
    private int size;
    private long stride = 1;
    /** Steps in the pending point (0: none). */
    private long pendingSteps;
    private BigInteger pendingGeneration;
    private long pendingPopulation;
    private long pendingBirths;
    private long pendingDeaths;
    /** The generation the first recorded step started from, or null. */
    private BigInteger origin;

    /** An empty history of {@link #DEFAULT_CAPACITY} points. */
    public PopulationHistory() {
        this(DEFAULT_CAPACITY);
    }

    /** An empty history of at most {@code capacity} (an even number, at least 2) points. */
    public PopulationHistory(int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("a population history holds an even number of points, at least 2, not "
                    + capacity);
        }
        this.capacity = capacity;
        clear();
    }

    public int capacity() {
        return capacity;
    }

    /** Forgets every point. */
    public void clear() {
        generation = new BigInteger[capacity];
        population = new long[capacity];
        births = new long[capacity];
        deaths = new long[capacity];
        size = 0;
        stride = 1;
        pendingSteps = 0;
        origin = null;
    }

    /**
     * Adds a step from generation {@code from} that ended at {@code generation} with {@code population} live cells and {@code
     * changes} between its ends. Counts beyond a {@code long} are clamped to {@link Long#MAX_VALUE}.
     * O(1), except for a merge when full: O(capacity) once every {@code capacity / 2 × stride} steps.
     */
    public void add(BigInteger from, BigInteger generation, BigInteger population, CellChanges changes) {
        if (origin == null || (size == 0 && pendingSteps == 0)) {
            origin = from;
        }
        pendingGeneration = generation;
        pendingPopulation = Universes.clamp(population);
        pendingBirths = saturatedAdd(pendingSteps == 0 ? 0 : pendingBirths, Universes.clamp(changes.births()));
        pendingDeaths = saturatedAdd(pendingSteps == 0 ? 0 : pendingDeaths, Universes.clamp(changes.deaths()));
        pendingSteps++;
        if (pendingSteps < stride) {
            return;
        }
        this.generation[size] = pendingGeneration;
        this.population[size] = pendingPopulation;
        births[size] = pendingBirths;
        deaths[size] = pendingDeaths;
        size++;
        pendingSteps = 0;
        if (size == capacity) {
            // at once, so that the steps from now on gather at the new stride
            merge();
        }
    }

    /**
     * Drops the points after {@code generation} (a reset or an undo went back), the pending point
     * too when it lies after it. O(capacity) at most; into fresh arrays, so views stay as they were.
     */
    public void truncateAfter(BigInteger generation) {
        int keep = size;
        while (keep > 0 && this.generation[keep - 1].compareTo(generation) > 0) {
            keep--;
        }
        if (pendingSteps > 0 && pendingGeneration.compareTo(generation) > 0) {
            pendingSteps = 0;
        }
        if (keep < size) {
            keepFirst(keep);
        }
    }

    /** Keeps the first {@code keep} points, in fresh arrays. */
    private void keepFirst(int keep) {
        generation = Arrays.copyOf(generation, capacity);
        population = Arrays.copyOf(population, capacity);
        births = Arrays.copyOf(births, capacity);
        deaths = Arrays.copyOf(deaths, capacity);
        Arrays.fill(generation, keep, capacity, null);
        size = keep;
    }

    /** Merges neighbours pairwise into fresh arrays and doubles the stride. */
    private void merge() {
        BigInteger[] g = new BigInteger[capacity];
        long[] p = new long[capacity];
        long[] b = new long[capacity];
        long[] d = new long[capacity];
        int half = size / 2;
        for (int i = 0; i < half; i++) {
            g[i] = generation[2 * i + 1];
            p[i] = population[2 * i + 1];
            b[i] = saturatedAdd(births[2 * i], births[2 * i + 1]);
            d[i] = saturatedAdd(deaths[2 * i], deaths[2 * i + 1]);
        }
        generation = g;
        population = p;
        births = b;
        deaths = d;
        size = half;
        stride *= 2;
    }

    private static long saturatedAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    /** Steps per point now. */
    public long stride() {
        return stride;
    }

    /** The points so far, with a pending partial point last; O(1), immutable, for any thread. */
    public Series series() {
        return new Series(generation, population, births, deaths, size,
                pendingSteps == 0 ? null : new Point(pendingGeneration, pendingPopulation, pendingBirths, pendingDeaths),
                stride, origin);
    }

    /**
     * A point of the history.
     *
     * @param generation the generation at its end
     * @param population live cells then
     * @param births     births over the steps it covers
     * @param deaths     deaths over the steps it covers
     */
    public record Point(BigInteger generation, long population, long births, long deaths) {
    }

    /**
     * An immutable view of a {@link PopulationHistory}: its points in order of generation. Safe on
     * any thread.
     */
    public static final class Series {

        /** No points. */
        public static final Series EMPTY = new Series(new BigInteger[0], new long[0], new long[0], new long[0], 0,
                null, 1, null);

        private final BigInteger[] generation;
        private final long[] population;
        private final long[] births;
        private final long[] deaths;
        private final int complete;
        private final Point pending;
        private final long stride;
        private final BigInteger origin;

        private Series(BigInteger[] generation, long[] population, long[] births, long[] deaths, int complete,
                       Point pending, long stride, BigInteger origin) {
            this.origin = origin;
            this.generation = generation;
            this.population = population;
            this.births = births;
            this.deaths = deaths;
            this.complete = complete;
            this.pending = pending;
            this.stride = stride;
        }

        /** Points, the pending one included. */
        public int size() {
            return complete + (pending == null ? 0 : 1);
        }

        public boolean isEmpty() {
            return size() == 0;
        }

        /** Steps per complete point. */
        public long stride() {
            return stride;
        }

        /** Point {@code i}, {@code 0 ≤ i < size()}. */
        public Point get(int i) {
            if (i < complete) {
                return new Point(generation[i], population[i], births[i], deaths[i]);
            }
            if (i == complete && pending != null) {
                return pending;
            }
            throw new IndexOutOfBoundsException("point " + i + " of " + size());
        }

        /** The last point, or {@code null}. */
        public Point last() {
            return isEmpty() ? null : get(size() - 1);
        }

        /**
         * Generations point {@code i} covers: from the previous point (or the generation the first
         * recorded step started from) to its own. Across a pause in recording this includes the
         * generations not recorded. At least 1.
         */
        public double generationsAt(int i) {
            BigInteger previous = i == 0 ? origin : get(i - 1).generation();
            if (previous == null) {
                return 1;
            }
            return Math.max(1, get(i).generation().subtract(previous).doubleValue());
        }

        /** Generation of point {@code i} as a double, for a chart's axis. */
        public double generationAt(int i) {
            return i < complete ? generation[i].doubleValue() : get(i).generation().doubleValue();
        }

        /** The CSV columns, in order. */
        public static final java.util.List<String> CSV_HEADER = java.util.List.of("generation", "population", "births",
                "deaths");

        /**
         * The points as CSV through Commons CSV (as {@code bench --format csv}): the header {@code
         * generation,population,births,deaths}, then one record per point, {@code \n} line ends,
         * plain decimal numbers. A point's births and deaths are those since the previous point.
         */
        public String toCsv() {
            org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                    .setHeader(CSV_HEADER.toArray(String[]::new))
                    .setRecordSeparator("\n")
                    .get();
            java.io.StringWriter out = new java.io.StringWriter(32 + 32 * size());
            try (org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(out, format)) {
                for (int i = 0; i < size(); i++) {
                    Point p = get(i);
                    printer.printRecord(p.generation(), p.population(), p.births(), p.deaths());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
            }
            return out.toString();
        }
    }
}
