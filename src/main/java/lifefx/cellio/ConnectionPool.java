package lifefx.cellio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded pool of client connections to one {@link CellRuleService}. A call borrows a
 * connection, sends one request, reads one reply, and gives it back.
 *
 * <p><b>Sized by use, bounded by a cap.</b> The pool opens a connection only when a call finds no
 * idle one, and never holds more than {@code cap} open. So it grows to the strategy's concurrency
 * or to the cap, whichever is smaller: {@code sequential} uses one connection, a 5-thread pool
 * five, one virtual thread per cell as many as the cap allows. A call that finds the pool at its
 * cap <em>waits</em> for a connection to come back; that wait is part of the call, so it counts as
 * I/O time, and {@link #waiting()} shows how many calls are in it. The cap is the smaller of what
 * was asked for and what the open-file limit allows (see {@link FileDescriptors}); when that limit
 * is what makes a call wait, the pool says so once in {@link #notices()}. If the kernel refuses a
 * socket anyway ("Too many open files"), the pool lowers its cap to the connections it has and
 * waits for one of those; only with no connection at all does the call fail, with a message
 * naming the limit.
 *
 * <p><b>Opened at a bounded rate.</b> At most {@link #MAX_CONNECTING} connects are in progress at
 * once. Ten thousand virtual threads that all want a connection at the same moment would otherwise
 * send ten thousand SYNs at the service's listen queue; the kernel drops what overflows it, and a
 * dropped SYN is retried only after a second or more, so calls failed with connect timeouts. With
 * the bound, the queue never holds more than a few dozen of ours, and a call that cannot connect
 * yet waits for either a free connect slot or a connection coming back, whichever comes first.
 *
 * <p><b>Failure.</b> A connection whose call failed is closed, never reused: after a timeout or a
 * cancelled read, a late reply could still be on its way and would answer the next request. When
 * the failure says the service is gone (refused, closed, reset), every idle connection is closed
 * too, and so is every connection still out on a call when it comes back; so once a generation
 * has failed on a dead service, the pool holds no sockets at all. One exception: a connection
 * that had sat idle in the pool and is found closed by the service before any byte of its reply
 * (the service closes idle connections after a timeout, and may close idle ones when it is full)
 * is stale, not a sign of a dead service. The call is then retried on another connection, which
 * is safe because a request only asks for a pure function of its line; idle connections older
 * than the stale one are dropped with it, since the service closed them too.
 *
 * <p><b>Threading.</b> Thread-safe. Borrowing and returning take a {@link ReentrantLock} briefly
 * (never while connecting or doing I/O); a waiting virtual thread parks without holding a carrier.
 * {@link #close()} may be called from any thread at any time: it closes idle and borrowed
 * connections alike, so a call blocked on a read fails at once instead of waiting out its timeout.
 * {@link #abort()} does the same for the calls in progress only, and leaves the pool usable.
 */
final class ConnectionPool implements AutoCloseable {

    /**
     * Most connects in progress at once. Far below any listen backlog (the service asks for 4096,
     * and Linux caps it at {@code net.core.somaxconn}, 4096 by default, 128 on older kernels),
     * yet enough to open a few thousand loopback connections within a second.
     */
    static final int MAX_CONNECTING = 32;

    private final InetSocketAddress address;
    private final String where;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private final boolean capSetByFileLimit;
    private final long fileLimit;
    private final InFlightMeter meter;

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a connection comes back, a connect slot frees up, or the pool is aborted or closed. */
    private final Condition returned = lock.newCondition();
    /** Guarded by lock. Last in, first out: the warmest connection goes next. */
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    /** Guarded by lock: connections open or being opened. */
    private int open;
    /** Guarded by lock: connects in progress, at most {@link #MAX_CONNECTING}. */
    private int connecting;
    /** Guarded by lock: the most connects that were in progress at once. */
    private int peakConnecting;
    /** Guarded by lock: connections out on a call. */
    private int borrowed;
    /** Guarded by lock: calls waiting for a connection. */
    private int waiting;
    /** Guarded by lock. */
    private int cap;
    /** Guarded by lock. */
    private int peakOpen;
    /** Guarded by lock. */
    private boolean closed;
    /** Guarded by lock. */
    private boolean waitNoticed;
    /**
     * Guarded by lock. Counts the times the service was found gone. A connection borrowed before
     * the last such time is not given back but closed: its service may be the one that died.
     */
    private long epoch;
    /** Guarded by lock. Counts {@link #abort()}s; a call that was waiting when one came fails. */
    private long aborts;
    /** Every open connection, idle or borrowed, so close() can reach them all. */
    private final Set<Connection> all = ConcurrentHashMap.newKeySet();
    /** Sockets still connecting, so close() and abort() can end a connect too. */
    private final Set<Socket> connects = ConcurrentHashMap.newKeySet();
    private final List<String> notices = new CopyOnWriteArrayList<>();

    /**
     * @param cap               most connections open at once, at least 1
     * @param capSetByFileLimit whether {@code cap} is what the open-file limit allows rather than
     *                          what was asked for, so that waiting at it deserves a notice
     * @param fileLimit         the open-file limit, for messages (-1 if unknown)
     * @param meter             told when a call starts and stops waiting for a connection
     */
    ConnectionPool(InetSocketAddress address, int cap, boolean capSetByFileLimit, long fileLimit,
                   int connectTimeoutMillis, int readTimeoutMillis, InFlightMeter meter) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be at least 1, got " + cap);
        }
        this.address = address;
        this.where = "the cell service at " + address.getAddress().getHostAddress() + ":" + address.getPort();
        this.cap = cap;
        this.capSetByFileLimit = capSetByFileLimit;
        this.fileLimit = fileLimit;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
        this.meter = meter;
    }

    /**
     * Runs one request/reply on a borrowed connection, waiting for one if the pool is at its cap.
     *
     * @return the cell's next state as the service computed it
     * @throws CellIoException      when connecting, writing or reading fails, or the service refuses
     * @throws InterruptedException when the calling thread is interrupted while it waits for a
     *                              connection, or (on a virtual thread) while it waits for the reply
     */
    boolean call(byte[] request) throws IOException, InterruptedException {
        while (true) {
            Connection c = borrow();
            boolean reusable = false;
            boolean serviceGone = false;
            boolean stale = false;
            try {
                boolean next = c.exchange(request);
                reusable = true;
                return next;
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    // A virtual thread's blocking socket call is interruptible: the JDK closes the
                    // socket and throws. That is a cancellation, not a service failure.
                    InterruptedException ie = new InterruptedException("cell call cancelled");
                    ie.initCause(e);
                    throw ie;
                }
                stale = c.reused && c.replied == 0 && !c.aborted && !isClosed() && closedByPeer(e);
                if (!stale) {
                    CellIoException failure = c.describe(e);
                    serviceGone = failure.serviceGone();
                    throw failure;
                }
            } finally {
                if (reusable) {
                    giveBack(c);
                } else if (stale) {
                    discardStale(c);
                } else {
                    discard(c, serviceGone);
                }
            }
        }
    }

    /** Whether {@code e} says the peer closed or reset the connection (not a timeout, not a refusal). */
    private static boolean closedByPeer(IOException e) {
        return e instanceof PeerClosed
                || (e instanceof java.net.SocketException && !(e instanceof CellIoException));
    }

    private Connection borrow() throws IOException, InterruptedException {
        while (true) {
            long abortsAtStart;
            lock.lockInterruptibly();
            try {
                boolean counted = false;
                abortsAtStart = aborts;
                try {
                    while (true) {
                        if (closed) {
                            throw new CellIoException("socket I/O was closed; " + where + " is no longer used", null, false);
                        }
                        if (aborts != abortsAtStart) {
                            throw aborted(null);
                        }
                        Connection c = idle.pollFirst();
                        if (c != null) {
                            c.epoch = epoch;
                            c.reused = true;
                            c.aborted = false;
                            c.lent = true;
                            borrowed++;
                            return c;
                        }
                        if (open < cap && connecting < MAX_CONNECTING) {
                            open++;
                            connecting++;
                            peakOpen = Math.max(peakOpen, open);
                            peakConnecting = Math.max(peakConnecting, connecting);
                            break;
                        }
                        if (open >= cap && capSetByFileLimit && !waitNoticed) {
                            waitNoticed = true;
                            notices.add("socket mode: calls wait for one of " + cap + " connections, the most the"
                                    + " open-file limit allows (ulimit -n is " + fileLimit + "; each loopback connection"
                                    + " takes 2 descriptors); raise ulimit -n to let more calls overlap");
                        }
                        if (!counted) {
                            counted = true;
                            waiting++;
                            meter.waitStarted();
                        }
                        returned.await();
                    }
                } finally {
                    if (counted) {
                        waiting--;
                        meter.waitEnded();
                    }
                }
            } finally {
                lock.unlock();
            }
            Connection c = null;
            IOException failure = null;
            try {
                c = connect();
            } catch (IOException e) {
                failure = e;
            }
            boolean retry = false;
            boolean closedNow;
            boolean abortedNow;
            lock.lock();
            try {
                connecting--;
                returned.signal(); // a connect slot is free
                closedNow = closed;
                abortedNow = c == null && aborts != abortsAtStart;
                if (c != null && !closedNow) {
                    c.epoch = epoch;
                    all.add(c);
                    c.lent = true;
                    borrowed++;
                } else {
                    open--;
                    if (failure != null && outOfDescriptors(failure) && open > 0) {
                        // The kernel says no more sockets: live with the connections we have.
                        cap = open;
                        notices.add("socket mode: the process ran out of file descriptors at " + (open + 1)
                                + " connections (ulimit -n is " + fileLimit + "); calls now share " + open);
                        retry = true;
                    }
                }
            } finally {
                lock.unlock();
            }
            if (c != null && !closedNow) {
                return c;
            }
            if (c != null) {
                c.close();
            }
            if (closedNow) {
                throw new CellIoException("socket I/O was closed; " + where + " is no longer used", null, false);
            }
            if (abortedNow) {
                throw aborted(failure); // abort() closed the socket while it was connecting
            }
            if (Thread.currentThread().isInterrupted()) {
                // A virtual thread's connect is interruptible too: a cancellation, not a failure.
                InterruptedException ie = new InterruptedException("cell call cancelled while connecting");
                ie.initCause(failure);
                throw ie;
            }
            if (!retry) {
                CellIoException f = describeConnectFailure(failure);
                if (f.serviceGone()) {
                    dropIdle(); // they lead to the same service, which refused this connect
                }
                throw f;
            }
        }
    }

    private CellIoException aborted(Throwable cause) {
        return new CellIoException("a call to " + where + " was aborted: its strategy is being closed", cause, false);
    }

    private Connection connect() throws IOException {
        Socket socket = new Socket();
        connects.add(socket);
        try {
            if (isClosed()) { // close() may have run just before the add, missing this socket
                throw new java.net.SocketException("Socket closed");
            }
            socket.setTcpNoDelay(true);
            socket.connect(address, connectTimeoutMillis);
            socket.setSoTimeout(readTimeoutMillis);
            return new Connection(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        } finally {
            connects.remove(socket);
        }
    }

    private static boolean outOfDescriptors(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Too many open files");
    }

    private CellIoException describeConnectFailure(IOException e) {
        if (outOfDescriptors(e)) {
            long openNow = FileDescriptors.open(); // -1 when even listing them needs a descriptor
            return new CellIoException("cannot open a connection to " + where + ": the process is out of file"
                    + " descriptors (ulimit -n is " + fileLimit + (openNow >= 0 ? ", " + openNow + " open" : "")
                    + "); raise ulimit -n or use fewer threads", e, false);
        }
        if (e instanceof SocketTimeoutException) {
            return new CellIoException("cannot connect to " + where + " within " + connectTimeoutMillis
                    + " ms (connect timeout)", e, true);
        }
        if (e instanceof ConnectException) {
            return new CellIoException("cannot connect to " + where + ": " + lower(e.getMessage())
                    + " (is the service running?)", e, true);
        }
        if (e instanceof CellIoException c) {
            return c;
        }
        return new CellIoException("cannot connect to " + where + ": " + e, e, true);
    }

    private static String lower(String s) {
        return s == null || s.isEmpty() ? "refused" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private void giveBack(Connection c) {
        lock.lock();
        try {
            borrowed--;
            c.lent = false;
            if (!closed && c.epoch == epoch && !c.aborted) {
                c.lastUsed = System.nanoTime();
                idle.addFirst(c);
                returned.signal();
                return;
            }
            open--;
            returned.signal(); // room for a new connection
        } finally {
            lock.unlock();
        }
        all.remove(c);
        c.close();
    }

    private void discard(Connection c, boolean serviceGone) {
        all.remove(c);
        c.close();
        List<Connection> evicted = List.of();
        lock.lock();
        try {
            borrowed--;
            c.lent = false;
            open--;
            if (serviceGone) {
                epoch++;
                evicted = new ArrayList<>(idle);
                idle.clear();
                open -= evicted.size();
            }
            returned.signalAll();
        } finally {
            lock.unlock();
        }
        for (Connection e : evicted) {
            all.remove(e);
            e.close();
        }
    }

    /** The service is gone: closes every idle connection, and every borrowed one as it comes back. */
    private void dropIdle() {
        List<Connection> evicted;
        lock.lock();
        try {
            epoch++;
            evicted = new ArrayList<>(idle);
            idle.clear();
            open -= evicted.size();
            returned.signalAll();
        } finally {
            lock.unlock();
        }
        for (Connection e : evicted) {
            all.remove(e);
            e.close();
        }
    }

    /**
     * Drops a connection the service had closed while it sat idle, and every idle one that had sat
     * there at least as long: the service's idle timeout closed those too.
     */
    private void discardStale(Connection c) {
        all.remove(c);
        c.close();
        List<Connection> older = new ArrayList<>();
        lock.lock();
        try {
            borrowed--;
            c.lent = false;
            open--;
            for (var it = idle.iterator(); it.hasNext(); ) {
                Connection i = it.next();
                if (i.lastUsed - c.lastUsed <= 0) {
                    it.remove();
                    older.add(i);
                }
            }
            open -= older.size();
            returned.signalAll();
        } finally {
            lock.unlock();
        }
        for (Connection o : older) {
            all.remove(o);
            o.close();
        }
    }

    private boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Connections open now, idle or borrowed. */
    int openConnections() {
        lock.lock();
        try {
            return open;
        } finally {
            lock.unlock();
        }
    }

    /** The most connections that were open at once. */
    int peakConnections() {
        lock.lock();
        try {
            return peakOpen;
        } finally {
            lock.unlock();
        }
    }

    /** Connections out on a call now: busy. */
    int busyConnections() {
        lock.lock();
        try {
            return borrowed;
        } finally {
            lock.unlock();
        }
    }

    /** The most connects that were in progress at once; never more than {@link #MAX_CONNECTING}. */
    int peakConnecting() {
        lock.lock();
        try {
            return peakConnecting;
        } finally {
            lock.unlock();
        }
    }

    /** Calls waiting for a connection now. */
    int waiting() {
        lock.lock();
        try {
            return waiting;
        } finally {
            lock.unlock();
        }
    }

    /** The most connections the pool will open now. */
    int cap() {
        lock.lock();
        try {
            return cap;
        } finally {
            lock.unlock();
        }
    }

    List<String> notices() {
        return List.copyOf(notices);
    }

    /** Closes every connection, idle or borrowed; later calls fail at once. Idempotent. */
    @Override
    public void close() {
        List<Connection> idleOnes;
        lock.lock();
        try {
            closed = true;
            idleOnes = new ArrayList<>(idle);
            open -= idle.size();
            idle.clear();
            returned.signalAll();
        } finally {
            lock.unlock();
        }
        for (Connection c : idleOnes) {
            all.remove(c);
            c.close();
        }
        // Borrowed ones: closing the socket makes their blocked read fail now; their callers then
        // discard them, which only counts them out.
        for (Connection c : List.copyOf(all)) {
            c.close();
        }
        closeConnects();
    }

    /**
     * Makes every call in progress fail promptly, and leaves the pool usable for later calls: the
     * connections out on a call are closed (a read blocked on one, even on a platform thread, where
     * a socket read ignores interrupts, then throws), connects in progress are closed, and calls
     * waiting for a connection wake up and fail. Each such call fails with a {@link CellIoException}
     * saying it was aborted. Idle connections stay. Any thread, at any time.
     */
    void abort() {
        lock.lock();
        try {
            aborts++;
            for (Connection c : all) {
                if (c.lent) {
                    c.aborted = true;
                    c.close();
                }
            }
            returned.signalAll();
        } finally {
            lock.unlock();
        }
        closeConnects();
    }

    private void closeConnects() {
        for (Socket s : List.copyOf(connects)) {
            try {
                s.close();
            } catch (IOException ignored) {
                // Closing to end a connect; nothing more to release.
            }
        }
    }

    /** One client connection. Used by one caller at a time: whoever borrowed it. */
    private final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        /** The pool's epoch when this was borrowed or opened; used only by the thread that holds it. */
        long epoch;
        /** Whether this is out on a call. Guarded by the pool's lock. */
        boolean lent;
        /** Whether this had sat idle in the pool before its current call. Set under the pool's lock. */
        boolean reused;
        /** Set by {@link #abort()}, under the pool's lock, before it closes the socket. */
        volatile boolean aborted;
        /** Bytes of the current reply read so far; used only by the thread that holds it. */
        int replied;
        /** When this was last given back (System.nanoTime); guarded by the pool's lock. */
        long lastUsed;
        /** Longest reply: "ERR " plus a message the service keeps under about 210 bytes. */
        private final byte[] reply = new byte[512];

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        /** Sends one request and reads its one-line reply. */
        boolean exchange(byte[] request) throws IOException {
            replied = 0;
            out.write(request);
            int len = 0;
            while (len == 0 || reply[len - 1] != '\n') {
                if (len == reply.length) {
                    throw new CellIoException(where + " sent a reply longer than " + reply.length
                            + " bytes with no line end; is something else listening on its port?", null, false);
                }
                int n = in.read(reply, len, reply.length - len);
                if (n < 0) {
                    throw new PeerClosed();
                }
                len += n;
                replied = len;
            }
            if (len == 2 && reply[0] == '1') {
                return true;
            }
            if (len == 2 && reply[0] == '0') {
                return false;
            }
            String text = new String(reply, 0, len - 1, StandardCharsets.US_ASCII);
            if (text.startsWith(CellProtocol.ERROR_PREFIX)) {
                throw new CellIoException(where + " refused the request '"
                        + new String(request, 0, request.length - 1, StandardCharsets.US_ASCII) + "': "
                        + text.substring(CellProtocol.ERROR_PREFIX.length()), null, false);
            }
            throw new CellIoException(where + " sent an unexpected reply '" + CellProtocol.printable(text)
                    + "'", null, false);
        }

        /** A one-line account of a failed exchange. */
        CellIoException describe(IOException e) {
            if (aborted) {
                return aborted(e);
            }
            if (e instanceof CellIoException c) {
                return c;
            }
            if (e instanceof PeerClosed) {
                return new CellIoException(where + " closed the connection before replying"
                        + " (has the service stopped?)", null, true);
            }
            if (e instanceof SocketTimeoutException) {
                return new CellIoException(where + " did not reply within " + readTimeoutMillis
                        + " ms (read timeout)", e, false);
            }
            if (isClosed()) {
                return new CellIoException("socket I/O was closed while a call to " + where + " was waiting",
                        e, false);
            }
            return new CellIoException("lost the connection to " + where + ": " + lower(e.getMessage())
                    + " (has the service stopped?)", e, true);
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Already broken; nothing more to release.
            }
        }
    }

    /** The service closed the connection (end of stream) before the reply's line end. */
    private static final class PeerClosed extends IOException {
        PeerClosed() {
            super("end of stream before the reply", null);
        }
    }
}
