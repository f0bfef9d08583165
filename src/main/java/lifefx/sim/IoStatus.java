package lifefx.sim;

import java.util.Objects;

/**
 * The cell I/O a snapshot was computed with, and how many cell calls were in flight.
 *
 * @param mode         {@code none}, {@code latency} or {@code socket}
 * @param latencyNanos each call's designed wait (the sleep, or the service's delay); 0 for none
 * @param inFlight     cell calls in flight when the snapshot was taken
 * @param peakInFlight most calls in flight at once since the I/O was (re)opened
 * @param waiting      of the calls in flight, those waiting for a pooled connection (socket mode;
 *                     else 0): a bounded pool makes the calls beyond it wait, and the wait is I/O
 * @param busyConnections connections out on a call (socket mode; else 0)
 */
public record IoStatus(String mode, long latencyNanos, int inFlight, int peakInFlight, int waiting,
                       int busyConnections) {

    /** Pure computation: no I/O, nothing in flight. */
    public static final IoStatus NONE = new IoStatus("none", 0, 0, 0, 0, 0);

    public IoStatus {
        Objects.requireNonNull(mode, "mode");
        if (latencyNanos < 0 || inFlight < 0 || peakInFlight < 0 || waiting < 0 || busyConnections < 0) {
            throw new IllegalArgumentException("I/O figures cannot be negative");
        }
    }

    /** Without a connection pool: nothing waits for a connection, no connection is busy. */
    public IoStatus(String mode, long latencyNanos, int inFlight, int peakInFlight) {
        this(mode, latencyNanos, inFlight, peakInFlight, 0, 0);
    }

    public boolean active() {
        return !mode.equals("none");
    }
}
