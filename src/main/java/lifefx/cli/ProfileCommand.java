package lifefx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import lifefx.engine.FlightEvents;
import lifefx.life.Rule;
import lifefx.sim.FlightRecording;
import lifefx.universe.HashLifeUniverse;
import lifefx.universe.Universe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code profile}: {@code run} under JDK Flight Recorder. It takes every option of {@code run}
 * (it extends {@link RunCommand}, so there is one list of them), with {@code --out} naming the
 * {@code .jfr} file to write instead of a pattern file, and records from just before the first
 * generation to just after the last: the LifeFX events ({@link FlightEvents}: a generation, a band,
 * a batch of cell tasks) and the JDK configuration chosen with {@code --settings}. The file is
 * written atomically, read back, and one line names it with its LifeFX event counts, before the
 * usual last line {@code generation=N population=P}.
 *
 * <p>Runs on the calling thread, as {@code run} does; the recording is discarded whatever happens
 * once the file is written or the run failed.
 */
@Command(name = "profile",
        description = {"Runs a pattern as 'lifefx run' does, recording it with JDK Flight Recorder into a .jfr file that"
                        + " JDK Mission Control opens and 'jfr summary FILE' lists.",
                "It records one event per generation (lifefx.Generation), per band of rows (lifefx.Band: bands,"
                        + " packed, packed-tiles) and per batch of cell tasks (lifefx.TaskBatch: a wave of"
                        + " thread-per-cell or virtual-threads, a generation of thread-pool or queue), never one per"
                        + " cell, plus the JDK's events of the chosen --settings (method samples for a flame graph,"
                        + " garbage collection, virtual-thread pinning).",
                "Every option of 'lifefx run' works here; --out names the recording."})
final class ProfileCommand extends RunCommand {

    @Option(names = "--settings", paramLabel = "default|profile", defaultValue = "default",
            description = "the JDK's Flight Recorder configuration to start from: default (about 1%% overhead, method"
                    + " samples every 20 ms) or profile (samples every 10 ms, allocation and more lock events)."
                    + " Default: ${DEFAULT-VALUE}")
    String settings;

    @Option(names = "--virtual-thread-events",
            description = "also record jdk.VirtualThreadStart and jdk.VirtualThreadEnd: two events per virtual thread,"
                    + " which with the virtual-threads strategy is two per cell per generation")
    boolean virtualThreadEvents;

    private FlightRecording recording;

    /**
     * Turns {@code run}'s {@code --out} (a pattern file, optional) into {@code profile}'s (the
     * recording, required), bound to the same field. Called once on the {@code profile} command's
     * spec when the command line is built.
     */
    static void adapt(CommandSpec spec) {
        OptionSpec runOut = spec.findOption("--out");
        spec.remove(runOut);
        spec.addOption(OptionSpec.builder(runOut)
                .paramLabel("FILE.jfr")
                .required(true)
                .description("the Flight Recorder file to write (required), e.g. run.jfr; checked before the run,"
                        + " written atomically after it")
                .build());
    }

    @Override
    public Integer call() throws CliException, InterruptedException {
        String name = String.valueOf(out.getFileName());
        if (!name.toLowerCase(Locale.ROOT).endsWith(".jfr")) {
            throw CliException.usage("--out " + out + ": a Flight Recorder file is named *.jfr (JDK Mission Control"
                    + " opens those), e.g. " + name.replaceAll("\\.[A-Za-z0-9]+$", "") + ".jfr");
        }
        try {
            new FlightRecording.Settings(settings, virtualThreadEvents);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--settings: " + e.getMessage());
        }
        try {
            return super.call();
        } finally {
            if (recording != null) {
                recording.close();
            }
        }
    }

    /** Prepares and starts the recording; the universe is ready, the clock not started. */
    @Override
    void beforeStepping() throws CliException {
        try {
            recording = FlightRecording.prepare(new FlightRecording.Settings(settings, virtualThreadEvents));
        } catch (IOException e) {
            throw CliException.failure(e.getMessage());
        }
        recording.start();
    }

    @Override
    void afterStepping() {
        recording.stop();
    }

    /** Writes the recording and prints {@code profile=FILE bytes=B events=E lifefx.Generation=N ...}. */
    @Override
    void writeOut(Universe u, Rule effective, PrintWriter stdout) throws CliException {
        FlightRecording.Written w;
        try {
            w = recording.writeTo(out);
        } catch (IOException e) {
            throw CliException.failure(e.getMessage());
        }
        if (u instanceof HashLifeUniverse) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": hashlife (the unbounded plane) has no LifeFX events; " + out
                    + " holds the JDK's events only");
            err.flush();
        }
        stdout.println("profile=" + w.file() + " bytes=" + w.bytes() + " events=" + w.events() + " "
                + w.describeCounts());
    }
}
