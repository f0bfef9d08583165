package lifefx.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lifefx.life.GridSize;

/**
 * One generation's schedule, as a {@link ScheduleRecorder} saw it: per cell, when it was computed
 * (nanoseconds after the generation started, and as a fraction of the generation's time), which
 * thread computed it, and for a virtual thread which carrier it ran on. What the window's schedule
 * map draws.
 *
 * <p>Threads are numbered by the order in which they first finished a cell (0 finished first),
 * carriers by their worker number. {@link #threadNames()} and {@link #carrierNames()} name them
 * for a legend: a live platform thread by its name, others by their id.
 *
 * <p><b>Immutable and thread-safe</b>: built in full on the stepping thread from the recorder's
 * arrays (copied, never shared) before it is published; every field is final and nothing writes
 * the arrays afterwards, so any thread that receives it through a safe publication (the
 * simulation's volatile snapshot) reads it without locks. <b>Costs:</b> two {@code int}s and a
 * {@code short} per cell; built in O(cells) with one lookup in a primitive hash table per change
 * of thread along row-major order, and one sort of the distinct threads.
 */
public final class ScheduleMap {

    /** How finely times were recorded. */
    public enum Granularity {
        /** Every cell has its own time. */
        CELL,
        /** Every row was computed at once and has one time for all its cells. */
        ROW,
        /** Some rows per cell, some per row. */
        MIXED;

        /** For a legend. */
        public String describe() {
            return switch (this) {
                case CELL -> "per cell";
                case ROW -> "per row (a row's cells share the time it was finished)";
                case MIXED -> "per cell and per row";
            };
        }
    }

    /** Most threads {@link #threadNames()} names; any further ones share "and N more". */
    public static final int NAMED_THREADS = 64;

    private final GridSize size;
    private final long generation;
    private final String strategy;
    private final long nanos;
    /** Nanoseconds after the start per cell, in units of {@link #unit} (so they fit an int). */
    private final int[] at;
    private final long unit;
    private final int[] thread;
    private final short[] carrier;
    private final int threads;
    private final List<String> threadNames;
    private final List<String> carrierNames;
    private final Granularity granularity;

    private ScheduleMap(GridSize size, long generation, String strategy, long nanos, int[] at, long unit,
                        int[] thread, int threads, List<String> threadNames, short[] carrier,
                        List<String> carrierNames, Granularity granularity) {
        this.size = size;
        this.generation = generation;
        this.strategy = strategy;
        this.nanos = nanos;
        this.at = at;
        this.unit = unit;
        this.thread = thread;
        this.threads = threads;
        this.threadNames = List.copyOf(threadNames);
        this.carrier = carrier;
        this.carrierNames = List.copyOf(carrierNames);
        this.granularity = granularity;
    }

    /**
     * Builds a map from a recorder's arrays (see {@link ScheduleRecorder}): a row with a nonzero
     * {@code rowAt} was recorded as a whole, the others cell by cell. Stepping thread.
     */
    static ScheduleMap build(GridSize size, long generation, String strategy, long start, long stop,
                             long[] cellAt, long[] cellThread, int[] cellCarrier,
                             long[] rowAt, long[] rowThread, int[] rowCarrier, int width,
                             long[] namedId, String[] named) {
        int cells = size.cells();
        long nanos = Math.max(1, stop - start);
        long unit = Math.max(1, (nanos >>> 30) + 1);
        int[] at = new int[cells];
        int[] thread = new int[cells];
        short[] carrier = new short[cells];
        Ids ids = new Ids();
        int[] carrierSeen = new int[1];
        int rowsWhole = 0;
        long lastId = Long.MIN_VALUE;
        int lastOrdinal = -1;
        for (int r = 0; r < size.height(); r++) {
            boolean whole = rowAt[r] != 0;
            if (whole) {
                rowsWhole++;
            }
            for (int c = 0, i = r * width; c < width; c++, i++) {
                long t = whole ? rowAt[r] : cellAt[i];
                long id = whole ? rowThread[r] : cellThread[i];
                int car = whole ? rowCarrier[r] : cellCarrier[i];
                long offset = Math.clamp(t - start, 0, nanos);
                at[i] = (int) (offset / unit);
                if (id != lastId) {
                    lastId = id;
                    lastOrdinal = ids.ordinal(id);
                }
                ids.seenAt(lastOrdinal, offset);
                thread[i] = lastOrdinal;
                carrier[i] = (short) Math.min(car, Short.MAX_VALUE);
                if (car > carrierSeen[0]) {
                    carrierSeen[0] = car;
                }
            }
        }
        // Renumber threads by the time they first finished a cell (ties: first seen in row-major
        // order). A time in units fits 31 bits and an ordinal 31, so one primitive sort does it.
        int count = ids.count();
        long[] order = new long[count];
        for (int k = 0; k < count; k++) {
            order[k] = ids.first(k) / unit << 32 | k;
        }
        Arrays.sort(order);
        int[] rank = new int[count];
        for (int k = 0; k < count; k++) {
            rank[(int) order[k]] = k;
        }
        for (int i = 0; i < cells; i++) {
            thread[i] = rank[thread[i]];
        }
        long[] sortedIds = new long[Math.min(count, NAMED_THREADS)];
        for (int k = 0; k < sortedIds.length; k++) {
            sortedIds[k] = ids.id((int) order[k]);
        }
        // Carriers: worker numbers (plus one) in use, renumbered 0.. in order; -1 where unknown.
        boolean[] used = new boolean[Math.min(carrierSeen[0], Short.MAX_VALUE) + 1];
        for (short s : carrier) {
            used[s] = true;
        }
        short[] carrierOrdinal = new short[used.length];
        List<String> carrierNames = new ArrayList<>();
        for (int n = 1; n < used.length; n++) {
            if (used[n]) {
                carrierOrdinal[n] = (short) carrierNames.size();
                carrierNames.add("carrier " + (n - 1));
            }
        }
        carrierOrdinal[0] = -1;
        for (int i = 0; i < cells; i++) {
            carrier[i] = carrierOrdinal[carrier[i]];
        }
        Granularity g = rowsWhole == size.height() ? Granularity.ROW : rowsWhole == 0 ? Granularity.CELL
                : Granularity.MIXED;
        return new ScheduleMap(size, generation, strategy, nanos, at, unit, thread, count,
                names(sortedIds, namedId, named), carrier, carrierNames, g);
    }

    /**
     * Thread ids numbered in order of first appearance, with the earliest time each was seen: an
     * open-addressing table of primitive longs, since a map of {@code virtual-threads} has a thread
     * per cell (450,000 at 500×900) and boxed keys would cost more than the rest of the build.
     */
    private static final class Ids {
        private long[] keys = new long[64];
        private int[] values = new int[64];
        private boolean[] used = new boolean[64];
        private long[] ids = new long[16];
        private long[] first = new long[16];
        private int count;

        /** The ordinal of {@code id}, numbering it next when it is new. */
        int ordinal(long id) {
            int mask = keys.length - 1;
            int h = (int) (id * 0x9E3779B97F4A7C15L >>> 32) & mask;
            while (used[h]) {
                if (keys[h] == id) {
                    return values[h];
                }
                h = (h + 1) & mask;
            }
            used[h] = true;
            keys[h] = id;
            values[h] = count;
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                first = Arrays.copyOf(first, count * 2);
            }
            ids[count] = id;
            first[count] = Long.MAX_VALUE;
            count++;
            if (count * 2 > keys.length) {
                grow();
            }
            return count - 1;
        }

        void seenAt(int ordinal, long offset) {
            if (offset < first[ordinal]) {
                first[ordinal] = offset;
            }
        }

        int count() {
            return count;
        }

        long id(int ordinal) {
            return ids[ordinal];
        }

        long first(int ordinal) {
            return first[ordinal];
        }

        private void grow() {
            long[] k = keys;
            int[] v = values;
            boolean[] u = used;
            keys = new long[k.length * 2];
            values = new int[k.length * 2];
            used = new boolean[k.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < k.length; i++) {
                if (u[i]) {
                    int h = (int) (k[i] * 0x9E3779B97F4A7C15L >>> 32) & mask;
                    while (used[h]) {
                        h = (h + 1) & mask;
                    }
                    used[h] = true;
                    keys[h] = k[i];
                    values[h] = v[i];
                }
            }
        }
    }

    /**
     * Names of live platform threads by id, of threads that named a row (band threads, virtual),
     * others "thread #id" (an ended platform thread, a nameless virtual one); id 0,
     * which no thread has, marks cells nobody recorded (a strategy that records only some).
     */
    private static List<String> names(long[] ids, long[] namedId, String[] named) {
        java.util.Map<Long, String> byRow = new java.util.HashMap<>();
        for (int r = 0; r < namedId.length; r++) {
            if (named[r] != null && !named[r].isEmpty()) {
                byRow.putIfAbsent(namedId[r], named[r]);
            }
        }
        long[] real = Arrays.stream(ids).filter(id -> id > 0).toArray();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ThreadInfo[] infos = real.length == 0 ? new ThreadInfo[0] : mx.getThreadInfo(real, 0);
        List<String> names = new ArrayList<>(ids.length);
        for (int k = 0, j = 0; k < ids.length; k++) {
            if (ids[k] <= 0) {
                names.add("(not recorded)");
                continue;
            }
            ThreadInfo info = infos[j++];
            String name = info != null ? info.getThreadName() : byRow.get(ids[k]);
            names.add(name != null ? name + " (#" + ids[k] + ")" : "thread #" + ids[k]);
        }
        return names;
    }

    public GridSize size() {
        return size;
    }

    /** The generation whose computation this is (the one produced). */
    public long generation() {
        return generation;
    }

    /** The strategy that computed it. */
    public String strategy() {
        return strategy;
    }

    /** How long the generation took, from the recorder's start to its end, in nanoseconds (at least 1). */
    public long nanos() {
        return nanos;
    }

    /** When cell {@code index} (row-major) was computed, in nanoseconds after the start. */
    public long nanosAt(int index) {
        return at[index] * unit;
    }

    /** When cell {@code index} was computed, as a fraction 0..1 of the generation's time. */
    public double fractionAt(int index) {
        return Math.min(1.0, (double) at[index] * unit / nanos);
    }

    /** The thread that computed cell {@code index}: 0 for the one that finished a cell first, and so on. */
    public int threadAt(int index) {
        return thread[index];
    }

    /** The carrier of the virtual thread that computed cell {@code index}, 0.., or -1 when not known or not virtual. */
    public int carrierAt(int index) {
        return carrier[index];
    }

    /** How many distinct threads computed cells. */
    public int threadCount() {
        return threads;
    }

    /** Names of the first {@link #NAMED_THREADS} threads, by ordinal. */
    public List<String> threadNames() {
        return threadNames;
    }

    /** Names of the carriers seen, by ordinal; empty when no cell was computed on a known carrier. */
    public List<String> carrierNames() {
        return carrierNames;
    }

    public Granularity granularity() {
        return granularity;
    }

    @Override
    public String toString() {
        return "schedule of " + strategy + " generation " + generation + " " + size + ": " + nanos + " ns, "
                + threads + " threads, " + carrierNames.size() + " carriers, " + granularity.describe();
    }
}
