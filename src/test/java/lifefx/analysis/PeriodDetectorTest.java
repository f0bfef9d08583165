package lifefx.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.EnumSet;
import lifefx.analysis.AutoStop.Condition;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The detector, the speed notation and the auto-stop's words, on their own. */
class PeriodDetectorTest {

    /** A sequence that runs {@code tail} distinct values, then cycles through {@code period} values. */
    private static long value(long i, int tail, int period) {
        return i < tail ? -1 - i : (i - tail) % period;
    }

    @Property(tries = 300)
    void findsTheLeastPeriodWithinTwoPeriodsOfTheCycle(@ForAll @IntRange(min = 0, max = 300) int tail,
                                                       @ForAll @IntRange(min = 1, max = 400) int period) {
        PeriodDetector<Long> d = new PeriodDetector<>(Long::equals);
        for (long i = 0; ; i++) {
            long v = value(i, tail, period);
            long found = d.offer(Identify.mix(v), v);
            if (found > 0) {
                assertThat(found).isEqualTo(period);
                assertThat(i).isBetween((long) tail + period, (long) tail + 2L * period - 1);
                assertThat(d.matched().index()).isEqualTo(i - period);
                return;
            }
            assertThat(i).isLessThan(tail + 2L * period);
            assertThat(d.size()).isLessThanOrEqualTo(PeriodDetector.MAX_ENTRIES);
        }
    }

    @Property(tries = 300)
    void aCyclicHashDoesNotSeeRotations(@ForAll("smallInts") int[] a, @ForAll @IntRange(min = 0, max = 50) int by) {
        int[] rotated = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            rotated[(i + by) % a.length] = a[i];
        }
        assertThat(Identify.cyclicHash(rotated)).isEqualTo(Identify.cyclicHash(a));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<int[]> smallInts() {
        return net.jqwik.api.Arbitraries.integers().between(0, 3).array(int[].class).ofMinSize(1).ofMaxSize(40);
    }

    @Test
    void aCyclicHashSeesOrder() {
        assertThat(Identify.cyclicHash(new int[] {1, 2, 0, 0})).isNotEqualTo(Identify.cyclicHash(new int[] {1, 0, 2, 0}));
    }

    @Test
    void equalKeysAreOnlyACandidate() {
        // Every value has the same key: only the payloads tell them apart.
        PeriodDetector<Long> d = new PeriodDetector<>(Long::equals);
        long found = 0;
        long i = 0;
        for (; found == 0 && i < 1000; i++) {
            found = d.offer(42, value(i, 10, 7));
        }
        assertThat(found).isEqualTo(7);
        assertThat(i - 1).isEqualTo(17);
    }

    @Test
    void memoryIsBoundedWhateverTheKeys() {
        // Increasing keys never pop: the cap keeps the stack bounded.
        PeriodDetector<Long> d = new PeriodDetector<>(Long::equals);
        for (long i = 0; i < 3 * PeriodDetector.MAX_ENTRIES; i++) {
            assertThat(d.offer(i, i)).isZero();
        }
        assertThat(d.size()).isEqualTo(PeriodDetector.MAX_ENTRIES);
        d.clear();
        assertThat(d.count()).isZero();
        assertThat(d.size()).isZero();
    }

    @Test
    void speedsInTheUsualNotation() {
        assertThat(Speed.of(1, 1, 4)).isEqualTo("c/4 diagonal");
        assertThat(Speed.of(-1, 1, 4)).isEqualTo("c/4 diagonal");
        assertThat(Speed.of(0, -2, 4)).isEqualTo("c/2 orthogonal");
        assertThat(Speed.of(2, 0, 5)).isEqualTo("2c/5 orthogonal");
        assertThat(Speed.of(0, 2, 7)).isEqualTo("2c/7 orthogonal");
        assertThat(Speed.of(6, 0, 12)).isEqualTo("c/2 orthogonal");
        assertThat(Speed.of(2, 1, 6)).isEqualTo("(2,1)c/6 knightwise");
        assertThat(Speed.of(-1, 2, 6)).isEqualTo("(2,1)c/6 knightwise");
        assertThat(Speed.of(4, 2, 12)).isEqualTo("(2,1)c/6 knightwise");
        assertThat(Speed.of(3, 1, 10)).isEqualTo("(3,1)c/10 oblique");
        assertThat(Speed.of(1, 0, 1)).isEqualTo("c orthogonal");
        assertThat(Speed.of(0, 0, 3)).isEqualTo("0");
        assertThatThrownBy(() -> Speed.of(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void autoStopWords() {
        assertThat(Condition.parseList("dead, STILL,periodic")).isEqualTo(EnumSet.allOf(Condition.class));
        assertThat(Condition.parseList("periodic")).containsExactly(Condition.PERIODIC);
        assertThatThrownBy(() -> Condition.parseList("dead,,still")).hasMessage(
                "'' is not a condition; use dead, still or periodic, separated by commas");
        assertThat(new AutoStop.Stop(Condition.PERIODIC, BigInteger.valueOf(1103), 2).message())
                .isEqualTo("Stopped at generation 1,103: the pattern became periodic (period 2)");
        assertThat(new AutoStop.Stop(Condition.DEAD, BigInteger.valueOf(130), 0).message())
                .isEqualTo("Stopped at generation 130: the pattern died");
        assertThat(AutoStop.primeFactors(BigInteger.valueOf(360))).containsExactly(BigInteger.TWO,
                BigInteger.valueOf(3), BigInteger.valueOf(5));
        assertThat(AutoStop.primeFactors(BigInteger.ONE.shiftLeft(1000))).containsExactly(BigInteger.TWO);
    }

    @Test
    void theExactPeriodOfAPentadecathlonSeenInJumpsOf2To10() throws Exception {
        try (var u = Patterns.plane(Patterns.library("pentadecathlon"))) {
            // 15 divides 15 x 2^10; the copy finds 15 again.
            assertThat(AutoStop.exactPeriod(u, BigInteger.valueOf(15L << 10))).isEqualTo(BigInteger.valueOf(15));
            assertThat(u.generation()).as("the universe itself is not stepped").isZero();
        }
    }
}
