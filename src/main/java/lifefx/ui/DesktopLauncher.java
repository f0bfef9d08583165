package lifefx.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the LifeFX window. The only class outside {@code ui} may call, from {@code lifefx.Main}.
 *
 * <p>Before JavaFX is touched it checks that a desktop can be opened at all (on Linux: a {@code
 * DISPLAY} or {@code WAYLAND_DISPLAY}, and GTK 3 present); if not, it says in two lines what is
 * missing and how to fix it, points to the command line, and returns 1. JavaFX's own start is
 * guarded as well: while the toolkit starts, {@code System.err} is captured, so a failure that the
 * checks did not foresee still ends in the same two lines and never in a stack trace.
 */
public final class DesktopLauncher {

    /** Exit code when no window could be opened. */
    public static final int NO_DISPLAY = 1;

    private static final String CLI_HINT =
            "lifefx: without a window, use the command line: `lifefx run FILE` or `lifefx bench` (see README)";

    private DesktopLauncher() {
    }

    /**
     * Opens the window, optionally with a pattern file loaded, and returns the process exit code
     * once the window is closed (0); 1 when the file does not exist or no display could be opened,
     * 2 when there is more than one argument. Blocks the calling thread (the main thread) until then. Call it at most once per JVM.
     *
     * @param args nothing, or the path of a pattern file to open
     */
    public static int launch(String[] args) {
        if (args.length > 1) {
            System.err.println("lifefx: the window takes at most one argument, a pattern file; got " + args.length);
            return 2;
        }
        Path file = args.length == 1 ? Path.of(args[0]) : null;
        if (file != null && !Files.isRegularFile(file)) {
            System.err.println("lifefx: cannot open " + args[0] + ": no such file");
            return 1;
        }
        Optional<String> missing = whyNoDesktop(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"), DesktopLauncher::libraryPresent);
        if (missing.isPresent()) {
            System.err.println("lifefx: cannot open a window: " + missing.get());
            System.err.println(CLI_HINT);
            return NO_DISPLAY;
        }
        Optional<String> failed = FxToolkit.start();
        if (failed.isPresent()) {
            System.err.println("lifefx: cannot open a window: " + failed.get());
            System.err.println(CLI_HINT);
            return NO_DISPLAY;
        }
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Throwable> crash = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                openWindow(file, closed);
            } catch (RuntimeException | Error e) {
                crash.set(e);
                closed.countDown();
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        if (crash.get() != null) {
            System.err.println("lifefx: the window failed to open: " + crash.get());
            return 1;
        }
        return 0;
    }

    /** Builds and shows the main window; counts {@code closed} down once it is gone. FX thread. */
    private static void openWindow(Path file, CountDownLatch closed) {
        Stage stage = new Stage();
        LifeModel model = new LifeModel();
        // The theme, the panels and auto-stop as the user left them.
        ViewPreferences.user().bind(model);
        MainWindow window = new MainWindow(stage, model, new FxPrompts());
        // The simulation closes off the FX thread; the process exits once it has.
        stage.setOnHidden(e -> window.dispose().whenComplete((done, failure) -> closed.countDown()));
        window.show();
        if (file != null) {
            window.files().openFile(file);
        }
        // Hidden flag for smoke tests and timed measurements: close as if the user pressed Ctrl+Q
        // (with the same unsaved-changes prompt) after this many milliseconds.
        long closeAfter = Long.getLong("lifefx.closeAfterMillis", 0);
        if (closeAfter > 0) {
            javafx.animation.PauseTransition t = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(closeAfter));
            t.setOnFinished(e -> window.run(Shortcut.QUIT));
            t.play();
        }
    }

    /** One line for what the toolkit said when it failed. */
    static String explain(String said) {
        String s = said.toLowerCase(Locale.ROOT);
        if (s.contains("gtk")) {
            return "GTK 3 could not be loaded (\"Unable to load glass GTK library\"); on Debian/Ubuntu: "
                    + "apt-get install libgtk-3-0";
        }
        if (s.contains("display")) {
            return "no display could be opened (is DISPLAY set to a running X server?)";
        }
        String first = said.lines().filter(l -> !l.isBlank()).findFirst().orElse("unknown error");
        return "JavaFX failed to start: " + first;
    }

    /**
     * Why no desktop window can be opened here, or empty when one probably can. Pure, for tests:
     * the environment, OS name, {@code glass.platform} property and a library probe are passed in.
     */
    static Optional<String> whyNoDesktop(Map<String, String> env, String osName, String glassPlatform,
                                         java.util.function.Predicate<String> libraryPresent) {
        if (glassPlatform != null && (glassPlatform.equalsIgnoreCase("headless")
                || glassPlatform.equalsIgnoreCase("monocle"))) {
            return Optional.empty();
        }
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        boolean x = !env.getOrDefault("DISPLAY", "").isBlank();
        boolean wayland = !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        if (!x && !wayland) {
            return Optional.of("no display (DISPLAY is not set); run it on a desktop, over `ssh -X`, "
                    + "or under a virtual X server such as Xvfb");
        }
        if (!libraryPresent.test("libgtk-3.so.0")) {
            return Optional.of("GTK 3 is not installed (JavaFX needs it on Linux); on Debian/Ubuntu: "
                    + "apt-get install libgtk-3-0");
        }
        return Optional.empty();
    }

    /** Whether the dynamic linker would find {@code name} in the usual library directories. */
    private static boolean libraryPresent(String name) {
        String[] dirs = {"/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/x86_64-linux-gnu",
                "/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/lib64", "/lib", "/usr/local/lib"};
        for (String d : dirs) {
            if (Files.exists(Path.of(d, name))) {
                return true;
            }
        }
        String ld = System.getenv("LD_LIBRARY_PATH");
        if (ld != null) {
            for (String d : ld.split(":")) {
                if (!d.isBlank() && Files.exists(Path.of(d, name))) {
                    return true;
                }
            }
        }
        // Unknown layout (NixOS, Guix, ...): let JavaFX try; its failure is caught and explained too.
        return !Files.isDirectory(Path.of("/usr/lib")) || !anyStandardDirExists(dirs);
    }

    private static boolean anyStandardDirExists(String[] dirs) {
        for (String d : dirs) {
            if (Files.isDirectory(Path.of(d)) && d.contains("linux-gnu")) {
                return true;
            }
        }
        return Files.isDirectory(Path.of("/usr/lib64"));
    }
}
