package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/** {@code virtual-threads} runs in waves sized by the heap, so a small heap finishes instead of thrashing. */
class VirtualThreadWavesTest {

    private static final long MB = 1L << 20;

    @Test
    void theWaveIsAQuarterOfTheHeapAtFourKilobytesPerThreadWithinItsBounds() {
        assertThat(VirtualThreadPerCellStrategy.waveSize(1_000_000, 512 * MB)).isEqualTo(32_768);
        assertThat(VirtualThreadPerCellStrategy.waveSize(1_000_000, 2048 * MB)).isEqualTo(131_072);
        assertThat(VirtualThreadPerCellStrategy.waveSize(5_000_000, 64L * 1024 * MB))
                .isEqualTo(VirtualThreadPerCellStrategy.MAX_LIVE_THREADS);
        assertThat(VirtualThreadPerCellStrategy.waveSize(1_000_000, 4 * MB)).isEqualTo(VirtualThreadPerCellStrategy.MIN_WAVE);
        assertThat(VirtualThreadPerCellStrategy.waveSize(10, 512 * MB)).isEqualTo(10);
        // The registry reports the same number as the strategy's calls in flight.
        assertThat(StrategyRegistry.get(VirtualThreadPerCellStrategy.NAME)
                .maxInFlight(StrategyConfig.DEFAULT, new GridSize(1000, 1000)))
                .isEqualTo(VirtualThreadPerCellStrategy.waveSize(1_000_000));
    }

    /** With the heap injected: never more cell calls in flight than the wave, and the right grid. */
    @Test
    void aSmallHeapKeepsAtMostOneWaveOfCellsInFlight() throws Exception {
        long heap = 16 * MB; // a wave of 1024
        int wave = VirtualThreadPerCellStrategy.waveSize(100 * 100, heap);
        assertThat(wave).isEqualTo(1024);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CellLogic slow = (alive, n) -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200)); // designed latency
                return Rule.CONWAY.next(alive, n);
            } finally {
                inFlight.decrementAndGet();
            }
        };
        Grid start = GenerationStrategyContract.soup(new GridSize(100, 100), 3, 0.4);
        try (GenerationStrategy s = new VirtualThreadPerCellStrategy(heap)) {
            assertThat(s.step(start, slow)).isEqualTo(ReferenceLife.step(start, Rule.CONWAY));
        }
        assertThat(peak.get()).isLessThanOrEqualTo(wave).isGreaterThan(1);
    }

    /**
     * The case from the issue, in a child JVM with {@code -Xmx256m}: a 1000×1000 torus, 1 ms per
     * cell call. With one wave of a million blocked threads this ran out of heap or thrashed for
     * minutes; with heap-sized waves it finishes with the right grid.
     */
    @Test
    void aThousandByThousandTorusWithLatencyFinishesUnderASmallHeap() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                HeapProbe.class.getName()))
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            boolean ended = p.waitFor(120, TimeUnit.SECONDS); // hang guard only
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            System.out.println("child JVM: " + out);
            assertThat(ended).as("child JVM finished; output so far: %s", out).isTrue();
            assertThat(p.exitValue()).as("child exit; output: %s", out).isZero();
            assertThat(out).startsWith("ok wave=");
        } finally {
            p.destroyForcibly();
        }
    }
}
