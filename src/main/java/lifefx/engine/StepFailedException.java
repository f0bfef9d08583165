package lifefx.engine;

/**
 * A generation could not be computed: a cell's logic threw, an I/O call failed, or the strategy
 * could not start its threads. The message is one line fit to show a user; nothing of the failed
 * generation was published.
 */
public final class StepFailedException extends Exception {

    public StepFailedException(String message) {
        super(message);
    }

    public StepFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps what a cell's logic threw, naming the generation it broke. */
    static StepFailedException fromCell(String strategy, long generation, Throwable cause) {
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new StepFailedException(strategy + ": generation " + (generation + 1) + " failed: " + what, cause);
    }
}
