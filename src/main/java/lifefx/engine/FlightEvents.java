package lifefx.engine;

import java.util.List;
import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import lifefx.life.GridSize;

/**
 * The engine's JDK Flight Recorder events, so that a recording ({@code lifefx profile}, the
 * window's "Record profile…") shows what each generation, band and batch of cell tasks cost, on
 * which thread, beside the JDK's own events (samples, garbage collection, virtual-thread pinning).
 * Three kinds, all in the category "LifeFX" of JDK Mission Control:
 * <ul>
 *   <li>{@value #GENERATION}: one generation of a torus, timed on the stepping thread around the
 *       whole step (strategy, generation computed, height, width, population after it);</li>
 *   <li>{@value #BAND}: one band of rows of {@code bands}, {@code packed} or {@code packed-tiles},
 *       timed on the thread that computed it;</li>
 *   <li>{@value #TASK_BATCH}: cell tasks that a per-cell strategy fans out and waits for together:
 *       a wave of {@code thread-per-cell} or {@code virtual-threads}, a whole generation of {@code
 *       thread-pool} or {@code queue}. Never one event per cell: a 500×900 torus would make 450,000
 *       a generation, more than the work they describe.</li>
 * </ul>
 *
 * <p><b>Cost when nothing records.</b> A hook first reads {@link FlightRecorder#isInitialized()} (a
 * static field), so in a JVM where no recording was ever started it allocates nothing and does
 * nothing else. Once Flight Recorder has started, a hook makes one small event object and asks it
 * {@code isEnabled()} (a field read once Flight Recorder has instrumented the class); the fields
 * are filled only when the event will be written ({@code shouldCommit()}). The hooks sit at generation, band and batch
 * level, so even that costs a few objects per generation, against the thousands a per-cell
 * strategy makes anyway. No stack traces ({@code @StackTrace(false)}): the thread and the fields
 * say where; a stack walk per event would cost more than a small band.
 *
 * <p><b>Threading.</b> Stateless; any thread. Each event is begun and committed on one thread.
 */
public final class FlightEvents {

    /** The event type name of one generation. */
    public static final String GENERATION = "lifefx.Generation";
    /** The event type name of one band of rows. */
    public static final String BAND = "lifefx.Band";
    /** The event type name of one batch of cell tasks. */
    public static final String TASK_BATCH = "lifefx.TaskBatch";

    /** The category path Mission Control files the events under. */
    static final String CATEGORY = "LifeFX";

    private FlightEvents() {
    }

    /** Every LifeFX event type name, for a recording to enable. */
    public static List<String> names() {
        return List.of(GENERATION, BAND, TASK_BATCH);
    }

    @Name(GENERATION)
    @Label("Generation")
    @Description("One generation of a torus universe, timed on the stepping thread around the whole step")
    @Category(CATEGORY)
    @StackTrace(false)
    static final class GenerationEvent extends Event {
        @Label("Strategy")
        String strategy;
        @Label("Generation")
        @Description("The generation computed (one more than the one it was computed from)")
        long generation;
        @Label("Height")
        @Description("Rows of the torus")
        int height;
        @Label("Width")
        @Description("Columns of the torus")
        int width;
        @Label("Population")
        @Description("Live cells of the generation computed")
        long population;
    }

    @Name(BAND)
    @Label("Band")
    @Description("One band of rows of a banded strategy, timed on the thread that computed it")
    @Category(CATEGORY)
    @StackTrace(false)
    static final class BandEvent extends Event {
        @Label("Strategy")
        String strategy;
        @Label("Generation")
        @Description("The generation computed (one more than the one it was computed from)")
        long generation;
        @Label("Band")
        @Description("Band index, from 0 at the top")
        int band;
        @Label("Bands")
        @Description("Bands of this generation")
        int bands;
        @Label("First Row")
        @Description("First row of the band (for packed-tiles: first row of tiles)")
        int firstRow;
        @Label("Rows")
        @Description("Rows in the band (for packed-tiles: rows of tiles)")
        int rows;
    }

    @Name(TASK_BATCH)
    @Label("Task Batch")
    @Description("Cell tasks a per-cell strategy fans out and waits for together: a wave, or a whole generation"
            + " through a pool or queue")
    @Category(CATEGORY)
    @StackTrace(false)
    static final class TaskBatchEvent extends Event {
        @Label("Strategy")
        String strategy;
        @Label("Generation")
        @Description("The generation computed (one more than the one it was computed from)")
        long generation;
        @Label("First Cell")
        @Description("Index (row × width + column) of the batch's first cell")
        int firstCell;
        @Label("Tasks")
        @Description("Cell tasks in the batch")
        int tasks;
        @Label("Threads")
        @Description("Threads that ran the batch: one per task for thread-per-cell and virtual-threads, the pool or"
                + " the workers otherwise")
        int threads;
    }

    // ------------------------------------------------------------------------------------------
    // Hooks. Each begin returns null when nothing would be recorded; the matching end accepts null.

    /**
     * A begun event that {@code make} creates, or null when none would be recorded: in a JVM where
     * Flight Recorder never started, nothing is created at all.
     */
    private static <E extends jdk.jfr.Event> E begin(java.util.function.Supplier<E> make) {
        if (!FlightRecorder.isInitialized()) {
            return null;
        }
        E e = make.get();
        if (!e.isEnabled()) {
            return null;
        }
        e.begin();
        return e;
    }

    /** A begun generation event, or null when none is being recorded. Stepping thread. */
    static GenerationEvent beginGeneration() {
        return begin(GenerationEvent::new);
    }

    /** Ends {@code e} (may be null) for generation {@code generation} of a torus of {@code size}. */
    static void endGeneration(GenerationEvent e, String strategy, long generation, GridSize size, long population) {
        if (e == null) {
            return;
        }
        e.end();
        if (e.shouldCommit()) {
            e.strategy = strategy;
            e.generation = generation;
            e.height = size.height();
            e.width = size.width();
            e.population = population;
            e.commit();
        }
    }

    /** A begun band event, or null when none is being recorded. On the band's thread. */
    static BandEvent beginBand() {
        return begin(BandEvent::new);
    }

    /** Ends {@code e} (may be null): band {@code band} of {@code bands}, rows {@code [from, to)}. */
    static void endBand(BandEvent e, String strategy, long generation, int band, int bands, int from, int to) {
        if (e == null) {
            return;
        }
        e.end();
        if (e.shouldCommit()) {
            e.strategy = strategy;
            e.generation = generation;
            e.band = band;
            e.bands = bands;
            e.firstRow = from;
            e.rows = to - from;
            e.commit();
        }
    }

    /** A begun batch event, or null when none is being recorded. On the thread that fans out. */
    static TaskBatchEvent beginBatch() {
        return begin(TaskBatchEvent::new);
    }

    /** Ends {@code e} (may be null): {@code tasks} cell tasks from cell {@code firstCell} on {@code threads} threads. */
    static void endBatch(TaskBatchEvent e, String strategy, long generation, int firstCell, int tasks, int threads) {
        if (e == null) {
            return;
        }
        e.end();
        if (e.shouldCommit()) {
            e.strategy = strategy;
            e.generation = generation;
            e.firstCell = firstCell;
            e.tasks = tasks;
            e.threads = threads;
            e.commit();
        }
    }
}
