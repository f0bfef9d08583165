package lifefx.universe;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import lifefx.life.Rule;
import lifefx.pattern.Macrocell;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternLibrary;
import lifefx.pattern.PatternLimits;
import lifefx.pattern.PatternReader;
import lifefx.pattern.PatternWriter;

/**
 * Macrocell figures for performance.md, not a test: the Gosper gun at generation 10^9 from universe to
 * tree, tree to text, text to tree and tree to universe, then reading each FILE given ({@code .mc}
 * or {@code .mc.gz}, gunzip included); medians of RUNS after three warm-up runs, with min..max.
 *
 * <pre>java -cp target/classes:target/test-classes lifefx.universe.MacrocellTiming [RUNS [FILE...]]</pre>
 */
public final class MacrocellTiming {

    private MacrocellTiming() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Pattern gun = PatternLibrary.builtIn().pattern("gosper-glider-gun");
        HashLifeUniverse u = new HashLifeUniverse(Rule.CONWAY, 256L << 20);
        for (int i = 0; i < gun.cells().size(); i++) {
            u.set(gun.cells().x(i), gun.cells().y(i), true);
        }
        u.step(BigInteger.valueOf(1_000_000_000));
        double[][] t = new double[4][runs];
        Macrocell tree = null;
        String text = null;
        for (int k = -3; k < runs; k++) {
            long t0 = System.nanoTime();
            tree = u.toMacrocell();
            long t1 = System.nanoTime();
            text = PatternWriter.write(tree);
            long t2 = System.nanoTime();
            Macrocell back = PatternReader.readMacrocell(text, "gun.mc");
            long t3 = System.nanoTime();
            HashLifeUniverse v = HashLifeUniverse.fromMacrocell(back, back.rule(), 256L << 20);
            long t4 = System.nanoTime();
            if (!v.population().equals(u.population())) {
                throw new AssertionError("round trip changed the population");
            }
            if (k >= 0) {
                t[0][k] = (t1 - t0) / 1e6;
                t[1][k] = (t2 - t1) / 1e6;
                t[2][k] = (t3 - t2) / 1e6;
                t[3][k] = (t4 - t3) / 1e6;
            }
        }
        System.out.printf("gun at 10^9: population %s, %d nodes, %d characters of .mc%n", tree.population(),
                tree.nodeCount(), text.length());
        System.out.printf("universe to tree %s ms, tree to text %s, text to tree %s, tree to universe %s"
                + " (median of %d, min..max)%n", fmt(t[0]), fmt(t[1]), fmt(t[2]), fmt(t[3]), runs);
        for (int f = 1; f < args.length; f++) {
            Path file = Path.of(args[f]);
            double[] r = new double[runs];
            Macrocell m = null;
            for (int k = -3; k < runs; k++) {
                long t0 = System.nanoTime();
                InputStream in = Files.newInputStream(file);
                if (file.toString().endsWith(".gz")) {
                    in = new GZIPInputStream(in);
                }
                try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    m = PatternReader.readMacrocell(reader, file.getFileName().toString(), PatternLimits.DEFAULT);
                }
                if (k >= 0) {
                    r[k] = (System.nanoTime() - t0) / 1e6;
                }
            }
            System.out.printf("%s: %d nodes, population %s, read in %s ms%n", file.getFileName(), m.nodeCount(),
                    m.population(), fmt(r));
        }
    }

    private static String fmt(double[] a) {
        double[] b = a.clone();
        Arrays.sort(b);
        return String.format("%.1f (%.1f..%.1f)", b[b.length / 2], b[0], b[b.length - 1]);
    }
}
