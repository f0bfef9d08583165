package lifefx.ui;

/**
 * Starts the LifeFX window. The only class outside {@code ui} may call, from {@code lifefx.Main}.
 */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /**
     * Opens the window, optionally with a pattern file loaded, and returns the process exit code
     * once the window is closed (1 when no display could be opened).
     */
    public static int launch(String[] args) {
        System.err.println("lifefx: the window is not built yet; use the command line: run, bench, strategies");
        return 1;
    }
}
