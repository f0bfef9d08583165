package lifefx.sim;

import java.util.Locale;
import java.util.Optional;
import lifefx.life.GridSize;

/**
 * Says whether a grid size fits in this JVM's heap, before anyone allocates it. Stateless and
 * thread-safe.
 *
 * <p>The estimate is {@value #BYTES_PER_CELL} bytes per cell: the current generation and the one
 * being computed (a byte per cell each), the reset point, and the undo history's copy of a
 * replaced grid. Strategies add little on top (the packed one a bit per cell twice). The view's
 * pixels depend on the window, not the grid, so they are not counted.
 */
public final class MemoryBudget {

    /** Bytes the application needs per cell while running, with undo. */
    public static final int BYTES_PER_CELL = 4;

    /** Heap kept free for everything else (JavaFX, the view's pixels, the JIT). */
    public static final long RESERVE_BYTES = 96L << 20;

    private MemoryBudget() {
    }

    /** Why {@code size} would not fit in the heap as it is now, or empty when it fits. */
    public static Optional<String> whyNot(GridSize size) {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return whyNot(size, rt.maxMemory() - used, rt.maxMemory());
    }

    /**
     * Why {@code size} would not fit, given {@code availableBytes} of heap still free and a heap
     * limit of {@code maxBytes}; empty when it fits.
     */
    public static Optional<String> whyNot(GridSize size, long availableBytes, long maxBytes) {
        long need = (long) size.cells() * BYTES_PER_CELL + RESERVE_BYTES;
        if (need <= availableBytes) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "a %,d × %,d grid needs about %s of memory (%d bytes per cell), but only %s of the %s heap is free;"
                        + " choose a smaller grid or start Java with a larger -Xmx",
                size.height(), size.width(), human(need), BYTES_PER_CELL, human(Math.max(0, availableBytes)), human(maxBytes)));
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%,d MB", Math.max(1, bytes >> 20));
    }
}
