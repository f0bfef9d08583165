package lifefx.cellio;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How each cell's call does I/O: not at all ({@link None}), by blocking for a set time ({@link
 * Latency}), or by a real TCP request to a loopback cell-rule service ({@link Socket}). A value;
 * {@link CellIo#open} turns it into running logic. Immutable and thread-safe.
 *
 * <p>Whatever the mode, the next generation is the same grid: I/O changes timing, never results.
 */
public sealed interface CellIoMode permits CellIoMode.None, CellIoMode.Latency, CellIoMode.Socket {

    /** The user-facing names, in the order pickers list them. */
    List<String> NAMES = List.of(None.NAME, Latency.NAME, Socket.NAME);

    /** {@code none}, {@code latency} or {@code socket}. */
    String name();

    /** The time each call waits by design: the sleep, or the service's delay; 0 for {@code none}. */
    long latencyNanos();

    /**
     * The mode called {@code name} with the given per-call latency (for {@code socket}, the
     * service's delay), and every other setting at its default.
     *
     * @throws IllegalArgumentException naming the unknown mode and listing the known ones, or when
     *                                  a latency is given for {@code none}
     */
    static CellIoMode of(String name, long latencyNanos) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case None.NAME -> {
                if (latencyNanos != 0) {
                    throw new IllegalArgumentException("a latency of " + DurationText.format(latencyNanos)
                            + " needs an I/O mode that waits: use --io latency or --io socket, not none");
                }
                yield new None();
            }
            case Latency.NAME -> new Latency(latencyNanos, 0, 0);
            case Socket.NAME -> Socket.withDelay(latencyNanos);
            default -> throw new IllegalArgumentException("unknown I/O mode '" + (name == null ? "" : name.strip())
                    + "': expected one of " + String.join(", ", NAMES));
        };
    }

    /** Pure computation: each call returns at once. The default. */
    record None() implements CellIoMode {
        public static final String NAME = "none";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public long latencyNanos() {
            return 0;
        }
    }

    /**
     * Each call blocks for {@code nanos}, give or take {@code jitterPercent} percent, then computes
     * the rule. The jitter is a fixed function of {@code seed} and the call's input (see {@link
     * LatencyLogic}), so runs repeat exactly.
     *
     * @param nanos         the base wait per call, 0 to {@link DurationText#MAX_NANOS}
     * @param jitterPercent 0..100: each input's wait is the base times {@code 1 ± jitter/100}
     * @param seed          picks which inputs wait longer and which shorter
     */
    record Latency(long nanos, int jitterPercent, long seed) implements CellIoMode {
        public static final String NAME = "latency";

        public Latency {
            if (nanos < 0 || nanos > DurationText.MAX_NANOS) {
                throw new IllegalArgumentException("latency must be between 0 and "
                        + DurationText.format(DurationText.MAX_NANOS) + ", got " + nanos + " ns");
            }
            if (jitterPercent < 0 || jitterPercent > 100) {
                throw new IllegalArgumentException("jitter must be between 0 and 100 percent, got " + jitterPercent);
            }
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public long latencyNanos() {
            return nanos;
        }

        public Latency withJitter(int percent, long newSeed) {
            return new Latency(nanos, percent, newSeed);
        }
    }

    /**
     * Each call is a TCP request to a cell-rule service on {@code 127.0.0.1}, which LifeFX starts
     * on an ephemeral port; the service waits {@code serviceDelayNanos} before it replies.
     *
     * @param serviceDelayNanos the service's wait per request, 0 to {@link DurationText#MAX_NANOS}
     * @param maxConnections    most client connections open at once; 0 means as many as the
     *                          open-file limit allows (see {@link CellIo}); the pool opens them
     *                          only as concurrent calls need them
     * @param connectTimeout    how long a connect may take
     * @param readTimeout       how long a call waits for its reply
     */
    record Socket(long serviceDelayNanos, int maxConnections, Duration connectTimeout, Duration readTimeout)
            implements CellIoMode {
        public static final String NAME = "socket";

        /** Default connect timeout: loopback connects take microseconds, so 2 s means trouble. */
        public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

        /** Default read timeout, on top of the service's own delay. */
        public static final Duration DEFAULT_READ_MARGIN = Duration.ofSeconds(5);

        /** Most connections a pool opens even when the open-file limit would allow more. */
        public static final int MAX_CONNECTIONS = 16_384;

        public Socket {
            if (serviceDelayNanos < 0 || serviceDelayNanos > DurationText.MAX_NANOS) {
                throw new IllegalArgumentException("service delay must be between 0 and "
                        + DurationText.format(DurationText.MAX_NANOS) + ", got " + serviceDelayNanos + " ns");
            }
            if (maxConnections < 0 || maxConnections > MAX_CONNECTIONS) {
                throw new IllegalArgumentException("connections must be between 1 and " + MAX_CONNECTIONS
                        + " (or 0 for automatic), got " + maxConnections);
            }
            requirePositive(connectTimeout, "connect timeout");
            requirePositive(readTimeout, "read timeout");
        }

        private static void requirePositive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(what + " must be positive and under 24 days, got " + d);
            }
        }

        /** The service waits {@code delayNanos}; everything else at its default. */
        public static Socket withDelay(long delayNanos) {
            return new Socket(delayNanos, 0, DEFAULT_CONNECT_TIMEOUT,
                    DEFAULT_READ_MARGIN.plusNanos(delayNanos));
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public long latencyNanos() {
            return serviceDelayNanos;
        }

        public Socket withMaxConnections(int n) {
            return new Socket(serviceDelayNanos, n, connectTimeout, readTimeout);
        }

        public Socket withTimeouts(Duration connect, Duration read) {
            return new Socket(serviceDelayNanos, maxConnections, connect, read);
        }
    }
}
