package lifefx.universe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lifefx.engine.StrategyConfig;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * A {@code packed} torus, which keeps 64-cell words (and a {@code packed-tiles} torus, which also
 * keeps a change record per tile), side by side with a {@code sequential} torus,
 * which keeps the byte grid, and a {@link ReferenceLife} model: random sizes (the word boundaries
 * 63, 64, 65, 127, 128, 129 drawn often), random rules (B0, B8, S8 included), random edits, steps of
 * up to 30 generations, snapshots and restores. After every operation both universes must agree
 * with the model and with each other: cells, population, bounds, digest, and renders at scales 3
 * to -4 (both zoomed-out renderers), of the universes and of their snapshots.
 */
class TorusPackedCrossCheckTest {

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(63, 64, 65, 127, 128, 129)),
                Tuple.of(1, Arbitraries.integers().between(1, 200)),
                Tuple.of(1, Arbitraries.integers().between(1, 4)));
    }

    @Property(tries = 60)
    void packedWordsAndTheByteGridAgreeOnEverything(
            @ForAll @IntRange(min = 1, max = 30) int height,
            @ForAll("widths") int width,
            @ForAll @IntRange(min = 0, max = 511) int birth,
            @ForAll @IntRange(min = 0, max = 511) int survival,
            @ForAll long seed) throws Exception {
        crossCheck("packed", height, width, birth, survival, seed);
    }

    /** The same for {@code packed-tiles}, whose words also carry a change record per tile. */
    @Property(tries = 60)
    void packedTilesAndTheByteGridAgreeOnEverything(
            @ForAll @IntRange(min = 1, max = 80) int height,
            @ForAll("widths") int width,
            @ForAll @IntRange(min = 0, max = 511) int birth,
            @ForAll @IntRange(min = 0, max = 511) int survival,
            @ForAll long seed) throws Exception {
        crossCheck("packed-tiles", height, width, birth, survival, seed);
    }

    private void crossCheck(String strategy, int height, int width, int birth, int survival, long seed)
            throws Exception {
        GridSize size = new GridSize(height, width);
        Rule rule = new Rule(birth, survival, null);
        Random random = new Random(seed);
        Grid model = Grid.empty(size);
        List<Universe.Snapshot> packedSnaps = new ArrayList<>();
        List<Universe.Snapshot> byteSnaps = new ArrayList<>();
        List<Grid> snapModels = new ArrayList<>();
        try (TorusUniverse packed = new TorusUniverse(size, rule, strategy, new StrategyConfig(2));
             TorusUniverse bytes = new TorusUniverse(size, rule, "sequential", new StrategyConfig(2))) {
            for (int op = 0; op < 20; op++) {
                String what;
                switch (random.nextInt(5)) {
                    case 0, 1 -> {
                        Grid.Builder b = model.toBuilder();
                        int edits = 1 + random.nextInt(random.nextBoolean() ? 4 : size.cells());
                        double density = random.nextDouble();
                        for (int e = 0; e < edits; e++) {
                            long x = random.nextLong();
                            long y = random.nextInt(1000) - 500;
                            boolean alive = random.nextDouble() < density;
                            packed.set(x, y, alive);
                            bytes.set(x, y, alive);
                            b.set(Math.floorMod(y, height), Math.floorMod(x, width), alive);
                        }
                        model = b.build(model.generation());
                        what = edits + " edits";
                    }
                    case 2 -> {
                        int n = 1 + random.nextInt(random.nextBoolean() ? 3 : 30);
                        packed.step(BigInteger.valueOf(n));
                        bytes.step(BigInteger.valueOf(n));
                        model = ReferenceLife.run(model, rule, n);
                        what = "step(" + n + ")";
                    }
                    case 3 -> {
                        packedSnaps.add(packed.snapshot());
                        byteSnaps.add(bytes.snapshot());
                        snapModels.add(model);
                        what = "snapshot";
                    }
                    default -> {
                        if (snapModels.isEmpty()) {
                            continue;
                        }
                        int i = random.nextInt(snapModels.size());
                        packed.restore(packedSnaps.get(i));
                        bytes.restore(byteSnaps.get(i));
                        model = snapModels.get(i);
                        what = "restore " + i;
                    }
                }
                String at = size + " " + rule + ", after op " + op + " " + what;
                assertThat(packed.generation()).as(at).isEqualTo(BigInteger.valueOf(model.generation()));
                assertThat(packed.population()).as(at).isEqualTo(BigInteger.valueOf(model.population()));
                assertThat(packed.grid()).as(at).isEqualTo(model);
                assertThat(bytes.grid()).as(at).isEqualTo(model);
                assertThat(packed.bounds()).as(at).isEqualTo(bytes.bounds());
                assertThat(packed.digest()).as(at).isEqualTo(bytes.digest());
                assertThat(packed.bounds()).as(at).isEqualTo(boundsOf(model));
                renderAlike(packed, bytes, random, at);
            }
            for (int i = 0; i < snapModels.size(); i++) {
                Universe.Snapshot p = packedSnaps.get(i);
                Universe.Snapshot b = byteSnaps.get(i);
                String at = size + " " + rule + ", snapshot " + i;
                assertThat(TorusUniverse.gridOf(p)).as(at).isEqualTo(snapModels.get(i));
                assertThat(TorusUniverse.gridOf(b)).as(at).isEqualTo(snapModels.get(i));
                assertThat(p.population()).as(at).isEqualTo(b.population());
                assertThat(p.generation()).as(at).isEqualTo(b.generation());
                assertThat(p.bounds()).as(at).isEqualTo(b.bounds()).isEqualTo(boundsOf(snapModels.get(i)));
                for (int k = 0; k < 20; k++) {
                    long x = random.nextLong();
                    long y = random.nextLong();
                    assertThat(p.get(x, y)).as(at).isEqualTo(b.get(x, y))
                            .isEqualTo(snapModels.get(i).isAlive(Math.floorMod(y, height), Math.floorMod(x, width)));
                }
                renderAlike(p, b, random, at);
            }
        }
    }

    /** Renders both at random views and scales 3..-4; the zoomed-out renderers of the universes both ways. */
    private static void renderAlike(Object packed, Object bytes, Random random, String at) {
        for (int scale = 3; scale >= -4; scale--) {
            long left = random.nextLong();
            long top = random.nextInt(2000) - 1000;
            int w = 1 + random.nextInt(40);
            int h = 1 + random.nextInt(30);
            int[] a = new int[w * h];
            int[] b = new int[w * h];
            render(packed, left, top, scale, a, w, h);
            render(bytes, left, top, scale, b, w, h);
            assertThat(a).as("%s: render scale %d at (%d, %d) %dx%d", at, scale, left, top, w, h).isEqualTo(b);
            if (scale < 0 && packed instanceof TorusUniverse p && bytes instanceof TorusUniverse q) {
                for (boolean bySweep : new boolean[] {false, true}) {
                    int[] c = new int[w * h];
                    p.renderZoomedOut(left, top, -scale, c, w, h, 7, 3, bySweep);
                    int[] d = new int[w * h];
                    q.renderZoomedOut(left, top, -scale, d, w, h, 7, 3, bySweep);
                    assertThat(c).as("%s: scale %d %s", at, scale, bySweep ? "by sweep" : "each pixel").isEqualTo(d);
                }
            }
        }
    }

    private static void render(Object u, long left, long top, int scale, int[] pixels, int w, int h) {
        if (u instanceof Universe universe) {
            universe.render(left, top, scale, pixels, w, h, 7, 3);
        } else {
            ((Universe.Snapshot) u).render(left, top, scale, pixels, w, h, 7, 3);
        }
    }

    private static java.util.Optional<Bounds> boundsOf(Grid g) {
        int top = -1;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int r = 0; r < g.height(); r++) {
            for (int c = 0; c < g.width(); c++) {
                if (g.isAlive(r, c)) {
                    top = top < 0 ? r : top;
                    bottom = r;
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                }
            }
        }
        return top < 0 ? java.util.Optional.empty() : java.util.Optional.of(new Bounds(left, top, right, bottom));
    }
}
