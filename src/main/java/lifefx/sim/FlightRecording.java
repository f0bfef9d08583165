package lifefx.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import lifefx.engine.FlightEvents;
import lifefx.pattern.AtomicFile;

/**
 * One JDK Flight Recorder recording of LifeFX at work, written to a {@code .jfr} file that JDK
 * Mission Control opens and {@code jfr summary} lists. {@code lifefx profile} records a whole run
 * with it, and the window ({@link Simulation#recordProfile}) the next N generations.
 *
 * <p>What it records: the JDK's own configuration {@code default} (about 1% overhead, what
 * {@code -XX:StartFlightRecording} uses) or {@code profile} (more detail: method samples every 10
 * ms instead of 20, allocation samples, more lock events), plus every {@link FlightEvents LifeFX
 * event} with no threshold and no stack trace. Both configurations already record the
 * virtual-thread events that point at trouble: {@code jdk.VirtualThreadPinned} (a virtual thread
 * that blocked its carrier for 20 ms or more) and {@code jdk.VirtualThreadSubmitFailed}. {@code
 * jdk.VirtualThreadStart} and {@code End} are off unless asked for ({@link
 * Settings#virtualThreadLifecycle()}): {@code virtual-threads} starts one virtual thread per
 * cell, so they add two events per cell (performance.md "Profiles" gives the measured cost).
 *
 * <p><b>Lifecycle.</b> {@link #prepare} does the slow part (Flight Recorder's first start in a
 * JVM takes a few hundred milliseconds; a later one, milliseconds) so that {@link #start()} can
 * run between two generations without holding the simulation up; {@link #stop()} ends recording;
 * {@link #writeTo} writes the file atomically ({@link AtomicFile}) and reads it back to count the
 * LifeFX events; {@link #close()} discards whatever is left. Flight Recorder is one per JVM:
 * every recording sees every thread's events, so two recordings at once both hold both runs.
 *
 * <p><b>Threading.</b> Not thread-safe: one owner at a time, though the owner may hand it to
 * another thread (the window's recording is prepared on a virtual thread, started and stopped on
 * the stepping thread and written on a virtual thread again, each hand-off through a queue or a
 * future, which orders it).
 */
public final class FlightRecording implements AutoCloseable {

    /**
     * What to record.
     *
     * @param configuration          the JDK configuration the recording starts from: {@code default} or {@code profile}
     * @param virtualThreadLifecycle whether to add {@code jdk.VirtualThreadStart} and {@code jdk.VirtualThreadEnd}
     */
    public record Settings(String configuration, boolean virtualThreadLifecycle) {

        /** The JDK's {@code default} configuration, without virtual-thread start and end events. */
        public static final Settings DEFAULT = new Settings("default", false);

        public Settings {
            Objects.requireNonNull(configuration, "configuration");
            if (!configuration.equals("default") && !configuration.equals("profile")) {
                throw new IllegalArgumentException("unknown Flight Recorder settings '" + configuration
                        + "': expected default or profile");
            }
        }
    }

    /**
     * What {@link #writeTo} wrote.
     *
     * @param file   the file
     * @param bytes  its size
     * @param counts LifeFX events in it, by event name, in {@link FlightEvents#names()} order (zeros included)
     */
    public record Written(Path file, long bytes, Map<String, Long> counts) {

        public Written {
            counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }

        /** All LifeFX events in the file. */
        public long events() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** {@code lifefx.Generation=50 lifefx.Band=250 lifefx.TaskBatch=0}: every kind, in order. */
        public String describeCounts() {
            StringBuilder sb = new StringBuilder();
            for (String name : FlightEvents.names()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(name).append('=').append(counts.getOrDefault(name, 0L));
            }
            return sb.toString();
        }
    }

    private final Recording recording;

    private FlightRecording(Recording recording) {
        this.recording = recording;
    }

    /**
     * A recording configured by {@code settings}, not started yet. Starts Flight Recorder in this
     * JVM if nobody has (the slow part).
     *
     * @throws IOException with a one-line message when Flight Recorder is not available (a JVM
     *                     started with {@code -XX:-FlightRecorder}) or its configuration cannot be read
     */
    public static FlightRecording prepare(Settings settings) throws IOException {
        Configuration base;
        try {
            base = Configuration.getConfiguration(settings.configuration());
        } catch (ParseException e) {
            throw new IOException("the JDK's Flight Recorder configuration '" + settings.configuration()
                    + "' cannot be read: " + e.getMessage(), e);
        }
        Recording r;
        try {
            r = new Recording(base);
        } catch (IllegalStateException | SecurityException e) {
            throw new IOException("Flight Recorder is not available in this JVM: " + e.getMessage(), e);
        }
        r.setName("lifefx");
        for (String name : FlightEvents.names()) {
            r.enable(name).withThreshold(Duration.ZERO).withoutStackTrace();
        }
        if (settings.virtualThreadLifecycle()) {
            r.enable("jdk.VirtualThreadStart").withoutStackTrace();
            r.enable("jdk.VirtualThreadEnd");
        }
        return new FlightRecording(r);
    }

    /** Starts recording. Once. */
    public void start() {
        recording.start();
    }

    /** Whether {@link #start()} was called and {@link #stop()} not yet. */
    public boolean isRecording() {
        return recording.getState() == RecordingState.RUNNING;
    }

    /** Stops recording; what was recorded is kept for {@link #writeTo}. Nothing when not recording. */
    public void stop() {
        if (isRecording()) {
            recording.stop();
        }
    }

    /**
     * Stops recording if need be, writes everything recorded to {@code file} (the whole old file or
     * the whole new one, never half), then reads the file back and counts its LifeFX events.
     *
     * @throws IOException with a one-line message naming the file
     */
    public Written writeTo(Path file) throws IOException {
        stop();
        AtomicFile.write(file, recording::dump);
        return new Written(file, Files.size(file), countLifeFxEvents(file));
    }

    /** Discards the recording and what it recorded. Idempotent. */
    @Override
    public void close() {
        recording.close();
    }

    /**
     * The LifeFX events in a {@code .jfr} file, by name ({@link FlightEvents#names()} order, zeros
     * included). Reads the whole file.
     *
     * @throws IOException when the file cannot be read or is no recording
     */
    public static Map<String, Long> countLifeFxEvents(Path file) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : FlightEvents.names()) {
            counts.put(name, 0L);
        }
        try (RecordingFile in = new RecordingFile(file)) {
            while (in.hasMoreEvents()) {
                RecordedEvent e = in.readEvent();
                counts.computeIfPresent(e.getEventType().getName(), (k, n) -> n + 1);
            }
        }
        return counts;
    }

    /** {@code 1.2 MiB}: a file size for a status line. */
    public static String describeSize(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
