package lifefx.bench.jmh;

import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import lifefx.engine.StrategyConfig;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import lifefx.universe.TorusUniverse;
import lifefx.universe.UniverseException;
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
 * JMH: the time of one generation of a {@link TorusUniverse}, which keeps its strategy's own
 * representation between generations (for {@code packed}, 64-cell words: nothing is converted),
 * on a 35% random soup of B3/S23. Set beside {@link StepBenchmark}, which hands a byte grid in and
 * out each generation, and beside the C kernel in {@code src/test/c/life64.c}; cell updates per
 * second are {@code height × width / (ms per op) × 1000}. Run it through the jar: {@code ./lifefx
 * jmh TorusStepBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TorusStepBenchmark {

    @Param({"packed"})
    public String strategy;

    @Param({"4096x4096"})
    public String grid;

    @Param({"1", "2"})
    public int threads;

    private TorusUniverse universe;

    @Setup(Level.Trial)
    public void setUp() {
        GridSize size = GridSize.parse(grid);
        // A 35% soup, seed 1, the same cells in every benchmark.
        Grid start = Grids.random(size, 0.35, 1, 0);
        universe = new TorusUniverse(start, Rule.CONWAY, strategy, new StrategyConfig(threads));
    }

    @Benchmark
    public BigInteger step() throws InterruptedException, UniverseException {
        universe.step(BigInteger.ONE);
        return universe.population();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        universe.close();
    }
}
