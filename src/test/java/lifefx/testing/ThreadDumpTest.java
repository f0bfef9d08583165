package lifefx.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The leak check sees virtual threads, and fails when one is leaked on purpose. */
class ThreadDumpTest {

    @Test
    void aLeakedVirtualThreadIsSeenAndFailsTheLeakCheck() throws Exception {
        int baseline = ThreadDump.count("lifefx-");
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
        try {
            running.await();
            // The old check cannot see it: getAllStackTraces lists platform threads only.
            assertThat(Thread.getAllStackTraces().keySet()).doesNotContain(leaked);
            assertThat(ThreadDump.named("lifefx-")).contains("lifefx-leaked-on-purpose");
            assertThat(ThreadDump.live()).anyMatch(t -> t.virtual() && t.name().equals("lifefx-leaked-on-purpose"));
            assertThatThrownBy(() -> ThreadDump.awaitAtMost("lifefx-", baseline, Duration.ofMillis(300)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("lifefx-leaked-on-purpose");
        } finally {
            release.countDown();
            leaked.join();
        }
        ThreadDump.awaitAtMost("lifefx-", baseline, Duration.ofSeconds(10));
    }

    @Test
    void platformThreadsAreCountedToo() throws Exception {
        int baseline = ThreadDump.count("lifefx-");
        CountDownLatch release = new CountDownLatch(1);
        Thread t = Thread.ofPlatform().name("lifefx-platform-probe").start(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(ThreadDump.count("lifefx-")).isEqualTo(baseline + 1);
        } finally {
            release.countDown();
            t.join();
        }
        assertThat(ThreadDump.count("lifefx-")).isEqualTo(baseline);
    }

    @Test
    void parsesNamesWithEscapesAndIgnoresStackFrames() {
        String json = """
                {"threadDump": {"threadContainers": [{"container": "<root>", "threads": [
                  {"tid": "7", "time": "x", "name": "main", "state": "RUNNABLE",
                   "stack": ["a.b.C.name(C.java:1)", "\\"name\\": \\"fake\\""]},
                  {"tid": "9", "time": "x", "virtual": true, "name": "lifefx-a\\/b \\"q\\"", "stack": []}
                ], "threadCount": "2"}]}}
                """;
        assertThat(ThreadDump.parse(json)).containsExactly(
                new ThreadDump.LiveThread(7, "main", false),
                new ThreadDump.LiveThread(9, "lifefx-a/b \"q\"", true));
    }
}
