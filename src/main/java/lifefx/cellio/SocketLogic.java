package lifefx.cellio;

import java.io.IOException;
import java.util.Objects;
import lifefx.life.CellLogic;
import lifefx.life.Rule;

/**
 * {@code socket} mode: each call is a real TCP request to the {@link CellRuleService}, which
 * computes the rule and replies with the next state. Plain blocking code: borrow a connection,
 * write, read, give it back. Thread-safe: strategies call one instance from many threads at once,
 * each on its own borrowed connection.
 *
 * <p>Cancellation: on a virtual thread an interrupt ends a blocked read at once (the JDK closes the
 * socket), and the call throws {@link InterruptedException}. On a platform thread a socket read is
 * not interruptible, so a cancelled call would wait for its reply, up to the read timeout; a
 * strategy being closed calls {@link #abort()}, which closes the sockets of the calls in progress,
 * so those reads throw at once.
 */
public final class SocketLogic implements CellLogic {

    private final ConnectionPool pool;
    private final Rule rule;
    /** The 18 possible request lines, index {@code alive * 9 + neighbours}: built once, never per call. */
    private final byte[][] requests = new byte[18][];

    SocketLogic(ConnectionPool pool, Rule rule) {
        this.pool = Objects.requireNonNull(pool);
        this.rule = rule.withoutTorus();
        for (int n = 0; n <= 8; n++) {
            requests[n] = CellProtocol.request(false, n, this.rule);
            requests[9 + n] = CellProtocol.request(true, n, this.rule);
        }
    }

    @Override
    public boolean next(boolean alive, int liveNeighbours) throws IOException, InterruptedException {
        return pool.call(requests[(alive ? 9 : 0) + Objects.checkIndex(liveNeighbours, 9)]);
    }

    /**
     * Makes every call in progress on this logic's connection pool fail promptly with a
     * {@link CellIoException} saying it was aborted: closes the connections out on a call (and
     * connects in progress), and wakes calls waiting for a connection. Idle connections stay, and
     * calls made afterwards work as usual. Any thread.
     */
    @Override
    public void abort() {
        pool.abort();
    }

    /** The rule the service is asked to compute. */
    public Rule rule() {
        return rule;
    }

    @Override
    public String toString() {
        return "socket " + rule;
    }
}
