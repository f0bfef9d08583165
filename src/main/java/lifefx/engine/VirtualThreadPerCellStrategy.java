package lifefx.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
 * <p>Grids larger than {@link #MAX_LIVE_THREADS} cells run in waves of that many threads.
 *
 * <p><b>Threading:</b> the caller starts the cell threads; the JDK's shared virtual-thread
 * scheduler runs them. All of them have ended before {@code step} returns or throws; on
 * cancellation they are interrupted ({@code shutdownNow}) and waited for first. The threads come from
 * a thread-per-task executor made for each wave, which holds only the live ones, so the 450,000
 * finished threads of a 500×900 generation are garbage as soon as they end. <b>Memory
 * visibility:</b> each cell thread writes only its own byte of the builder; {@code
 * ExecutorService.awaitTermination} returning true happens-after every task's actions, as
 * {@code Thread.join} would.
 */
public final class VirtualThreadPerCellStrategy implements GenerationStrategy {

    public static final String NAME = "virtual-threads";

    /**
     * Most cell threads alive at once. A generation of up to this many cells runs entirely at
     * once (500×900 is 450,000); larger grids run in waves of this size, so that 10⁸ cells never
     * hold 10⁸ thread objects at the same time.
     */
    public static final int MAX_LIVE_THREADS = 1 << 20;

    private static final java.util.concurrent.ThreadFactory FACTORY = Thread.ofVirtual().name("lifefx-vcell").factory();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        CellSweep.checkInterrupt();
        int cells = current.size().cells();
        Grid.Builder next = new Grid.Builder(current.size());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int wave = Math.min(MAX_LIVE_THREADS, cells);
        for (int start = 0; start < cells && failure.get() == null; start += wave) {
            runWave(current, logic, next, failure, start, Math.min(wave, cells - start));
        }
        if (failure.get() != null) {
            throw StepFailedException.fromCell(NAME, current.generation(), failure.get());
        }
        return next.build(current.generation() + 1);
    }

    /**
     * Starts one virtual thread for each of {@code count} cells from {@code start}, and waits for all.
     * The per-task executor keeps only live threads (each removes itself when done), so finished
     * cells become garbage at once, and {@code shutdownNow} reaches every live one on cancellation.
     */
    private static void runWave(Grid current, CellLogic logic, Grid.Builder next, AtomicReference<Throwable> failure,
                                int start, int count) throws InterruptedException, StepFailedException {
        int w = current.width();
        ExecutorService cells = Executors.newThreadPerTaskExecutor(FACTORY);
        int started = 0;
        try {
            for (int n = 0; n < count; n++) {
                int i = start + n;
                cells.execute(() -> {
                    try {
                        next.set(i, logic.next(current.cellAt(i) != 0, current.liveNeighbours(i / w, i % w)));
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                });
                started++;
            }
            cells.shutdown();
            while (!cells.awaitTermination(1, TimeUnit.DAYS)) {
                // keep waiting: every cell finishes or is interrupted
            }
        } catch (InterruptedException | RuntimeException | OutOfMemoryError e) {
            cells.shutdownNow();
            Executors2.awaitTerminationUninterruptibly(cells);
            if (e instanceof InterruptedException ie) {
                throw ie;
            }
            throw new StepFailedException(NAME + ": could not start a virtual thread for cell " + (start + started)
                    + ": " + e, e);
        }
    }

    @Override
    public void close() {
        // Holds no threads between steps.
    }
}
