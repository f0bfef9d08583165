package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.sim.CellRegion;
import lifefx.sim.CellImages;
import lifefx.sim.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The population chart and the exports in a real window on the headless platform: P shows the chart
 * and starts recording, points appear as the blinker steps, and the CSV, chart PNG, view PNG and GIF
 * exports write files that read back.
 */
class PopulationChartWindowTest {

    @TempDir
    Path dir;

    private static Grid blinker() {
        return new Grid.Builder(new GridSize(20, 30)).set(10, 14, true).set(10, 15, true).set(10, 16, true).build(0);
    }

    @Test
    void pShowsTheChartWhichFillsAsTheBlinkerSteps() throws Exception {
        try (TestWindow tw = TestWindow.open(blinker(), Settings.DEFAULT.withStrategy("sequential"))) {
            assertThat(FxTestSupport.onFx(() -> tw.window.populationChart().isVisible())).isFalse();
            FxTestSupport.runFx(() -> tw.window.gridView().requestFocus());
            new FxRobot().type(KeyCode.P);
            assertThat(FxTestSupport.onFx(() -> tw.window.populationChart().isVisible())).isTrue();
            tw.settle();
            for (int i = 0; i < 6; i++) {
                FxTestSupport.runFx(() -> tw.window.run(Shortcut.STEP));
            }
            tw.settle();
            FxTestSupport.waitUntil(() -> tw.window.populationChart().pointCount() == 6);
            List<XYChart.Series<Number, Number>> series = FxTestSupport.onFx(
                    () -> List.copyOf(tw.window.populationChart().chart().getData()));
            assertThat(series).extracting(XYChart.Series::getName)
                    .containsExactly("population", "births / generation", "deaths / generation");
            FxTestSupport.runFx(() -> {
                for (XYChart.Data<Number, Number> d : series.get(0).getData()) {
                    assertThat(d.getYValue().doubleValue()).isEqualTo(3);
                }
                for (XYChart.Data<Number, Number> d : series.get(1).getData()) {
                    assertThat(d.getYValue().doubleValue()).isEqualTo(2);
                }
            });
            // the log scale keeps the points
            FxTestSupport.runFx(() -> tw.window.populationChart().setLogScale(true));
            assertThat(FxTestSupport.onFx(() -> tw.window.populationChart().chart().getData().getFirst().getData().size()))
                    .isEqualTo(6);

            // File → Export population history…: CSV
            Path csv = dir.resolve("population.csv");
            tw.prompts.toSave = csv;
            assertThat(FxTestSupport.onFx(() -> tw.window.exports().exportPopulation()).get(20, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readAllLines(csv)).containsExactly("generation,population,births,deaths", "1,3,2,2",
                    "2,3,2,2", "3,3,2,2", "4,3,2,2", "5,3,2,2", "6,3,2,2");
            // ... and the chart as a PNG
            Path png = dir.resolve("population.png");
            tw.prompts.toSave = png;
            assertThat(FxTestSupport.onFx(() -> tw.window.exports().exportPopulation()).get(20, TimeUnit.SECONDS)).isTrue();
            BufferedImage chart = ImageIO.read(png.toFile());
            assertThat(chart.getWidth()).isEqualTo(ExportActions.CHART_WIDTH);
            assertThat(chart.getHeight()).isEqualTo(ExportActions.CHART_HEIGHT);
            assertThat(colours(chart)).as("a drawn chart, not a blank image").isGreaterThan(10);

            // P again hides it and stops recording; the history stays for export
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.POPULATION_CHART));
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.STEP));
            tw.settle();
            assertThat(tw.model().simulation().populationHistory().size()).isEqualTo(6);
            assertThat(tw.prompts.errors).isEmpty();
        }
    }

    @Test
    void exportsTheViewAsPngAndTheNextGenerationsAsALoopingGif() throws Exception {
        try (TestWindow tw = TestWindow.open(blinker(), Settings.DEFAULT.withStrategy("sequential"))) {
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.FIT));
            tw.settle();
            Path png = dir.resolve("view");
            tw.prompts.toSave = png;
            assertThat(FxTestSupport.onFx(() -> tw.window.exports().exportViewPng()).get(20, TimeUnit.SECONDS)).isTrue();
            BufferedImage view = ImageIO.read(dir.resolve("view.png").toFile());
            int k = FxTestSupport.onFx(() -> tw.window.viewport().zoom());
            assertThat(view.getWidth()).as("the whole torus at the view's scale").isEqualTo(30 << k);
            assertThat(view.getHeight()).isEqualTo(20 << k);
            assertThat(view.getRGB((15 << k) + 1, (10 << k) + 1)).isEqualTo(Palette.LIGHT.alive());
            assertThat(view.getRGB(1, 1)).isEqualTo(Palette.LIGHT.dead());

            Path gif = dir.resolve("blinker.gif");
            tw.prompts.toSave = gif;
            long generation = tw.settle().generation();
            assertThat(FxTestSupport.onFx(() -> tw.window.exports().exportViewGif()).get(60, TimeUnit.SECONDS)).isTrue();
            try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
                ImageReader r = ImageIO.getImageReaders(in).next();
                r.setInput(in);
                assertThat(r.getNumImages(true)).isEqualTo(ExportActions.DEFAULT_FRAMES);
                assertThat(r.read(1).getWidth()).isEqualTo(30 << k);
            }
            assertThat(tw.settle().generation()).as("the running simulation is untouched").isEqualTo(generation);
            assertThat(tw.prompts.errors).isEmpty();
        }
    }

    @Test
    void exportsTheSelectionAsPngAndGifAndTheSelectionsMenuItemsWaitForASelection() throws Exception {
        try (TestWindow tw = TestWindow.open(blinker(), Settings.DEFAULT.withStrategy("sequential"))) {
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.FIT));
            tw.settle();
            MenuBarModel menu = new MenuBarModel(tw.window.model(), new Commands(), tw.window.selection());
            assertThat(menu.disabledProperty(Shortcut.EXPORT_SELECTION_PNG).get()).as("nothing selected").isTrue();
            for (Shortcut edit : new Shortcut[] {Shortcut.COPY, Shortcut.CUT, Shortcut.FLIP_LEFT_RIGHT, Shortcut.ROTATE_CLOCKWISE}) {
                assertThat(menu.disabledProperty(edit).get()).as("%s with nothing selected", edit).isTrue();
            }
            assertThat(menu.disabledProperty(Shortcut.CLEAR).get()).as("Delete clears every cell then").isFalse();
            tw.prompts.toSave = dir.resolve("none.png");
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.EXPORT_SELECTION_PNG));
            assertThat(dir.resolve("none.png")).as("no selection, no file").doesNotExist();

            CellRegion around = new CellRegion(8, 13, 5, 6);
            FxTestSupport.runFx(() -> tw.window.selection().select(around));
            assertThat(menu.disabledProperty(Shortcut.EXPORT_SELECTION_PNG).get()).isFalse();
            assertThat(menu.disabledProperty(Shortcut.COPY).get()).isFalse();
            Path png = dir.resolve("selection.png");
            tw.prompts.toSave = png;
            assertThat(FxTestSupport.onFx(() -> tw.window.exports().exportSelectionPng(around))
                    .get(20, TimeUnit.SECONDS)).isTrue();
            int k = Math.max(0, FxTestSupport.onFx(() -> tw.window.viewport().zoom()));
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(img.getWidth()).as("the selection's 6 columns at the view's scale").isEqualTo(6 << k);
            assertThat(img.getHeight()).isEqualTo(5 << k);
            assertThat(img.getRGB((2 << k) + 1, (2 << k) + 1)).as("the blinker's centre, cell (10, 15)")
                    .isEqualTo(Palette.LIGHT.alive());
            assertThat(img.getRGB(1, 1)).isEqualTo(Palette.LIGHT.dead());

            Path gif = dir.resolve("selection.gif");
            tw.prompts.toSave = gif;
            assertThat(FxTestSupport.onFx(() -> tw.window.exports().exportSelectionGif(around))
                    .get(60, TimeUnit.SECONDS)).isTrue();
            try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
                ImageReader r = ImageIO.getImageReaders(in).next();
                r.setInput(in);
                assertThat(r.getNumImages(true)).isEqualTo(ExportActions.DEFAULT_FRAMES);
                assertThat(r.read(0).getWidth()).isEqualTo(6 << k);
                assertThat(r.read(0).getHeight()).isEqualTo(5 << k);
            }
            assertThat(tw.prompts.errors).isEmpty();
        }
    }

    @Test
    void aSelectionTooBigForItsZoomIsExportedAtASmallerScale() throws Exception {
        try (TestWindow tw = TestWindow.open(blinker(), Settings.DEFAULT.withStrategy("sequential"))) {
            CellRegion huge = new CellRegion(0, 0, 1L << 20, 1L << 20);
            CellImages.Area a = FxTestSupport.onFx(() -> tw.window.exports().selectionArea(huge).orElseThrow());
            assertThat(a.scale()).as("2^20 cells a side do not fit at 1 px a cell").isNegative();
            assertThat(a.width()).isEqualTo(1L << 20);
        }
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
