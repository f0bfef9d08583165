package lifefx;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import lifefx.cli.LifeCli;
import lifefx.ui.DesktopLauncher;
import lifefx.ui.FxChartRenderer;

/**
 * Entry point of {@code lifefx.jar}. No arguments, or a pattern file to open, start the window;
 * anything else is the command line. This class touches no JavaFX type itself, so the command line
 * works where JavaFX cannot start (no display, no GTK).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs LifeFX with {@code args} and returns the process exit code. */
    public static int run(String[] args) {
        if (opensWindow(args)) {
            return DesktopLauncher.launch(args);
        }
        Charset cs = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, cs);
        PrintWriter err = new PrintWriter(System.err, true, cs);
        // The charts of 'bench --plot' are drawn by the window's layer; JavaFX starts only if one is asked for.
        return LifeCli.execute(args, out, err, new FxChartRenderer());
    }

    /**
     * True for no arguments, or one argument that is not a subcommand or an option and names an
     * existing file or a pattern file name (so that a mistyped subcommand still gets the command
     * line's "did you mean" rather than a window).
     */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        String first = args[0];
        if (args.length > 1 || first.startsWith("-") || LifeCli.SUBCOMMANDS.contains(first)) {
            return false;
        }
        String lower = first.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".rle") || lower.endsWith(".cells") || lower.endsWith(".lif") || lower.endsWith(".life")
                || lower.endsWith(".txt")) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(first));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
