package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
import lifefx.testing.ThreadDump;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@code packed}'s own state (64-cell words kept between generations) against {@link
 * ReferenceLife}, which shares no code with it: random sizes (widths 1..200 with the word
 * boundaries 63, 64, 65, 127, 128, 129 drawn often), random outer-totalistic rules (B0, B8 and S8
 * included), bands forced on or off, and random edits, steps, snapshots and restores, checked after
 * every operation cell by cell, plus the reads a universe uses (population, next and last live
 * column, rows as words, the grid).
 */
class PackedStateTest {

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(63, 64, 65, 127, 128, 129)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 200)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 5)));
    }

    @Property(tries = 120)
    void randomOperationsMatchTheReference(
            @ForAll @IntRange(min = 1, max = 24) int height,
            @ForAll("widths") int width,
            @ForAll @IntRange(min = 0, max = 511) int birth,
            @ForAll @IntRange(min = 0, max = 511) int survival,
            @ForAll @IntRange(min = 1, max = 4) int bands,
            @ForAll boolean inline,
            @ForAll long seed) throws Exception {
        GridSize size = new GridSize(height, width);
        Rule rule = new Rule(birth, survival, null);
        Random random = new Random(seed);
        Grid model = soup(size, random, random.nextDouble());
        List<TorusCells> snapshots = new ArrayList<>();
        List<Grid> snapshotModels = new ArrayList<>();
        try (PackedState s = new PackedState(model, rule, bands, inline ? Integer.MAX_VALUE : 0)) {
            check(s, model, "start " + size + " " + rule);
            for (int op = 0; op < 30; op++) {
                String what;
                switch (random.nextInt(7)) {
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
                    case 1, 2 -> {
                        int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 40 : 4);
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
                    case 3 -> {
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
                check(s, model, size + " " + rule + " bands " + bands + ", after op " + op + " " + what);
            }
            // Snapshots never changed, whatever happened to the state after them.
            for (int i = 0; i < snapshots.size(); i++) {
                check(snapshots.get(i), snapshotModels.get(i), "snapshot " + i);
                LiveSummaryTest.checkSummary(snapshots.get(i).liveSummary(), snapshotModels.get(i), "snapshot " + i);
            }
        }
    }

    /** Big enough for several words per row and several bands; many generations of busy rules. */
    @Test
    void manyGenerationsInBandsMatchTheReference() throws Exception {
        Random random = new Random(99);
        Rule[] rules = {Rule.CONWAY, Rule.parse("B0/S8"), Rule.parse("B3678/S34678"), Rule.parse("B1357/S02468"),
                Rule.parse("B08/S012345678")};
        for (Rule rule : rules) {
            Grid start = soup(new GridSize(37, 129 + random.nextInt(70)), random, 0.4);
            try (PackedState s = new PackedState(start, rule, 3, 0)) {
                s.step(60);
                Grid expected = ReferenceLife.run(start, rule, 60);
                check(s, expected, rule.toString());
            }
        }
    }

    @Test
    void theRegistryGivesPackedWordsForPureLogicAndAByteGridForLogicThatDoesIo() throws Exception {
        Grid start = soup(new GridSize(9, 70), new Random(3), 0.4);
        StrategyRegistry.Entry packed = StrategyRegistry.get(PackedStrategy.NAME);
        try (TorusState words = packed.openTorus(start, new StrategyConfig(2), CellLogic.of(Rule.CONWAY));
             TorusState bytes = packed.openTorus(start, new StrategyConfig(2), GenerationStrategyContract.opaque(Rule.CONWAY));
             TorusState sequential = StrategyRegistry.get(SequentialStrategy.NAME)
                     .openTorus(start, new StrategyConfig(2), CellLogic.of(Rule.CONWAY))) {
            assertThat(words).isInstanceOf(PackedState.class);
            assertThat(bytes).isInstanceOf(GridState.class);
            assertThat(sequential).isInstanceOf(GridState.class);
            Grid expected = ReferenceLife.run(start, Rule.CONWAY, 5);
            for (TorusState s : List.of(words, bytes, sequential)) {
                s.step(5);
                check(s, expected, s.toString());
            }
        }
    }

    /** Whether {@code stepper} is inside a step, waiting for its bands. */
    private static boolean waitsForBands(Thread stepper) {
        Thread.State st = stepper.getState();
        return st == Thread.State.WAITING || st == Thread.State.TIMED_WAITING;
    }

    /** An interrupt lands inside a long step run in bands: it throws, keeps nothing, and leaks no thread. */
    @Test
    void anInterruptedStepKeepsNothingAndLeavesNoThread() throws Exception {
        int baseline = ThreadDump.count("lifefx-packed-");
        Grid start = soup(new GridSize(64, 640), new Random(5), 0.35);
        try (PackedState s = new PackedState(start, Rule.CONWAY, 3, 0)) {
            s.step(2);
            TorusCells before = s.snapshot();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                CountDownLatch started = new CountDownLatch(1);
                AtomicReference<Throwable> outcome = new AtomicReference<>();
                Thread stepper = Thread.ofPlatform().name("packed-test-stepper").start(() -> {
                    started.countDown();
                    try {
                        s.step(Long.MAX_VALUE / 2);
                    } catch (Throwable e) {
                        outcome.set(e);
                    }
                });
                assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
                // The step runs in bands: the stepper waits for them. (Not polled with thread dumps:
                // JDK 25.0.3 can crash snapshotting a virtual thread that is exiting, and band
                // threads exit every generation.)
                await().atMost(Duration.ofSeconds(10)).until(() -> waitsForBands(stepper));
                stepper.interrupt();
                stepper.join();
                assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            });
            check(s, before.toGrid(), "after the interrupted step");
            s.step(1);
            check(s, ReferenceLife.run(start, Rule.CONWAY, 3), "stepping on");
        }
        assertThat(ThreadDump.count("lifefx-packed-")).isLessThanOrEqualTo(baseline);
    }

    @Test
    void closeFromAnotherThreadCancelsTheStepAndLaterStepsAreRefused() throws Exception {
        int baseline = ThreadDump.count("lifefx-packed-");
        Grid start = soup(new GridSize(64, 640), new Random(6), 0.35);
        PackedState s = new PackedState(start, Rule.CONWAY, 2, 0);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            CountDownLatch started = new CountDownLatch(1);
            Thread stepper = Thread.ofPlatform().name("packed-test-stepper").start(() -> {
                started.countDown();
                try {
                    s.step(Long.MAX_VALUE / 2);
                } catch (Throwable e) {
                    outcome.set(e);
                }
            });
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> waitsForBands(stepper));
            s.close();
            stepper.join();
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        });
        check(s, start, "after close");
        assertThat(ThreadDump.count("lifefx-packed-")).isLessThanOrEqualTo(baseline);
        assertThatThrownBy(() -> s.step(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void restoreRefusesCellsOfAnotherSizeAndTakesAByteGridSnapshot() {
        Grid start = soup(new GridSize(4, 70), new Random(7), 0.5);
        Grid other = soup(new GridSize(4, 70), new Random(8), 0.5).withGeneration(12);
        try (PackedState s = new PackedState(start, Rule.CONWAY, 1, 0)) {
            assertThatThrownBy(() -> s.restore(new GridCells(Grid.empty(new GridSize(4, 71)))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4x71");
            s.restore(new GridCells(other));
            check(s, other, "restored from a byte grid");
        }
    }

    /** Every read of {@code cells} agrees with {@code model}: generation, population, cells, rows, grid. */
    static void check(TorusCells cells, Grid model, String at) {
        assertThat(cells.generation()).as("%s: generation", at).isEqualTo(model.generation());
        assertThat(cells.population()).as("%s: population", at).isEqualTo(model.population());
        int h = model.height();
        int w = model.width();
        long[] row = new long[(w + 63) / 64];
        for (int r = 0; r < h; r++) {
            int first = -1;
            int last = -1;
            java.util.Arrays.fill(row, 0L);
            cells.orRow(r, row);
            for (int c = 0; c < w; c++) {
                boolean alive = model.isAlive(r, c);
                if (cells.alive(r, c) != alive) {
                    throw new AssertionError(at + ": cell row " + r + " col " + c + " should be " + alive + "\n" + model);
                }
                assertThat((row[c >>> 6] >>> c & 1L) != 0).as("%s: orRow %d col %d", at, r, c).isEqualTo(alive);
                if (alive) {
                    last = c;
                    if (first < 0) {
                        first = c;
                    }
                }
            }
            if (w % 64 != 0) {
                assertThat(row[row.length - 1] >>> (w % 64)).as("%s: padding of row %d", at, r).isZero();
            }
            assertThat(cells.nextAlive(r, 0)).as("%s: nextAlive(%d, 0)", at, r).isEqualTo(first);
            assertThat(cells.lastAlive(r)).as("%s: lastAlive(%d)", at, r).isEqualTo(last);
            int from = w == 1 ? 0 : (r * 37) % w;
            int next = -1;
            for (int c = from; c < w; c++) {
                if (model.isAlive(r, c)) {
                    next = c;
                    break;
                }
            }
            assertThat(cells.nextAlive(r, from)).as("%s: nextAlive(%d, %d)", at, r, from).isEqualTo(next);
            assertThat(cells.nextAlive(r, w)).isEqualTo(-1);
        }
        assertThat(cells.toGrid()).as("%s: grid", at).isEqualTo(model);
    }

    static Grid soup(GridSize size, Random random, double density) {
        Grid.Builder b = new Grid.Builder(size);
        for (int i = 0; i < size.cells(); i++) {
            b.set(i, random.nextDouble() < density);
        }
        return b.build(random.nextInt(1000));
    }
}
