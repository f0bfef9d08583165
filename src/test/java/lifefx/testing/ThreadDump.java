package lifefx.testing;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Live threads of this JVM, virtual ones included, read from a JSON thread dump made by {@link
 * HotSpotDiagnosticMXBean#dumpThreads}. {@code Thread.getAllStackTraces()} lists platform threads
 * only, so a leak check built on it cannot see a leaked virtual thread; the dump lists every thread
 * the JDK tracks, and virtual threads are tracked by default ({@code jdk.trackAllThreads}).
 *
 * <p>The JSON is read with a small pattern rather than a parser: each thread object carries a
 * {@code "tid"} and, a few plain fields later, a {@code "name"}; stack frames are bare strings, so
 * they never match. A dump is tens of kilobytes per hundred threads, so take one at quiet points,
 * not in a loop over a running generation with a million virtual threads.
 *
 * <p>Thread-safe; each call writes and deletes its own temporary file.
 */
public final class ThreadDump {

    private static final Pattern THREAD = Pattern.compile(
            "\"tid\"\\s*:\\s*\"?(\\d+)\"?[^{}\\[\\]]*?\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One live thread: its id, its name as written in the dump, and whether it is virtual. */
    public record LiveThread(long tid, String name, boolean virtual) {
    }

    private ThreadDump() {
    }

    /** Every thread alive at the moment of the dump, platform and virtual. */
    public static List<LiveThread> live() {
        return parse(dumpJson());
    }

    /** Names of the live threads whose name starts with {@code prefix}, virtual ones included. */
    public static List<String> named(String prefix) {
        List<String> names = new ArrayList<>();
        for (LiveThread t : live()) {
            if (t.name().startsWith(prefix)) {
                names.add(t.name());
            }
        }
        return names;
    }

    /** How many live threads, virtual ones included, have a name starting with {@code prefix}. */
    public static int count(String prefix) {
        return named(prefix).size();
    }

    /**
     * Waits (polling thread dumps, up to {@code timeout}) until at most {@code expected} live
     * threads, virtual ones included, have a name starting with {@code prefix}.
     *
     * @throws AssertionError naming the threads still alive when the time is up
     */
    public static void awaitAtMost(String prefix, int expected, Duration timeout) {
        try {
            // Few dumps, spaced out: JDK 25.0.3's dumpThreads can crash the JVM when it snapshots a
            // virtual thread in the middle of mounting or exiting (JDK-8364343, JDK-8392031), and
            // threads that are ending do exactly that. Never poll dumps while threads churn.
            Awaitility.await().atMost(timeout).pollDelay(Duration.ofMillis(100)).pollInterval(Duration.ofMillis(200))
                    .until(() -> count(prefix) <= expected);
        } catch (ConditionTimeoutException e) {
            List<String> alive = named(prefix);
            throw new AssertionError("expected at most " + expected + " live threads named " + prefix
                    + "..., virtual ones included, but after " + timeout.toMillis() + " ms " + alive.size()
                    + " are alive: " + alive);
        }
    }

    /** The threads listed in a JSON thread dump, each once. Package-private for its own test. */
    static List<LiveThread> parse(String json) {
        Map<Long, LiveThread> byId = new LinkedHashMap<>();
        Matcher m = THREAD.matcher(json);
        while (m.find()) {
            long tid = Long.parseLong(m.group(1));
            boolean virtual = json.substring(m.start(), m.end()).matches("(?s).*\"virtual\"\\s*:\\s*true.*");
            byId.putIfAbsent(tid, new LiveThread(tid, unescape(m.group(2)), virtual));
        }
        return List.copyOf(byId.values());
    }

    private static String unescape(String s) {
        return s.replace("\\/", "/").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static String dumpJson() {
        try {
            Path dir = Files.createTempDirectory("lifefx-threads");
            Path file = dir.resolve("dump.json"); // must not exist yet
            try {
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpThreads(file.toAbsolutePath().toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
                return Files.readString(file);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not take a thread dump", e);
        }
    }
}
