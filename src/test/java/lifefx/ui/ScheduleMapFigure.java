package lifefx.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import lifefx.cellio.CellIoMode;
import lifefx.cellio.LatencyLogic;
import lifefx.engine.ScheduleMap;
import lifefx.engine.ScheduleRecorder;
import lifefx.engine.StrategyConfig;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import lifefx.universe.TorusUniverse;

/**
 * Makes the figure of schedule maps in performance.md (not a test): five runs side by side, each as the
 * window's schedule map would show it, time colouring above and thread (or, for virtual threads,
 * carrier) colouring below, with the same colours as the window ({@link ScheduleColouring}).
 * Headless: it draws with {@code java.awt.image} and writes a PNG, no JavaFX.
 *
 * <p>Run: {@code mvn -B -o -q test-compile && java -cp target/classes:target/test-classes
 * lifefx.ui.ScheduleMapFigure assets/schedule-maps.png}. Each run steps a 35% soup ({@value #WARMUP}
 * generations recorded, the last one drawn) on a {@value #ROWS}×{@value #COLS} torus.
 */
public final class ScheduleMapFigure {

    static final int ROWS = 64;
    static final int COLS = 96;
    static final int SCALE = 3;
    static final int WARMUP = 30;

    private record Run(String title, String strategy, int threads, CellLogic logic) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/schedule-maps.png");
        CellLogic pure = CellLogic.of(Rule.CONWAY);
        CellLogic calls = (alive, n) -> Rule.CONWAY.next(alive, n);
        CellLogic latency = new LatencyLogic(pure, new CellIoMode.Latency(2_000_000, 50, 1));
        List<Run> runs = List.of(
                new Run("sequential", "sequential", 1, calls),
                new Run("bands, K=4", "bands", 4, calls),
                new Run("thread-pool, K=4", "thread-pool", 4, pure),
                new Run("virtual-threads", "virtual-threads", 1, pure),
                new Run("virtual-threads, latency 2 ms ±50%", "virtual-threads", 1, latency));
        Grid start = Grids.random(new GridSize(ROWS, COLS), 0.35, 7, 0);
        int pw = COLS * SCALE;
        int ph = ROWS * SCALE;
        int gap = 16;
        int top = 44;
        int labelRow = 20;
        int width = runs.size() * (pw + gap) + gap;
        int height = top + 2 * (ph + labelRow) + gap + 52;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1F2328));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString("Schedule maps, " + ROWS + "×" + COLS + " torus: above, when each cell was computed (0% → 100% of"
                + " its generation); below, which thread (carrier for virtual threads)", gap, 20);
        for (int k = 0; k < runs.size(); k++) {
            Run run = runs.get(k);
            ScheduleMap map = record(run, start);
            int x0 = gap + k * (pw + gap);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            g.setColor(new Color(0x1F2328));
            g.drawString(run.title(), x0, top - 6);
            paint(img, map, ScheduleColouring.TIME, x0, top);
            boolean carriers = run.strategy().equals("virtual-threads");
            paint(img, map, carriers ? ScheduleColouring.CARRIER : ScheduleColouring.THREAD, x0, top + ph + labelRow);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.drawString(String.format(Locale.ROOT, "%s, %s", millis(map.nanos()), map.granularity().describe()
                    .replaceAll(" \\(.*", "")), x0, top + ph + 14);
            g.drawString(carriers ? map.carrierNames().size() + " carriers, " + String.format(Locale.ROOT, "%,d",
                    map.threadCount()) + " threads" : map.threadCount() + " thread" + (map.threadCount() == 1 ? "" : "s"),
                    x0, top + 2 * ph + labelRow + 14);
            System.out.println(run.title() + ": " + map);
        }
        // The time gradient's key.
        int ky = height - 22;
        for (int x = 0; x < 300; x++) {
            g.setColor(new Color(ScheduleColouring.timeColour(x / 299.0)));
            g.fillRect(gap + x, ky, 1, 12);
        }
        g.setColor(new Color(0x1F2328));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString("0%", gap, ky - 3);
        g.drawString("50%", gap + 150 - 10, ky - 3);
        g.drawString("100%", gap + 300 - 26, ky - 3);
        g.drawString("of the generation's time; thread colours: blue, orange, green, red, ... in the order the threads"
                + " first finished a cell",
                gap + 320, ky + 10);
        g.dispose();
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(img, "png", out.toFile());
        System.out.println("wrote " + out);
    }

    private static ScheduleMap record(Run run, Grid start) throws Exception {
        ScheduleRecorder rec = new ScheduleRecorder(run.strategy().equals("virtual-threads"));
        try (TorusUniverse u = new TorusUniverse(start, Rule.CONWAY, run.strategy(), new StrategyConfig(run.threads()),
                run.logic())) {
            int generations = run.logic() instanceof LatencyLogic ? 3 : WARMUP;
            for (int i = 0; i < generations; i++) {
                ScheduleRecorder.during(rec, () -> {
                    u.step(java.math.BigInteger.ONE);
                    return null;
                });
            }
            return rec.map(); // before close: pool workers are alive and named
        }
    }

    private static void paint(BufferedImage img, ScheduleMap map, ScheduleColouring colouring, int x0, int y0) {
        int w = map.size().width();
        for (int r = 0; r < map.size().height(); r++) {
            for (int c = 0; c < w; c++) {
                int argb = ScheduleMapRenderer.colour(map, colouring, r * w + c);
                for (int dy = 0; dy < SCALE; dy++) {
                    for (int dx = 0; dx < SCALE; dx++) {
                        img.setRGB(x0 + c * SCALE + dx, y0 + r * SCALE + dy, argb & 0xFFFFFF);
                    }
                }
            }
        }
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, nanos >= 10_000_000 ? "%.0f ms" : "%.3g ms", nanos / 1e6);
    }

    private ScheduleMapFigure() {
    }

    static {
        System.setProperty("java.awt.headless", "true");
    }
}
