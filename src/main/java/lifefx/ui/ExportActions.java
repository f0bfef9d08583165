package lifefx.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import lifefx.life.GridSize;
import lifefx.pattern.AtomicFile;
import lifefx.sim.CellImages;
import lifefx.sim.CellRegion;
import lifefx.sim.PopulationHistory;
import lifefx.sim.Snapshot;
import lifefx.universe.Topology;

/**
 * The window's exports: File → Export view as PNG…, Export animated GIF…, Export population
 * history…. Each asks through {@link Prompts}, then writes off the FX thread on a virtual thread
 * (files replaced atomically), with the status bar showing the work and then a notice naming the
 * file, or the error as a one-line message.
 *
 * <p>The picture exports take the rectangle as a parameter ({@link #exportPng(CellImages.Area)},
 * {@link #exportGif(CellImages.Area)}): the menu items pass the view's area ({@link #viewArea});
 * a selection passes its own cells and the view's scale.
 *
 * <p>A GIF steps a copy of the universe (see {@link CellImages#writeGif}); the status bar counts
 * its frames. Choosing Export animated GIF… again while one is written cancels it (the file is
 * left as it was), as does closing the window ({@link #cancel()}). FX thread only, except where said.
 */
final class ExportActions {

    /** Frames offered for a GIF at first: 60 generations at 10 frames a second. */
    static final int DEFAULT_FRAMES = 60;
    static final int DEFAULT_DELAY_MILLIS = 100;
    /** The population chart's PNG size. */
    static final int CHART_WIDTH = 1000;
    static final int CHART_HEIGHT = 520;

    private final Window owner;
    private final LifeModel model;
    private final Prompts prompts;
    private final StatusBarModel status;
    private final Viewport viewport;
    private final Supplier<Palette> palette;
    private final Supplier<Boolean> chartLogScale;
    private Path lastDirectory;
    private int frames = DEFAULT_FRAMES;
    private int delayMillis = DEFAULT_DELAY_MILLIS;
    private long generationsPerFrame = 1;
    /** The virtual thread writing a GIF, or null. */
    private Thread gifWriter;

    ExportActions(Window owner, LifeModel model, Prompts prompts, StatusBarModel status, Viewport viewport,
                  Supplier<Palette> palette, Supplier<Boolean> chartLogScale) {
        this.owner = Objects.requireNonNull(owner);
        this.model = Objects.requireNonNull(model);
        this.prompts = Objects.requireNonNull(prompts);
        this.status = Objects.requireNonNull(status);
        this.viewport = Objects.requireNonNull(viewport);
        this.palette = Objects.requireNonNull(palette);
        this.chartLogScale = Objects.requireNonNull(chartLogScale);
    }

    /**
     * The cells the view shows, at its scale: whole cells from the view's top-left cell (zoomed in, a
     * cell cut by the edge is drawn whole), on a torus cut to the torus. Empty when the view shows
     * none of the torus.
     */
    Optional<CellImages.Area> viewArea(Snapshot s) {
        int k = viewport.zoom();
        // The view worked out in logical pixels: a stretched fit shows fewer cells than its pixels.
        long w = viewport.logicalWidth();
        long h = viewport.logicalHeight();
        long left = viewport.left();
        long top = viewport.top();
        long cols;
        long rows;
        if (k >= 0) {
            cols = ((w + viewport.subX() - 1) >> k) + 1;
            rows = ((h + viewport.subY() - 1) >> k) + 1;
        } else {
            cols = w << -k;
            rows = h << -k;
        }
        if (s.topology() instanceof Topology.Torus(GridSize size)) {
            long right = Math.min(left + cols, size.width());
            long bottom = Math.min(top + rows, size.height());
            left = Math.max(left, 0);
            top = Math.max(top, 0);
            if (right <= left || bottom <= top) {
                return Optional.empty();
            }
            cols = right - left;
            rows = bottom - top;
        }
        return Optional.of(new CellImages.Area(left, top, cols, rows, k));
    }

    /**
     * The selection {@code r} as an area to draw: at the view's pixels per cell when zoomed in (1
     * otherwise), or at the largest power of two below that keeps the picture within {@link
     * CellImages}' limits.
     */
    Optional<CellImages.Area> selectionArea(CellRegion r) {
        for (int k = Math.max(0, viewport.zoom()); k >= -62; k--) {
            try {
                return Optional.of(new CellImages.Area(r.left(), r.top(), r.width(), r.height(), k));
            } catch (IllegalArgumentException tooBig) {
                // one power of two smaller
            }
        }
        return Optional.empty();
    }

    /** File → Export selection as PNG…; {@code r} is the selection. */
    CompletableFuture<Boolean> exportSelectionPng(CellRegion r) {
        return selectionArea(r).map(this::exportPng).orElseGet(() -> CompletableFuture.completedFuture(false));
    }

    /** File → Export animated GIF of the selection…; {@code r} is the selection. */
    CompletableFuture<Boolean> exportSelectionGif(CellRegion r) {
        if (cancelGifInProgress()) {
            return CompletableFuture.completedFuture(false);
        }
        return selectionArea(r).map(this::exportGif).orElseGet(() -> CompletableFuture.completedFuture(false));
    }

    /** File → Export view as PNG…. */
    CompletableFuture<Boolean> exportViewPng() {
        return withViewArea(this::exportPng);
    }

    /** File → Export animated GIF…. */
    CompletableFuture<Boolean> exportViewGif() {
        if (cancelGifInProgress()) {
            return CompletableFuture.completedFuture(false);
        }
        return withViewArea(this::exportGif);
    }

    /** Choosing a GIF export while one is being written cancels that one: whether it did. */
    private boolean cancelGifInProgress() {
        if (gifWriter == null) {
            return false;
        }
        cancel();
        status.notice("The animated GIF was cancelled; the file is left as it was");
        return true;
    }

    private CompletableFuture<Boolean> withViewArea(java.util.function.Function<CellImages.Area, CompletableFuture<Boolean>> export) {
        Snapshot s = model.snapshot();
        if (s == null) {
            return CompletableFuture.completedFuture(false);
        }
        Optional<CellImages.Area> area;
        try {
            area = viewArea(s);
        } catch (IllegalArgumentException e) {
            fail("Cannot export the view", e.getMessage());
            return CompletableFuture.completedFuture(false);
        }
        if (area.isEmpty()) {
            fail("Cannot export the view", "the view shows none of the torus; press F to fit it");
            return CompletableFuture.completedFuture(false);
        }
        return export.apply(area.get());
    }

    /**
     * Asks for a file and writes {@code area} of the current cells as a PNG, in the theme's colours.
     * The future says whether a file was written; it completes on the FX thread.
     */
    CompletableFuture<Boolean> exportPng(CellImages.Area area) {
        Snapshot s = model.snapshot();
        Optional<Path> target = prompts.chooseExportFile(owner, lastDirectory, "Export as PNG", "lifefx.png");
        if (s == null || target.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        Path file = withExtension(target.get(), ".png");
        Palette p = palette.get();
        return offFx("Writing " + file.getFileName() + "…", () -> {
            CellImages.writePng(file, s.cells(), area, p.alive(), p.dead());
            return "Exported " + file.getFileName() + ": " + area.pixelWidth() + " × " + area.pixelHeight() + " pixels, "
                    + area.width() + " × " + area.height() + " cells of generation " + s.exactGeneration();
        }, file);
    }

    /**
     * Asks how many generations, the frame delay and a file, then writes the next generations of
     * {@code area} as a looping GIF from a copy of the universe, on a virtual thread; the status bar
     * counts the frames. The future completes on the FX thread.
     */
    CompletableFuture<Boolean> exportGif(CellImages.Area area) {
        Snapshot s = model.snapshot();
        if (s == null) {
            return CompletableFuture.completedFuture(false);
        }
        Optional<Prompts.GifRequest> asked = prompts.chooseGif(owner, lastDirectory,
                new Prompts.GifRequest(frames, generationsPerFrame, delayMillis, Path.of("lifefx.gif")));
        if (asked.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        Prompts.GifRequest r = asked.get();
        frames = r.frames();
        delayMillis = r.delayMillis();
        generationsPerFrame = r.generationsPerFrame();
        Path file = withExtension(r.file(), ".gif");
        Palette p = palette.get();
        CellImages.Gif gif;
        try {
            gif = new CellImages.Gif(s.topology(), s.rule(), s.cells(), area, r.frames(), r.generationsPerFrame(), r.delayMillis(), p.alive(),
                    p.dead());
        } catch (IllegalArgumentException e) {
            fail("Cannot export an animated GIF", e.getMessage());
            return CompletableFuture.completedFuture(false);
        }
        String name = String.valueOf(file.getFileName());
        Runnable[] end = {status.begin("Writing " + name + ": frame 0 of " + r.frames() + "…")};
        int[] shown = {0};
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        gifWriter = Thread.ofVirtual().name("lifefx-gif").start(() -> {
            Throwable failure = null;
            try {
                CellImages.writeGif(file, gif, n -> {
                    // A few updates, not one per frame: each is a runLater.
                    if (n == r.frames() || n * 10L / r.frames() != shown[0]) {
                        shown[0] = (int) (n * 10L / r.frames());
                        Platform.runLater(() -> {
                            end[0].run();
                            end[0] = status.begin("Writing " + name + ": frame " + n + " of " + r.frames() + "…");
                        });
                    }
                });
            } catch (Throwable t) {
                failure = t;
            }
            Throwable f = failure;
            Platform.runLater(() -> {
                gifWriter = null;
                end[0].run();
                if (f == null) {
                    lastDirectory = file.toAbsolutePath().getParent();
                    status.notice("Exported " + name + ": " + r.frames() + " frames of " + area.pixelWidth() + " × "
                            + area.pixelHeight() + " pixels from generation " + s.exactGeneration() + ", looping");
                    result.complete(true);
                } else {
                    if (!(f instanceof InterruptedException)) {
                        fail("Cannot export an animated GIF", oneLine(f));
                    }
                    result.complete(false);
                }
            });
        });
        return result;
    }

    /** Cancels a GIF being written (its file stays as it was). Any thread... but called on the FX thread. */
    void cancel() {
        Thread t = gifWriter;
        if (t != null) {
            t.interrupt();
        }
    }

    /** Whether a GIF is being written, for tests. */
    boolean writingGif() {
        return gifWriter != null;
    }

    /**
     * File → Export population history…: CSV ({@code generation,population,births,deaths}), or the
     * chart as a PNG when the file's name ends in {@code .png}. The chart is drawn here on the FX
     * thread (off-screen, as {@link FxChartRenderer} does), the file written on a virtual thread.
     */
    CompletableFuture<Boolean> exportPopulation() {
        PopulationHistory.Series history = model.simulation().populationHistory();
        if (history.isEmpty()) {
            fail("No population history yet", "turn on View → Population chart (P), then play or step: it records"
                    + " from then on");
            return CompletableFuture.completedFuture(false);
        }
        Optional<Path> target = prompts.chooseExportFile(owner, lastDirectory, "Export population history",
                "population.csv");
        if (target.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        Path file = target.get();
        String name = String.valueOf(file.getFileName());
        if (name.toLowerCase(Locale.ROOT).endsWith(".png")) {
            int[] argb = new int[CHART_WIDTH * CHART_HEIGHT];
            PopulationChart chart = new PopulationChart();
            chart.setLogScale(chartLogScale.get());
            chart.show(history);
            FxChartRenderer.snapshot(chart, CHART_WIDTH, CHART_HEIGHT, argb);
            return offFx("Writing " + name + "…", () -> {
                BufferedImage image = new BufferedImage(CHART_WIDTH, CHART_HEIGHT, BufferedImage.TYPE_INT_RGB);
                image.setRGB(0, 0, CHART_WIDTH, CHART_HEIGHT, argb, 0, CHART_WIDTH);
                AtomicFile.write(file, temp -> {
                    if (!ImageIO.write(image, "png", temp.toFile())) {
                        throw new IOException("this Java has no PNG writer");
                    }
                });
                return "Exported the population chart to " + name;
            }, file);
        }
        Path csv = withExtension(file, ".csv");
        return offFx("Writing " + csv.getFileName() + "…", () -> {
            AtomicFile.write(csv, history.toCsv().getBytes(StandardCharsets.UTF_8));
            return "Exported " + history.size() + " points of population history to " + csv.getFileName();
        }, csv);
    }

    /** {@code file}, with {@code ext} added unless its name ends with it already. */
    static Path withExtension(Path file, String ext) {
        String name = String.valueOf(file.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(ext) ? file : file.resolveSibling(name + ext);
    }

    /** Runs {@code work} on a virtual thread; its result is the notice. Completes on the FX thread. */
    private CompletableFuture<Boolean> offFx(String activity, java.util.concurrent.Callable<String> work, Path file) {
        Runnable end = status.begin(activity);
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Thread.ofVirtual().name("lifefx-export").start(() -> {
            String notice = null;
            Throwable failure = null;
            try {
                notice = work.call();
            } catch (Throwable t) {
                failure = t;
            }
            String n = notice;
            Throwable f = failure;
            Platform.runLater(() -> {
                end.run();
                if (f == null) {
                    lastDirectory = file.toAbsolutePath().getParent();
                    status.notice(n);
                    done.complete(true);
                } else {
                    fail("Cannot export", oneLine(f));
                    done.complete(false);
                }
            });
        });
        return done;
    }

    private void fail(String title, String message) {
        status.notice(title + ": " + message);
        prompts.showError(owner, title, message);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
