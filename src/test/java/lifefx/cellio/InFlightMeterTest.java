package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class InFlightMeterTest {

    @Test
    void countsCallsInFlightAndKeepsThePeak() throws Exception {
        InFlightMeter meter = new InFlightMeter();
        int n = 200;
        CountDownLatch allIn = new CountDownLatch(n);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                meter.enter();
                try {
                    allIn.countDown();
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    meter.exit();
                }
            }));
        }
        allIn.await();
        assertThat(meter.current()).isEqualTo(n);
        assertThat(meter.peak()).isEqualTo(n);
        release.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(meter.current()).isZero();
        assertThat(meter.peak()).as("the peak survives the calls").isEqualTo(n);
        assertThat(meter.calls()).isEqualTo(n);
        meter.resetPeak();
        assertThat(meter.peak()).isZero();
    }

    @Test
    void oneCallAtATimePeaksAtOne() {
        InFlightMeter meter = new InFlightMeter();
        for (int i = 0; i < 10; i++) {
            meter.enter();
            meter.exit();
        }
        assertThat(meter.peak()).isEqualTo(1);
        assertThat(meter.calls()).isEqualTo(10);
    }

    @Test
    void waitingCallsAreCountedAndPeaked() {
        InFlightMeter m = new InFlightMeter();
        m.enter();
        m.enter();
        m.waitStarted();
        m.waitStarted();
        m.waitEnded();
        assertThat(m.waiting()).isEqualTo(1);
        assertThat(m.peakWaiting()).isEqualTo(2);
        m.resetPeak();
        assertThat(m.peakWaiting()).as("from the waits now").isEqualTo(1);
        m.waitEnded();
        m.exit();
        m.exit();
        assertThat(m.waiting()).isZero();
        assertThat(m.current()).isZero();
    }
}
