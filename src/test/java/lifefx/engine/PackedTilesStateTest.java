package lifefx.engine;

import static lifefx.engine.PackedStateTest.check;
import static lifefx.engine.PackedStateTest.soup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import lifefx.pattern.Fixtures;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternReader;
import lifefx.testing.ThreadDump;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code packed-tiles}' state (words plus a change record per tile, kept between generations)
 * against {@link ReferenceLife}, which shares no code with it: random operations on random sizes
 * and rules (B0, B8, S8 included) with tiles 1 to 32 rows high, so tiles meet their own edges on
 * tiny tori; 1000 generations of random soups from 1×1 to 300×300 with edits between steps; 200
 * generations of the Golly agars on their own torus with edits; and checks that settled regions
 * really are skipped, and that a failed step keeps nothing.
 */
class PackedTilesStateTest {

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(63, 64, 65, 127, 128, 129, 191, 192, 193)),
                Tuple.of(1, Arbitraries.integers().between(1, 200)),
                Tuple.of(1, Arbitraries.integers().between(1, 5)));
    }

    @Provide
    Arbitrary<Integer> tileHeights() {
        return Arbitraries.of(1, 2, 3, 5, 8, 32);
    }

    /** Edits, steps, snapshots and restores in random order, every read checked after each. */
    @Property(tries = 150)
    void randomOperationsMatchTheReference(
            @ForAll @IntRange(min = 1, max = 40) int height,
            @ForAll("widths") int width,
            @ForAll @IntRange(min = 0, max = 511) int birth,
            @ForAll @IntRange(min = 0, max = 511) int survival,
            @ForAll @IntRange(min = 1, max = 4) int bands,
            @ForAll("tileHeights") int tileHeight,
            @ForAll boolean inline,
            @ForAll boolean conway,
            @ForAll long seed) throws Exception {
        GridSize size = new GridSize(height, width);
        Rule rule = conway ? Rule.CONWAY : new Rule(birth, survival, null);
        Random random = new Random(seed);
        Grid model = soup(size, random, random.nextDouble());
        List<TorusCells> snapshots = new ArrayList<>();
        List<Grid> snapshotModels = new ArrayList<>();
        try (PackedTilesState s = new PackedTilesState(model, rule, bands, inline ? Integer.MAX_VALUE : 0, tileHeight)) {
            check(s, model, "start " + size + " " + rule);
            for (int op = 0; op < 40; op++) {
                String what;
                switch (random.nextInt(8)) {
                    case 0 -> {
                        Grid.Builder b = model.toBuilder();
                        int edits = 1 + random.nextInt(8);
                        for (int e = 0; e < edits; e++) {
                            int row = random.nextInt(height);
                            int col = random.nextInt(width);
                            boolean alive = random.nextBoolean();
                            s.set(row, col, alive);
                            b.set(row, col, alive);
                        }
                        model = b.build(model.generation());
                        what = edits + " edits";
                    }
                    case 1, 2, 3 -> {
                        int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 40 : 3);
                        s.step(n);
                        model = ReferenceLife.run(model, rule, n);
                        what = "step(" + n + ")";
                    }
                    case 5, 6 -> {
                        // A step that completes and is then rolled back, as the simulation does
                        // when the step was cancelled: the cells before it, exactly, and stepping
                        // on from there is exact too (checked by the next operations).
                        TorusState.Checkpoint cp = s.checkpoint();
                        int n = 1 + random.nextInt(random.nextInt(3) == 0 ? 5 : 2);
                        s.step(n);
                        check(s, ReferenceLife.run(model, rule, n), "before the rollback of step(" + n + ")");
                        cp.rollBack();
                        what = "step(" + n + ") rolled back";
                    }
                    case 4 -> {
                        snapshots.add(s.snapshot());
                        snapshotModels.add(model);
                        what = "snapshot";
                    }
                    default -> {
                        if (snapshots.isEmpty()) {
                            continue;
                        }
                        int i = random.nextInt(snapshots.size());
                        s.restore(snapshots.get(i));
                        model = snapshotModels.get(i);
                        what = "restore " + i;
                    }
                }
                check(s, model, size + " " + rule + " tiles of " + tileHeight + " rows, bands " + bands
                        + ", after op " + op + " " + what);
            }
            for (int i = 0; i < snapshots.size(); i++) {
                check(snapshots.get(i), snapshotModels.get(i), "snapshot " + i);
                LiveSummaryTest.checkSummary(snapshots.get(i).liveSummary(), snapshotModels.get(i), "snapshot " + i);
            }
        }
    }

    /**
     * 1000 generations of random soups from 1×1 to 300×300, checked against the reference every
     * few generations, with a few random edits (single cells, and blocks that straddle tiles)
     * between the checks. Mostly Conway (which settles, so skipping is exercised), some random
     * rules with B0 or S8. Fewer tries for the large sizes.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1x1", "1x7", "7x1", "2x2", "3x3", "1x64", "1x65", "33x1", "5x63", "31x66",
            "40x129", "64x64", "97x130", "150x200", "300x300"})
    void thousandGenerationsOfSoupsMatchTheReference(String dims) throws Exception {
        GridSize size = GridSize.parse(dims);
        Random random = new Random(dims.hashCode());
        int soups = size.cells() > 20_000 ? 1 : size.cells() > 2_000 ? 2 : 6;
        for (int k = 0; k < soups; k++) {
            Rule rule = switch (k % 3) {
                case 0 -> Rule.CONWAY;
                case 1 -> new Rule(1 | random.nextInt(512), random.nextInt(512), null);  // B0
                default -> new Rule(random.nextInt(512) & ~1, random.nextInt(512) | 1 << 8, null); // S8
            };
            if (size.cells() > 20_000) {
                rule = Rule.CONWAY;
            }
            Grid model = soup(size, random, 0.35).withGeneration(0);
            int tileHeight = k == 0 ? PackedTilesState.TILE_HEIGHT : 1 + random.nextInt(6);
            try (PackedTilesState s = new PackedTilesState(model, rule, 1 + random.nextInt(3),
                    random.nextBoolean() ? Integer.MAX_VALUE : 0, tileHeight)) {
                while (model.generation() < 1000) {
                    int n = (int) Math.min(1000 - model.generation(), 1 + random.nextInt(size.cells() > 20_000 ? 60 : 25));
                    s.step(n);
                    model = ReferenceLife.run(model, rule, n);
                    String at = size + " " + rule + " tiles of " + tileHeight + " rows, generation " + model.generation();
                    assertThat(s.population()).as(at).isEqualTo(model.population());
                    assertThat(s.toGrid()).as(at).isEqualTo(model);
                    if (random.nextInt(4) == 0) {
                        model = edit(s, model, random);
                    }
                }
                check(s, model, size + " " + rule + " at the end");
            }
        }
    }

    /** The agars run 200 generations on their own {@code :T} torus, with edits between steps. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agar-p3.rle", "herringbone-agar-p14.rle"})
    void agarsOnTheirTorusMatchTheReferenceWithEdits(String file) throws Exception {
        Path path = Fixtures.golly().resolve(file);
        if (!Files.isRegularFile(path)) {
            System.out.println("skipping: fixture " + path + " not found");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(path), "fixture " + path + " not found");
        Pattern pattern = PatternReader.read(path);
        Grid start = pattern.toGrid(pattern.naturalSize());
        assertThat(pattern.rule().torus()).isEqualTo(start.size());
        Rule rule = pattern.rule().withoutTorus();
        Random random = new Random(file.hashCode());
        for (int tileHeight : new int[] {PackedTilesState.TILE_HEIGHT, 5}) {
            Grid model = start;
            try (PackedTilesState s = new PackedTilesState(model, rule, 2, tileHeight == 5 ? 0 : Integer.MAX_VALUE,
                    tileHeight)) {
                // The first 100 generations untouched: Golly's population (MANIFEST.txt) holds.
                s.step(100);
                model = ReferenceLife.run(model, rule, 100);
                check(s, model, file + " at 100");
                while (model.generation() < 300) {
                    int n = 1 + random.nextInt(15);
                    s.step(n);
                    model = ReferenceLife.run(model, rule, n);
                    assertThat(s.toGrid()).as("%s tiles of %d rows, generation %d", file, tileHeight, model.generation())
                            .isEqualTo(model);
                    model = edit(s, model, random);
                }
            }
        }
    }

    /** A settled pattern (block, blinker, beacon) is skipped entirely; a glider keeps only a few tiles busy. */
    @Test
    void settledRegionsAreSkipped() throws Exception {
        Grid.Builder b = new Grid.Builder(new GridSize(256, 320));
        int[][] cells = {{10, 10}, {10, 11}, {11, 10}, {11, 11}, // block
                {100, 63}, {100, 64}, {100, 65},                 // blinker across a word boundary
                {31, 200}, {32, 200}, {33, 200},                 // blinker across a tile boundary
                {200, 100}, {200, 101}, {201, 100}, {202, 103}, {203, 102}, {203, 103}}; // beacon
        for (int[] c : cells) {
            b.set(c[0], c[1], true);
        }
        Grid start = b.build(0);
        try (PackedTilesState s = new PackedTilesState(start, Rule.CONWAY, 2, 0, PackedTilesState.TILE_HEIGHT)) {
            assertThat(s.dirtyTiles()).isEqualTo(8 * 5);
            s.step(3);
            assertThat(s.dirtyTiles()).as("dirty tiles once only still lifes and period 2 remain").isZero();
            s.step(1001);
            check(s, ReferenceLife.run(start, Rule.CONWAY, 1004), "settled");
            // A glider: a handful of tiles at a time.
            int[][] glider = {{50, 150}, {51, 151}, {52, 149}, {52, 150}, {52, 151}};
            Grid.Builder model = s.toGrid().toBuilder();
            for (int[] c : glider) {
                s.set(c[0], c[1], true);
                model.set(c[0], c[1], true);
            }
            Grid expected = model.build(s.generation());
            for (int i = 0; i < 200; i++) {
                s.step(1);
                expected = ReferenceLife.step(expected, Rule.CONWAY);
                assertThat(s.dirtyTiles()).as("dirty tiles with one glider, generation %d", i).isBetween(1, 4);
            }
            check(s, expected, "glider");
        }
    }

    /**
     * Gliders in all four directions, started at many offsets around a tile corner (64 columns, 4
     * rows), so that some pass a corner where only the diagonal tile is touched: each must stay
     * exact, sparse path (one thread) and bands alike.
     */
    @Test
    void glidersThroughTileCornersStayExact() throws Exception {
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        GridSize size = new GridSize(16, 128);
        for (int dir = 0; dir < 4; dir++) {
            for (int dr = 0; dr < 4; dr++) {
                for (int dc = 58; dc < 68; dc++) {
                    Grid.Builder b = new Grid.Builder(size);
                    for (int[] c : glider) {
                        int r = (dir & 1) == 0 ? c[0] : 2 - c[0];
                        int col = (dir & 2) == 0 ? c[1] : 2 - c[1];
                        b.set((dr + r) % 16, (dc + col) % 128, true);
                    }
                    Grid start = b.build(0);
                    for (boolean inline : new boolean[] {true, false}) {
                        try (PackedTilesState s = new PackedTilesState(start, Rule.CONWAY, 2,
                                inline ? Integer.MAX_VALUE : 0, 4)) {
                            Grid model = start;
                            for (int g = 1; g <= 40; g++) {
                                s.step(1);
                                model = ReferenceLife.step(model, Rule.CONWAY);
                                assertThat(s.toGrid()).as("glider %d at (%d, %d), %s, generation %d", dir, dr, dc,
                                        inline ? "one thread" : "bands", g).isEqualTo(model);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Small random patches around a corner where four tiles meet (tiles 64 × 2 on a 6 × 128 torus):
     * sooner or later a change reaches a neighbour only through a corner cell, which is what the
     * corner flags are for.
     */
    @Test
    void randomPatchesAroundATileCornerStayExact() throws Exception {
        Random random = new Random(77);
        GridSize size = new GridSize(6, 128);
        for (int k = 0; k < 3000; k++) {
            Grid.Builder b = new Grid.Builder(size);
            for (int r = 0; r < 6; r++) {
                for (int c = 59; c < 69; c++) {
                    if (random.nextInt(10) < 3) {
                        b.set(r, c, true);
                    }
                }
            }
            Grid model = b.build(0);
            try (PackedTilesState s = new PackedTilesState(model, Rule.CONWAY, 1, Integer.MAX_VALUE, 2)) {
                for (int g = 1; g <= 30; g++) {
                    s.step(1);
                    model = ReferenceLife.step(model, Rule.CONWAY);
                    if (!s.toGrid().equals(model)) {
                        throw new AssertionError("patch " + k + ", generation " + g + ": expected\n" + model
                                + "\nbut was\n" + s.toGrid());
                    }
                }
            }
        }
    }

    /** B0 without S8 flips empty space every generation: period 2, so it is skipped too, and stays exact. */
    @Test
    void anEmptyTorusUnderB0IsPeriodTwoAndStaysExact() throws Exception {
        Rule rule = Rule.parse("B0/S2");
        Grid start = Grid.empty(new GridSize(100, 130));
        try (PackedTilesState s = new PackedTilesState(start, rule, 2, 0, 8)) {
            for (int i = 1; i <= 7; i++) {
                s.step(1);
                check(s, ReferenceLife.run(start, rule, i), "B0/S2 generation " + i);
            }
            assertThat(s.dirtyTiles()).isZero();
            s.set(50, 70, true);
            Grid model = s.toGrid();
            s.step(9);
            check(s, ReferenceLife.run(model, rule, 9), "B0/S2 after an edit");
        }
    }

    /** An interrupt inside a long step in bands: it throws, keeps nothing, leaks no thread, and stepping on is exact. */
    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void anInterruptedStepKeepsNothingAndLeavesNoThread(int tileHeight) throws Exception {
        int baseline = ThreadDump.count("lifefx-packed-tiles-");
        Grid start = soup(new GridSize(64, 640), new Random(5), 0.35);
        try (PackedTilesState s = new PackedTilesState(start, Rule.parse("B36/S125"), 3, 0, tileHeight)) {
            s.step(2);
            TorusCells before = s.snapshot();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                CountDownLatch started = new CountDownLatch(1);
                AtomicReference<Throwable> outcome = new AtomicReference<>();
                Thread stepper = Thread.ofPlatform().name("tiles-test-stepper").start(() -> {
                    started.countDown();
                    try {
                        s.step(Long.MAX_VALUE / 2);
                    } catch (Throwable e) {
                        outcome.set(e);
                    }
                });
                assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
                await().atMost(Duration.ofSeconds(10)).until(() -> {
                    Thread.State st = stepper.getState();
                    return st == Thread.State.WAITING || st == Thread.State.TIMED_WAITING;
                });
                Thread.sleep(20);
                stepper.interrupt();
                stepper.join();
                assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            });
            check(s, before.toGrid(), "after the interrupted step");
            s.step(5);
            check(s, ReferenceLife.run(start.withGeneration(0), Rule.parse("B36/S125"), 7).withGeneration(start.generation() + 7),
                    "stepping on");
        }
        assertThat(ThreadDump.count("lifefx-packed-tiles-")).isLessThanOrEqualTo(baseline);
    }

    @Test
    void theRegistryGivesTilesForPureLogicAndAByteGridForLogicThatDoesIo() throws Exception {
        Grid start = soup(new GridSize(40, 70), new Random(3), 0.4);
        StrategyRegistry.Entry tiles = StrategyRegistry.get(PackedTilesStrategy.NAME);
        try (TorusState words = tiles.openTorus(start, new StrategyConfig(2), CellLogic.of(Rule.CONWAY));
             TorusState bytes = tiles.openTorus(start, new StrategyConfig(2), GenerationStrategyContract.opaque(Rule.CONWAY))) {
            assertThat(words).isInstanceOf(PackedTilesState.class);
            assertThat(bytes).isInstanceOf(GridState.class);
            Grid expected = ReferenceLife.run(start, Rule.CONWAY, 5);
            for (TorusState s : List.of(words, bytes)) {
                s.step(5);
                check(s, expected, s.toString());
            }
        }
    }

    /** A few random edits, applied to both; some single cells, some 3×3 blocks. Returns the new model. */
    private static Grid edit(PackedTilesState s, Grid model, Random random) {
        Grid.Builder b = model.toBuilder();
        int h = model.height();
        int w = model.width();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int row = random.nextInt(h);
            int col = random.nextInt(w);
            int side = random.nextBoolean() ? 1 : 3;
            boolean alive = random.nextBoolean();
            for (int dr = 0; dr < side; dr++) {
                for (int dc = 0; dc < side; dc++) {
                    int r = (row + dr) % h;
                    int c = (col + dc) % w;
                    s.set(r, c, alive);
                    b.set(r, c, alive);
                }
            }
        }
        return b.build(model.generation());
    }
}
