package lifefx.cellio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import lifefx.life.Rule;

/**
 * The cell-rule service of {@code socket} mode: a small TCP server on {@code 127.0.0.1} that
 * answers "what is this cell's next state?" (the {@link CellProtocol line protocol}), optionally
 * after a fixed delay, as a remote service would.
 *
 * <p><b>Threading.</b> One virtual thread accepts, and each connection gets its own virtual
 * thread, which reads a request, sleeps the delay, replies, and repeats. A virtual thread that
 * waits (for a request, or in the delay) unmounts from its carrier, so thousands of connections
 * cost thousands of small heap objects, not thousands of OS threads. Every method may be called
 * from any thread.
 *
 * <p><b>Robustness.</b> The socket binds to the loopback address only, so nothing off the machine
 * can reach it. A malformed request gets an {@code ERR} reply with one line saying what is wrong
 * and the connection stays usable (a line longer than {@link CellProtocol#MAX_LINE} bytes is
 * refused and the connection closed). Whatever a client does, at worst its own connection closes:
 * the accept loop never ends until {@link #close()}. If {@code accept} fails (for example, the
 * process is out of file descriptors), the loop backs off and tries again, and the failure is
 * kept in {@link #notices()}.
 *
 * <p><b>Bounded.</b> Every connection holds a descriptor of this process, which is also the
 * window's and the connection pool's, so another local process must not be able to take them all:
 * 500 idle connections from elsewhere once pushed the app to its open-file limit, and the service
 * then stopped answering for seconds at a time. So the service holds at most {@code
 * maxConnections} connections. A connection that arrives when it is full takes the place of the
 * connection that has been idle longest (no request in progress), which is closed; only when
 * every connection is busy is the newcomer refused, with an {@code ERR} line saying so. And a
 * connection that sends no request for {@code idleTimeout} is closed. Neither closing sends a
 * line: an idle client reads it only as the reply to its next request. (The connection pool
 * recognises a pooled connection closed this way and retries its call on another one.)
 *
 * <p><b>Stopping.</b> {@link #close()} stops accepting, closes every connection (a client waiting
 * for a reply then sees the connection closed), interrupts every delay, and waits for all of the
 * service's threads to end.
 */
public final class CellRuleService implements AutoCloseable {

    /** Pending connections the kernel may queue; a virtual-thread fan-out connects thousands at once. */
    static final int BACKLOG = 4096;

    /** How long a connection may stay idle, with no request, before the service closes it. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Connections a service started by {@link CellIo} takes beyond its owner's pool: room for
     * other local clients (a second window, a script). Each costs the process one descriptor.
     */
    public static final int FOREIGN_HEADROOM = 64;

    /** Connections {@link #start(long)} allows: the largest pool plus the headroom. */
    public static final int DEFAULT_MAX_CONNECTIONS = CellIoMode.Socket.MAX_CONNECTIONS + FOREIGN_HEADROOM;

    /** Refusals written at once at most; beyond that a refused connection is closed without a line. */
    private static final int MAX_REFUSING = 16;

    /** How long {@link #close()} waits for the service's threads. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private static final InetAddress LOOPBACK_V4;

    static {
        try {
            LOOPBACK_V4 = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ServerSocket server;
    private final long delayNanos;
    private final Duration delay;
    private final int maxConnections;
    private final int idleTimeoutMillis;
    private final Thread acceptor;
    private final Map<Socket, Conn> connections = new ConcurrentHashMap<>();
    /** Threads of connections closed by the acceptor (evicted or refused) that may still be ending. */
    private final java.util.Set<Thread> ending = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refusing = new AtomicInteger();
    private final AtomicLong idleClosed = new AtomicLong();
    private final AtomicLong evicted = new AtomicLong();
    private final AtomicLong connectionsRefused = new AtomicLong();
    private volatile boolean fullNoticed;
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final AtomicInteger peakConnections = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final InFlightMeter inProgress = new InFlightMeter();
    private volatile boolean closed;

    /** One connection and its handler thread; {@code lastActive} and {@code busy} are written by that thread. */
    private static final class Conn {
        final Thread thread;
        volatile long lastActive = System.nanoTime();
        volatile boolean busy;

        Conn(Thread thread) {
            this.thread = thread;
        }
    }

    private CellRuleService(ServerSocket server, long delayNanos, int maxConnections, Duration idleTimeout) {
        this.server = server;
        this.delayNanos = delayNanos;
        this.maxConnections = maxConnections;
        this.idleTimeoutMillis = (int) idleTimeout.toMillis();
        this.delay = delayNanos == 0 ? null : Duration.ofNanos(delayNanos);
        this.acceptor = Thread.ofVirtual().name("lifefx-cellsvc-accept").unstarted(this::acceptLoop);
    }

    /**
     * Starts a service on {@code 127.0.0.1} and an ephemeral port, taking at most
     * {@link #DEFAULT_MAX_CONNECTIONS} connections and closing those idle for
     * {@link #DEFAULT_IDLE_TIMEOUT}.
     *
     * @param delayNanos how long the service waits before each reply, 0 for none
     * @throws IOException when the port cannot be bound
     */
    public static CellRuleService start(long delayNanos) throws IOException {
        return start(delayNanos, DEFAULT_MAX_CONNECTIONS, DEFAULT_IDLE_TIMEOUT);
    }

    /**
     * Starts a service on {@code 127.0.0.1} and an ephemeral port.
     *
     * @param delayNanos     how long the service waits before each reply, 0 for none
     * @param maxConnections most connections held at once, at least 1
     * @param idleTimeout    how long a connection may go without a request before it is closed,
     *                       at least 1 ms and under 24 days
     * @throws IOException when the port cannot be bound
     */
    public static CellRuleService start(long delayNanos, int maxConnections, Duration idleTimeout)
            throws IOException {
        return start(delayNanos, maxConnections, idleTimeout, BACKLOG);
    }

    /**
     * As {@link #start(long, int, Duration)}, with a listen queue of {@code backlog}: tests use a
     * short one, as on systems whose {@code somaxconn} is small (128 on macOS and older Linux), to
     * show that the pool never connects faster than the queue holds.
     */
    static CellRuleService start(long delayNanos, int maxConnections, Duration idleTimeout, int backlog)
            throws IOException {
        if (delayNanos < 0 || delayNanos > DurationText.MAX_NANOS) {
            throw new IllegalArgumentException("service delay must be between 0 and "
                    + DurationText.format(DurationText.MAX_NANOS) + ", got " + delayNanos + " ns");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("the service's connection cap must be at least 1, got " + maxConnections);
        }
        if (idleTimeout == null || idleTimeout.toMillis() < 1 || idleTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the service's idle timeout must be at least 1 ms and under 24 days, got "
                    + idleTimeout);
        }
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(LOOPBACK_V4, 0), backlog);
        } catch (IOException e) {
            server.close();
            throw new IOException("cannot start the cell service on 127.0.0.1: " + e.getMessage(), e);
        }
        CellRuleService service = new CellRuleService(server, delayNanos, maxConnections, idleTimeout);
        service.acceptor.start();
        return service;
    }

    /** Where the service listens: {@code 127.0.0.1} and its port. */
    public InetSocketAddress address() {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    /** The service's delay before each reply, in nanoseconds. */
    public long delayNanos() {
        return delayNanos;
    }

    /** Client connections open now. */
    public int openConnections() {
        return connections.size();
    }

    /** The most client connections open at once since the start. */
    public int peakConnections() {
        return peakConnections.get();
    }

    /** Connections accepted since the start. */
    public int acceptedConnections() {
        return connectionIds.get();
    }

    /**
     * Requests being served now and at the most: read and not yet answered, which includes the
     * delay. Measured on the service's side of the wire, so it shows how many calls really overlap.
     */
    public InFlightMeter requestsInProgress() {
        return inProgress;
    }

    /** The most connections the service holds at once. */
    public int maxConnections() {
        return maxConnections;
    }

    /** How long a connection may go without a request before the service closes it. */
    public Duration idleTimeout() {
        return Duration.ofMillis(idleTimeoutMillis);
    }

    /** Connections closed because they sent no request within the idle timeout. */
    public long idleConnectionsClosed() {
        return idleClosed.get();
    }

    /** Idle connections closed to make room for a new one while the service was full. */
    public long connectionsEvicted() {
        return evicted.get();
    }

    /** New connections refused because the service was full and none of its connections was idle. */
    public long connectionsRefused() {
        return connectionsRefused.get();
    }

    /** Requests answered with a next state. */
    public long requestsServed() {
        return served.get();
    }

    /** Requests refused with an {@code ERR} reply. */
    public long requestsRefused() {
        return refused.get();
    }

    /** Threads of the service still alive (the acceptor and one per open connection). */
    public int liveThreads() {
        int n = acceptor.isAlive() ? 1 : 0;
        for (Conn c : connections.values()) {
            if (c.thread.isAlive()) {
                n++;
            }
        }
        for (Thread t : ending) {
            if (t.isAlive()) {
                n++;
            }
        }
        return n;
    }

    /** Whether the service still accepts connections. */
    public boolean isRunning() {
        return !closed && acceptor.isAlive();
    }

    /** Things that went wrong but did not stop the service, such as failed accepts; one line each. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** Runs on the acceptor thread until close(). */
    private void acceptLoop() {
        long lastNotice = 0;
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                // Usually "Too many open files": back off so that a full table is not spun on, and
                // let the connections that are open finish and free descriptors.
                long now = System.nanoTime();
                if (now - lastNotice > TimeUnit.SECONDS.toNanos(1)) {
                    notices.add("cell service: accept failed (" + e.getMessage() + "); retrying");
                    lastNotice = now;
                }
                if (!pause(20)) {
                    return;
                }
                continue;
            }
            if (connections.size() >= maxConnections && !evictLongestIdle()) {
                refuse(socket);
            } else {
                serve(socket);
            }
        }
    }

    /**
     * Closes the connection idle longest, to make room for a new one; false if every connection
     * is busy. Acceptor thread only, so the map cannot grow meanwhile. A request that arrives just
     * as its connection is chosen is lost with it; its client sees the connection closed before
     * any reply, which the pool takes as a stale connection and retries elsewhere.
     */
    private boolean evictLongestIdle() {
        Map.Entry<Socket, Conn> oldest = null;
        for (Map.Entry<Socket, Conn> e : connections.entrySet()) {
            Conn c = e.getValue();
            if (!c.busy && (oldest == null || c.lastActive - oldest.getValue().lastActive < 0)) {
                oldest = e;
            }
        }
        if (oldest == null) {
            return false;
        }
        // Into "ending" first: a handler that ends meanwhile removes itself from both sets, so no
        // thread is left behind in either, whichever runs first.
        Thread handler = oldest.getValue().thread;
        ending.add(handler);
        if (!connections.remove(oldest.getKey(), oldest.getValue())) {
            ending.remove(handler);
            return true; // it ended by itself just now, which made the room
        }
        closeQuietly(oldest.getKey());
        evicted.incrementAndGet();
        noticeFull();
        return true;
    }

    private void noticeFull() {
        if (!fullNoticed) {
            fullNoticed = true;
            notices.add("cell service: " + maxConnections + " connections open, the most it holds; new ones"
                    + " replace the one idle longest, or are refused when none is idle");
        }
    }

    /**
     * Tells a newcomer that the service is full, on a short-lived thread of its own (the reply is
     * written, then the client's request drained, so that the close does not reset the reply
     * away); at most {@link #MAX_REFUSING} at once, beyond which the connection is just closed.
     * Acceptor thread only.
     */
    private void refuse(Socket socket) {
        connectionsRefused.incrementAndGet();
        noticeFull();
        if (refusing.incrementAndGet() > MAX_REFUSING || closed) {
            refusing.decrementAndGet();
            closeQuietly(socket);
            return;
        }
        Thread t = Thread.ofVirtual().name("lifefx-cellsvc-refuse").unstarted(() -> {
            try (socket) {
                InputStream in = socket.getInputStream();
                socket.getOutputStream().write(CellProtocol.error("the cell service is full: " + maxConnections
                        + " connections open, all busy; try again later"));
                lingeringClose(socket, in);
            } catch (IOException e) {
                // The client went away first; nothing to tell it.
            } finally {
                refusing.decrementAndGet();
                ending.remove(Thread.currentThread());
            }
        });
        ending.add(t);
        try {
            t.start();
        } catch (RuntimeException | OutOfMemoryError e) {
            ending.remove(t);
            refusing.decrementAndGet();
            closeQuietly(socket);
        }
    }

    private void serve(Socket socket) {
        int id = connectionIds.incrementAndGet();
        Conn[] self = new Conn[1];
        Thread handler = Thread.ofVirtual().name("lifefx-cellsvc-conn-" + id).unstarted(() -> handle(socket, self[0]));
        self[0] = new Conn(handler);
        connections.put(socket, self[0]);
        peakConnections.accumulateAndGet(connections.size(), Math::max);
        try {
            if (closed) {
                throw new IllegalStateException("closed");
            }
            handler.start();
        } catch (RuntimeException | OutOfMemoryError e) {
            connections.remove(socket);
            closeQuietly(socket);
        }
    }

    /** Runs on the connection's own virtual thread: requests until EOF, an error, or close(). */
    private void handle(Socket socket, Conn conn) {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(idleTimeoutMillis);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            LineReader reader = new LineReader(in);
            String lastRuleText = null;
            Rule lastRule = null;
            while (!closed) {
                String line;
                try {
                    line = reader.readLine();
                } catch (LineReader.TooLong e) {
                    refused.incrementAndGet();
                    out.write(CellProtocol.error("request longer than " + CellProtocol.MAX_LINE
                            + " bytes; closing the connection"));
                    lingeringClose(socket, in);
                    return;
                }
                if (line == null) {
                    return; // the client closed the connection
                }
                conn.busy = true;
                byte[] reply;
                inProgress.enter();
                try {
                    CellProtocol.Request r = CellProtocol.parseRequest(line, lastRuleText, lastRule);
                    lastRule = r.rule();
                    lastRuleText = line.substring(line.lastIndexOf(' ') + 1).strip();
                    if (delay != null) {
                        Thread.sleep(delay);
                    }
                    reply = CellProtocol.reply(r.rule().next(r.alive(), r.liveNeighbours()));
                    served.incrementAndGet();
                } catch (CellProtocol.BadRequest e) {
                    reply = CellProtocol.error(e.getMessage());
                    refused.incrementAndGet();
                } finally {
                    inProgress.exit();
                }
                out.write(reply);
                conn.lastActive = System.nanoTime();
                conn.busy = false;
            }
        } catch (java.net.SocketTimeoutException e) {
            idleClosed.incrementAndGet(); // no request within the idle timeout: the close is the answer
        } catch (IOException | InterruptedException e) {
            // The client went away, or close() closed the socket or interrupted the delay.
        } catch (RuntimeException | Error e) {
            // A bug or an exhausted resource ends this one connection, never the service.
            if (!closed) {
                notices.add("cell service: connection dropped after an internal error: " + e);
            }
        } finally {
            connections.remove(socket, conn);
            ending.remove(Thread.currentThread());
        }
    }

    /**
     * Ends a connection whose client is still sending, without losing the reply already written:
     * closing a socket with unread input makes the kernel send a reset, which can destroy the reply
     * before the client reads it. So: send FIN after the reply, read and drop what the client still
     * sends (bounded in bytes and time), then close.
     */
    private static void lingeringClose(Socket socket, InputStream in) throws IOException {
        socket.shutdownOutput();
        socket.setSoTimeout(1000);
        byte[] sink = new byte[8192];
        long left = 1 << 20;
        try {
            int n;
            while (left > 0 && (n = in.read(sink)) >= 0) {
                left -= n;
            }
        } catch (java.net.SocketTimeoutException e) {
            // The client neither stopped nor closed: give up waiting for it.
        }
    }

    /**
     * Stops the service: no new connections, every open one closed, every thread ended before this
     * returns (or a notice says which did not within {@link #STOP_WAIT}). Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        // The acceptor first: once it has ended, no connection can be added behind our back.
        boolean interrupted = !join(acceptor, deadline);
        List<Thread> threads = new java.util.ArrayList<>(ending);
        for (Map.Entry<Socket, Conn> e : connections.entrySet()) {
            closeQuietly(e.getKey());
            e.getValue().thread.interrupt();
            threads.add(e.getValue().thread);
        }
        for (Thread t : ending) {
            t.interrupt();
        }
        for (Thread t : threads) {
            interrupted |= !join(t, deadline);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for {@code t} until the deadline, through interrupts; false if one arrived. */
    private boolean join(Thread t, long deadline) {
        boolean interrupted = false;
        while (t.isAlive()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                notices.add("cell service: thread " + t.getName() + " did not stop within " + STOP_WAIT);
                break;
            }
            try {
                t.join(Duration.ofNanos(left));
            } catch (InterruptedException ex) {
                interrupted = true;
            }
        }
        return !interrupted;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // Closing on the way out; there is nothing left to tell.
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "cell service at 127.0.0.1:" + server.getLocalPort();
    }

    /**
     * Reads lines of printable ASCII of at most {@link CellProtocol#MAX_LINE} bytes. One per
     * connection, used only by its handler thread.
     */
    private static final class LineReader {
        static final class TooLong extends Exception {
            TooLong() {
                super(null, null, false, false);
            }
        }

        private final InputStream in;
        private final byte[] buf = new byte[2048];
        private int start;
        private int end;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** The next line without its LF, or null at end of stream (a partial last line is dropped). */
        String readLine() throws IOException, TooLong {
            int scanFrom = start;
            while (true) {
                for (int i = scanFrom; i < end; i++) {
                    if (buf[i] == '\n') {
                        if (i - start + 1 > CellProtocol.MAX_LINE) {
                            throw new TooLong();
                        }
                        String line = new String(buf, start, i - start, StandardCharsets.ISO_8859_1);
                        start = i + 1;
                        return line;
                    }
                }
                if (end - start >= CellProtocol.MAX_LINE) {
                    throw new TooLong();
                }
                if (start > 0) {
                    System.arraycopy(buf, start, buf, 0, end - start);
                    end -= start;
                    start = 0;
                }
                scanFrom = end;
                int n = in.read(buf, end, buf.length - end);
                if (n < 0) {
                    return null;
                }
                end += n;
            }
        }
    }
}
