package lifefx.engine;

import lifefx.life.CellLogic;
import lifefx.life.Grid;

/**
 * {@code thread-per-cell}: the article's on-demand fan-out. Every cell of every generation gets a
 * brand-new platform thread, which counts the neighbours, runs the cell logic and writes its one
 * cell; the caller then joins them all (fan-in).
 *
 * <p><b>Bounded.</b> An OS thread costs a stack reservation and a kernel task, and a JVM asked for
 * hundreds of thousands of them at once dies with "unable to create native thread". So threads are
 * started in waves of at most {@link #MAX_LIVE_THREADS}: a wave is started, joined, and only then
 * is the next one started. It is still one new thread per cell; at most that many are alive at
 * once. If the OS refuses a thread anyway, the generation fails with a clear message and every
 * thread already started is joined.
 *
 * <p><b>Threading:</b> the caller starts and joins the cell threads; they end before {@code step}
 * returns or throws, so this strategy holds no threads between steps. A cell that fails stops the
 * rest of its wave at once (see {@link FanIn}). <b>Memory visibility:</b> each cell thread writes
 * only its own byte of the builder; the wave's fan-in latch and {@code Thread.join} make the writes
 * visible to the caller (JLS 17.4.5: all actions in a thread happen-before another thread's
 * successful return from {@code join} on it).
 */
public final class ThreadPerCellStrategy implements GenerationStrategy {

    public static final String NAME = "thread-per-cell";

    /** Most cell threads alive at once. */
    public static final int MAX_LIVE_THREADS = 1024;

    @Override
    public String name() {
        return NAME;
    }

    private final StepGuard guard = new StepGuard(NAME);

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        return guard.step(current, logic, () -> compute(current, logic));
    }

    /** The generation after {@code current}, wave by wave. Stepping thread only. */
    private static Grid compute(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        int w = current.width();
        int cells = current.size().cells();
        Grid.Builder next = new Grid.Builder(current.size());
        Thread[] wave = new Thread[Math.min(MAX_LIVE_THREADS, cells)];
        ScheduleRecorder rec = ScheduleRecorder.active(); // null unless the schedule map is open
        for (int start = 0; start < cells; start += wave.length) {
            CellSweep.checkInterrupt();
            int count = Math.min(wave.length, cells - start);
            FanIn fan = new FanIn(count);
            FlightEvents.TaskBatchEvent batch = FlightEvents.beginBatch();
            int started = 0;
            try {
                for (int i = 0; i < count; i++) {
                    int index = start + i;
                    int row = index / w;
                    int col = index % w;
                    Thread t = new Thread(() -> {
                        try {
                            next.set(index, logic.next(current.cellAt(index) != 0, current.liveNeighbours(row, col)));
                            if (rec != null) {
                                rec.cell(index);
                            }
                        } catch (Throwable e) {
                            fan.failed(e);
                        } finally {
                            fan.done();
                        }
                    }, "lifefx-cell-" + row + "-" + col);
                    t.setDaemon(true);
                    t.start();
                    wave[i] = t;
                    started++;
                }
            } catch (OutOfMemoryError e) {
                abandon(fan, wave, started);
                throw new StepFailedException(NAME + ": the operating system refused a new thread after "
                        + (start + started) + " cells (" + e.getMessage()
                        + "); try a smaller grid or another strategy", e);
            }
            try {
                fan.await();
            } catch (InterruptedException e) {
                abandon(fan, wave, count);
                throw e;
            }
            if (fan.failure() != null) {
                abandon(fan, wave, count);
                throw StepFailedException.fromCell(NAME, current.generation(), fan.failure());
            }
            Joins.joinUninterruptibly(wave, count);
            FlightEvents.endBatch(batch, NAME, current.generation() + 1, start, count, count);
        }
        return next.build(current.generation() + 1);
    }

    /**
     * Sets the wave's stop flag, interrupts its first {@code n} threads and waits, uninterruptibly,
     * for them to end.
     */
    private static void abandon(FanIn fan, Thread[] wave, int n) {
        fan.stop();
        for (int i = 0; i < n; i++) {
            wave[i].interrupt();
        }
        Joins.joinUninterruptibly(wave, n);
    }

    /**
     * Cancels a step in flight on another thread (its cell threads are interrupted and joined, its
     * logic aborted) and waits until it has thrown. Holds no threads between steps.
     */
    @Override
    public void close() {
        guard.close(() -> { });
    }
}
