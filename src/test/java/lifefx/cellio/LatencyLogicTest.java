package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import lifefx.life.CellLogic;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

class LatencyLogicTest {

    @Test
    void answersWhatTheInnerLogicAnswersForEveryInput() throws Exception {
        Rule rule = Rule.parse("B36/S23");
        LatencyLogic logic = new LatencyLogic(CellLogic.of(rule), new CellIoMode.Latency(1_000, 30, 5));
        for (int n = 0; n <= 8; n++) {
            assertThat(logic.next(true, n)).isEqualTo(rule.next(true, n));
            assertThat(logic.next(false, n)).isEqualTo(rule.next(false, n));
        }
        assertThat(logic.pureRule()).as("I/O logic must never look pure, or fast engines skip it").isNull();
    }

    @Test
    void blocksAtLeastTheLatency() throws Exception {
        LatencyLogic logic = new LatencyLogic(CellLogic.of(Rule.CONWAY), new CellIoMode.Latency(2_000_000, 0, 0));
        long t0 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            logic.next(true, 2);
        }
        // A lower bound only: sleeping never returns early. No upper bound is asserted.
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(10_000_000);
    }

    @Test
    void jitterIsAFixedFunctionOfSeedAndInput() {
        CellIoMode.Latency mode = new CellIoMode.Latency(1_000_000, 40, 1234);
        LatencyLogic a = new LatencyLogic(CellLogic.of(Rule.CONWAY), mode);
        LatencyLogic b = new LatencyLogic(CellLogic.of(Rule.CONWAY), mode);
        LatencyLogic otherSeed = new LatencyLogic(CellLogic.of(Rule.CONWAY), mode.withJitter(40, 99));
        Set<Long> distinct = new HashSet<>();
        boolean differsWithSeed = false;
        for (int alive = 0; alive <= 1; alive++) {
            for (int n = 0; n <= 8; n++) {
                long w = a.waitNanos(alive == 1, n);
                assertThat(w).isEqualTo(b.waitNanos(alive == 1, n)).isBetween(600_000L, 1_400_000L);
                distinct.add(w);
                differsWithSeed |= w != otherSeed.waitNanos(alive == 1, n);
            }
        }
        assertThat(distinct).as("jitter spreads the waits").hasSizeGreaterThan(10);
        assertThat(differsWithSeed).as("another seed gives other waits").isTrue();
    }

    @Test
    void noJitterMeansTheSameWaitForEveryInput() {
        LatencyLogic logic = new LatencyLogic(CellLogic.of(Rule.CONWAY), new CellIoMode.Latency(250_000, 0, 77));
        for (int n = 0; n <= 8; n++) {
            assertThat(logic.waitNanos(false, n)).isEqualTo(250_000);
            assertThat(logic.waitNanos(true, n)).isEqualTo(250_000);
        }
    }

    @Test
    void modesRefuseOutOfRangeSettings() {
        assertThatThrownBy(() -> new CellIoMode.Latency(-1, 0, 0)).hasMessageContaining("latency must be");
        assertThatThrownBy(() -> new CellIoMode.Latency(1, 101, 0)).hasMessageContaining("jitter must be");
        assertThatThrownBy(() -> CellIoMode.of("disk", 0))
                .hasMessage("unknown I/O mode 'disk': expected one of none, latency, socket");
        assertThatThrownBy(() -> CellIoMode.of("none", 1_000_000))
                .hasMessageContaining("a latency of 1ms needs an I/O mode that waits");
        assertThat(CellIoMode.of(" Socket ", 1_000_000)).isInstanceOf(CellIoMode.Socket.class)
                .extracting(CellIoMode::latencyNanos).isEqualTo(1_000_000L);
        assertThat(CellIoMode.of("latency", 0)).isEqualTo(new CellIoMode.Latency(0, 0, 0));
    }

    @Test
    void interruptingTheWaitCancelsTheCall() throws Exception {
        LatencyLogic logic = new LatencyLogic(CellLogic.of(Rule.CONWAY), new CellIoMode.Latency(30_000_000_000L, 0, 0));
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> logic.next(true, 3)).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
    }
}
