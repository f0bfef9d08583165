package lifefx.cellio;

import java.io.IOException;

/**
 * A cell call's I/O failed: the service could not be reached, stopped, did not reply in time, or
 * refused the request. The message is one line saying which, fit to show a user as it is (the
 * strategies put it into their {@code StepFailedException}).
 */
public final class CellIoException extends IOException {

    private final boolean serviceGone;

    CellIoException(String message, Throwable cause, boolean serviceGone) {
        super(message, cause);
        this.serviceGone = serviceGone;
    }

    /**
     * Whether the failure says the service as a whole is unreachable (refused, closed, reset), as
     * opposed to one slow or refused call. Pooled connections are dropped when it is.
     */
    public boolean serviceGone() {
        return serviceGone;
    }
}
