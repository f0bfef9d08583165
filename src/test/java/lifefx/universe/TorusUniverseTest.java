package lifefx.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import lifefx.engine.StrategyConfig;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.testing.ThreadDump;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What is particular to {@link TorusUniverse}, beyond the {@link UniverseContract}. */
class TorusUniverseTest {

    private static final GridSize SIZE = new GridSize(11, 14);

    private static Grid soup(GridSize size, long seed, double density) {
        Random random = new Random(seed);
        Grid.Builder b = new Grid.Builder(size);
        for (int i = 0; i < size.cells(); i++) {
            b.set(i, random.nextDouble() < density);
        }
        return b.build(0);
    }

    private static String state(TorusUniverse u) {
        return UniverseContract.state(u);
    }

    /**
     * The interrupt lands inside the fourth generation of a ten-generation step (a cell of that
     * generation is blocked when it comes): the step throws and the universe is as before it, not
     * three generations on.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sequential", "thread-pool", "bands"})
    void anInterruptInsideALaterGenerationOfAStepKeepsNothingOfIt(String strategy) throws Exception {
        Grid start = soup(SIZE, 3, 0.4);
        int cells = SIZE.cells();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch inFourth = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        CellLogic logic = (alive, n) -> {
            if (calls.incrementAndGet() == 3 * cells + 5) {
                inFourth.countDown();
                never.await();
            }
            return Rule.CONWAY.next(alive, n);
        };
        try (TorusUniverse u = new TorusUniverse(start, Rule.CONWAY, strategy, new StrategyConfig(2), logic)) {
            String before = state(u);
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                AtomicReference<Throwable> outcome = new AtomicReference<>();
                Thread stepper = Thread.ofPlatform().name("torus-test-stepper").start(() -> {
                    try {
                        u.step(BigInteger.TEN);
                    } catch (Throwable e) {
                        outcome.set(e);
                    }
                });
                assertThat(inFourth.await(10, TimeUnit.SECONDS)).as("the fourth generation started").isTrue();
                stepper.interrupt();
                stepper.join();
                assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            });
            assertThat(state(u)).isEqualTo(before);
            assertThat(u.grid()).isEqualTo(start);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequential", "queue", "virtual-threads"})
    void aFailingCellFailsTheStepWithOneLineAndKeepsTheUniverse(String strategy) throws Exception {
        Grid start = soup(SIZE, 5, 0.4);
        AtomicInteger calls = new AtomicInteger();
        CellLogic logic = (alive, n) -> {
            if (calls.incrementAndGet() == 2 * SIZE.cells() + 7) {
                throw new IOException("cell service closed the connection");
            }
            return Rule.CONWAY.next(alive, n);
        };
        try (TorusUniverse u = new TorusUniverse(start, Rule.CONWAY, strategy, new StrategyConfig(2), logic)) {
            String before = state(u);
            assertThatThrownBy(() -> u.step(BigInteger.valueOf(5)))
                    .isInstanceOf(UniverseException.class)
                    .hasMessageContaining("generation 3")
                    .hasMessageContaining("cell service closed the connection")
                    .hasMessageNotContaining("\n");
            assertThat(state(u)).isEqualTo(before);
            u.step(BigInteger.TWO);
            assertThat(u.grid().sameCells(lifefx.life.ReferenceLife.run(start, Rule.CONWAY, 2))).isTrue();
        }
    }

    /** Both ways of drawing a zoomed-out view, against the naive render, also past the torus's sides. */
    @Test
    void bothZoomedOutRenderersMatchTheNaiveRender() {
        Random random = new Random(41);
        for (GridSize size : new GridSize[] {new GridSize(11, 14), new GridSize(1, 9), new GridSize(7, 1),
                new GridSize(16, 16)}) {
            try (TorusUniverse u = new TorusUniverse(soup(size, size.cells(), 0.08), Rule.CONWAY, "sequential",
                    StrategyConfig.DEFAULT)) {
                // Some edits left open, so the renderers read through the open builder too.
                u.set(random.nextInt(), random.nextInt(), true);
                for (int m = 1; m <= 6; m++) {
                    for (int view = 0; view < 8; view++) {
                        long left = random.nextLong();
                        long top = random.nextInt(1000) - 500;
                        int width = 1 + random.nextInt(20);
                        int height = 1 + random.nextInt(20);
                        int[] expected = UniverseContract.naiveRender(u, left, top, -m, width, height, 1, 0);
                        for (boolean bySweep : new boolean[] {false, true}) {
                            int[] pixels = new int[width * height];
                            u.renderZoomedOut(left, top, m, pixels, width, height, 1, 0, bySweep);
                            assertThat(pixels).as("%s, scale -%d, %s at (%d, %d) %dx%d", size, m,
                                    bySweep ? "by sweep" : "each pixel", left, top, width, height).isEqualTo(expected);
                        }
                    }
                }
            }
        }
    }

    /**
     * A snapshot of words draws zoomed out from its {@link lifefx.engine.LiveSummary} (one bit per
     * pixel when the view is aligned to the scale, the cells at the seam and when it is not): the
     * same pixels as the live universe's pixel-by-pixel render, on odd sizes, sparse soups (so
     * blocks are empty and lit), views aligned to 2^m and not, at and past the torus's sides.
     */
    @Test
    void aSnapshotOfWordsDrawsZoomedOutFromItsSummaryAsThePixelByPixelRender() {
        Random random = new Random(43);
        GridSize[] sizes = {new GridSize(37, 70), new GridSize(64, 64), new GridSize(100, 129), new GridSize(9, 300),
                new GridSize(257, 33), new GridSize(1, 1)};
        for (String strategy : new String[] {"packed", "packed-tiles"}) {
            for (GridSize size : sizes) {
                for (double density : new double[] {0.002, 0.03, 0.4}) {
                    Grid start = soup(size, random.nextLong(), density);
                    try (TorusUniverse u = new TorusUniverse(start, Rule.CONWAY, strategy, StrategyConfig.DEFAULT)) {
                        Universe.Snapshot snap = u.snapshot();
                        int top = lifefx.engine.LiveSummary.topLevelFor(size.height(), size.width());
                        for (int m = 1; m <= top + 1; m++) {
                            for (int view = 0; view < 6; view++) {
                                long side = 1L << m;
                                boolean aligned = view < 4;
                                long left = aligned ? (random.nextInt(2 * size.width() + 1) - size.width()) / side * side
                                        : random.nextLong();
                                long tp = aligned ? (random.nextInt(2 * size.height() + 1) - size.height()) / side * side
                                        : random.nextInt(1000) - 500;
                                int width = 1 + random.nextInt(40);
                                int height = 1 + random.nextInt(40);
                                int[] expected = new int[width * height];
                                u.renderZoomedOut(left, tp, m, expected, width, height, 1, 0, false);
                                int[] pixels = new int[width * height];
                                snap.render(left, tp, -m, pixels, width, height, 1, 0);
                                assertThat(pixels).as("%s %s density %s, scale -%d at (%d, %d) %dx%d", strategy, size,
                                        density, m, left, tp, width, height).isEqualTo(expected);
                            }
                        }
                    }
                }
            }
        }
    }

    /** A snapshot of words is ready to draw zoomed out only once its summary is built, by prepareRender or a render. */
    @Test
    void aSnapshotOfWordsSaysWhenItIsReadyToDrawZoomedOut() {
        Grid start = soup(new GridSize(40, 100), 3, 0.3);
        try (TorusUniverse packed = new TorusUniverse(start, Rule.CONWAY, "packed", StrategyConfig.DEFAULT);
             TorusUniverse bytes = new TorusUniverse(start, Rule.CONWAY, "sequential", StrategyConfig.DEFAULT)) {
            Universe.Snapshot a = packed.snapshot();
            assertThat(a.renderReady(-2)).isTrue();
            assertThat(a.renderReady(-3)).isFalse();
            a.prepareRender(-2);
            assertThat(a.renderReady(-5)).as("nothing built for -2").isFalse();
            a.prepareRender(-4);
            assertThat(a.renderReady(-3)).isTrue();
            assertThat(a.renderReady(-9)).isTrue();
            Universe.Snapshot b = packed.snapshot();
            assertThat(b.renderReady(-3)).as("the same cells: one snapshot, its summary kept").isTrue();
            b.render(0, 0, -3, new int[4], 2, 2, 1, 0);
            packed.set(0, 0, !packed.get(0, 0));
            Universe.Snapshot c = packed.snapshot();
            assertThat(c.renderReady(-3)).isFalse();
            c.render(0, 0, -3, new int[4], 2, 2, 1, 0);
            assertThat(c.renderReady(-3)).as("built by the render").isTrue();
            assertThat(bytes.snapshot().renderReady(-6)).as("a byte grid keeps no summary").isTrue();
        }
    }

    @Test
    void renderRefusesABufferTooSmallOrANegativeSide() {
        try (TorusUniverse u = new TorusUniverse(SIZE, Rule.CONWAY, "sequential", StrategyConfig.DEFAULT)) {
            assertThatThrownBy(() -> u.render(0, 0, 0, new int[11], 4, 3, 1, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("render area 4x3 needs 12 pixels, the buffer has 11");
            assertThatThrownBy(() -> u.render(0, 0, -2, new int[11], -1, 3, 1, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        }
    }

    @Test
    void editsAreBatchedAndBecomeTheGridThatIsStepped() throws Exception {
        try (TorusUniverse u = new TorusUniverse(SIZE, Rule.CONWAY, "packed", new StrategyConfig(2))) {
            Grid.Builder expected = new Grid.Builder(SIZE);
            Random random = new Random(8);
            for (int i = 0; i < 300; i++) {
                int x = random.nextInt(40) - 20;
                int y = random.nextInt(40) - 20;
                boolean alive = random.nextBoolean();
                u.set(x, y, alive);
                expected.set(y, x, alive);
            }
            Grid painted = expected.build(0);
            assertThat(u.population()).isEqualTo(BigInteger.valueOf(painted.population()));
            assertThat(u.grid()).isEqualTo(painted);
            u.step(BigInteger.valueOf(3));
            assertThat(u.grid()).isEqualTo(lifefx.life.ReferenceLife.run(painted, Rule.CONWAY, 3));
        }
    }

    @Test
    void aPatternAcrossTheSeamReportsTheFullSpan() {
        try (TorusUniverse u = new TorusUniverse(SIZE, Rule.CONWAY, "sequential", StrategyConfig.DEFAULT)) {
            // A block at columns 13 and 0 (wrapping), rows 10 and 0.
            u.set(-1, -1, true);
            u.set(0, -1, true);
            u.set(-1, 0, true);
            u.set(0, 0, true);
            assertThat(u.bounds()).contains(new Bounds(0, 0, SIZE.width() - 1, SIZE.height() - 1));
        }
    }

    @Test
    void theDigestIsTheCellDigestTaggedWithTheSize() {
        try (TorusUniverse small = new TorusUniverse(new GridSize(5, 9), Rule.CONWAY, "sequential", StrategyConfig.DEFAULT);
             TorusUniverse large = new TorusUniverse(new GridSize(9, 5), Rule.CONWAY, "sequential", StrategyConfig.DEFAULT)) {
            for (TorusUniverse u : new TorusUniverse[] {small, large}) {
                u.set(1, 0, true);
                u.set(4, 2, true);
            }
            assertThat(small.digest()).isEqualTo(new CellDigest().add(1, 0).add(4, 2).addTag("5x9").hex());
            assertThat(large.digest()).isNotEqualTo(small.digest());
        }
    }

    @Test
    void restoreRefusesASnapshotOfAnotherSize() {
        try (TorusUniverse a = new TorusUniverse(SIZE, Rule.CONWAY, "sequential", StrategyConfig.DEFAULT);
             TorusUniverse b = new TorusUniverse(new GridSize(3, 3), Rule.CONWAY, "sequential", StrategyConfig.DEFAULT)) {
            Universe.Snapshot foreign = b.snapshot();
            assertThatThrownBy(() -> a.restore(foreign)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("torus 11x14").hasMessageContaining("3x3");
            Universe.Snapshot other = new HashLifeUniverse(Rule.CONWAY).snapshot();
            assertThatThrownBy(() -> a.restore(other)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a snapshot of a torus");
        }
    }

    @Test
    void aStepPastTheLastLongGenerationIsRefusedAndChangesNothing() throws Exception {
        Grid start = soup(SIZE, 9, 0.3).withGeneration(Long.MAX_VALUE - 2);
        try (TorusUniverse u = new TorusUniverse(start, Rule.CONWAY, "sequential", StrategyConfig.DEFAULT,
                CellLogic.of(Rule.CONWAY))) {
            assertThatThrownBy(() -> u.step(BigInteger.valueOf(3))).isInstanceOf(UniverseException.class)
                    .hasMessageContaining(String.valueOf(Long.MAX_VALUE));
            assertThat(u.grid()).isEqualTo(start);
            u.step(BigInteger.TWO);
            assertThat(u.generation()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE));
        }
    }

    @Test
    void closeEndsTheStrategyThreadsAndLaterStepsAreRefused() throws Exception {
        int baseline = ThreadDump.count("lifefx-");
        TorusUniverse u = new TorusUniverse(SIZE, Rule.CONWAY, "thread-pool",
                new StrategyConfig(3));
        u.set(1, 1, true);
        u.set(2, 1, true);
        u.set(3, 1, true);
        u.step(BigInteger.TWO);
        u.close();
        assertThat(ThreadDump.count("lifefx-")).as("lifefx- threads right after close()").isLessThanOrEqualTo(baseline);
        u.close();
        assertThatThrownBy(() -> u.step(BigInteger.ONE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        // The cells stay readable.
        assertThat(u.population()).isEqualTo(BigInteger.valueOf(3));
        assertThat(u.get(2, 1)).isTrue();
    }

    /** close() from another thread during a blocked step: the step ends interrupted, and changes nothing. */
    @Test
    void closeDuringAStepCancelsItAndKeepsTheCells() throws Exception {
        Grid start = soup(SIZE, 13, 0.4);
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        CellLogic logic = (alive, n) -> {
            if (calls.incrementAndGet() == SIZE.cells() + 3) {
                blocked.countDown();
                never.await();
            }
            return Rule.CONWAY.next(alive, n);
        };
        TorusUniverse u = new TorusUniverse(start, Rule.CONWAY, "queue", new StrategyConfig(2), logic);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            Thread stepper = Thread.ofPlatform().name("torus-test-stepper").start(() -> {
                try {
                    u.step(BigInteger.valueOf(4));
                } catch (Throwable e) {
                    outcome.set(e);
                }
            });
            assertThat(blocked.await(10, TimeUnit.SECONDS)).isTrue();
            u.close();
            stepper.join();
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        });
        assertThat(u.grid()).isEqualTo(start);
    }

    @Test
    void anUnknownStrategyIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> new TorusUniverse(SIZE, Rule.CONWAY, "hyperthreads", StrategyConfig.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hyperthreads").hasMessageContaining("sequential").hasMessageContaining("packed");
    }

    @Test
    void describesItselfBySizeAndStrategyAndDropsATorusSuffixFromTheRule() {
        Rule withTorus = Rule.CONWAY.withTorus(SIZE);
        try (TorusUniverse u = new TorusUniverse(SIZE, withTorus, "bands", StrategyConfig.DEFAULT)) {
            assertThat(u.description()).isEqualTo("torus 11x14, bands");
            assertThat(u.rule()).isEqualTo(Rule.CONWAY);
            assertThat(u.size()).isEqualTo(SIZE);
            assertThat(u.strategyName()).isEqualTo("bands");
            assertThat(u.bounds()).isEqualTo(Optional.empty());
        }
    }
}
