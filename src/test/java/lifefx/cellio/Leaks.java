package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import lifefx.testing.ThreadDump;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;

/**
 * Counting what a test might leave behind: open file descriptors and LifeFX threads, virtual ones
 * included; and waiting, on a condition, for them to go.
 */
final class Leaks {

    private static final Path FDS = Path.of("/proc/self/fd");
    /** Hang guard for every wait: generous, since closing a socket or a peer noticing takes a moment. */
    private static final Duration WAIT = Duration.ofSeconds(10);

    static {
        // The first thread dump loads classes and opens descriptors that the JVM then keeps; take
        // it now, so that it is in every descriptor baseline rather than counted as a leak.
        threadsNamed("lifefx-");
    }

    private Leaks() {
    }

    /** File descriptors this process has open, from {@code /proc/self/fd}; skips the test elsewhere. */
    static int openFds() {
        Assumptions.assumeTrue(Files.isDirectory(FDS), "no /proc/self/fd on this system: descriptor counts skipped");
        try (Stream<Path> s = Files.list(FDS)) {
            return (int) s.count() - 1; // the listing's own descriptor
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + FDS + ": " + e.getMessage(), e);
        }
    }

    /**
     * Live threads named {@code lifefx-...}, platform and virtual. {@code Thread.getAllStackTraces()}
     * never lists virtual threads (and the cell service's threads are all virtual), so this counts
     * them in a JSON thread dump, which lists every thread the JDK tracks, virtual ones included.
     */
    static int lifefxThreads() {
        return threadsNamed("lifefx-");
    }

    /** Live threads whose name starts with {@code prefix}, virtual ones included ({@link ThreadDump}). */
    static int threadsNamed(String prefix) {
        return ThreadDump.count(prefix);
    }

    /** Waits up to 10 s for {@code condition}, then asserts it holds. */
    static void await(String what, BooleanSupplier condition) {
        try {
            Awaitility.await(what).atMost(WAIT).pollInterval(Duration.ofMillis(10)).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            // Fall through to an assertion that names what did not happen.
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    /**
     * Waits up to 10 s for {@code value} to come down to {@code expected} (closing a socket, or a
     * peer noticing, takes a moment), then asserts it did.
     */
    static void awaitAtMost(String what, IntSupplier value, int expected) {
        try {
            Awaitility.await(what).atMost(WAIT).pollInterval(Duration.ofMillis(20))
                    .until(() -> value.getAsInt() <= expected);
        } catch (ConditionTimeoutException e) {
            // Fall through to an assertion that shows the value.
        }
        assertThat(value.getAsInt()).as(what).isLessThanOrEqualTo(expected);
    }
}
