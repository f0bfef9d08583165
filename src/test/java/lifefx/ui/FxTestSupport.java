package lifefx.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Callable;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the JavaFX toolkit once per JVM, however many test classes ask (JavaFX refuses a second
 * start), and runs code on the FX thread for tests. Thread-safe.
 */
public final class FxTestSupport {

    private static boolean started;

    private FxTestSupport() {
    }

    /** Starts the toolkit if nobody has yet; later calls return at once. */
    public static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            // Someone else (TestFX, another helper) started it: fine, it is up.
            up.countDown();
        }
        Platform.setImplicitExit(false);
        if (!up.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within 30 s");
        }
        started = true;
    }

    /** Runs {@code task} on the FX thread and returns its result, rethrowing what it threw. */
    public static <T> T onFx(Callable<T> task) throws Exception {
        start();
        if (Platform.isFxApplicationThread()) {
            return task.call();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not run the task within 30 s", e);
        }
    }

    /** Runs {@code task} on the FX thread and waits for it. */
    public static void runFx(ThrowingRunnable task) throws Exception {
        onFx(() -> {
            task.run();
            return null;
        });
    }

    /**
     * Waits until the FX thread has run {@code n} more pulses (frames) and finished the last one,
     * so the window's timer, layout and drawing have caught up. Counts real pulses with an
     * {@link AnimationTimer}; does not guess with a sleep.
     */
    public static void pulses(int n) throws Exception {
        CountDownLatch seen = new CountDownLatch(n);
        AnimationTimer counter = onFx(() -> {
            AnimationTimer t = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    seen.countDown();
                    if (seen.getCount() == 0) {
                        stop();
                    }
                }
            };
            t.start();
            return t;
        });
        boolean done = seen.await(20, TimeUnit.SECONDS);
        runFx(counter::stop);
        if (!done) {
            throw new AssertionError("the FX thread ran only " + (n - seen.getCount()) + " of " + n
                    + " pulses within 20 s");
        }
        // A runnable posted now runs after the rest of the last pulse (layout, rendering).
        runFx(() -> { });
    }

    /**
     * Waits until {@code condition}, evaluated on the FX thread, holds; fails after 20 s (a hang
     * guard, not a speed check).
     */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
