package lifefx.sim;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.IntConsumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import lifefx.engine.StrategyConfig;
import lifefx.life.CellLogic;
import lifefx.life.Rule;
import lifefx.pattern.AtomicFile;
import lifefx.universe.Topology;
import lifefx.universe.Universe;
import lifefx.universe.UniverseException;
import lifefx.universe.Universes;

/**
 * Pictures of cells: a rectangle of a universe's snapshot as a PNG, and the next generations of it
 * as an animated GIF that loops. The rectangle is a parameter ({@link Area}: cells on the universe
 * and a scale), so the window exports its view with it, and a selection the same way. Files are
 * replaced atomically ({@link AtomicFile}). No JavaFX: {@code javax.imageio} writes both formats.
 *
 * <p><b>Costs.</b> A picture costs its pixels ({@link Universe.Snapshot#render}, about the pixels at
 * any zoom), plus the encoding. A GIF of N frames steps a <em>copy</em> of the universe (made from
 * the snapshot by {@link Universes#open}: {@code packed} on a torus, with the rule's pure logic
 * even when the window's cells do I/O; {@code hashlife} on the plane) N − 1 times, so the running simulation is never touched.
 *
 * <p><b>Threads.</b> Every method runs on the calling thread, which should not be the UI thread: a
 * GIF steps a universe. Interrupting the caller cancels a GIF between or within generations
 * ({@link InterruptedException}), and the target file is then left as it was.
 */
public final class CellImages {

    /** Largest picture side, in pixels. */
    public static final int MAX_SIDE = 16_384;
    /** Largest picture, in pixels (64 M: 256 MB of ARGB). */
    public static final long MAX_PIXELS = 1L << 26;

    private CellImages() {
    }

    /**
     * A rectangle of cells and the scale to draw it at.
     *
     * @param left   the column of the leftmost cell
     * @param top    the row of the top cell
     * @param width  cells across, at least 1
     * @param height cells down, at least 1
     * @param scale  as {@link Universe#render}: 2^scale pixels a cell side when {@code scale ≥ 0}; 2^-scale
     *               cells a pixel side otherwise (a pixel is lit when any of its cells lives)
     */
    public record Area(long left, long top, long width, long height, int scale) {
        public Area {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("an area to draw needs at least one cell each way, got " + width
                        + "x" + height + " cells");
            }
            if (scale < -62 || scale > 30) {
                throw new IllegalArgumentException("scale 2^" + scale + " is out of range 2^-62..2^30");
            }
            long w = side(width, scale);
            long h = side(height, scale);
            if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
                throw new IllegalArgumentException(width + "x" + height + " cells at " + scaleText(scale) + " make a "
                        + w + "x" + h + " pixel picture; at most " + MAX_SIDE + " pixels a side and " + MAX_PIXELS
                        + " pixels in all: zoom out or take a smaller area");
            }
        }

        /** Pixels across. */
        public int pixelWidth() {
            return (int) side(width, scale);
        }

        /** Pixels down. */
        public int pixelHeight() {
            return (int) side(height, scale);
        }

        private static long side(long cells, int scale) {
            if (scale >= 0) {
                return cells > (Long.MAX_VALUE >> scale) ? Long.MAX_VALUE : cells << scale;
            }
            int m = -scale;
            return ((cells - 1) >>> m) + 1; // ceiling of cells / 2^m
        }

        private static String scaleText(int scale) {
            return scale >= 0 ? (1L << scale) + " pixels a cell" : "2^" + -scale + " cells a pixel";
        }
    }

    /** The pixels of {@code area} of {@code cells}, row-major ARGB, {@code alive} and {@code dead}. Any thread. */
    public static int[] pixels(Universe.Snapshot cells, Area area, int alive, int dead) {
        int w = area.pixelWidth();
        int h = area.pixelHeight();
        int[] px = new int[w * h];
        cells.render(area.left(), area.top(), area.scale(), px, w, h, alive, dead);
        return px;
    }

    /** {@link #pixels} as an opaque RGB image. */
    public static BufferedImage image(Universe.Snapshot cells, Area area, int alive, int dead) {
        BufferedImage img = new BufferedImage(area.pixelWidth(), area.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, img.getWidth(), img.getHeight(), pixels(cells, area, alive, dead), 0, img.getWidth());
        return img;
    }

    /**
     * Writes {@code area} of {@code cells} as a PNG to {@code file}, atomically, in the colours
     * {@code alive} and {@code dead} (ARGB; the theme's). The method the window's File → Export view
     * as PNG… calls, with the view's area.
     *
     * @throws IOException with a one-line message naming the file
     */
    public static void writePng(Path file, Universe.Snapshot cells, Area area, int alive, int dead) throws IOException {
        BufferedImage img = image(cells, area, alive, dead);
        AtomicFile.write(file, temp -> {
            if (!ImageIO.write(img, "png", temp.toFile())) {
                throw new IOException(file + ": this Java has no PNG writer");
            }
        });
    }

    /**
     * What an animated GIF shows.
     *
     * @param topology       the universe's topology (the copy is made in it)
     * @param rule           the rule to step with
     * @param start          the first frame's cells
     * @param area           the rectangle and scale of every frame
     * @param frames         frames, at least 1: the start, then one every {@code generationsPerFrame}
     * @param generationsPerFrame generations between frames, at least 1
     * @param delayMillis    the time each frame shows, 10 ms to 655 s (GIF counts hundredths of a second)
     * @param alive          live cells' colour (ARGB)
     * @param dead           dead cells' colour (ARGB)
     */
    public record Gif(Topology topology, Rule rule, Universe.Snapshot start, Area area, int frames,
                      long generationsPerFrame, int delayMillis, int alive, int dead) {
        /** Frames at most. */
        public static final int MAX_FRAMES = 10_000;

        public Gif {
            Objects.requireNonNull(topology, "topology");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(area, "area");
            if (frames < 1 || frames > MAX_FRAMES) {
                throw new IllegalArgumentException("an animated GIF has 1 to " + MAX_FRAMES + " frames, not " + frames);
            }
            if (generationsPerFrame < 1) {
                throw new IllegalArgumentException("frames must be at least one generation apart, not "
                        + generationsPerFrame);
            }
            if (delayMillis < 10 || delayMillis > 655_350) {
                throw new IllegalArgumentException("a GIF frame shows for 10 ms to 655350 ms, not " + delayMillis + " ms");
            }
        }
    }

    /**
     * Writes {@code gif}'s frames as an animated GIF that loops forever (the NETSCAPE2.0 application
     * extension with a loop count of 0) to {@code file}, atomically. Steps a copy of the universe,
     * never the running one. {@code progress} hears the number of frames written after each frame.
     * The window's File → Export animated GIF… calls it on a virtual thread, with the view's area.
     *
     * @throws InterruptedException when the calling thread is interrupted (the file is left as it was)
     * @throws UniverseException    when a generation cannot be computed (a one-line message)
     * @throws IOException          with a one-line message naming the file
     */
    public static void writeGif(Path file, Gif gif, IntConsumer progress)
            throws IOException, InterruptedException, UniverseException {
        // AtomicFile wraps what the body throws into its own one-line IOException: remember why.
        Exception[] why = new Exception[1];
        try {
            AtomicFile.write(file, temp -> {
                try (Universe copy = Universes.open(gif.topology(), gif.rule(), copyStrategy(gif.topology()),
                        new StrategyConfig(1), CellLogic.of(gif.rule().withoutTorus()), gif.start());
                     OutputStream out = Files.newOutputStream(temp);
                     ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                    writeFrames(copy, gif, ios, progress);
                } catch (InterruptedException | UniverseException e) {
                    why[0] = e;
                    throw new IOException(e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            if (why[0] instanceof InterruptedException i) {
                throw i;
            }
            if (why[0] instanceof UniverseException u) {
                throw u;
            }
            throw e;
        }
    }

    /** What steps the copy: {@code packed} on a torus (pure rule logic, words), HashLife on the plane. */
    private static String copyStrategy(Topology t) {
        return t instanceof Topology.Torus ? "packed" : t.defaultStrategy();
    }

    private static void writeFrames(Universe u, Gif gif, ImageOutputStream ios, IntConsumer progress)
            throws IOException, InterruptedException, UniverseException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        ImageWriter writer = writers.next();
        try {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            Area a = gif.area();
            int w = a.pixelWidth();
            int h = a.pixelHeight();
            // Two colours: index 0 dead, 1 alive, one bit a pixel before compression.
            IndexColorModel colours = new IndexColorModel(1, 2, new byte[] {(byte) (gif.dead() >> 16), (byte) (gif.alive() >> 16)},
                    new byte[] {(byte) (gif.dead() >> 8), (byte) (gif.alive() >> 8)},
                    new byte[] {(byte) gif.dead(), (byte) gif.alive()});
            int[] px = new int[w * h];
            BigInteger per = BigInteger.valueOf(gif.generationsPerFrame());
            for (int f = 0; f < gif.frames(); f++) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("the GIF was cancelled");
                }
                if (f > 0) {
                    u.step(per);
                }
                u.render(a.left(), a.top(), a.scale(), px, w, h, 1, 0);
                BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY, colours);
                java.awt.image.WritableRaster raster = frame.getRaster();
                raster.setPixels(0, 0, w, h, px);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
                frameMetadata(meta, gif.delayMillis() / 10, f == 0, gif.dead(), gif.alive());
                writer.writeToSequence(new IIOImage(frame, null, meta), param);
                progress.accept(f + 1);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** The frame's delay in hundredths of a second and, on the first frame, the loop-forever extension. */
    private static void frameMetadata(IIOMetadata meta, int centis, boolean first, int dead, int alive)
            throws IOException {
        String format = meta.getNativeMetadataFormatName(); // javax_imageio_gif_image_1.0
        IIOMetadataNode root = new IIOMetadataNode(format);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(centis));
        control.setAttribute("transparentColorIndex", "0");
        root.appendChild(control);
        // The frame's own two colours: without a local table the writer falls back on a default
        // global one (black and white), whatever the image's colour model says.
        IIOMetadataNode table = new IIOMetadataNode("LocalColorTable");
        table.setAttribute("sizeOfLocalColorTable", "2");
        table.setAttribute("sortFlag", "FALSE");
        int[] argb = {dead, alive};
        for (int i = 0; i < 2; i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(argb[i] >> 16 & 0xFF));
            entry.setAttribute("green", Integer.toString(argb[i] >> 8 & 0xFF));
            entry.setAttribute("blue", Integer.toString(argb[i] & 0xFF));
            table.appendChild(entry);
        }
        root.appendChild(table);
        if (first) {
            IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0, forever
            apps.appendChild(loop);
            root.appendChild(apps);
        }
        meta.mergeTree(format, root);
    }
}
