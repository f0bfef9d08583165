package lifefx.bench.jmh;

import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import lifefx.engine.StrategyConfig;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import lifefx.universe.CellChanges;
import lifefx.universe.HashLifeUniverse;
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
 * JMH: what recording the population history costs a step (the window's population chart, {@code
 * Simulation.recordPopulation}). {@code record=off} is one generation; {@code record=on} does what
 * the stepping loop then does, {@link Universe#stepCounting}: on {@code packed} the words against the
 * array the step read (a XOR and bit count a word), on {@code packed-tiles} against a copy taken
 * before, on HashLife a walk of the nodes that changed ({@link CellChanges}). A 35% soup (seed 1) of {@code grid}, on a torus
 * for the torus strategies and on the plane for {@code hashlife}; put back to its start every
 * {@value #WINDOW} generations outside the timed calls, so it stays busy. Run it through the jar:
 * {@code ./lifefx jmh PopulationRecordingBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PopulationRecordingBenchmark {

    @Param({"packed", "packed-tiles", "hashlife"})
    public String strategy;

    @Param({"1024x1024"})
    public String grid;

    @Param({"off", "on"})
    public String record;

    static final int WINDOW = 200;

    private Universe universe;
    private Universe.Snapshot start;
    private boolean on;
    private int stepped;

    @Setup(Level.Trial)
    public void setUp() {
        GridSize size = GridSize.parse(grid);
        Grid soup = Grids.random(size, 0.35, 1, 0);
        if (strategy.equals(HashLifeUniverse.STRATEGY)) {
            HashLifeUniverse plane = new HashLifeUniverse(Rule.CONWAY);
            for (int r = 0; r < size.height(); r++) {
                for (int c = 0; c < size.width(); c++) {
                    if (soup.isAlive(r, c)) {
                        plane.set(c, r, true);
                    }
                }
            }
            universe = plane;
        } else {
            universe = new TorusUniverse(soup, Rule.CONWAY, strategy, new StrategyConfig(1));
        }
        start = universe.snapshot();
        on = record.equals("on");
    }

    /** Back to the start every window; outside the timed call. */
    @Setup(Level.Invocation)
    public void rewind() {
        if (++stepped >= WINDOW) {
            universe.restore(start);
            stepped = 0;
        }
    }

    @Benchmark
    public Object step() throws InterruptedException, UniverseException {
        if (on) {
            return universe.stepCounting(BigInteger.ONE);
        }
        universe.step(BigInteger.ONE);
        return universe.population();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        universe.close();
    }
}
