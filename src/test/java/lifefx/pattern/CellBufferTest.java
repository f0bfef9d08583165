package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The heap guard of {@link CellBuffer}, driven by a stand-in for the JVM's free heap. */
class CellBufferTest {

    private static final long MB = 1L << 20;

    private static Source source() throws PatternFormatException {
        return new Source(new StringReader(""), "heap.rle", PatternLimits.DEFAULT);
    }

    @Test
    void aRunThatWouldNotFitTheHeapIsRefusedWhereItIsAdded() throws Exception {
        CellBuffer b = new CellBuffer(source(), () -> 8 * MB);
        // 8 MB free, an eighth kept spare: 917,504 keys of 8 bytes fit, and one more does not.
        b.addRun(0, 0, 917_504, 1, 1);
        assertThatThrownBy(() -> b.addRun(0, 1, 1, 2, 5))
                .isInstanceOf(PatternFormatException.class)
                .hasMessage("heap.rle:2:5: the pattern has more live cells (917505 by here) than fit in this JVM's"
                        + " memory; give Java more with -Xmx");
    }

    @Test
    void theHeapIsMeasuredAgainAsTheCellsGrow() throws Exception {
        AtomicLong free = new AtomicLong(800 * MB);
        CellBuffer b = new CellBuffer(source(), free::get);
        b.addRun(0, 0, 1_000, 1, 1);
        free.set(MB); // something else took the heap meanwhile
        // The first measurement allowed ~87 M cells; the guard measures again before half of that is used.
        assertThatThrownBy(() -> {
            for (int y = 1; y < 100; y++) {
                b.addRun(0, y, 1_000_000, y + 1, 1);
            }
        }).hasMessageContaining("than fit in this JVM's memory");
        assertThat(b.cells()).isLessThan(50_000_000L);
    }

    @Test
    void growingTheRunArraysAsksTheHeapFirst() throws Exception {
        AtomicLong free = new AtomicLong(800 * MB);
        CellBuffer b = new CellBuffer(source(), free::get);
        for (int x = 0; x < 64; x += 2) {
            b.add(x, 0, 1, x + 1);
        }
        for (int x = 0; x < 64; x += 2) {
            b.add(x, 1, 2, x + 1);
        }
        free.set(600); // the 64-run array is full; its copy needs 96 × 8 bytes
        assertThatThrownBy(() -> b.add(0, 2, 3, 1))
                .hasMessage("heap.rle:3:1: the pattern has more live cells (64 by here) than fit in this JVM's"
                        + " memory; give Java more with -Xmx");
    }

    @Test
    void expandingRunsIntoCellsAsksTheHeapFirst() throws Exception {
        AtomicLong free = new AtomicLong(800 * MB);
        CellBuffer b = new CellBuffer(source(), free::get);
        b.addRun(0, 0, 1_000_000, 1, 1);
        free.set(4 * MB);
        assertThatThrownBy(b::toSortedSet).hasMessageContaining("(1000000 by here) than fit in this JVM's memory");
    }

    @Test
    void runsExpandToTheirCellsInOrder() throws Exception {
        CellBuffer b = new CellBuffer(source(), () -> 800 * MB);
        b.add(-3, -1, 1, 1);
        b.addRun(2, 0, 3, 1, 2);
        b.addRun(1_000_000_000 - 2, 5, 2, 1, 3);
        assertThat(b.toSortedSet()).isEqualTo(CellSet.of(-3, -1, 2, 0, 3, 0, 4, 0,
                999_999_998, 5, 999_999_999, 5));
    }
}
