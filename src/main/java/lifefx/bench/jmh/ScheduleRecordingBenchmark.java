package lifefx.bench.jmh;

import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import lifefx.engine.ScheduleMap;
import lifefx.engine.ScheduleRecorder;
import lifefx.engine.StrategyConfig;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import lifefx.universe.TorusUniverse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH: what recording the schedule map costs. One generation of a {@link TorusUniverse} on a 35%
 * soup of B3/S23, with {@code recording} {@code off} (no recorder: the branch the strategies keep
 * for it), {@code on} (a {@link ScheduleRecorder} bound to the step, as while the window shows the
 * map), {@code carriers} (also the carriers of virtual threads, as in the carrier colouring) and
 * {@code map} (recording, and building the {@link ScheduleMap} after every generation,
 * which the simulation does only when it publishes, at most about 60 times a second). {@code
 * logic=pure} lets {@code sequential} and {@code bands} compute whole rows (recorded per row);
 * {@code logic=calls} is the same rule behind a per-cell call, as with cell I/O, recorded per cell.
 * Run: {@code ./lifefx jmh ScheduleRecordingBenchmark -f 1 -wi 3 -i 5} (performance.md, "Schedule map").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScheduleRecordingBenchmark {

    @Param({"sequential", "bands", "thread-pool", "virtual-threads"})
    public String strategy;

    @Param({"500x900"})
    public String grid;

    @Param({"5"})
    public int threads;

    @Param({"pure", "calls"})
    public String logic;

    @Param({"off", "on", "carriers", "map"})
    public String recording;

    private TorusUniverse universe;
    private ScheduleRecorder recorder;

    @Setup(Level.Trial)
    public void setUp() {
        GridSize size = GridSize.parse(grid);
        // A 35% soup, seed 1, the same cells in every benchmark.
        Grid start = Grids.random(size, 0.35, 1, 0);
        CellLogic cells = switch (logic) {
            case "pure" -> CellLogic.of(Rule.CONWAY);
            case "calls" -> (alive, n) -> Rule.CONWAY.next(alive, n);
            default -> throw new IllegalArgumentException("logic is pure or calls, not " + logic);
        };
        universe = new TorusUniverse(start, Rule.CONWAY, strategy, new StrategyConfig(threads), cells);
        recorder = switch (recording) {
            case "off" -> null;
            case "on", "map" -> new ScheduleRecorder();
            case "carriers" -> new ScheduleRecorder(true);
            default -> throw new IllegalArgumentException("recording is off, on, carriers or map, not " + recording);
        };
    }

    @Benchmark
    public Object step() throws Exception {
        ScheduleRecorder.during(recorder, () -> {
            universe.step(BigInteger.ONE);
            return null;
        });
        if ("map".equals(recording)) {
            return recorder.map();
        }
        return universe.population();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        universe.close();
    }
}
