package lifefx.cli;

import lifefx.cellio.CellIoMode;
import picocli.CommandLine.Option;

/** {@code --io} and {@code --latency}, shared by {@code run} and {@code bench}. */
final class IoOptions {

    @Option(names = "--io", paramLabel = "MODE", defaultValue = "none",
            description = "cell I/O: none (pure computation), latency (each cell's call blocks for --latency), "
                    + "socket (each call is a TCP request to a loopback cell-rule service that waits --latency). "
                    + "Default: ${DEFAULT-VALUE}.")
    String io;

    @Option(names = "--latency", paramLabel = "DURATION", converter = Converters.NanosConverter.class,
            description = "how long each cell's I/O takes, e.g. 0, 250us, 1ms, 10ms (default 1ms with --io latency "
                    + "or socket)")
    Long latencyNanos;

    /** The chosen mode. */
    CellIoMode mode() throws CliException {
        try {
            boolean waits = !io.strip().equalsIgnoreCase(CellIoMode.None.NAME);
            long latency = latencyNanos != null ? latencyNanos : waits ? 1_000_000L : 0L;
            return CellIoMode.of(io, latency);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }
}
