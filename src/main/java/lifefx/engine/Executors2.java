package lifefx.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Shutdown helpers shared by the strategies that own an executor. */
final class Executors2 {

    private Executors2() {
    }

    /** Waits for an executor that was shut down to terminate, retrying through interrupts. */
    static void awaitTerminationUninterruptibly(ExecutorService executor) {
        boolean interrupted = false;
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
