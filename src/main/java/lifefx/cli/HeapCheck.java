package lifefx.cli;

import java.util.Locale;
import java.util.Optional;
import lifefx.life.GridSize;

/**
 * Whether a torus fits the heap this JVM really has ({@link Runtime#maxMemory()}, which {@code -Xmx}
 * sets), asked before the first grid is allocated, so that a torus too large for the heap is
 * refused with one line instead of an {@code OutOfMemoryError}. Stateless and thread-safe.
 *
 * <p>The estimate, per cell: every strategy reads one byte-per-cell generation while it writes the
 * next ({@link #GRIDS_IN_FLIGHT} grids), and a quarter of a grid more covers the start pattern,
 * the per-row buffers of the banded and packed strategies and the final snapshot that
 * {@code --out} writes. {@link #BASELINE} is the JVM's own working set (classes, picocli, the
 * pattern's cells for small patterns). Per-cell strategies add what they hold in flight, which
 * their waves bound (see {@code lifefx.engine}); it is small beside the grids for the torus sizes
 * this check is about.
 */
final class HeapCheck {

    /** The generation being read and the one being written. */
    static final int GRIDS_IN_FLIGHT = 2;

    /** Heap the JVM needs besides the grids. */
    static final long BASELINE = 32L << 20;

    private HeapCheck() {
    }

    /** Bytes of heap a run on {@code size} needs, by the estimate above. */
    static long bytesNeeded(GridSize size) {
        long cells = (long) size.height() * size.width();
        return GRIDS_IN_FLIGHT * cells + cells / 4 + BASELINE;
    }

    /**
     * Why a run on {@code size} would not fit in {@code maxHeap} bytes, as one line naming the size
     * and the heap, or empty when it fits.
     *
     * @param source what chose the size, such as {@code --torus 30000x30000} or {@code big.rle}
     */
    static Optional<String> refusal(GridSize size, String source, long maxHeap) {
        long needed = bytesNeeded(size);
        if (needed <= maxHeap) {
            return Optional.empty();
        }
        return Optional.of(source + ": a " + size + " torus (height x width) needs about " + megabytes(needed)
                + " of heap, but this JVM has " + megabytes(maxHeap) + " (-Xmx); choose a smaller torus,"
                + " or give Java more memory with -Xmx");
    }

    /** {@link #refusal} against this JVM's own heap. */
    static Optional<String> refusal(GridSize size, String source) {
        return refusal(size, source, Runtime.getRuntime().maxMemory());
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", (bytes + (1L << 19)) >> 20);
    }
}
