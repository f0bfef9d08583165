package lifefx.engine;

import java.util.concurrent.ThreadFactory;
import lifefx.life.CellLogic;
import lifefx.life.Grid;

/**
 * {@code virtual-threads}: the article's "async cell tasks" ({@code asyncio.gather} over one
 * coroutine per cell), in Java. Every cell of every generation gets its own virtual thread; they
 * are all started (fan-out) and the caller waits for all of them (fan-in).
 *
 * <p>A virtual thread that blocks (sleeps, reads a socket) unmounts from its carrier, so when cell
 * logic does I/O, thousands of cells wait at once on a handful of carrier threads. With pure
 * computation there is nothing to overlap and the per-thread cost (about a microsecond) dominates.
 *
 * <p><b>Waves sized by the heap.</b> A cell thread blocked in I/O holds its thread object and its
 * stack chunk on the heap, about 1.2 KB measured for a shallow stack and more for a deeper one. A
 * million of them at once (a 1000×1000 torus with latency) need well over a gigabyte, and under
 * {@code -Xmx512m} the JVM spent minutes collecting garbage instead of finishing. So a generation
 * runs in waves: at most {@link #waveSize(int) waveSize} threads alive at once, a quarter of the
 * heap the JVM really has ({@code Runtime.maxMemory()}) at {@link #BYTES_PER_BLOCKED_THREAD} each,
 * and never more than {@link #MAX_LIVE_THREADS}. A wave is started, waited for, and only then is
 * the next one started. It is still one virtual thread per cell.
 *
 * <p><b>Threading:</b> a virtual thread starts the cell threads: the stepping thread itself when it
 * is virtual, otherwise one coordinating virtual thread per generation that the stepping thread
 * starts and joins (see {@code Coordinator}: starting virtual threads from a virtual thread is
 * about twice as cheap). The JDK's shared virtual-thread scheduler runs them. All of them, and the
 * coordinator, have ended before {@code step} returns or throws; on cancellation (an interrupt of
 * the stepping thread, passed on to the coordinator) they are interrupted and joined first. Each
 * wave's threads come from a thread factory and are kept in an array (no executor; see {@code
 * Wave}), so a finished wave's threads are garbage as soon as the next wave starts. A cell that fails stops its wave at
 * once. <b>Memory visibility:</b> each cell thread writes only its own byte of the builder and then
 * counts the wave's {@link FanIn} latch down, which happens-before the caller's {@code await}
 * returns; the caller then joins every thread, and {@code Thread.join} happens-after all of a
 * thread's actions too.
 *
 * <p><b>Cost.</b> Per cell: one virtual thread (created, started, run, joined once it has ended)
 * and one small lambda; per wave one fan-in; per generation one coordinating virtual thread. JMH's {@code FloorBenchmark} measures the bare floor
 * (start and join a virtual thread), and the performance.md's "Task floors" gives this strategy as a
 * multiple of it.
 */
public final class VirtualThreadPerCellStrategy implements GenerationStrategy {

    public static final String NAME = "virtual-threads";

    /**
     * Most cell threads alive at once, whatever the heap. With a heap of 16 GB or more a generation
     * of up to this many cells runs entirely at once; see {@link #waveSize(int)} for smaller heaps.
     */
    public static final int MAX_LIVE_THREADS = 1 << 20;

    /**
     * Heap a blocked cell thread may take, with margin: its {@code VirtualThread}, its
     * continuation's stack chunk (a few frames of cell logic and I/O), the task and the executor's
     * bookkeeping. Measured at about 1.2 KB with a shallow stack; deeper stacks cost more.
     */
    static final long BYTES_PER_BLOCKED_THREAD = 4096;

    /** Fewest threads per wave, whatever the heap: below this a wave is all overhead. */
    static final int MIN_WAVE = 1024;

    /**
     * Most cell threads alive at once for a grid of {@code cells} cells in this JVM: what a
     * quarter of {@code Runtime.maxMemory()} holds at {@link #BYTES_PER_BLOCKED_THREAD} each, between
     * {@link #MIN_WAVE} and {@link #MAX_LIVE_THREADS}, and never more than {@code cells}. The
     * registry reports it as this strategy's calls in flight. Any thread.
     */
    public static int waveSize(int cells) {
        return waveSize(cells, Runtime.getRuntime().maxMemory());
    }

    /** {@link #waveSize(int)} for a heap of {@code maxHeapBytes}; tests pass a heap of their own. */
    static int waveSize(int cells, long maxHeapBytes) {
        long byHeap = maxHeapBytes / 4 / BYTES_PER_BLOCKED_THREAD;
        long wave = Math.max(MIN_WAVE, Math.min(MAX_LIVE_THREADS, byHeap));
        return (int) Math.max(1, Math.min(wave, cells));
    }

    private final long maxHeapBytes;

    /** Waves sized by the heap this JVM really has. */
    public VirtualThreadPerCellStrategy() {
        this(Runtime.getRuntime().maxMemory());
    }

    /** Waves sized as if the heap were {@code maxHeapBytes}; for tests. */
    VirtualThreadPerCellStrategy(long maxHeapBytes) {
        this.maxHeapBytes = maxHeapBytes;
    }

    private static final ThreadFactory FACTORY = Thread.ofVirtual().name("lifefx-vcell").factory();

    /** The coordinating virtual thread of a generation stepped from a platform thread; see {@link Coordinator}. */
    private static final ThreadFactory COORDINATORS = Thread.ofVirtual().name("lifefx-vcell-fanout").factory();

    @Override
    public String name() {
        return NAME;
    }

    private final StepGuard guard = new StepGuard(NAME);

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        return guard.step(current, logic, () -> compute(current, logic, waveSize(current.size().cells(), maxHeapBytes)));
    }

    /**
     * The generation after {@code current}, in waves of {@code wave} threads. Stepping thread only.
     * A platform stepping thread hands the whole fan-out to one coordinating virtual thread and
     * waits for it (see {@link Coordinator}); a virtual stepping thread fans out itself.
     */
    private static Grid compute(Grid current, CellLogic logic, int wave) throws InterruptedException, StepFailedException {
        CellSweep.checkInterrupt();
        ScheduleRecorder rec = ScheduleRecorder.active(); // null unless the schedule map is open
        if (Thread.currentThread().isVirtual()) {
            return fanOut(current, logic, wave, rec);
        }
        Coordinator c = new Coordinator(current, logic, wave, rec);
        Thread t;
        try {
            t = COORDINATORS.newThread(c);
            t.start();
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new StepFailedException(NAME + ": could not start the virtual thread that starts the cells of generation "
                    + (current.generation() + 1) + ": " + e, e);
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            // Pass the cancellation on: the coordinator stops its wave, interrupts and joins every cell thread.
            t.interrupt();
            Joins.joinUninterruptibly(new Thread[] {t}, 1);
            throw e;
        }
        return c.outcome();
    }

    /** Every wave of one generation, on the calling thread (a virtual one: see {@link Coordinator}). */
    private static Grid fanOut(Grid current, CellLogic logic, int wave, ScheduleRecorder rec)
            throws InterruptedException, StepFailedException {
        int cells = current.size().cells();
        Grid.Builder next = new Grid.Builder(current.size());
        Thread[] threads = new Thread[Math.min(wave, cells)];
        for (int start = 0; start < cells; start += wave) {
            new Wave(current, logic, next, start, Math.min(wave, cells - start), threads, rec).run();
        }
        return next.build(current.generation() + 1);
    }

    /**
     * One generation's fan-out, run on a virtual thread of its own when the stepping thread is a
     * platform thread. Why: a platform thread that starts a virtual thread puts it on the scheduler's
     * shared submission queue (a lock, and a wake-up of an idle carrier, per thread), and then
     * competes with the carriers for the cores while it starts the rest. A virtual thread starting
     * one pushes it onto its own carrier's local queue, from which the other carriers steal; and
     * the platform thread sleeps in one join meanwhile. Measured at 50×90 (performance.md, "Task floors"):
     * about 230 ns per cell instead of about 420.
     *
     * <p>Cancellation stays exact: the stepping thread, interrupted while it joins the coordinator,
     * interrupts it and joins it uninterruptibly; the coordinator's wave then stops, interrupts every
     * cell thread it started and joins each. So when {@code step} throws, every cell thread and the
     * coordinator have ended. <b>Memory consistency effects:</b> the coordinator writes {@code
     * grid} or {@code thrown} before it ends, and {@code Thread.join} happens-after all of its
     * actions, so the stepping thread reads them plainly after the join.
     */
    private static final class Coordinator implements Runnable {
        private final Grid current;
        private final CellLogic logic;
        private final int wave;
        private final ScheduleRecorder rec;
        private Grid grid;
        private Throwable thrown;

        Coordinator(Grid current, CellLogic logic, int wave, ScheduleRecorder rec) {
            this.current = current;
            this.logic = logic;
            this.wave = wave;
            this.rec = rec;
        }

        @Override
        public void run() {
            try {
                grid = fanOut(current, logic, wave, rec);
            } catch (Throwable e) {
                thrown = e;
            }
        }

        /** The generation, or what the fan-out threw, rethrown as it was. After the join only. */
        Grid outcome() throws InterruptedException, StepFailedException {
            switch (thrown) {
                case null -> {
                    return grid;
                }
                case InterruptedException e -> throw e;
                case StepFailedException e -> throw e;
                case RuntimeException e -> throw e;
                case Error e -> throw e;
                default -> throw new StepFailedException(NAME + ": generation " + (current.generation() + 1)
                        + " failed: " + thrown, thrown);
            }
        }
    }

    /**
     * One wave: {@code count} cells from {@code start}, one virtual thread each, started by the
     * fanning-out thread (a virtual thread, see {@link Coordinator}) straight from {@link #FACTORY} and kept in {@code threads}, so that
     * cancellation can interrupt them and the end of the wave can join them. No executor: an
     * executor per wave added a concurrent set insert and remove per thread, a wrapper task per
     * thread, and its shutdown and termination handshake per wave, for nothing the array does not
     * give. Each cell's task is one small lambda capturing the wave and the cell index.
     *
     * <p>The caller parks once on the wave's {@link FanIn} (a counter that the last cell, or the first
     * failure, opens) rather than joining each thread as it runs: a join of a live virtual thread
     * allocates a latch in that thread and parks on it, thousands of times a wave. Once the fan-in has
     * opened, every cell has written its byte, and the join loop only checks that each thread has
     * also finished exiting, almost all of them long since.
     *
     * <p>Every 4,096 starts the fanning-out thread also clears the slots of the threads that have
     * already ended, from the front ({@code clearEnded}), so that finished threads do not stay
     * reachable until the wave ends; those it finds still alive are joined at the end as before.
     */
    private record Wave(Grid current, CellLogic logic, Grid.Builder next, int start, int count, Thread[] threads,
                        ScheduleRecorder rec, int width, FanIn fan) {

        Wave(Grid current, CellLogic logic, Grid.Builder next, int start, int count, Thread[] threads,
             ScheduleRecorder rec) {
            this(current, logic, next, start, count, threads, rec, current.width(), new FanIn(count));
        }

        /** Computes cell {@code i} on its own thread; every path ends with {@code fan.done()}. */
        void cell(int i) {
            try {
                next.set(i, logic.next(current.cellAt(i) != 0, current.liveNeighbours(i / width, i % width)));
                if (rec != null) {
                    rec.cell(i); // null unless the schedule map is open
                }
            } catch (Throwable e) {
                fan.failed(e);
            } finally {
                fan.done();
            }
        }

        /** Starts the wave's threads, waits for all of them; the fanning-out thread only. */
        void run() throws InterruptedException, StepFailedException {
            FlightEvents.TaskBatchEvent batch = FlightEvents.beginBatch();
            int started = 0;
            int ended = 0; // threads[0, ended) have ended and their slots are cleared
            try {
                for (int n = 0; n < count && !fan.stopping(); n++) {
                    if ((n & 4095) == 4095) {
                        CellSweep.checkInterrupt(); // starting a million threads takes a while
                        ended = clearEnded(ended, started);
                    }
                    int i = start + n;
                    Thread t = FACTORY.newThread(() -> cell(i));
                    threads[n] = t;
                    t.start();
                    started++;
                }
                fan.await();
            } catch (InterruptedException | RuntimeException | OutOfMemoryError e) {
                abandon(ended, started);
                if (e instanceof InterruptedException ie) {
                    throw ie;
                }
                throw new StepFailedException(NAME + ": could not start a virtual thread for cell " + (start + started)
                        + ": " + e, e);
            }
            if (fan.failure() != null) {
                abandon(ended, started);
                throw StepFailedException.fromCell(NAME, current.generation(), fan.failure());
            }
            // Every cell counted down; this only waits for the last threads to finish exiting.
            Joins.joinUninterruptibly(threads, ended, started);
            java.util.Arrays.fill(threads, ended, started, null);
            FlightEvents.endBatch(batch, NAME, current.generation() + 1, start, count, count);
        }

        /**
         * Clears the slots of the threads from {@code ended} on that have already ended, up to the
         * first one still alive or {@code started}, and returns the new end of the cleared prefix.
         * Without this a large wave kept every finished thread (its {@code VirtualThread}, its
         * continuation and task) reachable from {@code threads} until the wave ended: at 500×900,
         * hundreds of thousands of them, copied by every young collection. A thread whose {@code
         * isAlive()} is false after it was started has terminated, which is all the join at the end
         * would have established; cells mostly end in the order they were started, so the prefix
         * keeps up.
         */
        private int clearEnded(int ended, int started) {
            while (ended < started && !threads[ended].isAlive()) {
                threads[ended++] = null;
            }
            return ended;
        }

        /**
         * Sets the stop flag, interrupts every started cell thread of the wave that may still run
         * (from {@code ended}) and waits until all have ended.
         */
        private void abandon(int ended, int started) {
            fan.stop();
            for (int n = ended; n < started; n++) {
                threads[n].interrupt();
            }
            Joins.joinUninterruptibly(threads, ended, started);
            java.util.Arrays.fill(threads, ended, started, null);
        }
    }

    /**
     * Cancels a step in flight on another thread (its cell threads are interrupted and waited for,
     * its logic aborted) and waits until it has thrown. Holds no threads between steps.
     */
    @Override
    public void close() {
        guard.close(() -> { });
    }
}
