package lifefx.engine;

import java.util.concurrent.TimeUnit;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;

/**
 * Run in a child JVM with a small heap by {@link VirtualThreadWavesTest}: one generation of {@code
 * virtual-threads} on a 1000×1000 torus whose every cell call waits 1 ms, checked against {@code
 * packed}. Prints {@code ok wave=N} and exits 0, or prints the failure and exits 1.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        Grid start = GenerationStrategyContract.soup(new GridSize(1000, 1000), 5, 0.3);
        CellLogic slow = (alive, n) -> {
            Thread.sleep(1); // the cell call's designed latency (as latency mode), not a test wait
            return Rule.CONWAY.next(alive, n);
        };
        Grid expected;
        try (GenerationStrategy packed = new PackedStrategy(new StrategyConfig(2))) {
            expected = packed.step(start, CellLogic.of(Rule.CONWAY));
        }
        long t0 = System.nanoTime();
        try (GenerationStrategy s = new VirtualThreadPerCellStrategy()) {
            Grid next = s.step(start, slow);
            if (!next.equals(expected)) {
                System.out.println("wrong grid");
                System.exit(1);
            }
        } catch (StepFailedException e) {
            System.out.println("failed: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("ok wave=" + VirtualThreadPerCellStrategy.waveSize(start.size().cells()) + " heap="
                + Runtime.getRuntime().maxMemory() / (1 << 20) + "MB ms="
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        System.exit(0);
    }
}
