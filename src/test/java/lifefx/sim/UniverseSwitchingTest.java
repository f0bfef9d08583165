package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.universe.CellDigest;
import lifefx.universe.HashLifeUniverse;
import lifefx.universe.Topology;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of edits, steps, rule and strategy changes, clears, fills and switches between
 * the plane and tori of several sizes, each followed by a flush. After every command the
 * snapshot must be consistent (the strategy belongs to the universe, the cells list what the
 * population says, no command failed), and an undo followed at once by a redo must give back the
 * same cells in the same universe at the same generation.
 *
 * <p>The seeds are fixed; {@code -Dswitching.seed=random} picks one and prints it.
 */
class UniverseSwitchingTest {

    private static final Rule[] RULES = {Rule.CONWAY, Rule.parse("B36/S23"), Rule.parse("B2/S"),
        Rule.parse("B3/S012345678"), Rule.parse("B0/S8")};

    /** Notices that report what a command could not do by design, never a failure. */
    private static final String[] EXPECTED_NOTICES = {"does not fit", "has no strategy", "B0", "cannot undo",
        "cannot redo", "has no size"};

    private enum Op { PAINT, STEP, SWITCH, UNDO, REDO, RULE, CLEAR, FILL, STRATEGY, RESET }

    private static long baseSeed() {
        String p = System.getProperty("switching.seed");
        if (p == null || p.isBlank()) {
            return 20261204L;
        }
        long s = p.equals("random") ? System.nanoTime() : Long.parseLong(p);
        System.out.println("UniverseSwitchingTest: seed " + s);
        return s;
    }

    @Test
    void everySequenceStaysConsistentAndUndoesAndRedoesExactly() throws Exception {
        long base = baseSeed();
        for (int session = 0; session < 40; session++) {
            long seed = base + session;
            try {
                session(new SplittableRandom(seed));
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private static Snapshot flush(Simulation sim) throws Exception {
        return sim.flush().get(30, TimeUnit.SECONDS);
    }

    private static void session(SplittableRandom rnd) throws Exception {
        try (Simulation sim = new Simulation(Topology.PLANE, null, Settings.DEFAULT)) {
            List<String> done = new ArrayList<>();
            long lastNotice = 0;
            for (int i = 0; i < 40; i++) {
                Op op = Op.values()[rnd.nextInt(Op.values().length)];
                long editsBefore = sim.latest().edits();
                switch (op) {
                    case PAINT -> {
                        int n = 1 + rnd.nextInt(12);
                        long[] rows = new long[n];
                        long[] cols = new long[n];
                        for (int k = 0; k < n; k++) {
                            rows[k] = rnd.nextInt(30) - 10;
                            cols[k] = rnd.nextInt(30) - 10;
                        }
                        sim.paint(i, rows, cols, rnd.nextInt(4) != 0);
                    }
                    case STEP -> {
                        sim.setStepExponent(rnd.nextInt(4));
                        sim.step();
                    }
                    case SWITCH -> sim.switchTopology(rnd.nextBoolean() ? Topology.PLANE
                            : Topology.torus(new GridSize(6 + rnd.nextInt(30), 6 + rnd.nextInt(30))));
                    case UNDO -> sim.undo();
                    case REDO -> sim.redo();
                    case RULE -> sim.setRule(RULES[rnd.nextInt(RULES.length)]);
                    case CLEAR -> sim.clear();
                    case FILL -> sim.randomFill(0.3, rnd.nextLong(), new CellRegion(-8, -8, 20, 20));
                    case STRATEGY -> sim.setStrategy(rnd.nextInt(3) == 0 ? HashLifeUniverse.STRATEGY
                            : lifefx.engine.StrategyRegistry.names().get(
                                    rnd.nextInt(lifefx.engine.StrategyRegistry.names().size())));
                    case RESET -> sim.reset();
                }
                Snapshot s = flush(sim);
                done.add(op.name());
                String where = "after " + done;
                // The strategy belongs to the universe.
                if (s.wraps()) {
                    assertThat(s.topology().strategies()).as(where).contains(s.strategy());
                    assertThat(s.grid().population()).as(where).isEqualTo(s.population());
                } else {
                    assertThat(s.strategy()).as(where).isEqualTo(HashLifeUniverse.STRATEGY);
                }
                // The cells list what the population says.
                long[] listed = {0};
                s.cells().forEachCell((x, y) -> listed[0]++);
                assertThat(listed[0]).as(where).isEqualTo(s.population());
                // No command failed; notices only say what could not be done by design.
                if (s.notice() != null && s.notice().id() != lastNotice) {
                    lastNotice = s.notice().id();
                    String m = s.notice().message();
                    boolean expected = false;
                    for (String e : EXPECTED_NOTICES) {
                        expected |= m.contains(e);
                    }
                    assertThat(expected).as(where + ": unexpected notice '" + m + "'").isTrue();
                }
                boolean changed = s.edits() != editsBefore;
                if (changed && (op == Op.PAINT || op == Op.SWITCH || op == Op.CLEAR || op == Op.FILL)) {
                    // Undoing the change just made, then redoing it, is the identity: same universe,
                    // same cells, same generation. (After a command that changed nothing, undo
                    // would take back an older change, made at an older generation.)
                    sim.undo();
                    sim.redo();
                    Snapshot again = flush(sim);
                    assertThat(again.topology()).as("undo+redo " + where).isEqualTo(s.topology());
                    assertThat(again.exactGeneration()).as("undo+redo " + where).isEqualTo(s.exactGeneration());
                    assertThat(digest(again)).as("undo+redo " + where).isEqualTo(digest(s));
                    if (again.notice() != null) {
                        lastNotice = Math.max(lastNotice, again.notice().id());
                    }
                }
            }
        }
    }

    private static String digest(Snapshot s) {
        CellDigest d = new CellDigest();
        s.cells().forEachCell(d::add);
        return d.addTag(s.topology().describe()).hex();
    }
}
