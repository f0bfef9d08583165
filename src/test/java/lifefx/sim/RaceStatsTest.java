package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The race's statistics: quartiles by linear interpolation, and ratios pair by pair. */
class RaceStatsTest {

    @Test
    void quartilesOfKnownLists() {
        RaceStats.Summary odd = RaceStats.of(new double[] {5, 1, 4, 2, 3}, 5);
        assertThat(odd).isEqualTo(new RaceStats.Summary(5, 1, 2, 3, 4, 5));
        RaceStats.Summary even = RaceStats.of(new double[] {10, 40, 20, 30}, 4);
        assertThat(even.median()).isEqualTo(25);
        assertThat(even.q1()).isEqualTo(17.5);
        assertThat(even.q3()).isEqualTo(32.5);
        assertThat(RaceStats.of(new double[] {7}, 1)).isEqualTo(new RaceStats.Summary(1, 7, 7, 7, 7, 7));
    }

    @Test
    void onlyTheFirstNCountAndTheInputIsNotChanged() {
        double[] v = {9, 1, 100, 100};
        assertThat(RaceStats.of(v, 2).max()).isEqualTo(9);
        assertThat(v).containsExactly(9, 1, 100, 100);
        assertThat(RaceStats.of(v, 0).isEmpty()).isTrue();
        assertThat(RaceStats.of(v, 0).median()).isNaN();
    }

    @Test
    void millisConvertsNanos() {
        RaceStats.Summary s = RaceStats.millis(new long[] {2_000_000, 4_000_000, 3_000_000}, 3);
        assertThat(s.median()).isEqualTo(3.0);
        assertThat(s.min()).isEqualTo(2.0);
        assertThat(s.max()).isEqualTo(4.0);
    }

    @Test
    void ratiosArePairedByGenerationOverTheGenerationsBothCompleted() {
        long[] lane = {10, 40, 30, 99};
        long[] base = {5, 20, 60};
        assertThat(RaceStats.ratios(lane, 4, base, 3)).containsExactly(2.0, 2.0, 0.5);
        assertThat(RaceStats.ratios(lane, 2, base, 3)).containsExactly(2.0, 2.0);
        // Pairing differs from dividing medians: here the medians' ratio is 30/20 = 1.5.
        assertThat(RaceStats.of(RaceStats.ratios(lane, 4, base, 3), 3).median()).isEqualTo(2.0);
    }

    @Property
    void theSummaryIsOrderedAndBracketsEveryValue(@ForAll @Size(min = 1, max = 50) double[] raw) {
        double[] v = Arrays.stream(raw).map(x -> Double.isFinite(x) ? x : 0).toArray();
        RaceStats.Summary s = RaceStats.of(v, v.length);
        assertThat(s.min()).isLessThanOrEqualTo(s.q1());
        assertThat(s.q1()).isLessThanOrEqualTo(s.median());
        assertThat(s.median()).isLessThanOrEqualTo(s.q3());
        assertThat(s.q3()).isLessThanOrEqualTo(s.max());
        assertThat(s.min()).isEqualTo(Arrays.stream(v).min().orElseThrow());
        assertThat(s.max()).isEqualTo(Arrays.stream(v).max().orElseThrow());
        long below = Arrays.stream(v).filter(x -> x < s.median()).count();
        long above = Arrays.stream(v).filter(x -> x > s.median()).count();
        assertThat(below).isLessThanOrEqualTo(v.length / 2);
        assertThat(above).isLessThanOrEqualTo(v.length / 2);
    }

    @Property
    void theMedianOfAConstantListIsThatConstant(@ForAll @DoubleRange(min = 0, max = 1e6) double c,
                                               @ForAll @Size(min = 1, max = 20) int[] shape) {
        double[] v = new double[shape.length];
        Arrays.fill(v, c);
        assertThat(RaceStats.of(v, v.length).median()).isCloseTo(c, within(1e-9));
    }
}
