package lifefx.cellio;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The process's open-file limit ({@code RLIMIT_NOFILE}, what {@code ulimit -n} shows) and how many
 * descriptors are open now, as the JVM reports them. Every socket is a file descriptor, so this is
 * what bounds how many connections LifeFX may open. Stateless; thread-safe.
 *
 * <p>On Linux HotSpot raises its soft limit to the hard limit at start-up, so {@link #limit()} is
 * normally {@code ulimit -Hn}. Where the JVM cannot tell (not a Unix), both methods return -1.
 */
public final class FileDescriptors {

    /** Descriptors left for everything else: jars, logs, the window, a few files. */
    public static final int RESERVE = 256;

    private FileDescriptors() {
    }

    /** The most descriptors this process may have open, or -1 if unknown. */
    public static long limit() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return unix.getMaxFileDescriptorCount();
        }
        return -1;
    }

    /**
     * Descriptors open now, or -1 if unknown. Also -1 when the process is out of descriptors: the
     * JDK counts them by listing {@code /proc/self/fd}, which needs one more, and then throws an
     * {@link InternalError} rather than an exception.
     */
    public static long open() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            try {
                return unix.getOpenFileDescriptorCount();
            } catch (InternalError e) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * How many more loopback connections fit under the limit, keeping {@link #RESERVE} free, when
     * each costs {@code perConnection} descriptors (2 when the service runs in this process: the
     * client's end and the service's end). {@link Integer#MAX_VALUE} when the limit is unknown.
     */
    public static int connectionBudget(long limit, long open, int perConnection) {
        return connectionBudget(limit, open, perConnection, 0);
    }

    /**
     * As {@link #connectionBudget(long, long, int)}, keeping {@code spare} more descriptors free
     * besides {@link #RESERVE}: for example those the cell service may hold for other clients.
     */
    public static int connectionBudget(long limit, long open, int perConnection, int spare) {
        if (limit < 0 || open < 0) {
            return Integer.MAX_VALUE;
        }
        long free = limit - open - RESERVE - spare;
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, free / perConnection));
    }
}
