package lifefx.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/**
 * The one contract every {@link Universe} passes: get and set, render at every kind of scale,
 * snapshot and restore, stepping, population, bounds, digest and cancellation. A universe's test
 * class implements {@link #create} and {@link #torus()} (and, if its steps are very fast, {@link
 * #longStep()}); every check below then runs against it.
 *
 * <p>Expected values come from a model in this file that shares no code with any universe: a set
 * of live cells, a naive sparse stepper that counts neighbours through a hash map (wrapping them on
 * a torus), and a naive renderer that asks {@link Universe#get} about each cell.
 *
 * <p>An unbounded universe's test class is, in full:
 * <pre>{@code
 * class HashLifeUniverseContractTest implements UniverseContract {
 *     public Universe create(Rule rule) { return new HashLifeUniverse(rule); }
 *     public Optional<GridSize> torus() { return Optional.empty(); }
 * }
 * }</pre>
 * {@code TorusUniverseContractTest} runs the contract once per registered strategy.
 */
public interface UniverseContract {

    /** A new, empty universe under test at generation 0, stepping with {@code rule} (never B0). */
    Universe create(Rule rule);

    /**
     * The torus size when coordinates wrap ({@code x} modulo its width, {@code y} modulo its height),
     * or empty for an unbounded universe, which then must take every {@code long} coordinate.
     */
    Optional<GridSize> torus();

    /**
     * A number of generations that a universe filled with a 24×24 soup takes a while (more than a
     * few milliseconds) to run, so that an interrupt can land inside the step. A torus never
     * finishes 10^12 generations in a test; an engine that jumps through time may finish such steps
     * one after another, which the test allows (it compares the universe with its state before the
     * step that was interrupted), as long as the soup's population stays small enough to digest.
     */
    default BigInteger longStep() {
        return BigInteger.TEN.pow(12);
    }

    /** A live cell of the model. */
    record Cell(long x, long y) {
    }

    /** Row-major order, {@code y} then {@code x}: the order of {@link CellDigest}. */
    Comparator<Cell> ROW_MAJOR = Comparator.comparingLong(Cell::y).thenComparingLong(Cell::x);

    // ---------------------------------------------------------------- get and set

    @Test
    default void setThenGetRoundTripsAtNearFarAndNegativeCoordinates() {
        try (Universe u = create(Rule.CONWAY)) {
            assertThat(u.population()).isEqualTo(BigInteger.ZERO);
            assertThat(u.bounds()).isEmpty();
            Set<Cell> model = new HashSet<>();
            long[][] places = {{0, 0}, {1, 0}, {-1, -1}, {5, -3}, {-7, 4},
                    {1_000_000_007L, -2_000_000_011L}, {Long.MAX_VALUE, Long.MIN_VALUE},
                    {Long.MIN_VALUE, Long.MAX_VALUE}, {Long.MAX_VALUE, Long.MAX_VALUE}, {Long.MIN_VALUE, 0}};
            for (long[] p : places) {
                u.set(p[0], p[1], true);
                model.add(canonical(p[0], p[1]));
                assertThat(u.get(p[0], p[1])).as("get(%d, %d) right after set", p[0], p[1]).isTrue();
            }
            for (long[] p : places) {
                assertThat(u.get(p[0], p[1])).as("get(%d, %d)", p[0], p[1]).isTrue();
            }
            assertThat(u.population()).isEqualTo(BigInteger.valueOf(model.size()));
            // Neighbours of set cells, which nobody set, are dead (where they are not set cells too).
            for (long[] p : places) {
                for (long[] d : new long[][] {{1, 0}, {0, 1}, {-1, 0}, {0, -1}}) {
                    long x = p[0] + d[0];
                    long y = p[1] + d[1];
                    assertThat(u.get(x, y)).as("get(%d, %d)", x, y).isEqualTo(model.contains(canonical(x, y)));
                }
            }
            torus().ifPresent(size -> {
                // On a torus, coordinates a whole number of sides apart name the same cell.
                assertThat(u.get(5 + 3L * size.width(), -3 - 7L * size.height())).isTrue();
                assertThat(u.get(-1 - size.width(), -1 + size.height())).isTrue();
                u.set(2 - size.width(), 2 + 2L * size.height(), true);
                model.add(canonical(2, 2));
                assertThat(u.get(2, 2)).isTrue();
            });
            // Setting what is already there changes nothing; clearing brings the count down.
            u.set(0, 0, true);
            assertThat(u.population()).isEqualTo(BigInteger.valueOf(model.size()));
            for (long[] p : places) {
                u.set(p[0], p[1], false);
                model.remove(canonical(p[0], p[1]));
                assertThat(u.get(p[0], p[1])).isFalse();
            }
            assertThat(u.population()).isEqualTo(BigInteger.valueOf(model.size()));
            assertThat(u.generation()).isEqualTo(BigInteger.ZERO);
        }
    }

    // ---------------------------------------------------------------- render

    @Test
    default void renderMatchesANaiveRenderFromGetAtScales3To0ToMinus3() {
        try (Universe u = create(Rule.CONWAY)) {
            Set<Cell> model = fillSoup(u, new Random(5), -20, -15, 40, 30, 0.3);
            assertThat(u.population()).isEqualTo(BigInteger.valueOf(model.size()));
            int alive = 0xFF00FF00;
            int dead = 0xFF101010;
            Random random = new Random(17);
            for (int scale : new int[] {3, 2, 0, -1, -2, -3}) {
                for (int view = 0; view < 6; view++) {
                    long left = random.nextInt(80) - 40;
                    long top = random.nextInt(60) - 30;
                    int width = 1 + random.nextInt(view == 0 ? 3 : 29);
                    int height = 1 + random.nextInt(view == 0 ? 3 : 23);
                    int[] pixels = new int[width * height + random.nextInt(3)];
                    int[] expected = naiveRender(u, left, top, scale, width, height, alive, dead);
                    u.render(left, top, scale, pixels, width, height, alive, dead);
                    for (int i = 0; i < width * height; i++) {
                        if (pixels[i] != expected[i]) {
                            throw new AssertionError("render(" + left + ", " + top + ", scale " + scale + ", "
                                    + width + "x" + height + ") differs from the naive render at pixel ("
                                    + i % width + ", " + i / width + ")");
                        }
                    }
                }
            }
        }
    }

    @Test
    default void renderFarFromTheOriginMatchesTheNaiveRender() {
        try (Universe u = create(Rule.CONWAY)) {
            long x0 = Long.MAX_VALUE - 30;
            long y0 = Long.MIN_VALUE + 5;
            fillSoup(u, new Random(13), x0, y0, 20, 20, 0.35);
            // each view reaches the soup, so that on the unbounded plane too it shows live cells
            int[][] views = {{0, 30, 30}, {-1, 15, 15}, {2, 40, 40}, {-2, 7, 7}};
            for (int[] v : views) {
                int scale = v[0];
                int[] pixels = new int[v[1] * v[2]];
                long left = Long.MAX_VALUE - 35;
                long top = Long.MIN_VALUE;
                u.render(left, top, scale, pixels, v[1], v[2], 1, 0);
                assertThat(pixels).as("scale %d near (Long.MAX_VALUE, Long.MIN_VALUE)", scale)
                        .isEqualTo(naiveRender(u, left, top, scale, v[1], v[2], 1, 0));
                assertThat(pixels).contains(1);
            }
        }
    }

    @Test
    default void renderOfAnEmptyUniverseIsAllDeadAtEveryScale() {
        try (Universe u = create(Rule.CONWAY)) {
            for (int scale : new int[] {5, 0, -1, -4, -20, -40}) {
                int[] pixels = new int[12];
                java.util.Arrays.fill(pixels, 7);
                u.render(-3, 9, scale, pixels, 4, 3, 1, 2);
                assertThat(pixels).as("scale %d", scale).containsOnly(2);
            }
            // A single cell is seen from very far: any pixel over it is lit.
            u.set(3, -2, true);
            int[] pixels = new int[1];
            u.render(-1000, -1000, -20, pixels, 1, 1, 1, 2);
            assertThat(pixels[0]).isEqualTo(1);
        }
    }

    // ---------------------------------------------------------------- snapshot and restore

    @Test
    default void restorePutsBackTheGenerationAndTheCellsOfASnapshot() throws Exception {
        try (Universe u = create(Rule.CONWAY)) {
            Set<Cell> model = fillSoup(u, new Random(3), 0, 0, 12, 10, 0.4);
            u.step(BigInteger.TWO);
            model = stepModel(model, Rule.CONWAY, 2);
            Universe.Snapshot s = u.snapshot();
            String digest = u.digest();
            assertThat(s.generation()).isEqualTo(BigInteger.TWO);
            assertThat(s.population()).isEqualTo(BigInteger.valueOf(model.size()));

            u.step(BigInteger.valueOf(3));
            u.set(-4, -4, !u.get(-4, -4));
            u.set(100, 1, true);
            assertThat(u.generation()).isEqualTo(BigInteger.valueOf(5));
            // The snapshot is immutable: what happened since did not change it.
            assertThat(s.generation()).isEqualTo(BigInteger.TWO);
            assertThat(s.population()).isEqualTo(BigInteger.valueOf(model.size()));

            u.restore(s);
            assertThat(u.generation()).isEqualTo(BigInteger.TWO);
            assertThat(u.digest()).isEqualTo(digest);
            assertCells(u, model);
            // A restored universe steps on exactly as the original did.
            u.step(BigInteger.ONE);
            assertCells(u, stepModel(model, Rule.CONWAY, 1));
            // The same snapshot can be restored again, also after an edit.
            u.set(1, 1, !u.get(1, 1));
            u.restore(s);
            assertCells(u, model);
            assertThat(u.generation()).isEqualTo(BigInteger.TWO);
        }
    }

    @Test
    default void aSnapshotReadsAndDrawsWhatTheUniverseHeldFromAnotherThreadWhileItMovesOn() throws Exception {
        try (Universe u = create(Rule.CONWAY)) {
            fillSoup(u, new Random(8), -10, -7, 20, 14, 0.35);
            u.step(BigInteger.TWO);
            u.set(3, -2, !u.get(3, -2));
            Universe.Snapshot s = u.snapshot();
            int[][] views = {{-16, -12, 0, 33, 25}, {-16, -12, 2, 40, 30}, {-32, -32, -2, 20, 20}};
            java.util.List<int[]> expected = new java.util.ArrayList<>();
            for (int[] v : views) {
                expected.add(naiveRender(u, v[0], v[1], v[2], v[3], v[4], 1, 0));
            }
            java.util.Map<Long, Boolean> cells = new java.util.HashMap<>();
            for (long y = -12; y < 12; y++) {
                for (long x = -16; x < 16; x++) {
                    cells.put(y * 1000 + x, u.get(x, y));
                }
            }
            java.util.Optional<Bounds> bounds = u.bounds();
            BigInteger population = u.population();
            // The universe moves on while another thread reads the snapshot.
            java.util.concurrent.CompletableFuture<String> reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                for (int round = 0; round < 20; round++) {
                    for (int i = 0; i < views.length; i++) {
                        int[] v = views[i];
                        int[] pixels = new int[v[3] * v[4]];
                        s.render(v[0], v[1], v[2], pixels, v[3], v[4], 1, 0);
                        if (!java.util.Arrays.equals(pixels, expected.get(i))) {
                            return "snapshot render differs at view " + i + " in round " + round;
                        }
                    }
                    for (var e : cells.entrySet()) {
                        long y = Math.floorDiv(e.getKey() + 500, 1000);
                        long x = e.getKey() - y * 1000;
                        if (s.get(x, y) != e.getValue()) {
                            return "snapshot get(" + x + ", " + y + ") differs in round " + round;
                        }
                    }
                }
                return "ok";
            });
            for (int i = 0; i < 30; i++) {
                u.step(BigInteger.ONE);
                u.set(i, i, true);
            }
            assertThat(reader.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("ok");
            assertThat(s.bounds()).isEqualTo(bounds);
            assertThat(s.population()).isEqualTo(population);
            assertThat(s.generation()).isEqualTo(BigInteger.TWO);
        }
    }

    @Test
    default void aSnapshotTakenRightAfterEditsHoldsTheEdits() {
        try (Universe u = create(Rule.CONWAY)) {
            u.set(2, 3, true);
            u.set(4, 3, true);
            Universe.Snapshot s = u.snapshot();
            u.set(2, 3, false);
            u.set(9, 9, true);
            u.restore(s);
            assertCells(u, Set.of(canonical(2, 3), canonical(4, 3)));
            assertThat(s.population()).isEqualTo(BigInteger.TWO);
        }
    }

    // ---------------------------------------------------------------- stepping

    @Test
    default void stepOfNEqualsNSingleStepsAndTheNaiveStepper() throws Exception {
        Rule[] rules = {Rule.CONWAY, Rule.parse("B36/S23"), Rule.parse("B2/S")};
        for (Rule rule : rules) {
            for (int n : new int[] {1, 2, 7}) {
                try (Universe jump = create(rule); Universe single = create(rule)) {
                    Random random = new Random(rule.hashCode() * 31L + n);
                    Set<Cell> model = fillSoup(jump, random, -6, -5, 14, 11, 0.4);
                    model.forEach(c -> single.set(c.x(), c.y(), true));
                    jump.step(BigInteger.valueOf(n));
                    for (int i = 0; i < n; i++) {
                        single.step(BigInteger.ONE);
                    }
                    Set<Cell> expected = stepModel(model, rule, n);
                    assertThat(jump.generation()).isEqualTo(BigInteger.valueOf(n));
                    assertThat(single.generation()).isEqualTo(BigInteger.valueOf(n));
                    assertCells(jump, expected);
                    assertCells(single, expected);
                    assertThat(jump.digest()).as("%s after %d", rule, n).isEqualTo(single.digest());
                }
            }
        }
    }

    @Test
    default void aGliderTravelsDiagonally() throws Exception {
        try (Universe u = create(Rule.CONWAY)) {
            Set<Cell> glider = Set.of(canonical(1, 0), canonical(2, 1), canonical(0, 2), canonical(1, 2),
                    canonical(2, 2));
            glider.forEach(c -> u.set(c.x(), c.y(), true));
            u.step(BigInteger.valueOf(8));
            Set<Cell> moved = new HashSet<>();
            glider.forEach(c -> moved.add(canonical(c.x() + 2, c.y() + 2)));
            assertCells(u, moved);
            assertThat(u.population()).isEqualTo(BigInteger.valueOf(5));
        }
    }

    @Test
    default void stepsOfLessThanOneGenerationAreRefused() {
        try (Universe u = create(Rule.CONWAY)) {
            for (BigInteger n : new BigInteger[] {BigInteger.ZERO, BigInteger.valueOf(-3)}) {
                try {
                    u.step(n);
                    throw new AssertionError("step(" + n + ") was accepted");
                } catch (IllegalArgumentException e) {
                    assertThat(e.getMessage()).contains(n.toString()).doesNotContain("\n");
                } catch (InterruptedException | UniverseException e) {
                    throw new AssertionError("step(" + n + ") threw " + e, e);
                }
            }
            assertThat(u.generation()).isEqualTo(BigInteger.ZERO);
        }
    }

    // ---------------------------------------------------------------- population, bounds, digest

    @Test
    default void populationAndBoundsMatchTheModelAsItRuns() throws Exception {
        try (Universe u = create(Rule.CONWAY)) {
            Set<Cell> model = fillSoup(u, new Random(11), -3, -8, 9, 13, 0.45);
            for (int gen = 0; gen <= 6; gen++) {
                assertThat(u.population()).as("population at %d", gen).isEqualTo(BigInteger.valueOf(model.size()));
                assertThat(u.bounds()).as("bounds at %d", gen).isEqualTo(boundsOf(model));
                u.step(BigInteger.ONE);
                model = stepModel(model, Rule.CONWAY, 1);
            }
        }
    }

    @Test
    default void boundsAreTheSmallestRectangleOfLiveCells() {
        try (Universe u = create(Rule.CONWAY)) {
            u.set(4, 2, true);
            Optional<Bounds> one = u.bounds();
            assertThat(one).isEqualTo(boundsOf(Set.of(canonical(4, 2))));
            assertThat(one.orElseThrow().width()).isEqualTo(1);
            u.set(6, 5, true);
            u.set(5, 3, true);
            assertThat(u.bounds()).isEqualTo(boundsOf(Set.of(canonical(4, 2), canonical(6, 5), canonical(5, 3))));
            assertThat(u.bounds().orElseThrow().height()).isEqualTo(4);
            u.set(4, 2, false);
            u.set(6, 5, false);
            u.set(5, 3, false);
            assertThat(u.bounds()).isEmpty();
        }
    }

    @Test
    default void theDigestIsTheSharedCellDigestOfTheLiveCells() throws Exception {
        try (Universe a = create(Rule.CONWAY); Universe b = create(Rule.CONWAY)) {
            assertThat(a.digest()).isEqualTo(expectedDigest(Set.of()));
            Set<Cell> model = fillSoup(a, new Random(23), -9, -4, 17, 12, 0.35);
            // The same cells set in another order, with an edit undone on the way.
            List<Cell> reversed = new ArrayList<>(model);
            reversed.sort(ROW_MAJOR.reversed());
            b.set(3, 30, true);
            reversed.forEach(c -> b.set(c.x(), c.y(), true));
            b.set(3, 30, model.contains(canonical(3, 30)));
            assertThat(a.digest()).isEqualTo(b.digest()).isEqualTo(expectedDigest(model));
            // One cell more, or the same cells one column over, is another digest.
            Cell extra = canonical(20, -10);
            for (long x = 21; model.contains(extra); x++) {
                extra = canonical(x, -10);
            }
            b.set(extra.x(), extra.y(), true);
            assertThat(b.digest()).isNotEqualTo(a.digest());
            b.set(extra.x(), extra.y(), false);
            assertThat(b.digest()).isEqualTo(a.digest());
            try (Universe shifted = create(Rule.CONWAY)) {
                model.forEach(c -> shifted.set(c.x() + 1, c.y(), true));
                assertThat(shifted.digest()).isNotEqualTo(a.digest());
            }
            // After steps the digest still describes the cells.
            a.step(BigInteger.valueOf(3));
            assertThat(a.digest()).isEqualTo(expectedDigest(stepModel(model, Rule.CONWAY, 3)));
        }
    }

    // ---------------------------------------------------------------- cancellation

    /**
     * A thread steps the universe again and again by {@link #longStep()}; another interrupts it.
     * Whichever step the interrupt lands in (or the check at the start of the next one) throws
     * {@link InterruptedException} and leaves the universe exactly as it was before that step.
     */
    @Test
    default void anInterruptedStepLeavesTheUniverseAsItWas() throws Exception {
        try (Universe u = create(Rule.CONWAY)) {
            Set<Cell> model = fillSoup(u, new Random(29), 0, 0, 24, 24, 0.4);
            Universe.Snapshot start = u.snapshot();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                CountDownLatch stepping = new CountDownLatch(1);
                AtomicReference<Throwable> outcome = new AtomicReference<>();
                AtomicReference<String> before = new AtomicReference<>();
                AtomicReference<String> after = new AtomicReference<>();
                Thread stepper = Thread.ofPlatform().name("contract-universe-stepper").start(() -> {
                    try {
                        while (true) {
                            before.set(state(u));
                            stepping.countDown();
                            u.step(longStep());
                        }
                    } catch (Throwable e) {
                        outcome.set(e);
                        after.set(state(u));
                    }
                });
                assertThat(stepping.await(10, TimeUnit.SECONDS)).isTrue();
                stepper.interrupt();
                stepper.join();
                assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
                assertThat(after.get()).as("state after the interrupted step").isEqualTo(before.get());
            });
            // Still usable, and exact.
            u.restore(start);
            u.step(BigInteger.ONE);
            assertThat(u.generation()).isEqualTo(BigInteger.ONE);
            assertCells(u, stepModel(model, Rule.CONWAY, 1));
        }
    }

    @Test
    default void aCallerInterruptedBeforeTheStepIsRefusedAndNothingChanges() throws Exception {
        try (Universe u = create(Rule.CONWAY)) {
            Set<Cell> model = fillSoup(u, new Random(31), 0, 0, 8, 8, 0.5);
            Thread.currentThread().interrupt();
            Throwable thrown = null;
            try {
                u.step(BigInteger.valueOf(4));
            } catch (InterruptedException e) {
                thrown = e;
            } finally {
                Thread.interrupted();
            }
            assertThat(thrown).isInstanceOf(InterruptedException.class);
            assertThat(u.generation()).isEqualTo(BigInteger.ZERO);
            assertCells(u, model);
        }
    }

    // ---------------------------------------------------------------- the model

    /** {@code (x, y)} as the universe stores it: wrapped into the torus, or as it is. */
    default Cell canonical(long x, long y) {
        return torus().map(t -> new Cell(Math.floorMod(x, t.width()), Math.floorMod(y, t.height())))
                .orElseGet(() -> new Cell(x, y));
    }

    /** Sets a random soup of {@code w × h} cells at {@code (left, top)}; returns the model of it. */
    default Set<Cell> fillSoup(Universe u, Random random, long left, long top, int w, int h, double density) {
        Set<Cell> model = new HashSet<>();
        for (int dy = 0; dy < h; dy++) {
            for (int dx = 0; dx < w; dx++) {
                if (random.nextDouble() < density) {
                    u.set(left + dx, top + dy, true);
                    model.add(canonical(left + dx, top + dy));
                }
            }
        }
        return model;
    }

    /** {@code generations} naive steps: neighbours counted in a hash map, each offset wrapped on a torus. */
    default Set<Cell> stepModel(Set<Cell> live, Rule rule, int generations) {
        Set<Cell> now = live;
        for (int g = 0; g < generations; g++) {
            Map<Cell, Integer> counts = new HashMap<>();
            for (Cell c : now) {
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if (dx != 0 || dy != 0) {
                            counts.merge(canonical(c.x() + dx, c.y() + dy), 1, Integer::sum);
                        }
                    }
                }
            }
            Set<Cell> next = new HashSet<>();
            for (Cell c : now) {
                if (rule.next(true, counts.getOrDefault(c, 0))) {
                    next.add(c);
                }
            }
            for (Map.Entry<Cell, Integer> e : counts.entrySet()) {
                if (!now.contains(e.getKey()) && rule.next(false, e.getValue())) {
                    next.add(e.getKey());
                }
            }
            now = next;
        }
        return now;
    }

    /** Bounds of the model's cells in the universe's coordinates. */
    static Optional<Bounds> boundsOf(Set<Cell> cells) {
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Bounds(
                cells.stream().mapToLong(Cell::x).min().orElseThrow(),
                cells.stream().mapToLong(Cell::y).min().orElseThrow(),
                cells.stream().mapToLong(Cell::x).max().orElseThrow(),
                cells.stream().mapToLong(Cell::y).max().orElseThrow()));
    }

    /** {@link CellDigest} of the model: its cells in row-major order, then a torus's size as a tag. */
    default String expectedDigest(Set<Cell> cells) {
        CellDigest d = new CellDigest();
        cells.stream().sorted(ROW_MAJOR).forEach(c -> d.add(c.x(), c.y()));
        torus().ifPresent(t -> d.addTag(t.toString()));
        return d.hex();
    }

    /** The live cells of {@code u}, read through {@link Universe#get} over its bounds (small universes only). */
    default Set<Cell> cells(Universe u) {
        Set<Cell> found = new HashSet<>();
        u.bounds().ifPresent(b -> {
            for (long y = b.top(); y <= b.bottom(); y++) {
                for (long x = b.left(); x <= b.right(); x++) {
                    if (u.get(x, y)) {
                        found.add(canonical(x, y));
                    }
                }
            }
        });
        return found;
    }

    /** Asserts that exactly {@code expected} live: population, every model cell, and a margin of dead cells around. */
    default void assertCells(Universe u, Set<Cell> expected) {
        assertThat(u.population()).as("population").isEqualTo(BigInteger.valueOf(expected.size()));
        for (Cell c : expected) {
            assertThat(u.get(c.x(), c.y())).as("cell (%d, %d) alive", c.x(), c.y()).isTrue();
        }
        assertThat(cells(u)).isEqualTo(expected);
        boundsOf(expected).ifPresent(b -> {
            for (long x = b.left() - 1; x <= b.right() + 1; x++) {
                assertThat(u.get(x, b.top() - 1)).isEqualTo(expected.contains(canonical(x, b.top() - 1)));
                assertThat(u.get(x, b.bottom() + 1)).isEqualTo(expected.contains(canonical(x, b.bottom() + 1)));
            }
        });
    }

    /** Generation, population and digest, to compare a universe before and after something. */
    static String state(Universe u) {
        return "generation " + u.generation() + ", population " + u.population() + ", digest " + u.digest();
    }

    /** What render must draw, from one {@link Universe#get} per cell under each pixel. */
    static int[] naiveRender(Universe u, long left, long top, int scale, int width, int height, int alive, int dead) {
        int[] out = new int[width * height];
        for (int py = 0; py < height; py++) {
            for (int px = 0; px < width; px++) {
                boolean lit = false;
                if (scale >= 0) {
                    lit = u.get(left + (px >> scale), top + (py >> scale));
                } else {
                    int side = 1 << -scale;
                    for (int dy = 0; dy < side && !lit; dy++) {
                        for (int dx = 0; dx < side && !lit; dx++) {
                            lit = u.get(left + (long) px * side + dx, top + (long) py * side + dy);
                        }
                    }
                }
                out[py * width + px] = lit ? alive : dead;
            }
        }
        return out;
    }
}
