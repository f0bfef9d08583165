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

    /** Longest cause text kept in a message, so one failure never floods a terminal or a notice. */
    static final int MAX_CAUSE_TEXT = 400;

    /** Wraps what a cell's logic threw, naming the generation it broke. */
    static StepFailedException fromCell(String strategy, long generation, Throwable cause) {
        return new StepFailedException(strategy + ": generation " + (generation + 1) + " failed: " + describe(cause),
                cause);
    }

    /**
     * {@code cause} as one line. Our own exceptions (and a plain {@code IOException}) carry a
     * sentence meant for users and are shown as they are. The JDK's own subclasses often carry a
     * bare fragment ("Connection refused", "Read timed out", or null), which means little without
     * the exception's name, so that is put in front. Line breaks in a message become spaces, and a
     * very long message is cut, because the result is shown on one line of a CLI or a notice.
     */
    static String describe(Throwable cause) {
        String name = cause.getClass().getSimpleName();
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return name;
        }
        String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
        if (line.length() > MAX_CAUSE_TEXT) {
            line = line.substring(0, MAX_CAUSE_TEXT) + "...";
        }
        String type = cause.getClass().getName();
        boolean fromJdk = type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("sun.");
        boolean plain = cause.getClass() == java.io.IOException.class || cause.getClass() == RuntimeException.class;
        return fromJdk && !plain ? name + ": " + line : line;
    }
}
