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
        joinUninterruptibly(threads, 0, n);
    }

    /** {@link #joinUninterruptibly(Thread[], int)} for the threads from {@code from} (inclusive) to {@code to}. */
    static void joinUninterruptibly(Thread[] threads, int from, int to) {
        boolean interrupted = false;
        for (int i = from; i < to; i++) {
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
