package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import lifefx.plot.Plot;
import lifefx.plot.Spread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class FxChartRendererTest {

    @TempDir
    Path dir;

    static final Plot.Bars BARS = new Plot.Bars("Time per generation", "ms per generation", true,
            List.of("sequential", "queue", "virtual-threads"),
            List.of(new Plot.BarSeries("500x900", List.of(new Spread(1, 0.8, 2, 5), new Spread(30, 25, 40, 5),
                            new Spread(8000, 7000, 9000, 5))),
                    new Plot.BarSeries("50x90", List.of(new Spread(0.01, 0.009, 0.02, 5), new Spread(0.5, 0.4, 0.7, 5),
                            Spread.NONE))));

    static final Plot.Lines LINES = new Plot.Lines("Sweep", "latency", "ms per generation", false, true,
            List.of("0", "100us", "1ms"),
            List.of(new Plot.LineSeries("bands", List.of(new Plot.Point(0, new Spread(0.05, 0.04, 0.07, 3)),
                            new Plot.Point(1, new Spread(90, 88, 95, 3)), new Plot.Point(2, new Spread(900, 880, 950, 3))),
                            false),
                    new Plot.LineSeries("floor", List.of(new Plot.Point(1, new Spread(0.1, 0.1, 0.1, 1)),
                            new Plot.Point(2, new Spread(1, 1, 1, 1))), true)));

    @Test
    void aBarPlotIsAPngOfTheRequestedSizeAndNotBlank() throws Exception {
        Path file = dir.resolve("bars.png");
        new FxChartRenderer().render(BARS, 640, 360, file);
        assertDrawn(file, 640, 360);
    }

    @Test
    void aLinePlotIsAPngOfTheRequestedSizeAndNotBlank() throws Exception {
        Path file = dir.resolve("lines.png");
        new FxChartRenderer().render(LINES, 500, 420, file);
        assertDrawn(file, 500, 420);
    }

    public static void assertDrawn(Path file, int width, int height) throws Exception {
        assertThat(Files.size(file)).isPositive();
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("a PNG that ImageIO reads").isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        Set<Integer> colours = new HashSet<>();
        long notWhite = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    notWhite++;
                }
            }
        }
        // Axes, labels, bars or lines in several colours: far from a blank page.
        assertThat(colours.size()).as("distinct colours").isGreaterThan(20);
        assertThat(notWhite).as("pixels that are not white").isGreaterThan((long) width * height / 50);
    }
}
