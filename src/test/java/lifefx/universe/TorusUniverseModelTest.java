package lifefx.universe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random sequences of edits, steps, snapshots, restores and renders on small tori (1×1 and 1×N
 * included, where a cell is its own neighbour) with random strategies and rules, checked after every
 * operation against a plain {@link Grid} model stepped by {@link ReferenceLife}.
 */
class TorusUniverseModelTest {

    @Property(tries = 60)
    void randomOperationsMatchAGridModel(
            @ForAll @IntRange(min = 1, max = 9) int height,
            @ForAll @IntRange(min = 1, max = 9) int width,
            @ForAll @IntRange(min = 0, max = 6) int strategyIndex,
            @ForAll @IntRange(min = 0, max = 511) int birth,
            @ForAll @IntRange(min = 0, max = 511) int survival,
            @ForAll long seed) throws Exception {
        GridSize size = new GridSize(height, width);
        Rule rule = new Rule(birth, survival, null);
        String strategy = StrategyRegistry.names().get(strategyIndex % StrategyRegistry.names().size());
        Random random = new Random(seed);
        Grid model = Grid.empty(size);
        List<Universe.Snapshot> snapshots = new ArrayList<>();
        List<Grid> snapshotModels = new ArrayList<>();
        try (TorusUniverse u = new TorusUniverse(size, rule, strategy, new StrategyConfig(2))) {
            for (int op = 0; op < 25; op++) {
                String what;
                switch (random.nextInt(6)) {
                    case 0, 1 -> {
                        long x = random.nextLong();
                        long y = random.nextInt(40) - 20;
                        boolean alive = random.nextInt(3) > 0;
                        u.set(x, y, alive);
                        Grid.Builder b = model.toBuilder();
                        b.set(Math.floorMod(y, height), Math.floorMod(x, width), alive);
                        model = b.build(model.generation());
                        what = "set(" + x + ", " + y + ", " + alive + ")";
                    }
                    case 2 -> {
                        int n = 1 + random.nextInt(3);
                        u.step(BigInteger.valueOf(n));
                        model = ReferenceLife.run(model, rule, n);
                        what = "step(" + n + ")";
                    }
                    case 3 -> {
                        snapshots.add(u.snapshot());
                        snapshotModels.add(model);
                        what = "snapshot";
                    }
                    case 4 -> {
                        if (snapshots.isEmpty()) {
                            continue;
                        }
                        int i = random.nextInt(snapshots.size());
                        u.restore(snapshots.get(i));
                        model = snapshotModels.get(i);
                        what = "restore " + i;
                    }
                    default -> {
                        int scale = random.nextInt(7) - 4;
                        long left = random.nextLong();
                        long top = random.nextInt(100) - 50;
                        int w = 1 + random.nextInt(12);
                        int h = 1 + random.nextInt(12);
                        int[] pixels = new int[w * h];
                        u.render(left, top, scale, pixels, w, h, 1, 0);
                        assertThat(pixels).as("render scale %d", scale)
                                .isEqualTo(UniverseContract.naiveRender(u, left, top, scale, w, h, 1, 0));
                        what = "render";
                    }
                }
                String at = strategy + " " + size + " " + rule + ", after op " + op + " " + what;
                assertThat(u.generation()).as(at).isEqualTo(BigInteger.valueOf(model.generation()));
                assertThat(u.population()).as(at).isEqualTo(BigInteger.valueOf(model.population()));
                for (int row = 0; row < height; row++) {
                    for (int col = 0; col < width; col++) {
                        assertThat(u.get(col, row)).as("%s: cell x=%d y=%d", at, col, row)
                                .isEqualTo(model.isAlive(row, col));
                    }
                }
                if (random.nextInt(4) == 0) {
                    assertThat(u.grid()).as(at).isEqualTo(model);
                    assertThat(u.digest()).as(at).isEqualTo(digestOf(model));
                }
            }
        }
    }

    /** The digest computed straight from a grid, cell by cell in row-major order. */
    private static String digestOf(Grid g) {
        CellDigest d = new CellDigest();
        for (int row = 0; row < g.height(); row++) {
            for (int col = 0; col < g.width(); col++) {
                if (g.isAlive(row, col)) {
                    d.add(col, row);
                }
            }
        }
        return d.addTag(g.size().toString()).hex();
    }
}
