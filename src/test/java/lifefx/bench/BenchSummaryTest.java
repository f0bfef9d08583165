package lifefx.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import lifefx.cellio.CellIoMode;
import lifefx.life.GridSize;
import lifefx.plot.Plot;
import lifefx.plot.Spread;
import org.junit.jupiter.api.Test;

/** The statistics of {@code bench --repeat} on made-up rounds, where every answer is known. */
class BenchSummaryTest {

    private static final GridSize GRID = new GridSize(5, 9);
    private static final CellIoMode NONE = CellIoMode.of("none", 0);

    private static BenchResult round(String strategy, int round, double ms, long... warmup) {
        BenchCase c = new BenchCase(strategy, GRID, 1, warmup.length, 2, NONE);
        return new BenchResult(c, ms / 1e3, ms, 45 / (ms / 1e3), 0, true, null, round, warmup,
                new long[] {(long) (ms * 1e6)});
    }

    @Test
    void spreadIsMedianMinAndMax() {
        assertThat(Spread.of(3, 1, 2)).isEqualTo(new Spread(2, 1, 3, 3));
        assertThat(Spread.of(4, 1, 3, 2)).isEqualTo(new Spread(2.5, 1, 4, 4));
        assertThat(Spread.of(7)).isEqualTo(new Spread(7, 7, 7, 1));
        assertThat(Spread.of(Double.NaN, 5, 1)).isEqualTo(new Spread(3, 1, 5, 2));
        assertThat(Spread.of()).isEqualTo(Spread.NONE);
        assertThat(Spread.of(new long[] {3_000_000, 1_000_000}, 1e-6)).isEqualTo(new Spread(2, 1, 3, 2));
    }

    @Test
    void roundsGiveMedianMinAndMaxOfTheRoundsMedians() {
        List<BenchResult> results = List.of(round("a", 0, 5, 100), round("a", 1, 1, 300), round("a", 2, 3, 200));
        BenchSummary s = BenchSummary.summarise(results, null).getFirst();
        assertThat(s.rounds()).extracting(BenchResult::round).containsExactly(0, 1, 2);
        assertThat(s.msPerStep()).isEqualTo(new Spread(3, 1, 5, 3));
        // Warm-up: each round's total (one generation of 100, 300, 200 ns), in ms.
        assertThat(s.warmupMs().median()).isCloseTo(200e-6, within(1e-12));
        assertThat(s.warmupMs().min()).isCloseTo(100e-6, within(1e-12));
        assertThat(s.speedup()).isEqualTo(Spread.NONE);
        assertThat(s.generationsMs()).isEqualTo(new Spread(3, 1, 5, 3));
    }

    @Test
    void speedUpIsTakenPairByPairWithinEachRound() {
        // The machine slows down tenfold in round 1; both strategies feel it.
        List<BenchResult> results = new ArrayList<>();
        double[] base = {1, 10, 4};
        double[] other = {2, 20, 3};
        for (int r = 0; r < 3; r++) {
            results.add(round("base", r, base[r]));
            results.add(round("other", r, other[r]));
        }
        List<BenchSummary> s = BenchSummary.summarise(results, "base");
        assertThat(s).extracting(x -> x.benchCase().strategy()).containsExactly("base", "other");
        assertThat(s.getFirst().speedup()).isEqualTo(new Spread(1, 1, 1, 3));
        // Per round: 1/2, 10/20, 4/3. The ratio of the medians (4/3) would say the opposite.
        Spread speedup = s.get(1).speedup();
        assertThat(speedup.median()).isEqualTo(0.5);
        assertThat(speedup.min()).isEqualTo(0.5);
        assertThat(speedup.max()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(speedup.count()).isEqualTo(3);
    }

    @Test
    void aRoundWithoutItsBaselineGivesNoRatioAndSkippedCasesStaySkipped() {
        List<BenchResult> results = List.of(round("base", 0, 1), round("other", 0, 2), round("other", 1, 4),
                BenchResult.skipped(new BenchCase("huge", GRID, 1, 0, 2, NONE), "too many threads"));
        List<BenchSummary> s = BenchSummary.summarise(results, "base");
        assertThat(s.get(1).speedup()).isEqualTo(new Spread(0.5, 0.5, 0.5, 1));
        assertThat(s.get(1).msPerStep()).isEqualTo(new Spread(3, 2, 4, 2));
        assertThat(s.get(2).wasSkipped()).isTrue();
        assertThat(s.get(2).skipped()).isEqualTo("too many threads");
    }

    @Test
    void theFloorIsWavesOfLatency() {
        // sequential has one call in flight: 45 cells of 1 ms each, one after another.
        BenchCase c = new BenchCase("sequential", GRID, 1, 0, 2, CellIoMode.of("latency", 1_000_000));
        assertThat(BenchSummary.floorMillis(c)).isEqualTo(45.0);
        assertThat(BenchSummary.floorMillis(new BenchCase("sequential", GRID, 1, 0, 2, NONE))).isNaN();
    }

    @Test
    void barsGoLogWhenTheDataSpanDecades() {
        List<BenchResult> results = List.of(round("fast", 0, 0.01), round("slow", 0, 8000));
        Plot.Bars bars = BenchPlots.strategies(BenchSummary.summarise(results, null));
        assertThat(bars.logY()).isTrue();
        assertThat(bars.categories()).containsExactly("fast", "slow");
        assertThat(bars.series()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("5x9"));
        Plot.Bars close = BenchPlots.strategies(BenchSummary.summarise(
                List.of(round("fast", 0, 1), round("slow", 0, 5)), null));
        assertThat(close.logY()).isFalse();
    }
}
