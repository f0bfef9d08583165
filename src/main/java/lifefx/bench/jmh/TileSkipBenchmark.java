package lifefx.bench.jmh;

import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import lifefx.engine.StrategyConfig;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import lifefx.universe.TorusUniverse;
import lifefx.universe.Universe;
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
 * JMH: one generation of a B3/S23 {@link TorusUniverse} with {@code packed} beside {@code
 * packed-tiles}, which recomputes only the tiles that can change, on a busy 35% soup and on the
 * same soup once it has settled ({@code settle} generations run in the trial's setup by {@code
 * packed-tiles} on two threads; the measured universe then starts from the settled cells).
 *
 * <p>So that "busy" stays busy and "settled" stays the same settled soup, the universe is put back
 * to its start (a snapshot restore, outside the timed calls) every {@value #BUSY_WINDOW} generations
 * for the busy soup and every {@value #SETTLED_WINDOW} for the settled one. {@code packed-tiles}
 * recomputes every tile in the two generations after a restore; that cost is inside the figures
 * (about 0.1% of the settled generations). Run it through the jar: {@code ./lifefx jmh
 * TileSkipBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TileSkipBenchmark {

    @Param({"packed", "packed-tiles"})
    public String strategy;

    @Param({"busy", "settled"})
    public String soup;

    @Param({"4096x4096"})
    public String grid;

    @Param({"1"})
    public int threads;

    /** Generations run before a settled trial (ignored for the busy soup). */
    @Param({"4000", "10000"})
    public int settle;

    static final int BUSY_WINDOW = 200;
    static final int SETTLED_WINDOW = 2000;

    private TorusUniverse universe;
    private Universe.Snapshot start;
    private int window;
    private int stepped;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException, UniverseException {
        GridSize size = GridSize.parse(grid);
        // A 35% soup, seed 1, the same cells in every benchmark.
        Grid start = Grids.random(size, 0.35, 1, 0);
        if (soup.equals("settled")) {
            try (TorusUniverse settling = new TorusUniverse(start, Rule.CONWAY, "packed-tiles", new StrategyConfig(2))) {
                long before = System.nanoTime();
                settling.step(BigInteger.valueOf(settle));
                start = settling.grid();
                System.out.printf("%nsettled %s for %d generations in %.1f s: population %d%n", grid, settle,
                        (System.nanoTime() - before) / 1e9, start.population());
            }
        }
        universe = new TorusUniverse(start, Rule.CONWAY, strategy, new StrategyConfig(threads));
        this.start = universe.snapshot();
        this.window = soup.equals("settled") ? SETTLED_WINDOW : BUSY_WINDOW;
    }

    /** Back to the start every window; outside the timed call. */
    @Setup(Level.Invocation)
    public void rewind() {
        if (++stepped >= window) {
            universe.restore(start);
            stepped = 0;
        }
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
