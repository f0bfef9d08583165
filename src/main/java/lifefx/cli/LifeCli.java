package lifefx.cli;

import java.io.PrintWriter;
import java.util.Set;
import lifefx.engine.StrategyConfig;
import lifefx.plot.ChartRenderer;
import lifefx.pattern.PatternFormatException;
import lifefx.sim.AppInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code run}, {@code identify}, {@code profile}, {@code bench}, {@code strategies}, {@code
 * patterns}, {@code convert}, {@code jmh} and {@code help}. Scripts rely on its output, so it keeps one rule for errors: one line
 * on stderr naming the command and what is wrong, exit code 2 for a bad argument and 1 for a bad
 * file or a failed run, never a stack trace.
 */
@Command(name = "lifefx", mixinStandardHelpOptions = true, versionProvider = LifeCli.Version.class,
        customSynopsis = {"lifefx [FILE]                 opens the window, with FILE loaded if given",
                "       lifefx COMMAND [OPTIONS...]   runs one of the commands below",
                "       lifefx help [COMMAND]         shows this help, or a command's",
                "       lifefx [-hV]"},
        description = {"", "Conway's Game of Life on a torus, computed by interchangeable concurrency strategies, or on the"
                        + " unbounded plane with HashLife.",
                "FILE is a pattern file (RLE, plaintext, Life 1.05/1.06 or Golly macrocell) to open in the window.", ""},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Exit codes: 0 success, 1 a bad file or a failed run, 2 a bad argument, 130 interrupted."},
        subcommands = {RunCommand.class, IdentifyCommand.class, ProfileCommand.class, BenchCommand.class, StrategiesCommand.class, PatternsCommand.class,
                ConvertCommand.class, JmhCommand.class, CommandLine.HelpCommand.class})
public final class LifeCli {

    /** Names of the subcommands, for {@code lifefx.Main} to tell a command from a file to open. */
    public static final Set<String> SUBCOMMANDS = Set.of("run", "identify", "profile", "bench", "strategies", "patterns", "convert", "jmh",
            "help");

    /** Exit code after an unexpected internal error. */
    static final int INTERNAL = 70;

    /** Exit code after Ctrl+C or another interruption. */
    static final int INTERRUPTED = 130;

    /** Runs the command line with {@code args} on the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, null);
    }

    /**
     * Runs the command line with {@code args}, drawing {@code bench --plot} charts with {@code
     * charts} ({@code null}: {@code --plot} is refused), and returns the exit code.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, ChartRenderer charts) {
        CommandLine cl = commandLine(out, err);
        ((BenchCommand) cl.getSubcommands().get("bench").getCommand()).charts = charts;
        return cl.execute(args);
    }

    /** The configured picocli command line, for {@link #execute} and tests. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new LifeCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.getSubcommands().get("jmh").setUnmatchedOptionsArePositionalParams(true);
        cl.getSubcommands().get("help").getCommandSpec().usageMessage()
                .description("Shows the help of LifeFX, or of one COMMAND.");
        ProfileCommand.adapt(cl.getSubcommands().get("profile").getCommandSpec());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine where = ex.getCommandLine();
            where.getErr().println(prefix(where) + ": " + oneLine(ex.getMessage())
                    + " (see '" + where.getCommandSpec().qualifiedName() + " --help')");
            where.getErr().flush();
            return CliException.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, where, parseResult) -> {
            int code;
            String message;
            switch (ex) {
                case CliException e -> {
                    code = e.exitCode();
                    message = e.getMessage();
                }
                case PatternFormatException e -> {
                    code = CliException.FAILURE;
                    message = e.getMessage();
                }
                case InterruptedException e -> {
                    code = INTERRUPTED;
                    message = "interrupted";
                }
                default -> {
                    code = INTERNAL;
                    message = "internal error: " + describe(ex);
                }
            }
            where.getErr().println(prefix(where) + ": " + oneLine(message));
            where.getErr().flush();
            return code;
        });
        return cl;
    }

    /** {@code lifefx run}, {@code lifefx bench}, ...: the name an error line starts with. */
    private static String prefix(CommandLine where) {
        return where.getCommandSpec().qualifiedName();
    }

    /** A message as one line: line breaks become spaces. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** An exception as "Type: message", for the rare failures with no message of our own. */
    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }

    /** A validated {@link StrategyConfig}, or a usage error. */
    static StrategyConfig config(int threads) throws CliException {
        try {
            return new StrategyConfig(threads);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--threads: " + e.getMessage());
        }
    }

    /** {@code --version}: the app, Java and JavaFX versions and the operating system, one per line. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return AppInfo.current().lines().toArray(String[]::new);
        }
    }
}
