package lifefx.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import lifefx.plot.ChartRenderer;
import lifefx.plot.Plot;

/**
 * Renders {@link Plot}s to PNG with JavaFX charts ({@link SpreadBarChart}, {@link
 * SpreadLineChart}) off-screen: the chart is laid out in a scene of the requested size, snapshot,
 * and written by {@code javax.imageio}. In a process with no toolkit yet (the command line) it
 * starts JavaFX on its headless platform with software rendering ({@link FxToolkit#preferHeadless}),
 * so no display is needed. Any thread may call {@link #render}; the chart is built on the FX thread
 * and the file written on the caller's. A 900×500 chart takes tens of milliseconds once the toolkit
 * is up (about a second to start it).
 */
public final class FxChartRenderer implements ChartRenderer {

    /** Largest width or height accepted, in pixels. */
    public static final int MAX_SIDE = 8192;

    @Override
    public void render(Plot plot, int width, int height, Path file) throws IOException, InterruptedException {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("a plot must be 1 to " + MAX_SIDE + " pixels a side, got " + width + "x"
                    + height);
        }
        FxToolkit.preferHeadless();
        Optional<String> failed = FxToolkit.start();
        if (failed.isPresent()) {
            throw new IllegalStateException("cannot draw the plot: " + failed.get());
        }
        int[] argb = new int[width * height];
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                snapshot(SpreadLineChart.chartFor(plot), width, height, argb);
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot draw the plot: " + e.getCause(), e.getCause());
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException(file + ": no such directory " + parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException(file + ": no PNG writer in this Java");
        }
    }

    /** Lays {@code chart} out at {@code width} × {@code height} on white and copies its pixels. FX thread. */
    static void snapshot(Node chart, int width, int height, int[] argb) {
        StackPane root = new StackPane(chart);
        root.setStyle("-fx-background-color: white; -fx-padding: 6;");
        Scene scene = new Scene(root, width, height);
        // Charts settle their axes over a pass or two: lay out until nothing moves, then draw.
        for (int i = 0; i < 3; i++) {
            root.applyCss();
            root.layout();
            if (chart instanceof SpreadLineChart lines) {
                lines.styleReferenceLegend();
            }
        }
        WritableImage image = scene.snapshot(null);
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    }
}
