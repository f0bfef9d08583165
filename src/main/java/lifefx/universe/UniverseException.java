package lifefx.universe;

/** A step or an edit that a universe cannot do, with a one-line message fit to show a user. */
public final class UniverseException extends Exception {

    public UniverseException(String message) {
        super(message);
    }

    public UniverseException(String message, Throwable cause) {
        super(message, cause);
    }
}
