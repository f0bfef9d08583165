package lifefx.sim;

/**
 * Something the user should be told, such as a generation that failed. Immutable.
 *
 * @param id      increases with every new notice, so a view can tell a new notice from one it has
 *                already shown
 * @param message one line fit to show a user
 * @param info    true for news that is no failure (an auto-stop), which a window shows without an alert
 */
public record Notice(long id, String message, boolean info) {

    public Notice {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a notice needs a message");
        }
    }

    /** A notice of a failure. */
    public Notice(long id, String message) {
        this(id, message, false);
    }
}
