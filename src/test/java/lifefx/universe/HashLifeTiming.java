package lifefx.universe;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import lifefx.pattern.CellSet;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternReader;

/**
 * Compute-time figures for the report, not a test: median of five warm runs of a pattern to a
 * generation in one {@link HashLifeUniverse#step}, each in a fresh universe (so no memo is shared
 * between runs), file reading excluded.
 *
 * <pre>java -cp target/classes:target/test-classes:$(deps) lifefx.universe.HashLifeTiming FILE GENERATIONS [RUNS [WARMUPS]]</pre>
 */
public final class HashLifeTiming {

    private HashLifeTiming() {
    }

    public static void main(String[] args) throws Exception {
        Pattern p = PatternReader.read(Path.of(args[0]));
        BigInteger n = new BigInteger(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long[] nanos = new long[runs];
        BigInteger pop = null;
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        for (int warm = 0; warm < warmups; warm++) {
            fresh(p).step(n);
        }
        long peak = 0;
        for (int r = 0; r < runs; r++) {
            HashLifeUniverse u = fresh(p);
            System.gc();
            long t0 = System.nanoTime();
            u.step(n);
            nanos[r] = System.nanoTime() - t0;
            pop = u.population();
            Runtime rt = Runtime.getRuntime();
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
            System.out.printf("run %d: %.1f ms, nodes %d%n", r, nanos[r] / 1e6, u.nodeCount());
        }
        Arrays.sort(nanos);
        System.out.printf("%s to %s: population %s, median %.1f ms, heap used after a run %d MiB%n", args[0], n, pop,
                nanos[runs / 2] / 1e6, peak >> 20);
    }

    private static HashLifeUniverse fresh(Pattern p) {
        HashLifeUniverse u = new HashLifeUniverse(p.rule());
        CellSet c = p.cells();
        for (int i = 0; i < c.size(); i++) {
            u.set(c.x(i), c.y(i), true);
        }
        return u;
    }
}
