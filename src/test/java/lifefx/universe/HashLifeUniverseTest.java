package lifefx.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import lifefx.life.Rule;
import lifefx.pattern.CellSet;
import lifefx.pattern.PatternLibrary;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class HashLifeUniverseTest {

    static final Rule LIFE = Rule.CONWAY;

    static HashLifeUniverse load(String name) throws Exception {
        return load(PatternLibrary.builtIn().pattern(name).cells(), 0, 0);
    }

    static HashLifeUniverse load(CellSet cells, long dx, long dy) {
        HashLifeUniverse u = new HashLifeUniverse(LIFE);
        for (int i = 0; i < cells.size(); i++) {
            u.set(cells.x(i) + dx, cells.y(i) + dy, true);
        }
        return u;
    }

    static void step(Universe u, long n) throws Exception {
        u.step(BigInteger.valueOf(n));
    }

    static final CellSet GLIDER = CellSet.of(1, 0, 2, 1, 0, 2, 1, 2, 2, 2);

    @Test
    void anEmptyUniverseHasNothing() {
        HashLifeUniverse u = new HashLifeUniverse(LIFE);
        assertThat(u.population()).isZero();
        assertThat(u.generation()).isZero();
        assertThat(u.bounds()).isEmpty();
        assertThat(u.get(0, 0)).isFalse();
        assertThat(u.get(Long.MIN_VALUE, Long.MAX_VALUE)).isFalse();
        assertThat(u.description()).isEqualTo("hashlife");
        assertThat(u.digest()).isEqualTo(NaiveLife.digest(java.util.Set.of()));
    }

    @Test
    void cellsAreSetAndReadAtEveryLongCoordinate() {
        HashLifeUniverse u = new HashLifeUniverse(LIFE);
        long[][] cells = {{0, 0}, {-1, -1}, {Long.MAX_VALUE, Long.MAX_VALUE}, {Long.MIN_VALUE, Long.MIN_VALUE},
            {Long.MIN_VALUE, Long.MAX_VALUE}, {123_456_789_012L, -987_654_321_098L}, {7, 8}};
        for (long[] c : cells) {
            u.set(c[0], c[1], true);
        }
        for (long[] c : cells) {
            assertThat(u.get(c[0], c[1])).as("(%d, %d)", c[0], c[1]).isTrue();
        }
        assertThat(u.get(1, 0)).isFalse();
        assertThat(u.get(Long.MAX_VALUE - 1, Long.MAX_VALUE)).isFalse();
        assertThat(u.population()).isEqualTo(7);
        assertThat(u.bounds()).contains(new Bounds(Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE));
        u.set(Long.MAX_VALUE, Long.MAX_VALUE, false);
        u.set(7, 8, false);
        u.set(7, 8, false);
        assertThat(u.get(Long.MAX_VALUE, Long.MAX_VALUE)).isFalse();
        assertThat(u.population()).isEqualTo(5);
        assertThat(u.bounds()).contains(new Bounds(Long.MIN_VALUE, Long.MIN_VALUE, 123_456_789_012L, Long.MAX_VALUE));
    }

    @Test
    void aB0RuleIsRefusedWithAReason() {
        assertThatThrownBy(() -> new HashLifeUniverse(Rule.parse("B03/S23")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("B03/S23")
                .hasMessageContaining("B0")
                .hasMessageContaining("infinite")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aBlinkerBlinksAtStepOne() throws Exception {
        HashLifeUniverse u = load(CellSet.of(0, 1, 1, 1, 2, 1), 0, 0);
        step(u, 1);
        assertThat(u.get(1, 0) && u.get(1, 1) && u.get(1, 2)).isTrue();
        assertThat(u.population()).isEqualTo(3);
        assertThat(u.bounds()).contains(new Bounds(1, 0, 1, 2));
        step(u, 1);
        assertThat(u.bounds()).contains(new Bounds(0, 1, 2, 1));
        assertThat(u.generation()).isEqualTo(2);
    }

    @Test
    void rPentominoHas116At1103InOneJumpAndStepByStep() throws Exception {
        HashLifeUniverse jump = load("r-pentomino");
        step(jump, 1103);
        assertThat(jump.population()).isEqualTo(116);
        HashLifeUniverse slow = load("r-pentomino");
        for (int i = 0; i < 1103; i++) {
            step(slow, 1);
        }
        assertThat(slow.population()).isEqualTo(116);
        assertThat(slow.digest()).isEqualTo(jump.digest());
        assertThat(slow.bounds()).isEqualTo(jump.bounds());
    }

    @Test
    void acornHas633At5206() throws Exception {
        HashLifeUniverse u = load("acorn");
        step(u, 5206);
        assertThat(u.population()).isEqualTo(633);
        assertThat(u.generation()).isEqualTo(5206);
    }

    @Test
    void gosperGunHas166713AtAMillionAnd166666713AtABillion() throws Exception {
        HashLifeUniverse u = load("gosper-glider-gun");
        assertThat(u.population()).isEqualTo(36);
        step(u, 1_000_000);
        assertThat(u.population()).isEqualTo(166_713);
        HashLifeUniverse b = load("gosper-glider-gun");
        step(b, 1_000_000_000);
        assertThat(b.population()).isEqualTo(166_666_713);
        assertThat(b.generation()).isEqualTo(1_000_000_000);
    }

    @Test
    void aGliderMovesOneCellDiagonallyEveryFourGenerations() throws Exception {
        for (long k : new long[] {1, 7, 1000, 1L << 40, 1_000_000_000_000_000L}) {
            HashLifeUniverse u = load(GLIDER, -5, 3);
            u.step(BigInteger.valueOf(k).shiftLeft(2));
            assertThat(u.bounds()).as("k=%d", k).contains(new Bounds(-5 + k, 3 + k, -3 + k, 5 + k));
            assertThat(u.population()).isEqualTo(5);
            for (int i = 0; i < GLIDER.size(); i++) {
                assertThat(u.get(GLIDER.x(i) - 5 + k, GLIDER.y(i) + 3 + k)).isTrue();
            }
        }
    }

    @Test
    void aGliderLeavesTheLongPlaneAndBoundsSaysSo() throws Exception {
        HashLifeUniverse u = load(GLIDER, Long.MAX_VALUE - 10, Long.MAX_VALUE - 10);
        step(u, 4);
        assertThat(u.bounds()).contains(new Bounds(Long.MAX_VALUE - 9, Long.MAX_VALUE - 9, Long.MAX_VALUE - 7,
                Long.MAX_VALUE - 7));
        step(u, 40);
        assertThat(u.population()).isEqualTo(5);
        assertThat(u.get(Long.MAX_VALUE, Long.MAX_VALUE)).isFalse();
        assertThatThrownBy(u::bounds).isInstanceOf(ArithmeticException.class).hasMessageContaining("64-bit");
        assertThatThrownBy(u::digest).isInstanceOf(ArithmeticException.class);
        // the glider is still counted beyond the long plane, and the long plane is still editable
        u.set(0, 0, true);
        assertThat(u.get(0, 0)).isTrue();
        assertThat(u.population()).isEqualTo(6);
    }

    @Test
    void aBlinkerSteppedBeyondTheLongRangeOfGenerationsIsStillABlinker() throws Exception {
        HashLifeUniverse u = load(CellSet.of(0, 1, 1, 1, 2, 1), -1, -1);
        u.step(BigInteger.TWO.pow(100).add(BigInteger.ONE));
        assertThat(u.generation()).isEqualTo(BigInteger.TWO.pow(100).add(BigInteger.ONE));
        assertThat(u.bounds()).contains(new Bounds(0, -1, 0, 1));
        assertThat(u.population()).isEqualTo(3);
    }

    @Test
    void aBlinkerAtTheLongCornerStepsExactly() throws Exception {
        HashLifeUniverse u = load(CellSet.of(0, 1, 1, 1, 2, 1), Long.MAX_VALUE - 2, Long.MIN_VALUE);
        step(u, 1);
        assertThat(u.bounds()).contains(new Bounds(Long.MAX_VALUE - 1, Long.MIN_VALUE, Long.MAX_VALUE - 1,
                Long.MIN_VALUE + 2));
        step(u, 1);
        assertThat(u.population()).isEqualTo(3);
        assertThat(u.get(Long.MAX_VALUE, Long.MIN_VALUE + 1)).isTrue();
    }

    @Test
    void snapshotAndRestorePutBackCellsAndGeneration() throws Exception {
        HashLifeUniverse u = load("r-pentomino");
        Universe.Snapshot start = u.snapshot();
        String d0 = u.digest();
        step(u, 500);
        Universe.Snapshot mid = u.snapshot();
        String d500 = u.digest();
        assertThat(mid.generation()).isEqualTo(500);
        assertThat(mid.population()).isEqualTo(u.population());
        step(u, 603);
        u.set(1000, 1000, true);
        u.restore(start);
        assertThat(u.generation()).isZero();
        assertThat(u.digest()).isEqualTo(d0);
        assertThat(u.population()).isEqualTo(5);
        u.restore(mid);
        assertThat(u.digest()).isEqualTo(d500);
        step(u, 603);
        assertThat(u.population()).isEqualTo(116);
        assertThat(u.generation()).isEqualTo(1103);
        // Another HashLife universe (say, under another rule) takes the cells, node by node.
        HashLifeUniverse other = new HashLifeUniverse(LIFE);
        other.restore(mid);
        assertThat(other.digest()).isEqualTo(d500);
        assertThat(other.generation()).isEqualTo(500);
        Universe.Snapshot torus = Universes.snapshotOf(lifefx.life.Grid.parseRows("*"));
        assertThatThrownBy(() -> other.restore(torus)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a snapshot of a HashLife universe");
    }

    @Test
    void aStepOfZeroIsRefused() {
        HashLifeUniverse u = new HashLifeUniverse(LIFE);
        assertThatThrownBy(() -> u.step(BigInteger.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void theDigestFollowsTheCellsNotTheHistory() throws Exception {
        HashLifeUniverse blinker = load(CellSet.of(0, 1, 1, 1, 2, 1), 40, -40);
        String before = blinker.digest();
        step(blinker, 2);
        assertThat(blinker.digest()).isEqualTo(before);
        HashLifeUniverse same = new HashLifeUniverse(LIFE);
        same.set(42, -39, true);
        same.set(40, -39, true);
        same.set(41, -39, true);
        assertThat(same.digest()).isEqualTo(before);
        NaiveLife n = new NaiveLife(LIFE);
        n.set(40, -39);
        n.set(41, -39);
        n.set(42, -39);
        assertThat(before).isEqualTo(NaiveLife.digest(n.cells()));
        same.set(0, 0, true);
        assertThat(same.digest()).isNotEqualTo(before);
    }

    @Test
    void renderMatchesANaiveRenderFromGetAtEveryScale() throws Exception {
        HashLifeUniverse u = load("gosper-glider-gun");
        step(u, 300);
        int alive = 0xFFFFFFFF;
        int dead = 0xFF000000;
        long[][] origins = {{-3, -5}, {0, 0}, {-37, 11}, {5, -1}};
        for (int scale = -4; scale <= 3; scale++) {
            for (long[] o : origins) {
                int w = 37;
                int h = 23;
                int[] px = new int[w * h + 5];
                px[w * h + 2] = 42;
                u.render(o[0], o[1], scale, px, w, h, alive, dead);
                assertThat(px[w * h + 2]).isEqualTo(42);
                for (int py = 0; py < h; py++) {
                    for (int pxx = 0; pxx < w; pxx++) {
                        boolean lit = false;
                        if (scale >= 0) {
                            lit = u.get(o[0] + (pxx >> scale), o[1] + (py >> scale));
                        } else {
                            int c = 1 << -scale;
                            for (int dy = 0; dy < c && !lit; dy++) {
                                for (int dx = 0; dx < c && !lit; dx++) {
                                    lit = u.get(o[0] + (long) pxx * c + dx, o[1] + (long) py * c + dy);
                                }
                            }
                        }
                        assertThat(px[py * w + pxx]).as("scale %d origin (%d,%d) pixel (%d,%d)", scale, o[0], o[1],
                                pxx, py).isEqualTo(lit ? alive : dead);
                    }
                }
            }
        }
    }

    @Test
    void renderFarOutAtTheWholeLongPlaneLightsTheRightPixels() {
        HashLifeUniverse u = new HashLifeUniverse(LIFE);
        u.set(Long.MIN_VALUE, Long.MIN_VALUE, true);
        u.set(Long.MAX_VALUE, 0, true);
        int[] px = new int[4];
        // 2 x 2 pixels, each 2^63 cells wide
        u.render(Long.MIN_VALUE, Long.MIN_VALUE, -63, px, 2, 2, 1, 0);
        assertThat(px).containsExactly(1, 0, 0, 1);
        int[] one = new int[9];
        u.render(Long.MAX_VALUE - 1, -1, 0, one, 3, 3, 1, 0);
        assertThat(one).containsExactly(0, 0, 0, 0, 1, 0, 0, 0, 0);
    }

    /**
     * B12345678/S012345678 from one cell fills the square {@code [-t, t]²}: a population beyond
     * {@code long} that is known exactly, and a dense pattern to draw at zoom-out with a view whose
     * corner is not on a pixel boundary (which must not descend to cells along every pixel edge).
     */
    @Test
    void aGrowingSolidSquareHasExactBigPopulationBoundsAndRender() throws Exception {
        HashLifeUniverse u = new HashLifeUniverse(Rule.parse("B12345678/S012345678"));
        u.set(0, 0, true);
        long t = 1L << 40;
        u.step(BigInteger.valueOf(t));
        BigInteger side = BigInteger.valueOf(2 * t + 1);
        assertThat(u.population()).isEqualTo(side.multiply(side));
        assertThat(u.bounds()).contains(new Bounds(-t, -t, t, t));
        assertThat(u.get(t, -t) && u.get(-t, t) && u.get(0, 0)).isTrue();
        assertThat(u.get(t + 1, 0) || u.get(0, -t - 1)).isFalse();
        int scale = -36;
        long left = -3 * (1L << 40) + 12_345;
        long top = -3 * (1L << 40) - 777;
        int w = 100;
        int h = 90;
        int[] px = new int[w * h];
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> u.render(left, top, scale, px, w, h, 1, 0));
        for (int py = 0; py < h; py++) {
            for (int pxx = 0; pxx < w; pxx++) {
                long x0 = left + ((long) pxx << 36);
                long y0 = top + ((long) py << 36);
                boolean overlaps = x0 <= t && x0 + (1L << 36) - 1 >= -t && y0 <= t && y0 + (1L << 36) - 1 >= -t;
                assertThat(px[py * w + pxx]).as("pixel (%d, %d)", pxx, py).isEqualTo(overlaps ? 1 : 0);
            }
        }
    }

    @Test
    void interruptingABigStepLeavesTheUniverseAsItWas() throws Exception {
        HashLifeUniverse u = new HashLifeUniverse(LIFE);
        long seed = Long.getLong("stress.seed", 20261130L);
        System.out.println("interrupt test seed " + seed);
        Random rnd = new Random(seed);
        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 512; x++) {
                if (rnd.nextInt(3) == 0) {
                    u.set(x, y, true);
                }
            }
        }
        String digest = u.digest();
        BigInteger pop = u.population();
        long workBefore = u.workDone();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                u.step(BigInteger.ONE.shiftLeft(20));
            } catch (Throwable e) {
                thrown.set(e);
            } finally {
                done.countDown();
            }
        }, "hashlife-interrupt-test");
        t.start();
        // the step has really started computing before the interrupt is sent
        Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(30, TimeUnit.SECONDS)
                .until(() -> u.workDone() > workBefore);
        t.interrupt();
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(u.workDone()).isGreaterThan(workBefore);
        assertThat(u.generation()).isZero();
        assertThat(u.population()).isEqualTo(pop);
        assertThat(u.digest()).isEqualTo(digest);
        // and the universe still works
        u.step(BigInteger.ONE);
        assertThat(u.generation()).isEqualTo(1);
    }

    @Test
    void aThreadInterruptedBeforeTheStepDoesNotStep() throws Exception {
        HashLifeUniverse u = load("r-pentomino");
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> u.step(BigInteger.TEN)).isInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(u.generation()).isZero();
        assertThat(u.population()).isEqualTo(5);
    }

    @Test
    void aSmallBudgetForcesCollectionsAndResultsStayExact() throws Exception {
        HashLifeUniverse reference = load("acorn");
        step(reference, 5206);
        HashLifeUniverse small = new HashLifeUniverse(LIFE, 20_000L * HashLifeUniverse.BYTES_PER_NODE);
        CellSet acorn = PatternLibrary.builtIn().pattern("acorn").cells();
        for (int i = 0; i < acorn.size(); i++) {
            small.set(acorn.x(i), acorn.y(i), true);
        }
        step(small, 5206);
        assertThat(small.collections()).isPositive();
        assertThat(small.population()).isEqualTo(633);
        assertThat(small.digest()).isEqualTo(reference.digest());
        // a snapshot taken before collections restores exactly
        Universe.Snapshot s = small.snapshot();
        step(small, 10_000);
        small.restore(s);
        assertThat(small.digest()).isEqualTo(reference.digest());
    }

    @Test
    void aBudgetTooSmallForOneGenerationFailsAndKeepsTheLastGeneration() throws Exception {
        HashLifeUniverse u = new HashLifeUniverse(LIFE, 50L * HashLifeUniverse.BYTES_PER_NODE);
        Random rnd = new Random(7);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                if (rnd.nextBoolean()) {
                    u.set(x, y, true);
                }
            }
        }
        String digest = u.digest();
        assertThatThrownBy(() -> u.step(BigInteger.valueOf(1000)))
                .isInstanceOf(UniverseException.class)
                .hasMessageContaining("budget")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(u.generation()).isZero();
        assertThat(u.digest()).isEqualTo(digest);
    }
}
