package lifefx.bench.jmh;

import java.util.concurrent.TimeUnit;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.StepFailedException;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
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
 * JMH: the time of one generation per strategy, on the article's start (a glider) and on a 35%
 * random soup of the same size, so that both an almost empty and a busy grid are measured. Run it
 * through the jar: {@code java -jar target/lifefx.jar jmh StepBenchmark -p grid=500x900}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StepBenchmark {

    @Param({"sequential", "thread-per-cell", "queue", "thread-pool", "virtual-threads", "bands", "packed"})
    public String strategy;

    @Param({"50x90", "500x900"})
    public String grid;

    @Param({"glider", "soup"})
    public String start;

    @Param({"5"})
    public int threads;

    private GenerationStrategy engine;
    private Grid current;
    private final CellLogic logic = CellLogic.of(Rule.CONWAY);

    @Setup(Level.Trial)
    public void setUp() {
        engine = StrategyRegistry.get(strategy).create(new StrategyConfig(threads));
        GridSize size = GridSize.parse(grid);
        if (start.equals("glider")) {
            current = new Grid.Builder(size).set(0, 3, true).set(1, 4, true).set(2, 2, true).set(2, 3, true)
                    .set(2, 4, true).build(0);
        } else {
            current = lifefx.life.Grids.random(size, 0.35, 1, 0); // a 35% soup, seed 1, as in every benchmark
        }
    }

    @Benchmark
    public Grid step() throws InterruptedException, StepFailedException {
        current = engine.step(current, logic);
        return current;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }
}
