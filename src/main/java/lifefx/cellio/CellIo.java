package lifefx.cellio;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lifefx.life.CellLogic;
import lifefx.life.Rule;

/**
 * Cell I/O for one run: turns a {@link CellIoMode} into the {@link CellLogic} the strategies call,
 * owns what that needs (for {@code socket}, the loopback {@link CellRuleService} and the client's
 * connection pool), and measures the calls in flight.
 *
 * <p>Typical use, by the CLI or the simulation:
 * <pre>{@code
 * try (CellIo io = CellIo.open(mode)) {
 *     CellLogic logic = io.logic(rule);
 *     grid = strategy.step(grid, logic);       // as often as needed
 *     int peak = io.meter().peak();
 * }
 * }</pre>
 *
 * <p><b>Threading.</b> Thread-safe. {@link #logic} and {@link #wrap} may be called from any
 * thread, and the logic they return may be called from any number of threads at once, which is
 * what strategies do. {@link #meter()} and the connection counts may be read at any time, for
 * example once per frame by the window. {@link #close()} may be called from any thread; calls
 * still in flight then fail with a {@link CellIoException}, so the caller should cancel or finish
 * its generation first.
 *
 * <p><b>Results.</b> Logic from any mode computes exactly what the pure rule computes: I/O changes
 * how long a call takes, never its answer.
 */
public final class CellIo implements AutoCloseable {

    private final CellIoMode mode;
    private final InFlightMeter meter;
    private final CellRuleService service;
    private final ConnectionPool pool;
    private final List<String> notices = new ArrayList<>();

    private CellIo(CellIoMode mode, InFlightMeter meter, CellRuleService service, ConnectionPool pool,
                   List<String> notices) {
        this.mode = mode;
        this.meter = meter;
        this.service = service;
        this.pool = pool;
        this.notices.addAll(notices);
    }

    /**
     * Opens I/O for {@code mode}. For {@code socket} this starts a cell-rule service on
     * {@code 127.0.0.1} and an ephemeral port, owned by (and closed with) the returned object. The
     * service takes at most the pool's cap plus {@link CellRuleService#FOREIGN_HEADROOM}
     * connections, so other local clients cannot push this process to its open-file limit.
     *
     * @throws IOException when the service cannot start, or the open-file limit leaves no room for
     *                     a single connection; the message is one line saying which
     */
    public static CellIo open(CellIoMode mode) throws IOException {
        return open(mode, false);
    }

    /** {@code automatic}: the pool's size was chosen by {@link #openFor}, not asked for by a user. */
    private static CellIo open(CellIoMode mode, boolean automatic) throws IOException {
        Objects.requireNonNull(mode, "mode");
        if (!(mode instanceof CellIoMode.Socket socket)) {
            return new CellIo(mode, new InFlightMeter(), null, null, List.of());
        }
        long fileLimit = FileDescriptors.limit();
        long filesOpen = FileDescriptors.open();
        int cap = poolCap(socket, fileLimit, filesOpen);
        CellRuleService service = CellRuleService.start(socket.serviceDelayNanos(),
                cap + CellRuleService.FOREIGN_HEADROOM, CellRuleService.DEFAULT_IDLE_TIMEOUT);
        try {
            return socketClient(socket, service, service.address(), fileLimit, filesOpen, automatic);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /**
     * Opens I/O for {@code mode} as used by a strategy that can have {@code maxInFlight} cell calls
     * in flight at once (the engine's registry says how many: {@code
     * StrategyRegistry.Entry#maxInFlight}): in socket mode the connection pool is sized by {@link
     * #connectionsFor}, so a one-thread strategy opens one connection and {@code virtual-threads}
     * as many as it has calls in flight, up to what the open-file limit allows; calls beyond that
     * wait for a connection.
     */
    public static CellIo openFor(CellIoMode mode, int maxInFlight) throws IOException {
        if (mode instanceof CellIoMode.Socket socket && socket.maxConnections() == 0) {
            return open(socket.withMaxConnections(connectionsFor(maxInFlight)), true);
        }
        return open(mode);
    }

    /**
     * Socket-mode logic against a service that is already running (and that the caller owns and
     * closes); {@code mode.serviceDelayNanos()} is informational only.
     */
    public static CellIo connect(CellIoMode.Socket mode, InetSocketAddress service) throws IOException {
        return socketClient(mode, null, service, FileDescriptors.limit(), FileDescriptors.open(), false);
    }

    /** Builds the pool, capping it by the open-file limit; package-private so tests can fake the limit. */
    static CellIo socketClient(CellIoMode.Socket mode, CellRuleService owned, InetSocketAddress address,
                               long fileLimit, long filesOpen) throws IOException {
        return socketClient(mode, owned, address, fileLimit, filesOpen, false);
    }

    /** {@code automatic}: the size asked for was chosen by {@link #openFor}, so a cap below it is no news. */
    static CellIo socketClient(CellIoMode.Socket mode, CellRuleService owned, InetSocketAddress address,
                               long fileLimit, long filesOpen, boolean automatic) throws IOException {
        int asked = asked(mode);
        int cap = poolCap(mode, fileLimit, filesOpen);
        List<String> notices = new ArrayList<>();
        if (cap < asked && mode.maxConnections() != 0 && !automatic) {
            notices.add("socket mode: " + cap + " connections at most, not the " + asked + " asked for: the"
                    + " open-file limit (ulimit -n) is " + fileLimit + " with " + filesOpen + " open, and each"
                    + " loopback connection takes 2 descriptors");
        }
        InFlightMeter meter = new InFlightMeter();
        ConnectionPool pool = new ConnectionPool(address, cap, cap < asked, fileLimit,
                (int) mode.connectTimeout().toMillis(), (int) Math.max(1, mode.readTimeout().toMillis()), meter);
        return new CellIo(mode, meter, owned, pool, notices);
    }

    private static int asked(CellIoMode.Socket mode) {
        return mode.maxConnections() == 0 ? CellIoMode.Socket.MAX_CONNECTIONS : mode.maxConnections();
    }

    /**
     * The pool's cap: what was asked for, at most what the open-file limit leaves once
     * {@link FileDescriptors#RESERVE} descriptors are kept for the app (jars, files, the window) and
     * {@link CellRuleService#FOREIGN_HEADROOM} for the service's connections from other clients.
     * Both ends of a loopback connection live in this process when the service does: 2 each.
     *
     * @throws CellIoException when that leaves no room for a single connection
     */
    private static int poolCap(CellIoMode.Socket mode, long fileLimit, long filesOpen) throws CellIoException {
        int budget = FileDescriptors.connectionBudget(fileLimit, filesOpen, 2, CellRuleService.FOREIGN_HEADROOM);
        if (budget < 1) {
            throw new CellIoException("cannot use socket mode: the open-file limit (ulimit -n) is " + fileLimit
                    + " and " + filesOpen + " are open, leaving no room for a connection after the "
                    + (FileDescriptors.RESERVE + CellRuleService.FOREIGN_HEADROOM) + " kept spare; raise ulimit -n",
                    null, false);
        }
        return Math.min(asked(mode), budget);
    }

    /**
     * How many connections a socket-mode pool should allow for a strategy that can have {@code
     * maxInFlight} cell calls in flight: one per call, at least 1, capped at {@link
     * CellIoMode.Socket#MAX_CONNECTIONS}. The pool opens connections only as calls need them, so
     * this is an upper bound, not a cost. Cell I/O knows nothing of strategies: the engine's
     * registry is the one place that says how many calls each can have in flight.
     */
    public static int connectionsFor(int maxInFlight) {
        return Math.max(1, Math.min(maxInFlight, CellIoMode.Socket.MAX_CONNECTIONS));
    }

    /** The mode this was opened with. */
    public CellIoMode mode() {
        return mode;
    }

    /**
     * The logic for {@code rule} in this mode: the pure rule for {@code none}; otherwise a call that
     * does the mode's I/O, is counted by {@link #meter()}, and is never {@linkplain
     * CellLogic#pureRule() pure}, so every strategy calls it once per cell.
     */
    public CellLogic logic(Rule rule) {
        return wrap(CellLogic.of(rule));
    }

    /**
     * Adds this mode's I/O to {@code inner}. {@code latency} wraps any logic (wait, then ask it);
     * {@code socket} needs {@linkplain CellLogic#pureRule() pure rule logic}, because the service
     * computes the rule itself; {@code none} returns {@code inner} as it is.
     *
     * @throws IllegalArgumentException in socket mode, when {@code inner} is not a pure rule; after
     *                                  {@link #close()}, calls of the returned logic fail with a
     *                                  {@link CellIoException}
     */
    public CellLogic wrap(CellLogic inner) {
        Objects.requireNonNull(inner, "inner");
        return switch (mode) {
            case CellIoMode.None n -> inner;
            case CellIoMode.Latency l -> new MeteredLogic(new LatencyLogic(inner, l), meter);
            case CellIoMode.Socket s -> {
                Rule rule = inner.pureRule();
                if (rule == null) {
                    throw new IllegalArgumentException("socket mode sends the rule to the cell service, so it needs"
                            + " plain rule logic, not " + inner);
                }
                yield new MeteredLogic(new SocketLogic(pool, rule), meter);
            }
        };
    }

    /** Cell calls in flight, now and at the most. Stays at 0 in {@code none} mode, which makes no I/O calls. */
    public InFlightMeter meter() {
        return meter;
    }

    /** The service this owns, in {@code socket} mode opened by {@link #open}. */
    public Optional<CellRuleService> service() {
        return Optional.ofNullable(service);
    }

    /** Client connections open now (socket mode; else 0). */
    public int openConnections() {
        return pool == null ? 0 : pool.openConnections();
    }

    /** The most client connections open at once so far (socket mode; else 0). */
    public int peakConnections() {
        return pool == null ? 0 : pool.peakConnections();
    }

    /** Client connections out on a call now: busy (socket mode; else 0). */
    public int busyConnections() {
        return pool == null ? 0 : pool.busyConnections();
    }

    /**
     * Cell calls in flight that are waiting for a pooled connection now (socket mode; else 0).
     * The same as {@code meter().waiting()}.
     */
    public int waitingCalls() {
        return meter.waiting();
    }

    /** The most connects that were in progress at once (socket mode; else 0); package-private, for tests. */
    int peakConnecting() {
        return pool == null ? 0 : pool.peakConnecting();
    }

    /** The most client connections the pool may open (socket mode; else 0). */
    public int connectionCap() {
        return pool == null ? 0 : pool.cap();
    }

    /**
     * Limits that changed what was asked for, one line each, to show a user: for example that the
     * open-file limit capped the connections, or made calls wait. Empty when nothing did.
     */
    public List<String> notices() {
        List<String> all = new ArrayList<>(notices);
        if (pool != null) {
            all.addAll(pool.notices());
        }
        if (service != null) {
            all.addAll(service.notices());
        }
        return all;
    }

    /**
     * Closes every connection and, if this owns it, stops the service and waits for its threads.
     * Idempotent.
     */
    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Override
    public String toString() {
        return switch (mode) {
            case CellIoMode.None n -> "none";
            case CellIoMode.Latency l -> "latency " + DurationText.format(l.nanos());
            case CellIoMode.Socket s -> "socket (" + (service != null ? service : "external service")
                    + ", delay " + DurationText.format(s.serviceDelayNanos()) + ")";
        };
    }

    /** Counts a call in flight around the I/O logic. Thread-safe when {@code inner} is. */
    private record MeteredLogic(CellLogic inner, InFlightMeter meter) implements CellLogic {
        @Override
        public boolean next(boolean alive, int liveNeighbours) throws IOException, InterruptedException {
            meter.enter();
            try {
                return inner.next(alive, liveNeighbours);
            } finally {
                meter.exit();
            }
        }

        @Override
        public void abort() {
            inner.abort();
        }

        @Override
        public String toString() {
            return inner.toString();
        }
    }
}
