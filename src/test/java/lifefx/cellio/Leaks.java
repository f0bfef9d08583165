package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Counting what a test might leave behind: open file descriptors and LifeFX platform threads. */
final class Leaks {

    private static final Path FDS = Path.of("/proc/self/fd");

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

    /** Live platform threads named {@code lifefx-...}. */
    static int lifefxThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("lifefx-"))
                .count();
    }

    /** Waits up to 10 s for {@code condition}, then asserts it holds. */
    static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    /**
     * Waits up to 10 s for {@code value} to come down to {@code expected} (closing a socket, or a
     * peer noticing, takes a moment), then asserts it did.
     */
    static void awaitAtMost(String what, IntSupplier value, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (value.getAsInt() > expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(value.getAsInt()).as(what).isLessThanOrEqualTo(expected);
    }
}
