package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import lifefx.engine.SequentialStrategy;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every library pattern is checked for what makes it that pattern: still lifes do not change,
 * oscillators return after exactly their period, spaceships come back moved, guns add one glider
 * a period, methuselahs reach their known populations. Small ones run on the project's own
 * {@link SequentialStrategy} on a torus with room to spare; long runs whose gliders fly off use
 * {@link SparseLife} on an unbounded plane.
 */
class LibraryTest {

    /** What each entry must do; every library entry needs one. */
    sealed interface Behaviour {
    }

    record Still() implements Behaviour {
    }

    record Oscillator(int period) implements Behaviour {
    }

    record Spaceship(int period, int dx, int dy) implements Behaviour {
    }

    /** Population {@code pops[i]} at generation {@code gens[i]} on an unbounded plane. */
    record Populations(int[] gens, int[] pops) implements Behaviour {
    }

    /** Some cells left at generation {@code generation - 1}, none at {@code generation}. */
    record DiesAt(int generation) implements Behaviour {
    }

    /** Grows faster each period: a breeder. */
    record QuadraticGrowth(int period, int periods) implements Behaviour {
    }

    record SteadyGrowth(int from, int period, int added) implements Behaviour {
    }

    private static final Map<String, Behaviour> EXPECTED = new LinkedHashMap<>();

    static {
        for (String s : List.of("block", "beehive", "loaf", "boat", "ship", "tub", "pond", "long-boat", "barge",
                "mango", "eater-1", "snake", "aircraft-carrier", "hat")) {
            EXPECTED.put(s, new Still());
        }
        EXPECTED.put("blinker", new Oscillator(2));
        EXPECTED.put("toad", new Oscillator(2));
        EXPECTED.put("beacon", new Oscillator(2));
        EXPECTED.put("clock", new Oscillator(2));
        EXPECTED.put("bipole", new Oscillator(2));
        EXPECTED.put("pulsar", new Oscillator(3));
        EXPECTED.put("cross", new Oscillator(3));
        EXPECTED.put("caterer", new Oscillator(3));
        EXPECTED.put("mold", new Oscillator(4));
        EXPECTED.put("octagon-2", new Oscillator(5));
        EXPECTED.put("figure-eight", new Oscillator(8));
        EXPECTED.put("koks-galaxy", new Oscillator(8));
        EXPECTED.put("tumbler", new Oscillator(14));
        EXPECTED.put("pentadecathlon", new Oscillator(15));
        EXPECTED.put("queen-bee-shuttle", new Oscillator(30));
        EXPECTED.put("glider", new Spaceship(4, 1, 1));
        EXPECTED.put("lwss", new Spaceship(4, -2, 0));
        EXPECTED.put("mwss", new Spaceship(4, -2, 0));
        EXPECTED.put("hwss", new Spaceship(4, -2, 0));
        EXPECTED.put("copperhead", new Spaceship(10, 0, -1));
        EXPECTED.put("gosper-glider-gun", new SteadyGrowth(90, 30, 5));
        EXPECTED.put("simkin-glider-gun", new SteadyGrowth(240, 120, 5));
        // The fixtures README and Golly give these populations.
        EXPECTED.put("r-pentomino", new Populations(new int[] {0, 1103}, new int[] {5, 116}));
        EXPECTED.put("acorn", new Populations(new int[] {0, 5206}, new int[] {7, 633}));
        EXPECTED.put("diehard", new DiesAt(130));
        EXPECTED.put("rabbits", new Populations(new int[] {0}, new int[] {9}));
        EXPECTED.put("puffer-train", new Populations(new int[] {0, 100, 1000}, new int[] {22, 170, 2734}));
        // Block-laying switch engines: period 288, 32 more cells of blocks each period (two engines: 64).
        EXPECTED.put("ten-cell-infinite-growth", new SteadyGrowth(1000, 288, 32));
        EXPECTED.put("five-by-five-infinite-growth", new SteadyGrowth(1000, 288, 32));
        EXPECTED.put("one-row-infinite-growth", new SteadyGrowth(2000, 288, 64));
        // Each gun the puffers leave adds cells at a steady rate, so growth per period itself grows.
        EXPECTED.put("breeder-1", new QuadraticGrowth(500, 4));
    }

    @Test
    void hasAtLeastFortyEntriesAndEachHasACheck() {
        List<String> names = PatternLibrary.builtIn().entries().stream().map(PatternLibrary.Entry::name).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void indexAgreesWithEveryFile() throws Exception {
        for (PatternLibrary.Entry e : PatternLibrary.builtIn().entries()) {
            Pattern p = e.pattern();
            assertThat(p.metadata().name()).as(e.name()).isEqualTo(e.title());
            assertThat(p.metadata().author()).as(e.name()).isEqualTo(e.author());
            assertThat(p.metadata().description()).as(e.name()).isEqualTo(e.description());
            assertThat(p.rule()).as(e.name()).isEqualTo(Rule.CONWAY);
            assertThat(p.population()).as(e.name()).isPositive();
            assertThat(e.fileName()).isEqualTo(e.name() + ".rle");
            // Origin at the top-left live row and column: nothing wasted.
            assertThat(p.boundingBox().orElseThrow()).as(e.name())
                    .isEqualTo(new Bounds(0, 0, p.width() - 1, p.height() - 1));
        }
    }

    @Test
    void findsByNameIgnoringCaseAndSeparators() throws Exception {
        PatternLibrary lib = PatternLibrary.builtIn();
        assertThat(lib.find("GLIDER")).isPresent();
        assertThat(lib.find("Gosper glider gun")).map(PatternLibrary.Entry::name).contains("gosper-glider-gun");
        assertThat(lib.find("r_pentomino.rle")).isPresent();
        assertThat(lib.find("no-such")).isEmpty();
        assertThat(lib.pattern("gosper-glider-gun").population()).isEqualTo(36);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lib.pattern("nope"))
                .isInstanceOf(PatternFormatException.class)
                .hasMessageStartingWith("nope: no such pattern in the built-in library");
    }

    @TestFactory
    Stream<DynamicTest> everyPatternBehavesAsItShould() {
        return PatternLibrary.builtIn().entries().stream().map(e -> DynamicTest.dynamicTest(e.name(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(e.pattern(), EXPECTED.get(e.name())))));
    }

    /** Library patterns agree with Golly's files where the fixtures have them (an independent check of our transcriptions). */
    @Test
    void agreesWithTheGollyFixtures() throws Exception {
        var dir = Fixtures.golly();
        PatternLibrary lib = PatternLibrary.builtIn();
        assertThat(lib.pattern("rabbits").cells())
                .isEqualTo(PatternReader.read(dir.resolve("lif/rabbits.lif")).normalized().cells());
        assertThat(lib.pattern("acorn").cells())
                .isEqualTo(PatternReader.read(dir.resolve("lif/acorn.lif")).normalized().cells());
        assertThat(lib.pattern("puffer-train").cells())
                .isEqualTo(PatternReader.read(dir.resolve("puffer-train.rle")).normalized().cells());
        assertThat(lib.pattern("breeder-1").cells())
                .isEqualTo(PatternReader.read(dir.resolve("lif/breeder.lif")).normalized().cells());
    }

    /** The unbounded test engine agrees with the project's torus engine where nothing reaches the edge. */
    @Test
    void sparseLifeAgreesWithSequentialStrategy() throws Exception {
        Random rnd = new Random(42);
        int[] xy = new int[2 * 120];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = 40 + rnd.nextInt(16);
        }
        CellSet soup = CellSet.of(xy);
        Pattern p = Pattern.of(soup);
        GridSize size = new GridSize(100, 100);
        Grid g = p.toGrid(size);
        try (SequentialStrategy s = new SequentialStrategy()) {
            for (int i = 0; i < 20; i++) {
                g = s.step(g, CellLogic.of(Rule.CONWAY));
            }
        }
        CellSet sparse = new SparseLife(Rule.CONWAY).run(soup, 20);
        assertThat(Pattern.fromGrid(g, Rule.CONWAY).cells()).isEqualTo(sparse);
    }

    private static void check(Pattern p, Behaviour b) throws Exception {
        assertThat(b).as("expected behaviour").isNotNull();
        switch (b) {
            case Still s -> assertThat(periodOnTorus(p, 1)).isEqualTo(1);
            case Oscillator o -> assertThat(periodOnTorus(p, o.period())).isEqualTo(o.period());
            case Spaceship s -> {
                int margin = 2 * s.period() + 4;
                GridSize size = new GridSize(p.height() + 2 * margin, p.width() + 2 * margin);
                Pattern placed = Pattern.of(p.cells().translate(margin, margin));
                Grid g = placed.toGrid(size);
                try (SequentialStrategy seq = new SequentialStrategy()) {
                    for (int gen = 1; gen <= s.period(); gen++) {
                        g = seq.step(g, CellLogic.of(Rule.CONWAY));
                        boolean moved = g.sameCells(Pattern.of(placed.cells().translate(s.dx(), s.dy())).toGrid(size));
                        assertThat(moved).as("back, moved by (%d,%d), at generation %d", s.dx(), s.dy(), gen)
                                .isEqualTo(gen == s.period());
                    }
                }
            }
            case Populations ps -> {
                SparseLife life = new SparseLife(Rule.CONWAY);
                CellSet c = p.cells();
                int at = 0;
                for (int i = 0; i < ps.gens().length; i++) {
                    c = life.run(c, ps.gens()[i] - at);
                    at = ps.gens()[i];
                    assertThat(c.size()).as("population at generation %d", at).isEqualTo(ps.pops()[i]);
                }
            }
            case DiesAt d -> {
                CellSet before = new SparseLife(Rule.CONWAY).run(p.cells(), d.generation() - 1);
                assertThat(before.size()).as("population at generation %d", d.generation() - 1).isPositive();
                assertThat(new SparseLife(Rule.CONWAY).run(before, 1).size())
                        .as("population at generation %d", d.generation()).isZero();
            }
            case QuadraticGrowth q -> {
                SparseLife life = new SparseLife(Rule.CONWAY);
                CellSet c = p.cells();
                int[] added = new int[q.periods()];
                for (int k = 0; k < q.periods(); k++) {
                    CellSet next = life.run(c, q.period());
                    added[k] = next.size() - c.size();
                    c = next;
                }
                for (int k = 1; k < q.periods(); k++) {
                    assertThat(added[k]).as("cells added in period %d of %s", k + 1, java.util.Arrays.toString(added))
                            .isGreaterThan(added[k - 1]);
                }
                // Linear growth would add the same each period; here the last adds far more than the first.
                assertThat(added[q.periods() - 1]).as(java.util.Arrays.toString(added)).isGreaterThan(2 * added[0]);
            }
            case SteadyGrowth sg -> {
                SparseLife life = new SparseLife(Rule.CONWAY);
                CellSet c = life.run(p.cells(), sg.from());
                for (int k = 0; k < 3; k++) {
                    CellSet next = life.run(c, sg.period());
                    assertThat(next.size() - c.size()).as("cells added in period %d after generation %d",
                            k + 1, sg.from()).isEqualTo(sg.added());
                    c = next;
                }
            }
        }
    }

    /**
     * The first generation in {@code 1..max} at which the pattern is back exactly where it
     * started, on a torus with a margin wide enough that nothing wraps; {@code -1} if none.
     */
    private static int periodOnTorus(Pattern p, int max) throws Exception {
        int margin = max + 4;
        GridSize size = new GridSize(p.height() + 2 * margin, p.width() + 2 * margin);
        Grid start = Pattern.of(p.cells().translate(margin, margin)).toGrid(size);
        Grid g = start;
        try (SequentialStrategy seq = new SequentialStrategy()) {
            for (int gen = 1; gen <= max; gen++) {
                g = seq.step(g, CellLogic.of(Rule.CONWAY));
                if (g.sameCells(start)) {
                    return gen;
                }
            }
        }
        return -1;
    }
}
