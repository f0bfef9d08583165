package lifefx.cli;

/**
 * A failure the user can fix, with the exit code it maps to: {@link #USAGE} (2) for a bad argument,
 * {@link #FAILURE} (1) for a bad file or a failed run. The message is one line.
 */
final class CliException extends Exception {

    static final int FAILURE = 1;
    static final int USAGE = 2;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(USAGE, message);
    }

    static CliException failure(String message) {
        return new CliException(FAILURE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
