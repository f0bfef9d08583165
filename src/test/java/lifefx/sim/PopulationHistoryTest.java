package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.universe.CellChanges;
import lifefx.universe.HashLifeUniverse;
import lifefx.universe.Topology;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link PopulationHistory}: decimation keeps totals and the run's span; the simulation records it. */
class PopulationHistoryTest {

    private static CellChanges changes(long b, long d) {
        return new CellChanges(BigInteger.valueOf(b), BigInteger.valueOf(d));
    }

    @Property(tries = 200)
    void mergingKeepsTotalsAndTheLastGeneration(@ForAll @IntRange(min = 1, max = 40) int half,
                                                @ForAll @IntRange(min = 1, max = 3000) int steps) {
        PopulationHistory h = new PopulationHistory(2 * half);
        long births = 0;
        for (int g = 1; g <= steps; g++) {
            h.add(BigInteger.valueOf(g - 1), BigInteger.valueOf(g), BigInteger.valueOf(g * 10L), changes(g % 7, 1));
            births += g % 7;
        }
        PopulationHistory.Series s = h.series();
        assertThat(s.size()).isLessThanOrEqualTo(2 * half);
        long sumBirths = 0;
        long sumDeaths = 0;
        BigInteger previous = BigInteger.ZERO;
        for (int i = 0; i < s.size(); i++) {
            PopulationHistory.Point p = s.get(i);
            assertThat(p.generation()).isGreaterThan(previous);
            assertThat(p.population()).isEqualTo(p.generation().longValueExact() * 10);
            previous = p.generation();
            sumBirths += p.births();
            sumDeaths += p.deaths();
        }
        assertThat(s.last().generation()).isEqualTo(BigInteger.valueOf(steps));
        double covered = 0;
        for (int i = 0; i < s.size(); i++) {
            covered += s.generationsAt(i);
        }
        assertThat(covered).as("the points cover every generation once").isEqualTo(steps);
        assertThat(sumBirths).isEqualTo(births);
        assertThat(sumDeaths).isEqualTo(steps);
        // a complete point covers exactly `stride` steps: its deaths (1 a step) say so
        for (int i = 0; i < s.size() - 1; i++) {
            assertThat(s.get(i).deaths()).isEqualTo(s.stride());
        }
    }

    @Test
    void aViewDoesNotChangeWhenTheHistoryGoesOn() {
        PopulationHistory h = new PopulationHistory(4);
        for (int g = 1; g <= 4; g++) {
            h.add(BigInteger.valueOf(g - 1), BigInteger.valueOf(g), BigInteger.valueOf(g), changes(1, 0));
        }
        PopulationHistory.Series before = h.series();
        String csv = before.toCsv();
        for (int g = 5; g <= 20; g++) {
            h.add(BigInteger.valueOf(g - 1), BigInteger.valueOf(g), BigInteger.valueOf(g), changes(1, 0));
        }
        h.truncateAfter(BigInteger.valueOf(9));
        assertThat(before.toCsv()).isEqualTo(csv);
        assertThat(h.series().last().generation()).isLessThanOrEqualTo(BigInteger.valueOf(9));
    }

    @Test
    void blinkerOnATorusRecordsThreeCellsTwoBirthsTwoDeaths() throws Exception {
        Grid start = new Grid.Builder(new GridSize(10, 10)).set(4, 3, true).set(4, 4, true).set(4, 5, true).build(0);
        assertThat(csvOfSteps(new Simulation(start, Settings.DEFAULT), 5)).isEqualTo(List.of(
                "generation,population,births,deaths", "1,3,2,2", "2,3,2,2", "3,3,2,2", "4,3,2,2", "5,3,2,2"));
    }

    @Test
    void gliderOnThePlaneRecordsFiveCellsTwoBirthsTwoDeaths() throws Exception {
        HashLifeUniverse u = new HashLifeUniverse(lifefx.life.Rule.CONWAY, 16L << 20);
        for (int[] c : new int[][] {{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}}) {
            u.set(c[0], c[1], true);
        }
        Simulation sim = new Simulation(Topology.PLANE, u.snapshot(), Settings.DEFAULT.withStrategy("hashlife"));
        List<String> lines = csvOfSteps(sim, 8);
        assertThat(lines).hasSize(9);
        for (int g = 1; g <= 8; g++) {
            assertThat(lines.get(g)).isEqualTo(g + ",5,2,2");
        }
    }

    @Test
    void packedStepsOfFourGenerationsCountBetweenTheirEnds() throws Exception {
        Grid.Builder b = new Grid.Builder(new GridSize(30, 70));
        for (int[] c : new int[][] {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}) {
            b.set(c[0] + 5, c[1] + 5, true);
        }
        Grid start = b.build(0);
        Simulation sim = new Simulation(start, Settings.DEFAULT.withStrategy("packed").withThreads(1));
        sim.setStepExponent(2);
        // a glider 4 generations on is itself moved one cell down and right: 5 cells, and between the two
        // ends as many births as deaths
        Grid later = lifefx.life.ReferenceLife.run(start, lifefx.life.Rule.CONWAY, 4);
        long births = 0;
        for (int r = 0; r < 30; r++) {
            for (int c = 0; c < 70; c++) {
                if (later.isAlive(r, c) && !start.isAlive(r, c)) {
                    births++;
                }
            }
        }
        List<String> lines = csvOfSteps(sim, 3);
        assertThat(lines).containsExactly("generation,population,births,deaths", "4,5," + births + "," + births,
                "8,5," + births + "," + births, "12,5," + births + "," + births);
    }

    @Test
    void offRecordsNothingAndResetCutsTheHistoryBack() throws Exception {
        Grid start = new Grid.Builder(new GridSize(10, 10)).set(4, 3, true).set(4, 4, true).set(4, 5, true).build(0);
        try (Simulation sim = new Simulation(start, Settings.DEFAULT)) {
            sim.step();
            sim.flush().get(10, TimeUnit.SECONDS);
            assertThat(sim.populationHistory().isEmpty()).isTrue();
            sim.recordPopulation(true);
            sim.play();
            sim.await(s -> s.generation() >= 30, java.time.Duration.ofSeconds(20));
            sim.reset(); // back to generation 1, where play started
            sim.flush().get(10, TimeUnit.SECONDS);
            PopulationHistory.Series after = sim.populationHistory();
            for (int i = 0; i < after.size(); i++) {
                assertThat(after.get(i).generation()).isLessThanOrEqualTo(BigInteger.ONE);
            }
            sim.step();
            sim.flush().get(10, TimeUnit.SECONDS);
            assertThat(sim.populationHistory().last().generation()).isEqualTo(BigInteger.TWO);
        }
    }

    private static List<String> csvOfSteps(Simulation sim, int steps) throws Exception {
        try (sim) {
            sim.recordPopulation(true);
            for (int i = 0; i < steps; i++) {
                sim.step();
            }
            sim.flush().get(10, TimeUnit.SECONDS);
            return sim.populationHistory().toCsv().lines().toList();
        }
    }
}
