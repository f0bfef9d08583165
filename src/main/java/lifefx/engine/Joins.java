package lifefx.engine;

/** Waiting helpers for cancellation paths, which must wait even when interrupted themselves. */
final class Joins {

    private Joins() {
    }

    /**
     * Joins the first {@code n} threads, retrying through interrupts, then restores the caller's
     * interrupt status if one arrived. Used after a cancelled generation, so that {@code step}
     * never returns while one of its threads still runs.
     */
    static void joinUninterruptibly(Thread[] threads, int n) {
        boolean interrupted = false;
        for (int i = 0; i < n; i++) {
            while (true) {
                try {
                    threads[i].join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
