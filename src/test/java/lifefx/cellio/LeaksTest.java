package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The leak check itself: it must see virtual threads, or it proves nothing for the cell service. */
class LeaksTest {

    @Test
    void aLeakedVirtualThreadIsCounted() throws Exception {
        int before = Leaks.lifefxThreads();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        Thread leaked = Thread.ofVirtual().name("lifefx-leaked-on-purpose").start(() -> {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        running.await();
        try {
            assertThat(Thread.getAllStackTraces().keySet()).as("what the old check looked at")
                    .doesNotContain(leaked);
            assertThat(Leaks.threadsNamed("lifefx-leaked-on-purpose")).isEqualTo(1);
            assertThat(Leaks.lifefxThreads()).isEqualTo(before + 1);
        } finally {
            release.countDown();
            leaked.join();
        }
        Leaks.awaitAtMost("lifefx- threads once the leaked one ended", Leaks::lifefxThreads, before);
        assertThat(Leaks.threadsNamed("lifefx-leaked-on-purpose")).isZero();
    }
}
