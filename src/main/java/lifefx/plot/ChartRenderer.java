package lifefx.plot;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Draws a {@link Plot} into a PNG file. {@code bench --plot} calls it; the implementation lives in
 * the window's layer ({@code lifefx.ui}, JavaFX charts) and {@code lifefx.Main} hands it to the
 * command line, so that {@code bench} and {@code cli} stay free of JavaFX.
 *
 * <p>An implementation may start a toolkit on first use (no display needed) and may be called
 * from any thread; it blocks until the file is written.
 */
public interface ChartRenderer {

    /**
     * Renders {@code plot} at {@code width} × {@code height} pixels into {@code file} (PNG).
     *
     * @throws IOException              when the file cannot be written
     * @throws IllegalStateException    when the renderer cannot start (no toolkit); one-line message
     */
    void render(Plot plot, int width, int height, Path file) throws IOException, InterruptedException;
}
