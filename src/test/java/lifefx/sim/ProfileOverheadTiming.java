package lifefx.sim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lifefx.engine.StrategyConfig;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import lifefx.universe.TorusUniverse;

/**
 * Prints what recording costs, for the performance.md's "Profiles": one torus universe in one JVM,
 * stepped in blocks of generations that take turns: not recording, recording with {@link
 * FlightRecording.Settings#DEFAULT}, and recording with the virtual-thread start and end events
 * too. Turns rather than separate runs, so that the JIT, the heap and the machine's other load
 * fall on all three alike. Not a test (no test asserts a speed).
 *
 * <p>{@code java -cp target/classes:target/test-classes lifefx.sim.ProfileOverheadTiming STRATEGY
 * HxW THREADS GENERATIONS_PER_BLOCK ROUNDS}: a random soup (density 0.35, seed 1), a warm-up
 * block, then ROUNDS rounds of the three blocks in rotating order; prints each arm's median ms per
 * generation over the rounds, with the fastest and slowest, and the ratio of medians.
 */
public final class ProfileOverheadTiming {

    private ProfileOverheadTiming() {
    }

    public static void main(String[] args) throws Exception {
        String strategy = args[0];
        GridSize size = GridSize.parse(args[1]);
        int threads = Integer.parseInt(args[2]);
        long block = Long.parseLong(args[3]);
        int rounds = Integer.parseInt(args[4]);
        List<List<Double>> arms = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        String[] names = {"not recording", "recording (default)", "recording + virtual-thread start/end"};
        try (TorusUniverse u = new TorusUniverse(Grids.random(size, 0.35, 1, 0), Rule.CONWAY, strategy,
                new StrategyConfig(threads))) {
            u.step(BigInteger.valueOf(block)); // warm-up
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < 3; k++) {
                    int arm = (r + k) % 3;
                    FlightRecording rec = arm == 0 ? null
                            : FlightRecording.prepare(new FlightRecording.Settings("default", arm == 2));
                    try {
                        if (rec != null) {
                            rec.start();
                        }
                        long t0 = System.nanoTime();
                        u.step(BigInteger.valueOf(block));
                        long t1 = System.nanoTime();
                        arms.get(arm).add((t1 - t0) / 1e6 / block);
                    } finally {
                        if (rec != null) {
                            rec.close();
                        }
                    }
                }
            }
        }
        double base = median(arms.get(0));
        System.out.printf(Locale.ROOT, "%s %s threads=%d, %d rounds of %d generations per arm%n", strategy, size, threads,
                rounds, block);
        for (int a = 0; a < 3; a++) {
            List<Double> v = arms.get(a);
            System.out.printf(Locale.ROOT, "  %-38s %9.3f ms/gen (%.3f..%.3f)  x%.3f%n", names[a], median(v),
                    v.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                    v.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), median(v) / base);
        }
    }

    private static double median(List<Double> v) {
        List<Double> s = v.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
