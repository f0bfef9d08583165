package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import lifefx.engine.StrategyConfig;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import lifefx.universe.HashLifeUniverse;
import lifefx.universe.Topology;
import lifefx.universe.Universe;
import lifefx.universe.Universes;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Stepping back and seeking through the recorded history ({@link StepHistory}), on both universes
 * and several strategies, against fresh runs of the same start; the memory budget; branches.
 */
class StepHistoryTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final GridSize SIZE = new GridSize(24, 32);
    private static final String[] STRATEGIES = {"packed", "sequential", HashLifeUniverse.STRATEGY};

    /** The start: a soup on a torus of {@link #SIZE}, or the same soup on the plane. */
    private static Universe.Snapshot start(Topology topology, long seed) {
        Grid g = Grids.random(SIZE, 0.35, seed, 0);
        if (topology instanceof Topology.Torus) {
            return Universes.snapshotOf(g);
        }
        try (Universe u = Universes.open(Topology.PLANE, Rule.CONWAY, HashLifeUniverse.STRATEGY, StrategyConfig.DEFAULT,
                CellLogic.of(Rule.CONWAY), null)) {
            for (int r = 0; r < SIZE.height(); r++) {
                for (int c = 0; c < SIZE.width(); c++) {
                    if (g.isAlive(r, c)) {
                        u.set(c, r, true);
                    }
                }
            }
            return u.snapshot();
        }
    }

    private static Topology topologyOf(String strategy) {
        return strategy.equals(HashLifeUniverse.STRATEGY) ? Topology.PLANE : Topology.torus(SIZE);
    }

    /** The digest of {@code cells}, read by a universe of the reference strategy. */
    private static String digest(Topology topology, Universe.Snapshot cells) {
        String ref = topology instanceof Topology.Torus ? "sequential" : HashLifeUniverse.STRATEGY;
        try (Universe u = Universes.open(topology, Rule.CONWAY, ref, StrategyConfig.DEFAULT, CellLogic.of(Rule.CONWAY),
                cells)) {
            return u.digest();
        }
    }

    /** The digest of a fresh run of {@code start} for {@code generations}, one at a time, by the reference strategy. */
    private static String fresh(Topology topology, Universe.Snapshot start, long generations) throws Exception {
        String ref = topology instanceof Topology.Torus ? "sequential" : HashLifeUniverse.STRATEGY;
        try (Universe u = Universes.open(topology, Rule.CONWAY, ref, StrategyConfig.DEFAULT, CellLogic.of(Rule.CONWAY),
                start)) {
            for (long i = 0; i < generations; i++) {
                u.step(BigInteger.ONE);
            }
            return u.digest();
        }
    }

    private static Simulation simulation(String strategy, Universe.Snapshot start, long timelineBudget) {
        Topology t = topologyOf(strategy);
        return new Simulation(t, start, Settings.DEFAULT.withStrategy(strategy).withThreads(2), CellLogic::of,
                64L << 20, timelineBudget);
    }

    private static Snapshot flush(Simulation sim) throws Exception {
        return sim.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * n steps forward and m back land exactly on generation n - m of a fresh run; with a small
     * budget the keyframes are thinned, so most steps back recompute from a keyframe.
     */
    @Property(tries = 18)
    void forwardNThenBackMIsGenerationNMinusM(@ForAll @IntRange(min = 0, max = 2) int which,
                                              @ForAll @IntRange(min = 1, max = 90) int n,
                                              @ForAll @IntRange(min = 0, max = 90) int back,
                                              @ForAll boolean smallBudget, @ForAll @LongRange(min = 1) long seed)
            throws Exception {
        String strategy = STRATEGIES[which];
        int m = Math.min(back, n);
        Topology t = topologyOf(strategy);
        Universe.Snapshot start = start(t, seed);
        try (Simulation sim = simulation(strategy, start, smallBudget ? 12_000 : 64L << 20)) {
            for (int i = 0; i < n; i++) {
                sim.step();
            }
            Snapshot s = flush(sim);
            assertThat(s.generation()).isEqualTo(n);
            assertThat(s.timeline().latest()).isEqualTo(BigInteger.valueOf(n));
            assertThat(s.timeline().bytes()).isLessThanOrEqualTo(s.timeline().budget());
            for (int i = 0; i < m; i++) {
                sim.stepBack();
            }
            s = flush(sim);
            assertThat(s.generation()).isEqualTo(n - m);
            assertThat(s.notice()).isNull();
            assertThat(digest(t, s.cells())).as("%s: %d forward, %d back", strategy, n, m)
                    .isEqualTo(fresh(t, start, n - m));
            // Forward again from there: the same cells as before.
            sim.step();
            s = flush(sim);
            assertThat(digest(t, s.cells())).isEqualTo(fresh(t, start, n - m + 1));
        }
    }

    /** Seeking to any generation of the range, in any order, gives that generation's cells. */
    @Property(tries = 12)
    void seekingToAnyRecordedGenerationGivesItsCells(@ForAll @IntRange(min = 0, max = 2) int which,
                                                     @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 80) Integer> targets,
                                                     @ForAll @LongRange(min = 1) long seed) throws Exception {
        String strategy = STRATEGIES[which];
        Topology t = topologyOf(strategy);
        Universe.Snapshot start = start(t, seed);
        try (Simulation sim = simulation(strategy, start, 10_000)) {
            for (int i = 0; i < 80; i++) {
                sim.step();
            }
            Snapshot s = flush(sim);
            assertThat(s.timeline().earliest()).isEqualTo(BigInteger.ZERO);
            assertThat(s.timeline().interval()).as("the small budget thinned the keyframes").isGreaterThan(1);
            for (int g : targets) {
                sim.seek(g);
                s = flush(sim);
                assertThat(s.generation()).isEqualTo(g);
                assertThat(digest(t, s.cells())).as("%s seek %d", strategy, g).isEqualTo(fresh(t, start, g));
            }
        }
    }

    /**
     * The keyframes of a long run stay within the budget; they are thinned (K doubles) and, once K
     * is as wide as allowed, the oldest are evicted. Stepping one generation at a time, no two
     * keyframes are more than K apart, so a step back recomputes at most K - 1 generations.
     */
    @Test
    void aLongRunStaysWithinTheBudgetThinningThenEvicting() {
        Topology t = Topology.torus(new GridSize(512, 512));
        long perFrame = StepHistory.bytesOf(t, Universes.snapshotOf(Grid.empty(new GridSize(512, 512))));
        long budget = 6 * perFrame;
        StepHistory h = new StepHistory(budget);
        Grid empty = Grid.empty(new GridSize(512, 512));
        h.follow(0, t, Rule.CONWAY, Universes.snapshotOf(empty));
        long generations = 20_000;
        for (long g = 1; g <= generations; g++) {
            if (h.wants(BigInteger.valueOf(g))) {
                h.record(Universes.snapshotOf(empty.withGeneration(g)));
            }
            assertThat(h.bytes()).isLessThanOrEqualTo(budget);
            Timeline tl = h.timeline();
            if (g > 1 && tl.earliest().signum() == 0) {
                // Before eviction the gaps are at most K: walk the keyframes through keyframeAtOrBefore.
                assertThat(maxGap(h, tl)).isLessThanOrEqualTo(tl.interval());
            }
        }
        Timeline tl = h.timeline();
        assertThat(tl.latest()).isEqualTo(BigInteger.valueOf(generations));
        assertThat(tl.interval()).isEqualTo(StepHistory.MAX_INTERVAL);
        assertThat(tl.earliest()).as("the oldest keyframes were evicted").isPositive();
        assertThat(maxGap(h, tl)).isLessThanOrEqualTo(StepHistory.MAX_INTERVAL);
        assertThat(tl.keyframes()).isLessThanOrEqualTo(6);
    }

    /** The widest distance from a generation of the range back to its keyframe, plus one. */
    private static long maxGap(StepHistory h, Timeline tl) {
        long worst = 0;
        for (long g = tl.earliest().longValue(); g <= tl.latest().longValue(); g++) {
            long key = h.keyframeAtOrBefore(BigInteger.valueOf(g)).generation().longValue();
            worst = Math.max(worst, g - key + 1);
        }
        return worst;
    }

    /** The same through the simulation on a big torus: every snapshot within the budget, and seeking still exact. */
    @Test
    void aLongPlayOnABigTorusKeepsTheHistoryWithinItsBudget() throws Exception {
        GridSize big = new GridSize(512, 512);
        Universe.Snapshot start = Universes.snapshotOf(Grids.random(big, 0.3, 7, 0));
        long budget = 4 * StepHistory.bytesOf(Topology.torus(big), start);
        List<Timeline> seen = new ArrayList<>();
        try (Simulation sim = new Simulation(Topology.torus(big), start, Settings.DEFAULT.withStrategy("packed"),
                CellLogic::of, 64L << 20, budget)) {
            sim.play();
            Snapshot s = sim.await(x -> {
                seen.add(x.timeline());
                return x.generation() >= 6000;
            }, WAIT);
            sim.pause();
            s = flush(sim);
            seen.add(s.timeline());
            assertThat(seen).allSatisfy(tl -> assertThat(tl.bytes()).isLessThanOrEqualTo(budget));
            Timeline tl = s.timeline();
            assertThat(tl.earliest()).as("evicted the oldest").isPositive();
            assertThat(tl.interval()).isEqualTo(StepHistory.MAX_INTERVAL);
            long target = tl.earliest().longValue() + 777;
            sim.seek(target);
            s = flush(sim);
            assertThat(s.generation()).isEqualTo(target);
            assertThat(digest(Topology.torus(big), s.cells())).isEqualTo(fresh(Topology.torus(big), start, target));
        }
    }

    @Test
    void anEditDropsTheGenerationsRecordedAfterIt() throws Exception {
        Universe.Snapshot start = start(Topology.torus(SIZE), 3);
        try (Simulation sim = simulation("packed", start, 64L << 20)) {
            for (int i = 0; i < 20; i++) {
                sim.step();
            }
            sim.seek(10);
            Snapshot s = flush(sim);
            assertThat(s.timeline().latest()).isEqualTo(BigInteger.valueOf(20));
            boolean alive = s.isAlive(5, 5);
            sim.paint(1, 5, 5, !alive);
            s = flush(sim);
            assertThat(s.timeline().earliest()).isEqualTo(BigInteger.TEN);
            assertThat(s.timeline().latest()).as("the branch after the edit point is dropped").isEqualTo(BigInteger.TEN);
            sim.seek(20);
            s = flush(sim);
            assertThat(s.generation()).as("nothing later to go to").isEqualTo(10);
            assertThat(s.isAlive(5, 5)).isEqualTo(!alive);
            sim.stepBack();
            s = flush(sim);
            assertThat(s.generation()).isEqualTo(10);
            assertThat(s.notice()).as("nothing earlier: nothing happens, and no dialog").isNull();
        }
    }

    @Test
    void resetGoesBackToWherePlayStartedAndKeepsTheHistory() throws Exception {
        Universe.Snapshot start = start(Topology.torus(SIZE), 5);
        try (Simulation sim = simulation("packed", start, 64L << 20)) {
            sim.step();
            sim.step();
            Snapshot at2 = flush(sim);
            sim.play();
            sim.await(x -> x.generation() >= 40, WAIT);
            sim.pause();
            Snapshot s = flush(sim);
            long reached = s.generation();
            sim.reset();
            s = flush(sim);
            assertThat(s.generation()).as("where play started").isEqualTo(2);
            assertThat(s.grid()).isEqualTo(at2.grid());
            assertThat(s.timeline().earliest()).isEqualTo(BigInteger.ZERO);
            assertThat(s.timeline().latest()).as("reset keeps the branch").isEqualTo(BigInteger.valueOf(reached));
            sim.seek(reached);
            s = flush(sim);
            assertThat(digest(Topology.torus(SIZE), s.cells())).isEqualTo(fresh(Topology.torus(SIZE), start, reached));
        }
    }

    @Test
    void switchingStrategyOrThreadsKeepsTheHistory() throws Exception {
        Universe.Snapshot start = start(Topology.torus(SIZE), 9);
        try (Simulation sim = simulation("packed", start, 64L << 20)) {
            for (int i = 0; i < 15; i++) {
                sim.step();
            }
            sim.setStrategy("sequential");
            sim.setThreads(3);
            Snapshot s = flush(sim);
            assertThat(s.strategy()).isEqualTo("sequential");
            assertThat(s.timeline().earliest()).isEqualTo(BigInteger.ZERO);
            assertThat(s.timeline().latest()).isEqualTo(BigInteger.valueOf(15));
            sim.stepBack();
            sim.stepBack();
            s = flush(sim);
            assertThat(s.generation()).isEqualTo(13);
            assertThat(digest(Topology.torus(SIZE), s.cells())).isEqualTo(fresh(Topology.torus(SIZE), start, 13));
        }
    }

    @Test
    void steppingBackWhilePlayingPauses() throws Exception {
        Universe.Snapshot start = start(Topology.torus(SIZE), 11);
        try (Simulation sim = simulation("packed", start, 64L << 20)) {
            sim.setSpeedLimit(200);
            sim.play();
            sim.await(x -> x.generation() >= 10, WAIT);
            sim.stepBack();
            Snapshot s = flush(sim);
            assertThat(s.running()).isFalse();
            long g = s.generation();
            assertThat(s.timeline().latest().longValue()).isEqualTo(g + 1);
            assertThat(digest(Topology.torus(SIZE), s.cells())).isEqualTo(fresh(Topology.torus(SIZE), start, g));
        }
    }

    /** A burst of seeks (a dragged timeline): the newest wins, and the older ones need not be computed. */
    @Test
    void seeksCoalesceAndTheNewestWins() throws Exception {
        Universe.Snapshot start = start(Topology.torus(SIZE), 13);
        try (Simulation sim = simulation("sequential", start, 6_000)) {
            for (int i = 0; i < 60; i++) {
                sim.step();
            }
            flush(sim);
            SplittableRandom r = new SplittableRandom(1);
            int last = 0;
            for (int i = 0; i < 50; i++) {
                last = r.nextInt(61);
                sim.seek(last);
            }
            Snapshot s = flush(sim);
            assertThat(s.generation()).isEqualTo(last);
            assertThat(digest(Topology.torus(SIZE), s.cells())).isEqualTo(fresh(Topology.torus(SIZE), start, last));
        }
    }

    @Test
    void onThePlaneTheStepsAreTheKeyframesAtAnyStepSize() throws Exception {
        Universe.Snapshot start = start(Topology.PLANE, 17);
        try (Simulation sim = simulation(HashLifeUniverse.STRATEGY, start, 64L << 20)) {
            sim.setStepExponent(5);
            sim.step();
            sim.step();
            sim.step();
            Snapshot s = flush(sim);
            assertThat(s.generation()).isEqualTo(96);
            assertThat(s.timeline().keyframes()).isEqualTo(4);
            sim.stepBack();
            s = flush(sim);
            assertThat(s.generation()).as("one step of 2^5 back").isEqualTo(64);
            assertThat(digest(Topology.PLANE, s.cells())).isEqualTo(fresh(Topology.PLANE, start, 64));
        }
    }

    /**
     * A recomputation is cancelled like a step: one that cannot end (cell logic that blocks until
     * interrupted) is cancelled by the next seek, which lands; the blocked target is never shown.
     */
    @Test
    void aSeekThatBlocksIsCancelledByTheNextOne() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean block = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CountDownLatch blocked = new java.util.concurrent.CountDownLatch(1);
        java.util.function.Function<Rule, CellLogic> logic = rule -> {
            CellLogic plain = CellLogic.of(rule);
            return (alive, n) -> {
                if (block.get()) {
                    blocked.countDown();
                    new java.util.concurrent.CountDownLatch(1).await(); // until interrupted
                }
                return plain.next(alive, n);
            };
        };
        Universe.Snapshot start = start(Topology.torus(SIZE), 19);
        try (Simulation sim = new Simulation(Topology.torus(SIZE), start, Settings.DEFAULT.withStrategy("sequential"),
                logic, 64L << 20, 4_000)) {
            for (int i = 0; i < 30; i++) {
                sim.step();
            }
            Snapshot s = flush(sim);
            assertThat(s.timeline().interval()).isGreaterThan(2);
            long key = s.timeline().earliest().longValue();
            block.set(true);
            sim.seek(key + 1); // needs one recomputed generation, which blocks
            assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();
            sim.seek(key); // a keyframe: no recomputation
            s = flush(sim);
            assertThat(s.generation()).isEqualTo(key);
            assertThat(s.notice()).isNull();
            assertThat(digest(Topology.torus(SIZE), s.cells())).isEqualTo(fresh(Topology.torus(SIZE), start, key));
        }
    }

    /** A generation that fails drops the history (it may be what filled the heap); the range starts again there. */
    @Test
    void aFailedGenerationDropsTheHistory() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean fail = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.function.Function<Rule, CellLogic> logic = rule -> {
            CellLogic plain = CellLogic.of(rule);
            return (alive, n) -> {
                if (fail.get()) {
                    throw new java.io.IOException("broken on purpose");
                }
                return plain.next(alive, n);
            };
        };
        try (Simulation sim = new Simulation(Topology.torus(SIZE), start(Topology.torus(SIZE), 23),
                Settings.DEFAULT.withStrategy("sequential"), logic, 64L << 20, 64L << 20)) {
            for (int i = 0; i < 10; i++) {
                sim.step();
            }
            assertThat(flush(sim).timeline().span()).isEqualTo(BigInteger.TEN);
            fail.set(true);
            sim.step();
            Snapshot s = flush(sim);
            assertThat(s.notice()).isNotNull();
            assertThat(s.generation()).isEqualTo(10);
            assertThat(s.timeline().earliest()).isEqualTo(BigInteger.TEN);
            assertThat(s.timeline().latest()).isEqualTo(BigInteger.TEN);
            fail.set(false);
            sim.step();
            assertThat(flush(sim).timeline().span()).isEqualTo(BigInteger.ONE);
        }
    }
}
