package lifefx.cellio;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StepFailedException;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;

/**
 * Run by {@link FileLimitTest} in a child JVM under a small {@code ulimit -n}, where running out
 * of descriptors cannot hurt the test JVM. Prints {@code key=value} lines for the test to check.
 */
public final class FileLimitProbe {

    private FileLimitProbe() {
    }

    public static void main(String[] args) throws Exception {
        Grid start = GenerationStrategyContract.soup(new GridSize(20, 20), 77, 0.4);
        Grid expected = ReferenceLife.step(start, Rule.CONWAY);
        switch (args[0]) {
            case "capped" -> {
                try (CellIo io = CellIo.open(CellIoMode.Socket.withDelay(TimeUnit.MILLISECONDS.toNanos(2)));
                     GenerationStrategy s = StrategyRegistry.get("virtual-threads").create(StrategyConfig.DEFAULT)) {
                    System.out.println("limit=" + FileDescriptors.limit());
                    System.out.println("cap=" + io.connectionCap());
                    Grid next = s.step(start, io.logic(Rule.CONWAY));
                    System.out.println("same=" + next.equals(expected));
                    System.out.println("peakConnections=" + io.peakConnections());
                    System.out.println("peakInFlight=" + io.meter().peak());
                    io.notices().forEach(n -> System.out.println("notice=" + n));
                }
            }
            case "exhausted" -> {
                // Loading a class from target/classes takes a descriptor too, so first load every
                // class the run and its failure need: one good step, then one on a stopped service.
                try (CellIo io = CellIo.open(CellIoMode.Socket.withDelay(0));
                     GenerationStrategy s = StrategyRegistry.get("virtual-threads").create(StrategyConfig.DEFAULT)) {
                    s.step(start, io.logic(Rule.CONWAY));
                    io.service().orElseThrow().close();
                    try {
                        s.step(start, io.logic(Rule.CONWAY));
                    } catch (StepFailedException expectedFailure) {
                        System.out.println("warmup=" + expectedFailure.getMessage());
                    }
                }
                List<FileInputStream> hogs = new ArrayList<>();
                try (CellIo io = CellIo.open(CellIoMode.Socket.withDelay(0));
                     GenerationStrategy s = StrategyRegistry.get("virtual-threads").create(StrategyConfig.DEFAULT)) {
                    lifefx.life.CellLogic logic = io.logic(Rule.CONWAY);
                    try {
                        while (true) {
                            hogs.add(new FileInputStream("/dev/null"));
                        }
                    } catch (IOException e) {
                        System.out.println("hogs=" + hogs.size());
                    }
                    try {
                        s.step(start, logic);
                        System.out.println("failure=none");
                    } catch (StepFailedException e) {
                        System.out.println("failure=" + e.getMessage());
                    }
                } finally {
                    for (FileInputStream h : hogs) {
                        h.close();
                    }
                }
                System.out.println("closed=true");
            }
            default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
        }
    }
}
