package lifefx.engine;

import java.util.Arrays;
import java.util.concurrent.Callable;
import lifefx.life.GridSize;

/**
 * Records, for one generation at a time, when each cell was computed and by which thread: the
 * data of the window's schedule map. Off unless someone attaches one; then every strategy that
 * computes a torus of bytes or words notes each cell (or each row) as it finishes it.
 *
 * <p><b>How a recorder reaches the strategies.</b> Not through any interface: the stepping thread
 * runs its step inside {@link #during(ScheduleRecorder, Callable)}, which binds the recorder to a
 * {@link ScopedValue} for exactly that call. The torus states ({@code GridState}, {@code
 * PackedState}) read it once per step on the stepping thread ({@link #active()}), call {@link
 * #begin} and {@link #end} around each generation, and the strategies capture it into their tasks
 * before they fan out. So no method of {@code TorusState}, {@code Universe} or {@code
 * GenerationStrategy} changed for it, and a step outside {@code during} costs one scoped-value
 * lookup per generation and one predictable {@code rec != null} branch per cell or row.
 *
 * <p><b>What is recorded, and how finely.</b> Where a strategy computes cell by cell (cell logic
 * calls: {@code sequential} and {@code bands} with I/O logic, and every per-cell task of {@code
 * thread-per-cell}, {@code thread-pool}, {@code queue}, {@code virtual-threads}) each cell gets
 * its own time. Where a kernel computes whole rows at once ({@code sequential} and {@code bands}
 * with a pure rule, {@code packed} on words) the row gets one time, the moment it was finished,
 * and the map shows it for every cell of the row. {@link ScheduleMap#granularity()} says which.
 * A time is {@link System#nanoTime()} when the cell's (or row's) result was written, taken after
 * the computation, so the map shows completion order.
 *
 * <p><b>Threads and carriers.</b> The thread is the {@link Thread#threadId()} of the thread that
 * computed the cell: a pool's worker, a band's virtual thread, a cell's own thread. For a virtual
 * thread the carrier (the platform thread it is mounted on) has no API; the JDK's {@code
 * VirtualThread.toString()} names it ({@code VirtualThread[#23]/runnable@ForkJoinPool-1-worker-1}),
 * so the carrier is read from there: the number after the last dash of the part after {@code @}.
 * That string is not specified; when it has no {@code @} (an unmounted thread, another JDK) the
 * carrier is recorded as unknown (0), and the map says so. It costs one string (and a lock inside
 * the JDK) per recorded virtual-thread cell or row, about a microsecond here, so carriers are
 * recorded only by a recorder made {@linkplain #ScheduleRecorder(boolean) for them}; the window
 * makes one only while the map is coloured by carrier (performance.md, "Schedule map", has both costs).
 *
 * <p><b>Threading and memory consistency effects.</b> {@link #begin}, {@link #end} and {@link
 * #map} are called by the stepping thread only, between or around generations. {@link #cell} and
 * {@link #row} are called by whichever thread computed the cell, concurrently, each on its own
 * slots: a cell's slot is written by the one task that owns the cell, a row's by the one task that
 * owns the row, so the arrays are plain and no two threads write one element. What makes the
 * writes visible to the stepping thread is the strategy's own fan-in (a latch, a join, a queue
 * hand-off), which happens-before the strategy returns the generation and so before {@link #end};
 * {@link #begin}'s writes (the start time, the cleared row slots) happen-before every task of the
 * generation because the tasks are started, submitted or handed their job after it. Writes of a
 * cancelled generation may land after {@link #begin} of the next; such a generation never reaches
 * {@link #end}, and {@link #map} builds only from a generation that did.
 *
 * <p><b>Costs.</b> Memory: two {@code long}s and one {@code int} per cell (about 9 MB at 500×900),
 * allocated on the first generation of a size. Per recorded cell or row: {@code System.nanoTime()}
 * (70 to 100 ns on this project's virtual machines, whose clock source is {@code kvm-clock}), the
 * current thread and three array stores, plus the carrier string on a virtual thread when carriers
 * are recorded. {@link #map} is O(cells) and is called at publishing rate, not per generation.
 */
public final class ScheduleRecorder {

    private static final ScopedValue<ScheduleRecorder> ACTIVE = ScopedValue.newInstance();

    /** Carrier value for "not known". Known carriers are stored as their worker number plus one. */
    static final int UNKNOWN_CARRIER = 0;

    private GridSize size;
    private int width;
    private long[] cellAt = new long[0];
    private long[] cellThread = new long[0];
    private int[] cellCarrier = new int[0];
    private long[] rowAt = new long[0];
    private long[] rowThread = new long[0];
    private int[] rowCarrier = new int[0];
    /** Per row, the id and name of a thread that computed (part of) it, for the legend; virtual threads have no other source. */
    private long[] namedId = new long[0];
    private String[] named = new String[0];
    private long start;
    private long stop;
    private long generation;
    private String strategy = "";
    /** Whether the arrays hold one whole generation, from {@link #begin} to {@link #end}. */
    private boolean complete;
    /** The generation the last {@link #map} was built from, and that map. */
    private long mapped = -1;
    private ScheduleMap lastMap;
    private long generationsRecorded;
    private final boolean carriers;

    /** A recorder of times and threads, not carriers. */
    public ScheduleRecorder() {
        this(false);
    }

    /** A recorder of times and threads, and with {@code carriers} also of virtual threads' carriers. */
    public ScheduleRecorder(boolean carriers) {
        this.carriers = carriers;
    }

    /** Whether this recorder records carriers. */
    public boolean carriers() {
        return carriers;
    }

    /**
     * Runs {@code step} on the calling thread with {@code recorder} attached to every generation
     * it computes (see the class comment); with a null recorder it just runs it.
     */
    public static <T> T during(ScheduleRecorder recorder, Callable<T> step) throws Exception {
        if (recorder == null) {
            return step.call();
        }
        return ScopedValue.where(ACTIVE, recorder).call(step::call);
    }

    /** The recorder attached to the calling thread's step, or null. Stepping thread, once per step. */
    static ScheduleRecorder active() {
        return ACTIVE.isBound() ? ACTIVE.get() : null;
    }

    /**
     * Starts recording the generation after {@code from} of {@code strategy} on a torus of {@code
     * size}. Stepping thread, before any task of that generation starts.
     */
    void begin(GridSize size, long from, String strategy) {
        if (!size.equals(this.size)) {
            this.size = size;
            this.width = size.width();
            cellAt = new long[size.cells()];
            cellThread = new long[size.cells()];
            cellCarrier = new int[size.cells()];
            rowAt = new long[size.height()];
            rowThread = new long[size.height()];
            rowCarrier = new int[size.height()];
            namedId = new long[size.height()];
            named = new String[size.height()];
        } else {
            Arrays.fill(rowAt, 0L);
        }
        this.generation = from + 1;
        this.strategy = strategy;
        complete = false;
        start = System.nanoTime();
    }

    /** The generation begun last is complete: every task's writes are visible (the strategy's fan-in). Stepping thread. */
    void end() {
        stop = System.nanoTime();
        complete = true;
        generationsRecorded++;
    }

    /** Cell {@code index} (row-major) was just computed by the calling thread. Any task thread. */
    void cell(int index) {
        long now = System.nanoTime();
        Thread t = Thread.currentThread();
        cellAt[index] = now;
        cellThread[index] = t.threadId();
        cellCarrier[index] = carriers ? carrier(t) : UNKNOWN_CARRIER;
    }

    /** Row {@code row} was just computed, all its cells at once, by the calling thread. Any task thread. */
    void row(int row) {
        long now = System.nanoTime();
        Thread t = Thread.currentThread();
        rowAt[row] = now;
        rowThread[row] = t.threadId();
        rowCarrier[row] = carriers ? carrier(t) : UNKNOWN_CARRIER;
        namedId[row] = rowThread[row];
        named[row] = t.getName();
    }

    /**
     * The calling thread computed cells of row {@code row} (recorded with {@link #cell}): keeps
     * its name for the legend, since virtual threads (a band's) have no other way to be named
     * later. A field read and two stores. Any task thread, once per row.
     */
    void named(int row) {
        Thread t = Thread.currentThread();
        namedId[row] = t.threadId();
        named[row] = t.getName();
    }

    /** How many generations were recorded to the end so far. Stepping thread. */
    public long generationsRecorded() {
        return generationsRecorded;
    }

    /**
     * The map of the last generation recorded to its end, or null when none was. Builds it (O(cells))
     * only when a newer generation was recorded since the last call; otherwise returns the same map.
     * Stepping thread, between generations.
     */
    public ScheduleMap map() {
        if (!complete) {
            return lastMap;
        }
        if (mapped == generationsRecorded && lastMap != null) {
            return lastMap;
        }
        lastMap = ScheduleMap.build(size, generation, strategy, start, stop, cellAt, cellThread, cellCarrier,
                rowAt, rowThread, rowCarrier, width, namedId, named);
        mapped = generationsRecorded;
        return lastMap;
    }

    /**
     * The carrier of {@code t}: its worker number plus one when {@code t} is a virtual thread whose
     * {@code toString()} names a mounted carrier; for a platform thread, {@link #UNKNOWN_CARRIER}
     * (the thread is its own carrier, and the map uses the thread).
     */
    static int carrier(Thread t) {
        if (!t.isVirtual()) {
            return UNKNOWN_CARRIER;
        }
        return carrierOf(t.toString());
    }

    /** The worker number plus one of a virtual thread's {@code toString()}, or {@link #UNKNOWN_CARRIER}. */
    static int carrierOf(String description) {
        int at = description.lastIndexOf('@');
        int dash = description.lastIndexOf('-');
        if (at < 0 || dash < at || dash == description.length() - 1) {
            return UNKNOWN_CARRIER;
        }
        int n = 0;
        for (int i = dash + 1; i < description.length(); i++) {
            char c = description.charAt(i);
            if (c < '0' || c > '9' || n > 1_000_000) {
                return UNKNOWN_CARRIER;
            }
            n = n * 10 + (c - '0');
        }
        return n + 1;
    }
}
