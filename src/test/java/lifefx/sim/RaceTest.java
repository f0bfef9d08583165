package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lifefx.cellio.CellIoMode;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import lifefx.sim.RaceProgress.LaneStatus;
import lifefx.sim.RaceProgress.State;
import lifefx.testing.ThreadDump;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The race: the digest check catches a broken strategy at its generation, and nothing is left running. */
class RaceTest {

    private static final Grid SOUP = Grids.random(new GridSize(32, 40), 0.35, 11, 0);

    private static RaceSetup setup(List<String> strategies, String baseline, CellIoMode io, int generations) {
        return new RaceSetup(strategies, baseline, SOUP, "soup", Rule.CONWAY, io, 3, generations);
    }

    /** Lanes as usual, except {@code broken}'s, which breaks {@code how} at generation {@code at}. */
    private static Race.LaneFactory breaking(String broken, long at, BrokenUniverse.How how) {
        return (strategy, start, rule, config, logic) -> {
            var u = Race.TORUS.open(strategy, start, rule, config, logic);
            return strategy.equals(broken) ? new BrokenUniverse(u, at, how) : u;
        };
    }

    private static RaceResult finish(Race race) throws Exception {
        RaceResult r = race.result().get(60, TimeUnit.SECONDS);
        assertThat(race.awaitEnd(Duration.ofSeconds(10))).as("the race thread ended").isTrue();
        return r;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 20})
    void aStrategyThatFlipsOneCellIsFlaggedAtExactlyThatGeneration(int k) throws Exception {
        Race race = Race.start(setup(List.of("sequential", "bands", "packed"), "sequential", new CellIoMode.None(), 20),
                breaking("bands", k, BrokenUniverse.How.FLIP));
        RaceResult r = finish(race);
        assertThat(r.state()).isEqualTo(State.FINISHED);
        assertThat(r.lane("bands").status()).isEqualTo(LaneStatus.DIVERGED);
        assertThat(r.lane("bands").divergedAt()).isEqualTo(k);
        assertThat(r.lane("bands").generations()).as("stopped at the generation it diverged").isEqualTo(k);
        for (String ok : List.of("sequential", "packed")) {
            assertThat(r.lane(ok).status()).as(ok).isEqualTo(LaneStatus.DONE);
            assertThat(r.lane(ok).divergedAt()).isZero();
            assertThat(r.lane(ok).generations()).isEqualTo(20);
        }
        RaceProgress p = race.progress();
        assertThat(p.state()).isEqualTo(State.FINISHED);
        assertThat(p.lane("bands").describe()).isEqualTo("DIVERGED at gen " + k);
    }

    @Test
    void aBrokenBaselineIsFlaggedItselfAndTheOthersStayClean() throws Exception {
        Race race = Race.start(setup(List.of("sequential", "packed"), "sequential", new CellIoMode.None(), 10),
                breaking("sequential", 4, BrokenUniverse.How.FLIP));
        RaceResult r = finish(race);
        assertThat(r.lane("sequential").status()).isEqualTo(LaneStatus.DIVERGED);
        assertThat(r.lane("sequential").divergedAt()).isEqualTo(4);
        assertThat(r.lane("packed").status()).isEqualTo(LaneStatus.DONE);
        // Ratios pair generations both completed: the baseline's four.
        assertThat(r.lane("packed").ratio().count()).isEqualTo(4);
        assertThat(r.lane("sequential").ratio().median()).isEqualTo(1.0);
    }

    @Test
    void aLaneWhoseStepFailsIsMarkedFailedWithTheMessageAndTheOthersFinish() throws Exception {
        Race race = Race.start(setup(List.of("sequential", "thread-pool"), "sequential", new CellIoMode.None(), 8),
                breaking("thread-pool", 5, BrokenUniverse.How.THROW));
        RaceResult r = finish(race);
        assertThat(r.state()).isEqualTo(State.FINISHED);
        assertThat(r.lane("thread-pool").status()).isEqualTo(LaneStatus.FAILED);
        assertThat(r.lane("thread-pool").message()).contains("broken on purpose at generation 5");
        assertThat(r.lane("thread-pool").generations()).isEqualTo(4);
        assertThat(r.lane("sequential").status()).isEqualTo(LaneStatus.DONE);
        assertThat(r.lane("sequential").generations()).isEqualTo(8);
    }

    @Test
    void everyLaneTimesEveryGenerationAndTheBaselineRatioIsOne() throws Exception {
        Race race = Race.start(setup(List.of("packed", "sequential", "virtual-threads"), "sequential",
                new CellIoMode.None(), 12));
        RaceResult r = finish(race);
        assertThat(r.lanes()).extracting(RaceResult.LaneResult::strategy)
                .containsExactly("packed", "sequential", "virtual-threads");
        for (RaceResult.LaneResult l : r.lanes()) {
            assertThat(l.status()).as(l.strategy()).isEqualTo(LaneStatus.DONE);
            assertThat(l.nanos()).hasSize(12);
            assertThat(java.util.Arrays.stream(l.nanos()).min().orElseThrow()).isPositive();
            assertThat(l.millis().count()).isEqualTo(12);
            assertThat(l.millis().min()).isLessThanOrEqualTo(l.millis().median());
            assertThat(l.ratio().count()).isEqualTo(12);
        }
        RaceStats.Summary base = r.lane("sequential").ratio();
        assertThat(base.min()).isEqualTo(1.0);
        assertThat(base.max()).isEqualTo(1.0);
        RaceProgress.Lane lane = race.progress().lane("packed");
        assertThat(lane.done()).isEqualTo(12);
        assertThat(lane.generationsPerSecond()).isPositive();
    }

    @Test
    void aNormalFinishLeavesNoThreadBehindVirtualOnesIncluded() throws Exception {
        int before = ThreadDump.count("lifefx-");
        Race race = Race.start(setup(List.of("virtual-threads", "thread-pool", "queue", "bands"), "queue",
                new CellIoMode.Latency(200_000, 0, 0), 3));
        RaceResult r = finish(race);
        assertThat(r.lanes()).allMatch(l -> l.status() == LaneStatus.DONE, "every lane done");
        assertThat(ThreadDump.named("lifefx-")).as("LifeFX threads, virtual ones included").hasSize(before);
    }

    @Test
    void cancelStopsAGenerationInFlightClosesEveryLaneAndLeavesNoThreadBehind() throws Exception {
        int before = ThreadDump.count("lifefx-");
        // A generation of thread-pool takes about 1280 cells / 3 threads × 2 ms: cancel lands inside one.
        RaceSetup s = new RaceSetup(List.of("sequential", "thread-pool", "virtual-threads"), "sequential", SOUP,
                "soup", Rule.CONWAY, CellIoMode.Socket.withDelay(2_000_000), 3, 30);
        Race race = Race.start(s);
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> race.progress().lanes().stream().anyMatch(l -> l.done() >= 1));
        assertThat(race.progress().state()).isEqualTo(State.RUNNING);
        race.cancel();
        RaceResult r = finish(race);
        assertThat(r.state()).isEqualTo(State.CANCELLED);
        assertThat(r.lanes()).anyMatch(l -> l.status() == LaneStatus.CANCELLED);
        assertThat(r.lanes()).allMatch(l -> l.generations() < 30, "no lane ran to the end");
        assertThat(race.progress().state()).isEqualTo(State.CANCELLED);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals(Race.THREAD_NAME));
        assertThat(ThreadDump.named("lifefx-")).as("LifeFX threads, virtual ones included").hasSize(before);
    }

    @Test
    void terminatedCompletesOnlyOnceTheRaceThreadHasEnded() throws Exception {
        for (int round = 0; round < 5; round++) {
            Race race = Race.start(setup(List.of("sequential", "packed"), "sequential", new CellIoMode.None(), 100_000));
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> race.progress().lanes().stream().anyMatch(l -> l.done() >= 1));
            race.cancel();
            race.terminated().get(60, TimeUnit.SECONDS);
            assertThat(Thread.getAllStackTraces().keySet()).as("round %d", round)
                    .noneMatch(t -> t.getName().equals(Race.THREAD_NAME));
        }
    }

    @Test
    void cancelEndsARaceWhosePlatformThreadsAreBlockedInLongSocketCalls() throws Exception {
        int before = ThreadDump.count("lifefx-");
        // Each cell call waits 30 s in the service: only closing the connections ends it in time.
        RaceSetup s = new RaceSetup(List.of("thread-pool"), "thread-pool", Grids.random(new GridSize(2, 2), 0.5, 1, 0),
                "tiny", Rule.CONWAY, CellIoMode.Socket.withDelay(30_000_000_000L), 2, 1);
        Race race = Race.start(s);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> race.progress().state() == State.RUNNING);
        race.cancel();
        assertThat(race.awaitEnd(Duration.ofSeconds(10))).as("ended within 10 s of the cancel, not 30").isTrue();
        assertThat(race.result().getNow(null).state()).isEqualTo(State.CANCELLED);
        assertThat(race.result().getNow(null).lane("thread-pool").status()).isEqualTo(LaneStatus.CANCELLED);
        assertThat(ThreadDump.named("lifefx-")).hasSize(before);
    }

    @Test
    void cancelBeforeTheFirstGenerationEndsCleanly() throws Exception {
        int before = ThreadDump.count("lifefx-");
        Race race = Race.start(setup(List.of("sequential", "bands"), "bands", new CellIoMode.None(), 1000));
        race.close();
        RaceResult r = race.result().getNow(null);
        assertThat(r).as("close() returns after the end").isNotNull();
        assertThat(r.state()).isIn(State.CANCELLED, State.FINISHED);
        assertThat(ThreadDump.named("lifefx-")).hasSize(before);
    }

    @Test
    void badSetupsAreRefusedWithOneLineMessages() {
        CellIoMode none = new CellIoMode.None();
        assertThatThrownBy(() -> setup(List.of(), "sequential", none, 5))
                .hasMessage("choose at least one strategy to race");
        assertThatThrownBy(() -> setup(List.of("sequential", "packed"), "bands", none, 5))
                .hasMessageContaining("the baseline 'bands' must be one of the strategies raced");
        assertThatThrownBy(() -> setup(List.of("sequential", "sequential"), "sequential", none, 5))
                .hasMessageContaining("each strategy may race once");
        assertThatThrownBy(() -> setup(List.of("warp-drive"), "warp-drive", none, 5))
                .hasMessageContaining("unknown strategy 'warp-drive'");
        assertThatThrownBy(() -> setup(List.of("sequential"), "sequential", none, 0))
                .hasMessageContaining("generations must be between 1 and");
        assertThatThrownBy(() -> new RaceSetup(List.of("sequential"), "sequential", Grids.random(new GridSize(500, 900),
                0.3, 1, 0), "soup", Rule.CONWAY, new CellIoMode.Latency(1_000_000, 0, 0), 5, 10))
                .hasMessageContaining("the cell I/O alone would wait about 4,500 s")
                .message().doesNotContain("\n");
    }
}
