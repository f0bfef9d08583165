package lifefx.ui;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit at most once per JVM, for the window and for charts rendered from the
 * command line. While it starts, {@code System.err} is captured, so a failure ends in one line and
 * never in a stack trace, and the expected "unsupported configuration" warning of a classpath
 * launch is dropped. Thread-safe.
 */
final class FxToolkit {

    private static boolean started;

    private FxToolkit() {
    }

    /**
     * For a process that only draws off-screen (no window): asks for JavaFX's headless platform and
     * software rendering, unless the command line chose a platform, so no display or GTK is needed.
     * Must come before {@link #start}; harmless once the toolkit runs.
     */
    static void preferHeadless() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            if (System.getProperty("prism.order") == null) {
                System.setProperty("prism.order", "sw");
            }
        }
    }

    /** Starts the toolkit if it is not running; returns why it failed, or empty when it is up. */
    static synchronized Optional<String> start() {
        if (started) {
            return Optional.empty();
        }
        PrintStream realErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        CountDownLatch up = new CountDownLatch(1);
        Throwable failure = null;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Platform.startup(up::countDown);
            if (!up.await(30, TimeUnit.SECONDS)) {
                failure = new IllegalStateException("the JavaFX toolkit did not start within 30 seconds");
            }
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("already")) {
                // Started elsewhere ("Toolkit already initialized", a test harness): it is up.
                up.countDown();
            } else {
                failure = e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            System.setErr(realErr);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        if (failure != null) {
            return Optional.of(DesktopLauncher.explain(String.valueOf(failure.getMessage()) + "\n" + text));
        }
        Platform.setImplicitExit(false);
        // Keep anything JavaFX printed that is not the expected classpath-launch warning.
        text.lines().filter(l -> !l.isBlank() && !l.contains("Unsupported JavaFX configuration")
                        && !l.endsWith("com.sun.javafx.application.PlatformImpl startup"))
                .forEach(realErr::println);
        started = true;
        return Optional.empty();
    }
}
