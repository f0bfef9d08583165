package lifefx.engine;

import java.util.concurrent.atomic.AtomicReference;
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
 * returns or throws, so this strategy holds no threads between steps. <b>Memory visibility:</b>
 * each cell thread writes only its own byte of the builder; {@code Thread.join} makes the writes
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

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        int h = current.height();
        int w = current.width();
        int cells = current.size().cells();
        Grid.Builder next = new Grid.Builder(current.size());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] wave = new Thread[Math.min(MAX_LIVE_THREADS, cells)];
        for (int start = 0; start < cells; start += wave.length) {
            CellSweep.checkInterrupt();
            int count = Math.min(wave.length, cells - start);
            int started = 0;
            try {
                for (int i = 0; i < count; i++) {
                    int index = start + i;
                    int row = index / w;
                    int col = index % w;
                    Thread t = new Thread(() -> {
                        try {
                            next.set(index, logic.next(current.cellAt(index) != 0, current.liveNeighbours(row, col)));
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                    }, "lifefx-cell-" + row + "-" + col);
                    t.setDaemon(true);
                    t.start();
                    wave[i] = t;
                    started++;
                }
            } catch (OutOfMemoryError e) {
                abandon(wave, started);
                throw new StepFailedException(NAME + ": the operating system refused a new thread after "
                        + (start + started) + " cells (" + e.getMessage()
                        + "); try a smaller grid or another strategy", e);
            }
            try {
                for (int i = 0; i < count; i++) {
                    wave[i].join();
                }
            } catch (InterruptedException e) {
                abandon(wave, count);
                throw e;
            }
            if (failure.get() != null) {
                throw StepFailedException.fromCell(NAME, current.generation(), failure.get());
            }
        }
        assert h * w == cells;
        return next.build(current.generation() + 1);
    }

    /** Interrupts the first {@code n} threads of a wave and waits, uninterruptibly, for them to end. */
    private static void abandon(Thread[] wave, int n) {
        for (int i = 0; i < n; i++) {
            wave[i].interrupt();
        }
        Joins.joinUninterruptibly(wave, n);
    }

    @Override
    public void close() {
        // Holds no threads between steps.
    }
}
