package lifefx.universe;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lifefx.engine.StrategyConfig;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;

/**
 * Prints what recording the population history costs a step (not a test): what the stepping loop
 * does while the population chart is on ({@link Universe#stepCounting}) against plain steps. Blocks of steps off and on alternate in
 * one JVM on one universe (on a torus each block restarts from the same soup; HashLife goes on, as
 * a replay would only hit its memo), one thread, timed in the
 * thread's CPU time, so that other work on a shared machine slows neither side; each round gives
 * the ratio on/off, and a line gives the median ratio over the rounds with its lowest and highest.
 *
 * <p>Run: {@code mvn -B -o -q test-compile && java -Xms1g -cp target/classes:target/test-classes
 * lifefx.universe.PopulationOverhead [rounds]} (default 9). Add {@code --add-modules
 * jdk.incubator.vector} for {@code packed}'s vector kernel, as {@code ./lifefx} does.
 */
public final class PopulationOverhead {

    private record Case(String strategy, GridSize size, int steps) {
    }

    /** Blocks of each kind run before timing. */
    private static final int WARM_BLOCKS = 20;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Case> cases = List.of(new Case("packed", new GridSize(1024, 1024), 100),
                new Case("packed-tiles", new GridSize(1024, 1024), 100),
                new Case("sequential", new GridSize(500, 900), 10),
                new Case("hashlife", new GridSize(512, 512), 20));
        System.out.println("| strategy | soup | steps a block | µs/step off (median) | µs/step on (median) |"
                + " on/off CPU, median [min, max] |");
        System.out.println("|---|---|---|---|---|---|");
        for (Case c : cases) {
            Grid soup = Grids.random(c.size(), 0.35, 1, 0);
            try (Universe u = open(c.strategy(), soup)) {
                Universe.Snapshot start = u.snapshot();
                double[] ratios = new double[rounds];
                double[] offs = new double[rounds];
                double[] ons = new double[rounds];
                for (int w = 0; w < WARM_BLOCKS; w++) { // let the JIT compile both paths first
                    run(u, start, c.steps(), false, mx);
                    run(u, start, c.steps(), true, mx);
                }
                for (int r = 0; r < rounds; r++) {
                    boolean onFirst = (r & 1) == 1;
                    long a = run(u, start, c.steps(), onFirst, mx);
                    long b = run(u, start, c.steps(), !onFirst, mx);
                    long off = onFirst ? b : a;
                    long on = onFirst ? a : b;
                    ratios[r] = on / (double) off;
                    offs[r] = off / 1e3 / c.steps();
                    ons[r] = on / 1e3 / c.steps();
                }
                Arrays.sort(ratios);
                Arrays.sort(offs);
                Arrays.sort(ons);
                System.out.printf(Locale.ROOT, "| %s | %s, 35%% | %d | %.0f | %.0f | %.2f [%.2f, %.2f] |%n", c.strategy(),
                        c.size(), c.steps(), offs[rounds / 2], ons[rounds / 2], ratios[rounds / 2], ratios[0],
                        ratios[rounds - 1]);
            }
        }
    }

    private static Universe open(String strategy, Grid soup) {
        if (!strategy.equals(HashLifeUniverse.STRATEGY)) {
            return new TorusUniverse(soup, Rule.CONWAY, strategy, new StrategyConfig(1));
        }
        HashLifeUniverse plane = new HashLifeUniverse(Rule.CONWAY);
        for (int r = 0; r < soup.height(); r++) {
            for (int c = 0; c < soup.width(); c++) {
                if (soup.isAlive(r, c)) {
                    plane.set(c, r, true);
                }
            }
        }
        return plane;
    }

    /** CPU nanoseconds of {@code steps} steps from {@code start}, recording or not. */
    private static long run(Universe u, Universe.Snapshot start, int steps, boolean record, ThreadMXBean mx)
            throws Exception {
        if (!(u instanceof HashLifeUniverse)) {
            // a torus goes back to the busy soup; HashLife goes on, since a replay would be all memo hits
            u.restore(start);
        }
        long sink = 0;
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < steps; i++) {
            if (record) {
                sink += u.stepCounting(BigInteger.ONE).births().longValue();
            } else {
                u.step(BigInteger.ONE);
                sink += u.population().longValue();
            }
        }
        long t = mx.getCurrentThreadCpuTime() - t0;
        if (sink == 42) {
            System.out.print("");
        }
        return t;
    }
}
