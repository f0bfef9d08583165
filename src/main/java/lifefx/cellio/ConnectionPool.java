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
 * idle one, and never holds more than {@code cap} open. So it grows to exactly the strategy's
 * concurrency: {@code sequential} uses one connection, a 5-thread pool five, one virtual thread per
 * cell as many as there are cells (up to the cap). A call that finds the pool at its cap waits
 * for a connection to come back. The cap is the smaller of what was asked for and what the
 * open-file limit allows (see {@link FileDescriptors}); when that limit is what makes a call wait,
 * the pool says so once in {@link #notices()}. If the kernel refuses a socket anyway ("Too many
 * open files"), the pool lowers its cap to the connections it has and waits for one of those; only
 * with no connection at all does the call fail, with a message naming the limit.
 *
 * <p><b>Failure.</b> A connection whose call failed is closed, never reused: after a timeout or a
 * cancelled read, a late reply could still be on its way and would answer the next request. When
 * the failure says the service is gone (refused, closed, reset), every idle connection is closed
 * too, and so is every connection still out on a call when it comes back; so once a generation
 * has failed on a dead service, the pool holds no sockets at all.
 *
 * <p><b>Threading.</b> Thread-safe. Borrowing and returning take a {@link ReentrantLock} briefly
 * (never while connecting or doing I/O); a waiting virtual thread parks without holding a carrier.
 * {@link #close()} may be called from any thread at any time: it closes idle and borrowed
 * connections alike, so a call blocked on a read fails at once instead of waiting out its timeout.
 */
final class ConnectionPool implements AutoCloseable {

    private final InetSocketAddress address;
    private final String where;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private final boolean capSetByFileLimit;
    private final long fileLimit;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition returned = lock.newCondition();
    /** Guarded by lock. Last in, first out: the warmest connection goes next. */
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    /** Guarded by lock: connections open or being opened. */
    private int open;
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
    /** Every open connection, idle or borrowed, so close() can reach them all. */
    private final Set<Connection> all = ConcurrentHashMap.newKeySet();
    private final List<String> notices = new CopyOnWriteArrayList<>();

    /**
     * @param cap               most connections open at once, at least 1
     * @param capSetByFileLimit whether {@code cap} is what the open-file limit allows rather than
     *                          what was asked for, so that waiting at it deserves a notice
     * @param fileLimit         the open-file limit, for messages (-1 if unknown)
     */
    ConnectionPool(InetSocketAddress address, int cap, boolean capSetByFileLimit, long fileLimit,
                   int connectTimeoutMillis, int readTimeoutMillis) {
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
    }

    /**
     * Runs one request/reply on a borrowed connection.
     *
     * @return the cell's next state as the service computed it
     * @throws CellIoException      when connecting, writing or reading fails, or the service refuses
     * @throws InterruptedException when the calling thread is interrupted while it waits for a
     *                              connection, or (on a virtual thread) while it waits for the reply
     */
    boolean call(byte[] request) throws IOException, InterruptedException {
        Connection c = borrow();
        boolean reusable = false;
        boolean serviceGone = false;
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
            CellIoException failure = c.describe(e);
            serviceGone = failure.serviceGone();
            throw failure;
        } finally {
            if (reusable) {
                giveBack(c);
            } else {
                discard(c, serviceGone);
            }
        }
    }

    private Connection borrow() throws IOException, InterruptedException {
        while (true) {
            lock.lockInterruptibly();
            try {
                while (true) {
                    if (closed) {
                        throw new CellIoException("socket I/O was closed; " + where + " is no longer used", null, false);
                    }
                    Connection c = idle.pollFirst();
                    if (c != null) {
                        c.epoch = epoch;
                        return c;
                    }
                    if (open < cap) {
                        open++;
                        peakOpen = Math.max(peakOpen, open);
                        break;
                    }
                    if (capSetByFileLimit && !waitNoticed) {
                        waitNoticed = true;
                        notices.add("socket mode: calls wait for one of " + cap + " connections, the most the"
                                + " open-file limit allows (ulimit -n is " + fileLimit + "; each loopback connection"
                                + " takes 2 descriptors); raise ulimit -n to let more calls overlap");
                    }
                    returned.await();
                }
            } finally {
                lock.unlock();
            }
            try {
                Connection c = connect();
                c.epoch = currentEpoch();
                all.add(c);
                if (isClosed()) {
                    all.remove(c);
                    c.close();
                    throw new CellIoException("socket I/O was closed; " + where + " is no longer used", null, false);
                }
                return c;
            } catch (IOException e) {
                boolean retry = false;
                lock.lock();
                try {
                    open--;
                    returned.signal();
                    if (outOfDescriptors(e) && open > 0) {
                        // The kernel says no more sockets: live with the connections we have.
                        cap = open;
                        notices.add("socket mode: the process ran out of file descriptors at " + (open + 1)
                                + " connections (ulimit -n is " + fileLimit + "); calls now share " + open);
                        retry = true;
                    }
                } finally {
                    lock.unlock();
                }
                if (!retry) {
                    throw describeConnectFailure(e);
                }
            }
        }
    }

    private Connection connect() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(address, connectTimeoutMillis);
            socket.setSoTimeout(readTimeoutMillis);
            return new Connection(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
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
            if (!closed && c.epoch == epoch) {
                idle.addFirst(c);
                returned.signal();
                return;
            }
            open--;
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

    private long currentEpoch() {
        lock.lock();
        try {
            return epoch;
        } finally {
            lock.unlock();
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
    }

    /** One client connection. Used by one caller at a time: whoever borrowed it. */
    private final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        /** The pool's epoch when this was borrowed or opened; used only by the thread that holds it. */
        long epoch;
        /** Longest reply: "ERR " plus a message the service keeps under about 210 bytes. */
        private final byte[] reply = new byte[512];

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        /** Sends one request and reads its one-line reply. */
        boolean exchange(byte[] request) throws IOException {
            out.write(request);
            int len = 0;
            while (len == 0 || reply[len - 1] != '\n') {
                if (len == reply.length) {
                    throw new CellIoException(where + " sent a reply longer than " + reply.length
                            + " bytes with no line end; is something else listening on its port?", null, false);
                }
                int n = in.read(reply, len, reply.length - len);
                if (n < 0) {
                    throw new CellIoException(where + " closed the connection before replying"
                            + " (has the service stopped?)", null, true);
                }
                len += n;
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
            if (e instanceof CellIoException c) {
                return c;
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
}
