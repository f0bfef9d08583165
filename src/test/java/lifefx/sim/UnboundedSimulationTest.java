package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import lifefx.cellio.CellIoMode;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.pattern.CellSet;
import lifefx.pattern.Pattern;
import lifefx.universe.HashLifeUniverse;
import lifefx.universe.Topology;
import lifefx.universe.Universe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulation on the unbounded universe, and switching between it and the torus. */
class UnboundedSimulationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The Gosper glider gun, as x, y pairs. */
    private static final int[] GUN = {24, 0, 22, 1, 24, 1, 12, 2, 13, 2, 20, 2, 21, 2, 34, 2, 35, 2, 11, 3, 15, 3, 20,
        3, 21, 3, 34, 3, 35, 3, 0, 4, 1, 4, 10, 4, 16, 4, 20, 4, 21, 4, 0, 5, 1, 5, 10, 5, 14, 5, 16, 5, 17, 5, 22, 5,
        24, 5, 10, 6, 16, 6, 24, 6, 11, 7, 15, 7, 12, 8, 13, 8};

    private Simulation sim;

    @AfterEach
    void close() {
        if (sim != null) {
            sim.close();
        }
    }

    private Snapshot flush() throws Exception {
        return sim.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static Universe.Snapshot gun() {
        return PatternCells.onPlane(Pattern.of(CellSet.of(GUN)));
    }

    @Test
    void aGunOnThePlaneRunsAMillionGenerationsInJumpsAndKeepsItsGliders() throws Exception {
        sim = new Simulation(Topology.PLANE, gun(), Settings.DEFAULT);
        Snapshot s = flush();
        assertThat(s.strategy()).as("the plane's only strategy").isEqualTo(HashLifeUniverse.STRATEGY);
        assertThat(s.population()).isEqualTo(36);
        sim.setStepExponent(6);
        sim.step();
        s = flush();
        assertThat(s.exactGeneration()).isEqualTo(BigInteger.valueOf(64));
        sim.setStepExponent(20);
        sim.step();
        s = flush();
        assertThat(s.exactGeneration()).isEqualTo(BigInteger.valueOf(64 + (1 << 20)));
        // 36 cells of gun and 5 per glider, one glider each 30 generations (Golly: 166,713 at 10^6).
        assertThat(s.stepSize()).isEqualTo(BigInteger.ONE.shiftLeft(20));
        assertThat(s.stats().last().generations()).isEqualTo(1 << 20);
        assertThat(s.population()).isGreaterThan(170_000);
        sim.reset();
        assertThat(flush().exactGeneration()).as("reset goes back to where stepping started")
                .isEqualTo(BigInteger.ZERO);
    }

    @Test
    void paintingFarOutIsExactAndUndoable() throws Exception {
        sim = new Simulation(Topology.PLANE, null, Settings.DEFAULT);
        long far = 1L << 50;
        sim.paint(1, new long[] {far, far, far}, new long[] {-far, -far + 1, -far + 2}, true);
        Snapshot s = flush();
        assertThat(s.population()).isEqualTo(3);
        assertThat(s.isAlive(far, -far + 1)).isTrue();
        sim.step();
        s = flush();
        assertThat(s.isAlive(far - 1, -far + 1)).as("the blinker turned").isTrue();
        assertThat(s.isAlive(far, -far)).isFalse();
        sim.undo();
        s = flush();
        // Undo puts the stroke's cells back as they were before it (dead), in the current
        // generation, as a paint program does: the blinker's two outer cells of this phase remain.
        assertThat(s.population()).isEqualTo(2);
        assertThat(s.isAlive(far - 1, -far + 1)).isTrue();
        assertThat(s.isAlive(far + 1, -far + 1)).isTrue();
    }

    @Test
    void switchingToATorusCentresTheCellsAndUndoBringsThePlaneBack() throws Exception {
        sim = new Simulation(Topology.PLANE, gun(), Settings.DEFAULT);
        sim.switchTopology(Topology.torus(new GridSize(60, 80)));
        Snapshot s = flush();
        assertThat(s.topology()).isEqualTo(Topology.torus(new GridSize(60, 80)));
        assertThat(s.population()).isEqualTo(36);
        assertThat(s.strategy()).as("the torus's default strategy").isEqualTo("sequential");
        sim.setStrategy("bands");
        sim.step();
        s = flush();
        assertThat(s.strategy()).isEqualTo("bands");
        assertThat(s.generation()).isEqualTo(1);
        sim.switchTopology(Topology.PLANE);
        s = flush();
        assertThat(s.strategy()).isEqualTo("hashlife");
        sim.switchTopology(Topology.torus(new GridSize(20, 20)));
        s = flush();
        assertThat(s.notice().message()).contains("does not fit a 20x20 torus").contains("dropped");
        assertThat(s.strategy()).as("the strategy the torus had last").isEqualTo("bands");
        sim.undo();
        sim.undo();
        s = flush();
        assertThat(s.topology()).isEqualTo(Topology.torus(new GridSize(60, 80)));
        sim.undo();
        sim.undo();
        s = flush();
        assertThat(s.topology()).isEqualTo(Topology.PLANE);
        assertThat(s.population()).isEqualTo(36);
    }

    @Test
    void theTorusStrategiesAndCellIoAreRefusedOnThePlaneWithAReason() throws Exception {
        sim = new Simulation(Topology.PLANE, gun(), Settings.DEFAULT);
        sim.setStrategy("thread-pool");
        Snapshot s = flush();
        assertThat(s.strategy()).isEqualTo("hashlife");
        assertThat(s.notice().message()).contains("no strategy thread-pool").contains("switch to a torus");
        sim.setIo(CellIoMode.of("latency", 1_000_000));
        s = flush();
        assertThat(s.io().active()).isFalse();
        assertThat(s.notice().message()).contains("hashlife").contains("switch to a torus");
    }

    @Test
    void aB0RuleCannotRunOnThePlaneAndTheUniverseStaysAsItWas() throws Exception {
        sim = new Simulation(Topology.PLANE, gun(), Settings.DEFAULT);
        sim.setRule(Rule.parse("B0/S8"));
        Snapshot s = flush();
        assertThat(s.rule()).isEqualTo(Rule.CONWAY);
        assertThat(s.notice().message()).contains("B0").contains("torus");
        assertThat(s.population()).isEqualTo(36);
    }

    @Test
    void loadingAPatternOfTheOtherUniverseIsOneUndoableChange() throws Exception {
        sim = new Simulation(Grid.parseRows("-*-", "-*-", "-*-"), Settings.DEFAULT);
        sim.load(Topology.PLANE, gun(), Rule.CONWAY, new Document("gun", null));
        Snapshot s = flush();
        assertThat(s.topology()).isEqualTo(Topology.PLANE);
        assertThat(s.document().name()).isEqualTo("gun");
        sim.undo();
        s = flush();
        assertThat(s.topology()).isEqualTo(Topology.torus(new GridSize(3, 3)));
        assertThat(s.population()).isEqualTo(3);
        assertThat(s.strategy()).isEqualTo("bands");
    }

    @Test
    void aRandomFillOfThePlaneFillsTheAreaAsked() throws Exception {
        sim = new Simulation(Topology.PLANE, null, Settings.DEFAULT);
        sim.randomFill(0.5, 7, new CellRegion(1000, -2000, 40, 50));
        Snapshot s = flush();
        var b = s.cells().bounds().orElseThrow();
        assertThat(b.left()).isGreaterThanOrEqualTo(-2000);
        assertThat(b.right()).isLessThan(-1950);
        assertThat(b.top()).isGreaterThanOrEqualTo(1000);
        assertThat(b.bottom()).isLessThan(1040);
        assertThat(s.population()).isBetween(700L, 1300L);
        sim.undo();
        assertThat(flush().population()).isZero();
    }
}
