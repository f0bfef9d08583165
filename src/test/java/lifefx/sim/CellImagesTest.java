package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.universe.HashLifeUniverse;
import lifefx.universe.Topology;
import lifefx.universe.Universe;
import lifefx.universe.Universes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** {@link CellImages}: PNG and looping GIF written and read back with ImageIO. */
class CellImagesTest {

    private static final int ALIVE = 0xFF1F2328;
    private static final int DEAD = 0xFFFFFFFF;

    @TempDir
    Path dir;

    private static Universe.Snapshot blinker() {
        Grid g = new Grid.Builder(new GridSize(12, 20)).set(5, 4, true).set(5, 5, true).set(5, 6, true).build(0);
        return Universes.snapshotOf(g);
    }

    @Test
    void pngShowsTheAreaAtItsScale() throws Exception {
        Path png = dir.resolve("view.png");
        // columns 2..9, rows 3..7 at 4 pixels a cell: 32 x 20 pixels
        CellImages.writePng(png, blinker(), new CellImages.Area(2, 3, 8, 5, 2), ALIVE, DEAD);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(32);
        assertThat(img.getHeight()).isEqualTo(20);
        // cell (x=4, y=5) is alive: pixel ((4-2)*4+1, (5-3)*4+1)
        assertThat(img.getRGB(9, 9)).isEqualTo(ALIVE);
        assertThat(img.getRGB(1, 1)).isEqualTo(DEAD);
        assertThat(img.getRGB((7 - 2) * 4 + 1, 9)).as("column 7 is dead").isEqualTo(DEAD);
    }

    @Test
    void zoomedOutAPixelCoversSeveralCells() throws Exception {
        CellImages.Area a = new CellImages.Area(0, 0, 20, 12, -2);
        assertThat(a.pixelWidth()).isEqualTo(5);
        assertThat(a.pixelHeight()).isEqualTo(3);
        int[] px = CellImages.pixels(blinker(), a, 1, 0);
        // cells (4..6, 5): pixel columns 1, row 1
        assertThat(px[1 * 5 + 1]).isEqualTo(1);
        assertThat(px[0]).isZero();
    }

    @Test
    void tooLargeAPictureIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new CellImages.Area(0, 0, 100_000, 10, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zoom out");
        assertThatThrownBy(() -> new CellImages.Area(0, 0, 0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gifLoopsForeverWithOneFramePerGeneration() throws Exception {
        Path gif = dir.resolve("blinker.gif");
        AtomicInteger done = new AtomicInteger();
        Universe.Snapshot start = blinker();
        CellImages.writeGif(gif, new CellImages.Gif(new Topology.Torus(new GridSize(12, 20)), Rule.CONWAY, start,
                new CellImages.Area(0, 0, 20, 12, 1), 6, 1, 100, ALIVE, DEAD), done::set);
        assertThat(done.get()).isEqualTo(6);
        List<BufferedImage> frames = new ArrayList<>();
        List<IIOMetadata> metas = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            int n = r.getNumImages(true);
            for (int i = 0; i < n; i++) {
                frames.add(r.read(i));
                metas.add(r.getImageMetadata(i));
            }
        }
        assertThat(frames).hasSize(6);
        assertThat(frames.getFirst().getWidth()).isEqualTo(40);
        assertThat(frames.getFirst().getHeight()).isEqualTo(24);
        // generation 0 horizontal (cell (5,4) alive, (5,6) dead... rows/cols: row 5, cols 4..6), generation 1 vertical
        assertThat(frames.get(0).getRGB(6 * 2, 5 * 2)).isEqualTo(ALIVE);
        assertThat(frames.get(1).getRGB(6 * 2, 5 * 2)).as("a vertical blinker: column 6 dead").isEqualTo(DEAD);
        assertThat(frames.get(1).getRGB(5 * 2, 4 * 2)).isEqualTo(ALIVE);
        assertThat(frames.get(2).getRGB(6 * 2, 5 * 2)).isEqualTo(ALIVE);
        Node first = metas.getFirst().getAsTree("javax_imageio_gif_image_1.0");
        Node app = find(first, "ApplicationExtension");
        assertThat(app).as("NETSCAPE2.0 extension").isNotNull();
        assertThat(app.getAttributes().getNamedItem("applicationID").getNodeValue()).isEqualTo("NETSCAPE");
        assertThat(app.getAttributes().getNamedItem("authenticationCode").getNodeValue()).isEqualTo("2.0");
        byte[] loop = (byte[]) ((javax.imageio.metadata.IIOMetadataNode) app).getUserObject();
        assertThat(loop).containsExactly(1, 0, 0);
        Node control = find(metas.get(3).getAsTree("javax_imageio_gif_image_1.0"), "GraphicControlExtension");
        assertThat(control.getAttributes().getNamedItem("delayTime").getNodeValue()).isEqualTo("10");
        // the snapshot it started from is untouched
        assertThat(start.get(6, 5)).isTrue();
    }

    @Test
    void gifOfThePlaneStepsACopy() throws Exception {
        HashLifeUniverse u = new HashLifeUniverse(Rule.CONWAY, 16L << 20);
        for (int[] c : new int[][] {{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}}) {
            u.set(c[0], c[1], true);
        }
        Universe.Snapshot s = u.snapshot();
        Path gif = dir.resolve("glider.gif");
        CellImages.writeGif(gif, new CellImages.Gif(Topology.PLANE, Rule.CONWAY, s, new CellImages.Area(-2, -2, 16, 16, 0),
                9, 1, 50, ALIVE, DEAD), n -> { });
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            assertThat(r.getNumImages(true)).isEqualTo(9);
            BufferedImage last = r.read(8);
            // after 8 generations the glider moved by (2, 2): its cell (1,0) is at (3,2), pixel (5,4)
            assertThat(last.getRGB(5, 4)).isEqualTo(ALIVE);
        }
        assertThat(u.generation()).isZero();
    }

    @Test
    void framesCanBeSeveralGenerationsApart() throws Exception {
        HashLifeUniverse u = new HashLifeUniverse(Rule.CONWAY, 16L << 20);
        for (int[] c : new int[][] {{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}}) {
            u.set(c[0], c[1], true);
        }
        Path gif = dir.resolve("glider-every-4.gif");
        CellImages.writeGif(gif, new CellImages.Gif(Topology.PLANE, Rule.CONWAY, u.snapshot(),
                new CellImages.Area(-2, -2, 16, 16, 0), 3, 4, 50, ALIVE, DEAD), n -> { });
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            assertThat(r.getNumImages(true)).isEqualTo(3);
            // a glider moves (1, 1) every 4 generations: its cell (1,0) is at (2,1) in frame 1, (3,2) in frame 2
            assertThat(r.read(1).getRGB(2 + 2, 1 + 2)).isEqualTo(ALIVE);
            assertThat(r.read(1).getRGB(1 + 2, 0 + 2)).isEqualTo(DEAD);
            assertThat(r.read(2).getRGB(3 + 2, 2 + 2)).isEqualTo(ALIVE);
        }
    }

    @Test
    void aCancelledGifLeavesTheOldFile() throws Exception {
        Path gif = dir.resolve("keep.gif");
        Files.writeString(gif, "old");
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> CellImages.writeGif(gif, new CellImages.Gif(new Topology.Torus(new GridSize(12, 20)),
                Rule.CONWAY, blinker(), new CellImages.Area(0, 0, 20, 12, 0), 50, 1, 100, ALIVE, DEAD), n -> { }))
                .isInstanceOf(InterruptedException.class);
        Thread.interrupted();
        assertThat(Files.readString(gif)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(gif);
        }
    }

    private static Node find(Node n, String name) {
        if (n.getNodeName().equals(name)) {
            return n;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node f = find(c, name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
