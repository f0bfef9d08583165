package lifefx.ui;

/**
 * Opens the window directly, as {@code java -cp lifefx.jar lifefx.ui.WindowMain [FILE]}: the same
 * as {@code lifefx.Main} with no subcommand, for developers and for looking at the window under
 * Xvfb without the command line.
 */
public final class WindowMain {

    private WindowMain() {
    }

    public static void main(String[] args) {
        System.exit(DesktopLauncher.launch(args));
    }
}
