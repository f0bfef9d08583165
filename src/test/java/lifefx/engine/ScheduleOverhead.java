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
 * its lowest and highest. Then, apart (its garbage would otherwise land in the timed steps), the
 * median time of {@link ScheduleRecorder#map()} (warm), which the simulation pays per published
 * frame, not per generation. On a shared machine the noise cancels
 * out of these ratios far better than out of separate JMH runs.
 *
 * <p>Run: {@code mvn -B -o -q test-compile && java -Xms1g -cp target/classes:target/test-classes
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
        System.out.println("| strategy | grid | logic | recorded | ms/gen, off | recording: wall [min, max] |"
                + " recording: CPU [min, max] | with carriers: CPU [min, max] | map build, ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
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
                double[] onCpu = new double[rounds];
                double[] withCarriers = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    double[] o = measure(u, null, c.steps(), null);
                    double[] p = measure(u, plain, c.steps(), null);
                    double[] k = measure(u, carriers, c.steps(), null);
                    off[r] = o[0];
                    on[r] = p[0] / o[0] - 1;
                    onCpu[r] = p[1] / o[1] - 1;
                    withCarriers[r] = k[1] / o[1] - 1;
                }
                // Map builds apart, so that their garbage does not land in the timed steps above.
                long[] builds = new long[Math.max(5, c.steps())];
                measure(u, plain, builds.length, builds);
                Arrays.sort(off);
                Arrays.sort(builds);
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.3g | %s | %s | %s | %.2f |%n",
                        c.strategy(), c.size(), c.logicName(), plain.map().granularity().describe().replaceAll(" \\(.*", ""),
                        off[rounds / 2] / 1e6, spread(on), spread(onCpu), spread(withCarriers),
                        builds[builds.length / 2] / 1e6);
            }
        }
    }

    /** "+12% [+3%, +20%]": the median ratio and the extremes. Sorts {@code ratios}. */
    private static String spread(double[] ratios) {
        Arrays.sort(ratios);
        return String.format(Locale.ROOT, "%+.0f%% [%+.0f%%, %+.0f%%]", ratios[ratios.length / 2] * 100,
                ratios[0] * 100, ratios[ratios.length - 1] * 100);
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * CPU time of every live platform thread (the stepping thread, pool workers, and the carriers
     * that run band and cell virtual threads), summed: nanosecond clocks per thread, where the
     * process's own CPU clock here ticks in 10 ms.
     */
    private static long cpuOfAllThreads() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            long t = THREADS.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    /**
     * The median wall time of {@code steps} steps, and their mean CPU time over all platform
     * threads ({@link #cpuOfAllThreads}): what recording adds, which other processes on a shared
     * machine do not inflate as they do wall time. With {@code builds}, also times a map build
     * after each step.
     */
    private static double[] measure(TorusUniverse u, ScheduleRecorder rec, int steps, long[] builds) throws Exception {
        long[] t = new long[steps];
        long cpu = 0;
        for (int i = 0; i < steps; i++) {
            long c0 = cpuOfAllThreads();
            long t0 = System.nanoTime();
            step(u, rec);
            t[i] = System.nanoTime() - t0;
            cpu += cpuOfAllThreads() - c0;
            if (builds != null) {
                long b0 = System.nanoTime();
                rec.map();
                builds[i] = System.nanoTime() - b0;
            }
        }
        Arrays.sort(t);
        return new double[] {t[steps / 2], (double) cpu / steps};
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
