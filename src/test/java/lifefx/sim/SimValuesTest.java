package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import lifefx.life.Grid;
import lifefx.life.GridSize;
import org.junit.jupiter.api.Test;

class SimValuesTest {

    private static StepTiming step(long gen, long millis, long endMillis) {
        return new StepTiming(gen, "bands", 5, 1000, millis * 1_000_000, endMillis * 1_000_000);
    }

    @Test
    void timingStatsOverTheLastHundredSteps() {
        TimingWindow w = TimingWindow.EMPTY;
        for (int i = 1; i <= 150; i++) {
            // Steps 51..150 stay in the window: times 51..150 ms, one every 200 ms of wall clock.
            w = w.plus(step(i, i, i * 200L));
        }
        TimingStats s = w.stats();
        assertThat(s.steps()).isEqualTo(100);
        assertThat(s.last().generation()).isEqualTo(150);
        assertThat(s.meanMillis()).isCloseTo(100.5, within(1e-9));
        assertThat(s.p95Millis()).isCloseTo(145, within(1e-9));
        assertThat(s.generationsPerSecond()).isCloseTo(5, within(1e-9));
        assertThat(s.cellUpdatesPerSecond()).isCloseTo(1000 / 0.1005, within(1e-6));
        assertThat(TimingWindow.EMPTY.stats()).isEqualTo(TimingStats.NONE);
    }

    @Test
    void memoryBudgetRefusesWithAReason() {
        GridSize big = new GridSize(40_000, 25_000);
        assertThat(MemoryBudget.whyNot(big, 1L << 30, 2L << 30)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("40,000 × 25,000").contains("3.8 GB").contains("1.0 GB").contains("-Xmx"));
        assertThat(MemoryBudget.whyNot(new GridSize(1000, 1000), 1L << 30, 2L << 30)).isEmpty();
    }

    @Test
    void snapshotReadsCellsInUniverseCoordinates() {
        Grid g = Grid.parseRows("*--", "---");
        lifefx.universe.Topology torus = lifefx.universe.Topology.torus(g.size());
        Snapshot s = new Snapshot(1, lifefx.universe.Universes.snapshotOf(g), torus, lifefx.life.Rule.CONWAY, "bands", 5,
                false, 0, 0, TimingWindow.EMPTY, null, 0, false, false, false, IoStatus.NONE, Document.UNTITLED, null);
        assertThat(s.isAlive(0, 0)).isTrue();
        assertThat(s.isAlive(2, 3)).as("wraps on a torus").isTrue();
        assertThat(s.isAlive(-2, -3)).isTrue();
        assertThat(s.wraps()).isTrue();
        assertThat(s.grid()).isEqualTo(g);
        lifefx.universe.HashLifeUniverse plane = new lifefx.universe.HashLifeUniverse(lifefx.life.Rule.CONWAY);
        plane.set(20, 10, true);
        Snapshot bounded = new Snapshot(1, plane.snapshot(), lifefx.universe.Topology.PLANE, lifefx.life.Rule.CONWAY,
                "hashlife", 5, false, 0, 3, TimingWindow.EMPTY, null, 0, false, false, false, IoStatus.NONE,
                Document.UNTITLED, null);
        assertThat(bounded.isAlive(10, 20)).isTrue();
        assertThat(bounded.isAlive(0, 0)).isFalse();
        assertThat(bounded.isAlive(12, 23)).isFalse();
        assertThat(bounded.wraps()).isFalse();
        assertThat(bounded.stepSize()).isEqualTo(java.math.BigInteger.valueOf(8));
        org.assertj.core.api.Assertions.assertThatThrownBy(bounded::grid).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unbounded");
    }
}
