package lifefx.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Universe.Snapshot#changedCells} and {@link CellChanges}: on every strategy of the torus
 * and on the plane, births and deaths between the two ends of a step equal a brute-force count
 * over the cells of the two snapshots.
 */
class CellChangesTest {

    @Provide
    Arbitrary<String> strategies() {
        return Arbitraries.of(StrategyRegistry.names());
    }

    /** Births and deaths by looking at every cell of both snapshots of a torus. */
    private static long[] bruteForce(Universe.Snapshot before, Universe.Snapshot after, GridSize size) {
        long births = 0;
        long deaths = 0;
        for (int y = 0; y < size.height(); y++) {
            for (int x = 0; x < size.width(); x++) {
                boolean was = before.get(x, y);
                boolean is = after.get(x, y);
                if (is && !was) {
                    births++;
                } else if (was && !is) {
                    deaths++;
                }
            }
        }
        return new long[] {births, deaths};
    }

    @Property(tries = 60)
    void torusStepsCountLikeBruteForce(@ForAll("strategies") String strategy, @ForAll @IntRange(min = 1, max = 40) int h,
                                       @ForAll @IntRange(min = 1, max = 150) int w, @ForAll @IntRange(min = 0, max = 3) int k,
                                       @ForAll long seed) throws Exception {
        GridSize size = new GridSize(h, w);
        Grid start = Grids.random(size, 0.35, seed, 0);
        try (TorusUniverse u = new TorusUniverse(start, Rule.CONWAY, strategy, new StrategyConfig(2))) {
            // stepCounting with no snapshot taken (packed: the words against the array the step read)
            Universe.Snapshot first = Universes.snapshotOf(start);
            CellChanges counted = u.stepCounting(BigInteger.ONE.shiftLeft(k));
            long[] firstExpected = bruteForce(first, u.snapshot(), size);
            assertThat(counted).as("stepCounting on %s %s, 2^%d", strategy, size, k)
                    .isEqualTo(new CellChanges(BigInteger.valueOf(firstExpected[0]), BigInteger.valueOf(firstExpected[1])));
            Universe.Snapshot before = u.snapshot();
            // after a snapshot (packed: the array the step reads is shared with it) and an edit
            u.set(0, 0, !u.get(0, 0));
            Universe.Snapshot edited = u.snapshot();
            CellChanges again = u.stepCounting(BigInteger.ONE);
            long[] againExpected = bruteForce(edited, u.snapshot(), size);
            assertThat(again).as("stepCounting after a snapshot and an edit")
                    .isEqualTo(new CellChanges(BigInteger.valueOf(againExpected[0]), BigInteger.valueOf(againExpected[1])));
            u.restore(before);
            u.step(BigInteger.ONE.shiftLeft(k));
            Universe.Snapshot after = u.snapshot();
            long[] expected = bruteForce(before, after, size);
            CellChanges c = CellChanges.between(before, after);
            assertThat(c.births().longValueExact()).as("births on %s %s, 2^%d", strategy, size, k).isEqualTo(expected[0]);
            assertThat(c.deaths().longValueExact()).as("deaths").isEqualTo(expected[1]);
            // the other direction swaps them
            CellChanges back = CellChanges.between(after, before);
            assertThat(back.births()).isEqualTo(c.deaths());
            // mixed representations (a byte grid against packed words) agree too
            Universe.Snapshot asBytes = Universes.snapshotOf(TorusUniverse.gridOf(before));
            assertThat(after.changedCells(asBytes)).isEqualTo(c.changed());
            assertThat(asBytes.changedCells(after)).isEqualTo(c.changed());
        }
    }

    @Property(tries = 40)
    void planeStepsCountLikeBruteForce(@ForAll @IntRange(min = 0, max = 6) int k, @ForAll long seed,
                                       @ForAll @IntRange(min = 1, max = 120) int side) throws Exception {
        Random r = new Random(seed);
        HashLifeUniverse u = new HashLifeUniverse(Rule.CONWAY, 64L << 20);
        long ox = r.nextInt(2001) - 1000;
        long oy = r.nextInt(2001) - 1000;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (r.nextDouble() < 0.35) {
                    u.set(ox + x, oy + y, true);
                }
            }
        }
        Universe.Snapshot before = u.snapshot();
        CellChanges counted = u.stepCounting(BigInteger.ONE.shiftLeft(k));
        Universe.Snapshot after = u.snapshot();
        assertThat(counted).isEqualTo(CellChanges.between(before, after));
        Set<List<Long>> was = cells(before);
        Set<List<Long>> is = cells(after);
        long births = is.stream().filter(c -> !was.contains(c)).count();
        long deaths = was.stream().filter(c -> !is.contains(c)).count();
        CellChanges c = CellChanges.between(before, after);
        assertThat(c.births().longValueExact()).as("births, 2^%d", k).isEqualTo(births);
        assertThat(c.deaths().longValueExact()).as("deaths, 2^%d", k).isEqualTo(deaths);
        // the generic walk (through get) agrees with the quadtree walk
        Universe.Snapshot generic = new Universe.Snapshot() {
            public BigInteger generation() { return before.generation(); }
            public BigInteger population() { return before.population(); }
            public boolean get(long x, long y) { return before.get(x, y); }
            public java.util.Optional<Bounds> bounds() { return before.bounds(); }
            public void forEachCell(CellSink sink) { before.forEachCell(sink); }
            public void render(long l, long t, int s, int[] p, int w, int h, int a, int d) { }
        };
        assertThat(after.changedCells(generic)).isEqualTo(c.changed());
    }

    private static Set<List<Long>> cells(Universe.Snapshot s) {
        Set<List<Long>> out = new HashSet<>();
        s.forEachCell((x, y) -> out.add(List.of(x, y)));
        return out;
    }

    @Test
    void blinkerAndGliderChangeTwoAndTwo() throws Exception {
        for (String strategy : List.of("sequential", "packed", "packed-tiles")) {
            try (TorusUniverse u = new TorusUniverse(new GridSize(16, 70), Rule.CONWAY, strategy, new StrategyConfig(1))) {
                u.set(5, 5, true);
                u.set(6, 5, true);
                u.set(7, 5, true);
                for (int g = 0; g < 4; g++) {
                    Universe.Snapshot before = u.snapshot();
                    u.step(BigInteger.ONE);
                    assertThat(CellChanges.between(before, u.snapshot()))
                            .isEqualTo(new CellChanges(BigInteger.TWO, BigInteger.TWO));
                }
            }
        }
        HashLifeUniverse plane = new HashLifeUniverse(Rule.CONWAY, 16L << 20);
        int[][] glider = {{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}};
        for (int[] c : glider) {
            plane.set(c[0], c[1], true);
        }
        for (int g = 0; g < 8; g++) {
            Universe.Snapshot before = plane.snapshot();
            plane.step(BigInteger.ONE);
            CellChanges c = CellChanges.between(before, plane.snapshot());
            assertThat(c.births()).as("glider generation %d", g).isEqualTo(BigInteger.TWO);
            assertThat(c.deaths()).isEqualTo(BigInteger.TWO);
        }
    }

    @Test
    void planesOfDifferentRootSizesCompare() throws Exception {
        HashLifeUniverse small = new HashLifeUniverse(Rule.CONWAY, 16L << 20);
        small.set(0, 0, true);
        HashLifeUniverse big = new HashLifeUniverse(Rule.CONWAY, 16L << 20);
        big.set(0, 0, true);
        big.set(1_000_000_000L, -5, true);
        big.set(-3, 7, true);
        assertThat(big.snapshot().changedCells(small.snapshot())).isEqualTo(BigInteger.TWO);
        assertThat(small.snapshot().changedCells(big.snapshot())).isEqualTo(BigInteger.TWO);
    }

    @Test
    void toriOfTwoSizesAreRefused() {
        Universe.Snapshot a = Universes.snapshotOf(Grid.empty(new GridSize(3, 3)));
        Universe.Snapshot b = Universes.snapshotOf(Grid.empty(new GridSize(3, 4)));
        assertThatThrownBy(() -> a.changedCells(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3x3").hasMessageContaining("3x4");
    }
}
