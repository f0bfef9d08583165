package lifefx.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * <p><b>Threading:</b> the caller starts the cell threads; the JDK's shared virtual-thread
 * scheduler runs them. All of them have ended before {@code step} returns or throws; on
 * cancellation they are interrupted ({@code shutdownNow}) and waited for first. The threads come from
 * a thread-per-task executor made for each wave, which holds only the live ones, so the 450,000
 * finished threads of a 500×900 generation are garbage as soon as they end. A cell that fails
 * stops its wave at once. <b>Memory visibility:</b> each cell thread writes only its own byte of
 * the builder and then counts the wave's {@link FanIn} latch down, which happens-before the caller's
 * {@code await} returns; {@code ExecutorService.awaitTermination} returning true happens-after every
 * task's actions too, as {@code Thread.join} would.
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

    private static final java.util.concurrent.ThreadFactory FACTORY = Thread.ofVirtual().name("lifefx-vcell").factory();

    @Override
    public String name() {
        return NAME;
    }

    private final StepGuard guard = new StepGuard(NAME);

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        return guard.step(current, logic, () -> compute(current, logic, waveSize(current.size().cells(), maxHeapBytes)));
    }

    /** The generation after {@code current}, in waves of {@code wave} threads. Stepping thread only. */
    private static Grid compute(Grid current, CellLogic logic, int wave) throws InterruptedException, StepFailedException {
        CellSweep.checkInterrupt();
        int cells = current.size().cells();
        Grid.Builder next = new Grid.Builder(current.size());
        for (int start = 0; start < cells; start += wave) {
            runWave(current, logic, next, start, Math.min(wave, cells - start));
        }
        return next.build(current.generation() + 1);
    }

    /**
     * Starts one virtual thread for each of {@code count} cells from {@code start}, and waits for all.
     * The per-task executor keeps only live threads (each removes itself when done), so finished
     * cells become garbage at once, and {@code shutdownNow} reaches every live one on cancellation
     * or failure. The caller waits on the wave's {@link FanIn}, which opens at the first failure, so
     * a failing cell stops its wave at once.
     */
    private static void runWave(Grid current, CellLogic logic, Grid.Builder next, int start, int count)
            throws InterruptedException, StepFailedException {
        int w = current.width();
        ExecutorService cells = Executors.newThreadPerTaskExecutor(FACTORY);
        FanIn fan = new FanIn(count);
        int started = 0;
        try {
            for (int n = 0; n < count && !fan.stopping(); n++) {
                if ((n & 4095) == 4095) {
                    CellSweep.checkInterrupt(); // starting a million threads takes a while
                }
                int i = start + n;
                cells.execute(() -> {
                    try {
                        next.set(i, logic.next(current.cellAt(i) != 0, current.liveNeighbours(i / w, i % w)));
                    } catch (Throwable e) {
                        fan.failed(e);
                    } finally {
                        fan.done();
                    }
                });
                started++;
            }
            cells.shutdown();
            fan.await();
        } catch (InterruptedException | RuntimeException | OutOfMemoryError e) {
            abandon(fan, cells);
            if (e instanceof InterruptedException ie) {
                throw ie;
            }
            throw new StepFailedException(NAME + ": could not start a virtual thread for cell " + (start + started)
                    + ": " + e, e);
        }
        if (fan.failure() != null) {
            abandon(fan, cells);
            throw StepFailedException.fromCell(NAME, current.generation(), fan.failure());
        }
        // Every cell counted down; this only waits for the last threads to finish exiting.
        Executors2.awaitTerminationUninterruptibly(cells);
    }

    /** Sets the stop flag, interrupts every live cell thread of the wave and waits until all have ended. */
    private static void abandon(FanIn fan, ExecutorService cells) {
        fan.stop();
        cells.shutdownNow();
        Executors2.awaitTerminationUninterruptibly(cells);
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
