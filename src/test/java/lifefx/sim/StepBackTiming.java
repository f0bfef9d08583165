package lifefx.sim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import lifefx.life.CellLogic;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.universe.Topology;
import lifefx.universe.Universes;

/**
 * Prints what the step history costs, for the README's "Step history": how long a step back and a
 * seek take on a torus after a long run (restore a keyframe, recompute up to K - 1 generations), and
 * play's speed with the history on (the default budget) and off (a budget of 0, which keeps one
 * keyframe), in alternating blocks so that the machine's load falls on both alike. Not a test (no
 * test asserts a speed).
 *
 * <p>{@code java -cp target/lifefx.jar:target/test-classes lifefx.sim.StepBackTiming STRATEGY HxW
 * GENERATIONS ROUNDS}: a random soup (density 0.35, seed 1) played for GENERATIONS, then ROUNDS
 * step backs and ROUNDS seeks to random generations of the range; then ROUNDS blocks of
 * GENERATIONS / 4 generations of play with the history and without. Medians with min and max.
 */
public final class StepBackTiming {

    private StepBackTiming() {
    }

    public static void main(String[] args) throws Exception {
        String strategy = args[0];
        GridSize size = GridSize.parse(args[1]);
        long generations = Long.parseLong(args[2]);
        int rounds = Integer.parseInt(args[3]);
        var start = Universes.snapshotOf(Grids.random(size, 0.35, 1, 0));
        Settings settings = Settings.DEFAULT.withStrategy(strategy).withThreads(2);
        try (Simulation on = new Simulation(Topology.torus(size), start, settings, CellLogic::of, 64L << 20,
                Simulation.TIMELINE_BUDGET);
             Simulation off = new Simulation(Topology.torus(size), start, settings, CellLogic::of, 64L << 20, 0)) {
            play(on, generations);
            Snapshot s = on.flush().get(60, TimeUnit.SECONDS);
            Timeline t = s.timeline();
            System.out.printf(Locale.ROOT, "%s %s after %,d generations: %,d keyframes, K = %,d, %,d MB of %,d MB%n",
                    strategy, size, s.generation(), t.keyframes(), t.interval(), t.bytes() >> 20, t.budget() >> 20);
            List<Double> back = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                on.stepBack();
                on.flush().get(60, TimeUnit.SECONDS);
                back.add((System.nanoTime() - t0) / 1e6);
            }
            System.out.println("step back, ms: " + spread(back));
            List<Double> seek = new ArrayList<>();
            SplittableRandom r = new SplittableRandom(2);
            for (int i = 0; i < rounds; i++) {
                long g = t.earliest().longValue() + r.nextLong(t.span().longValue() + 1);
                long t0 = System.nanoTime();
                on.seek(BigInteger.valueOf(g));
                on.flush().get(60, TimeUnit.SECONDS);
                seek.add((System.nanoTime() - t0) / 1e6);
            }
            System.out.println("seek to a random generation, ms: " + spread(seek));
            on.seek(t.latest());
            play(off, generations);
            List<Double> withHistory = new ArrayList<>();
            List<Double> without = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                withHistory.add(play(on, generations / 4));
                without.add(play(off, generations / 4));
            }
            System.out.println("play with the history, generations/s: " + spread(withHistory));
            System.out.println("play without (budget 0), generations/s: " + spread(without));
        }
    }

    /** Plays {@code n} more generations; returns generations per second. */
    private static double play(Simulation sim, long n) throws Exception {
        long from = sim.flush().get(60, TimeUnit.SECONDS).generation();
        long t0 = System.nanoTime();
        sim.play();
        Snapshot s = sim.await(x -> x.generation() >= from + n, java.time.Duration.ofMinutes(5));
        double secs = (System.nanoTime() - t0) / 1e9;
        sim.pause();
        sim.flush().get(60, TimeUnit.SECONDS);
        return (s.generation() - from) / secs;
    }

    private static String spread(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        double median = v.size() % 2 == 1 ? v.get(v.size() / 2) : (v.get(v.size() / 2 - 1) + v.get(v.size() / 2)) / 2;
        return String.format(Locale.ROOT, "median %.1f (min %.1f, max %.1f, n=%d)", median, v.getFirst(), v.getLast(),
                v.size());
    }
}
