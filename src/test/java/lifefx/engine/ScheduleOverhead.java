package lifefx.engine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lifefx.cellio.CellIoMode;
import lifefx.cellio.LatencyLogic;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import lifefx.universe.TorusUniverse;

/**
 * Prints what recording the schedule map costs (not a test). For each case, rounds of steps
 * without a recorder, with one, and with one that also records carriers alternate in one JVM on
 * one universe, so that a busy machine slows all three alike; each round gives the ratio of the
 * medians to the round's unrecorded median, and a line gives the median ratio over the rounds with
 * its lowest and highest. Also the median time of {@link ScheduleRecorder#map()} (warm), which the
 * simulation pays per published frame, not per generation. On a shared machine the noise cancels
 * out of these ratios far better than out of separate JMH runs.
 *
 * <p>Run: {@code mvn -B -o -q test-compile && java -cp target/classes:target/test-classes
 * lifefx.engine.ScheduleOverhead [rounds]} (default 9): 500×900 with pure logic and with the same
 * rule behind a per-cell call (the worst case: a clock read per 20 ns cell), and 50×90 with 1 ms of
 * latency I/O per cell.
 */
public final class ScheduleOverhead {

    private record Case(String strategy, String logicName, CellLogic logic, GridSize size, int steps) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        CellLogic pure = CellLogic.of(Rule.CONWAY);
        CellLogic calls = (alive, n) -> Rule.CONWAY.next(alive, n);
        CellLogic latency = new LatencyLogic(pure, new CellIoMode.Latency(1_000_000, 0, 1));
        GridSize big = new GridSize(500, 900);
        GridSize small = new GridSize(50, 90);
        List<Case> cases = new ArrayList<>();
        for (String s : List.of("sequential", "bands")) {
            cases.add(new Case(s, "pure", pure, big, 15));
            cases.add(new Case(s, "calls", calls, big, 9));
        }
        cases.add(new Case("thread-pool", "pure", pure, big, 3));
        cases.add(new Case("virtual-threads", "pure", pure, big, 3));
        cases.add(new Case("bands", "latency 1ms", latency, small, 3));
        cases.add(new Case("virtual-threads", "latency 1ms", latency, small, 5));
        System.out.println("| strategy | grid | logic | recorded | ms/gen, off | recording: overhead [min, max] |"
                + " with carriers [min, max] | map build, ms |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Case c : cases) {
            Grid start = Grids.random(c.size(), 0.35, 1, 0);
            ScheduleRecorder plain = new ScheduleRecorder(false);
            ScheduleRecorder carriers = new ScheduleRecorder(true);
            try (TorusUniverse u = new TorusUniverse(start, Rule.CONWAY, c.strategy(), new StrategyConfig(5), c.logic())) {
                for (int i = 0; i < Math.max(3, c.steps() / 2); i++) { // warm-up, all three ways, and the map's build
                    step(u, null);
                    step(u, plain);
                    plain.map();
                    step(u, carriers);
                }
                double[] off = new double[rounds];
                double[] on = new double[rounds];
                double[] withCarriers = new double[rounds];
                long[] builds = new long[rounds * c.steps()];
                int b = 0;
                for (int r = 0; r < rounds; r++) {
                    off[r] = median(u, null, c.steps(), null, 0);
                    on[r] = median(u, plain, c.steps(), builds, b) / off[r] - 1;
                    b += c.steps();
                    withCarriers[r] = median(u, carriers, c.steps(), null, 0) / off[r] - 1;
                }
                Arrays.sort(off);
                Arrays.sort(on);
                Arrays.sort(withCarriers);
                Arrays.sort(builds);
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.3g | %+.0f%% [%+.0f%%, %+.0f%%] | %+.0f%% [%+.0f%%, %+.0f%%] | %.2f |%n",
                        c.strategy(), c.size(), c.logicName(), plain.map().granularity().describe().replaceAll(" \\(.*", ""),
                        off[rounds / 2] / 1e6, on[rounds / 2] * 100, on[0] * 100, on[rounds - 1] * 100,
                        withCarriers[rounds / 2] * 100, withCarriers[0] * 100, withCarriers[rounds - 1] * 100,
                        builds[builds.length / 2] / 1e6);
            }
        }
    }

    /** The median step time of {@code steps} steps; with {@code builds}, also times a map build after each. */
    private static double median(TorusUniverse u, ScheduleRecorder rec, int steps, long[] builds, int from)
            throws Exception {
        long[] t = new long[steps];
        for (int i = 0; i < steps; i++) {
            long t0 = System.nanoTime();
            step(u, rec);
            t[i] = System.nanoTime() - t0;
            if (builds != null) {
                long b0 = System.nanoTime();
                rec.map();
                builds[from + i] = System.nanoTime() - b0;
            }
        }
        Arrays.sort(t);
        return t[steps / 2];
    }

    private static void step(TorusUniverse u, ScheduleRecorder rec) throws Exception {
        ScheduleRecorder.during(rec, () -> {
            u.step(BigInteger.ONE);
            return null;
        });
    }

    private ScheduleOverhead() {
    }
}
