package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import lifefx.engine.StrategyConfig;
import lifefx.life.CellLogic;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.pattern.CellSet;
import lifefx.universe.Topology;
import lifefx.universe.Universe;
import lifefx.universe.Universes;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Selection edits ({@link CellEdit}) applied by a {@link Workspace}, as the stepping thread does,
 * on a torus (whose coordinates wrap: selections may cross its edges) and on the unbounded plane
 * (at coordinates far from the origin too). Each try draws a random soup and a random selection.
 */
class SelectionEditPropertyTest {

    private static final GridSize TORUS = new GridSize(24, 30);

    /** A workspace on the torus ({@code torus}) or the plane, holding a random soup made from {@code seed}. */
    private static Workspace workspace(boolean torus, long seed, long far) {
        Topology t = torus ? Topology.torus(TORUS) : Topology.PLANE;
        Workspace w = new Workspace(t, null, Rule.CONWAY, 64L << 20, new Workspace.Maker() {
            @Override
            public void logicFor(Rule rule) {
            }

            @Override
            public Universe make(Topology topology, Rule rule, Universe.Snapshot cells) {
                return Universes.open(topology, rule, topology.defaultStrategy(), new StrategyConfig(1),
                        CellLogic.of(rule), cells);
            }
        }, message -> {
        });
        Random r = new Random(seed);
        long[] ys = new long[300];
        long[] xs = new long[300];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = (torus ? 0 : far) + r.nextInt(TORUS.height());
            xs[i] = (torus ? 0 : far) + r.nextInt(TORUS.width());
        }
        w.paint(1, ys, xs, true);
        return w;
    }

    /** A selection: on the torus anywhere (it may wrap), on the plane near the soup. */
    private static CellRegion area(boolean torus, long far, int top, int left, int h, int w) {
        return new CellRegion((torus ? 0 : far) + top, (torus ? 0 : far) + left, h, w);
    }

    private static String digest(Workspace w) {
        return w.universe().digest();
    }

    /** The live cells, on the torus wrapped into range. */
    private static Set<java.util.List<Long>> live(Workspace w) {
        Set<java.util.List<Long>> s = new HashSet<>();
        w.current().forEachCell((x, y) -> s.add(java.util.List.of(x, y)));
        return s;
    }

    private static boolean inside(boolean torus, CellRegion a, long x, long y) {
        long dx = x - a.left();
        long dy = y - a.top();
        if (torus) {
            dx = Math.floorMod(dx, TORUS.width());
            dy = Math.floorMod(dy, TORUS.height());
        }
        return dx >= 0 && dx < a.width() && dy >= 0 && dy < a.height();
    }

    @Property(tries = 60)
    void flippingTwiceIsNoChangeAndUndoRestores(@ForAll boolean torus, @ForAll long seed, @ForAll boolean leftRight,
                                               @ForAll @LongRange(min = -(1L << 40), max = 1L << 40) long far,
                                               @ForAll @IntRange(min = 0, max = 23) int top,
                                               @ForAll @IntRange(min = 0, max = 29) int left,
                                               @ForAll @IntRange(min = 1, max = 16) int h,
                                               @ForAll @IntRange(min = 1, max = 16) int wd) {
        Workspace w = workspace(torus, seed, far);
        try {
            String before = digest(w);
            CellRegion a = area(torus, far, top, left, h, wd);
            boolean changed = w.edit(new CellEdit.Flip(a, leftRight));
            String flipped = digest(w);
            assertThat(changed).isEqualTo(!flipped.equals(before));
            w.edit(new CellEdit.Flip(a, leftRight));
            assertThat(digest(w)).isEqualTo(before);
            if (changed) {
                // Each flip is one undo entry (one that changes nothing is none).
                w.undo();
                assertThat(digest(w)).isEqualTo(flipped);
                w.undo();
                assertThat(digest(w)).isEqualTo(before);
            }
        } finally {
            w.close();
        }
    }

    @Property(tries = 60)
    void rotatingFourTimesOrBackAndForthIsNoChange(@ForAll boolean torus, @ForAll long seed, @ForAll boolean clockwise,
                                                   @ForAll @LongRange(min = -(1L << 40), max = 1L << 40) long far,
                                                   @ForAll @IntRange(min = 0, max = 23) int top,
                                                   @ForAll @IntRange(min = 0, max = 29) int left,
                                                   @ForAll @IntRange(min = 1, max = 16) int h,
                                                   @ForAll @IntRange(min = 1, max = 16) int wd) {
        Workspace w = workspace(torus, seed, far);
        try {
            CellRegion a = area(torus, far, top, left, h, wd);
            CellRegion turned = CellTransforms.rotated(a);
            // A turn clears the turned rectangle (as Golly does): keep it empty outside the selection.
            w.edit(new CellEdit.Clear(turned));
            for (var c : live(w)) {
                if (inside(torus, turned, c.get(0), c.get(1)) && !inside(torus, a, c.get(0), c.get(1))) {
                    throw new AssertionError("not cleared: " + c);
                }
            }
            String before = digest(w);
            // Cells outside the selection are never touched by a turn back and forth.
            w.edit(new CellEdit.Rotate(a, clockwise));
            w.edit(new CellEdit.Rotate(turned, !clockwise));
            assertThat(digest(w)).as("turned and back").isEqualTo(before);
            CellRegion r = a;
            for (int i = 0; i < 4; i++) {
                w.edit(new CellEdit.Rotate(r, clockwise));
                r = CellTransforms.rotated(r);
            }
            assertThat(r).isEqualTo(a);
            assertThat(digest(w)).as("four turns").isEqualTo(before);
        } finally {
            w.close();
        }
    }

    @Property(tries = 60)
    void pasteThenUndoLeavesTheGridAsItWasAndXorTwiceIsNoChange(
            @ForAll boolean torus, @ForAll long seed, @ForAll long patternSeed,
            @ForAll @LongRange(min = -(1L << 40), max = 1L << 40) long far, @ForAll PasteMode mode,
            @ForAll @IntRange(min = -5, max = 40) int top, @ForAll @IntRange(min = -5, max = 40) int left,
            @ForAll @IntRange(min = 1, max = 12) int h, @ForAll @IntRange(min = 1, max = 12) int wd) {
        Workspace w = workspace(torus, seed, far);
        try {
            Random r = new Random(patternSeed);
            long[] keys = new long[r.nextInt(h * wd + 1)];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = CellSet.key(r.nextInt(wd), r.nextInt(h));
            }
            CellSet cells = CellSet.ofKeys(keys);
            String before = digest(w);
            CellEdit.Paste p = new CellEdit.Paste(cells, wd, h, (torus ? 0 : far) + top, (torus ? 0 : far) + left, mode);
            int depth = w.history().undoDepth();
            boolean changed = w.edit(p);
            assertThat(changed).isEqualTo(!digest(w).equals(before));
            assertThat(w.history().undoDepth()).isEqualTo(changed ? depth + 1 : depth);
            if (changed) {
                w.undo();
            }
            assertThat(digest(w)).as("paste then undo").isEqualTo(before);
            if (mode == PasteMode.XOR) {
                w.edit(p);
                w.edit(p);
                assertThat(digest(w)).as("xor twice").isEqualTo(before);
            }
        } finally {
            w.close();
        }
    }

    @Property(tries = 60)
    void cutThenPasteInCopyModeAtTheSamePlaceRestores(@ForAll boolean torus, @ForAll long seed,
                                                      @ForAll @LongRange(min = -(1L << 40), max = 1L << 40) long far,
                                                      @ForAll @IntRange(min = 0, max = 23) int top,
                                                      @ForAll @IntRange(min = 0, max = 29) int left,
                                                      @ForAll @IntRange(min = 1, max = 20) int h,
                                                      @ForAll @IntRange(min = 1, max = 20) int wd) {
        Workspace w = workspace(torus, seed, far);
        try {
            String before = digest(w);
            CellRegion a = area(torus, far, top, left, h, wd);
            CellSet copied = CellTransforms.cellsIn(w.current(), w.topology(), a);
            w.edit(new CellEdit.Clear(a));
            assertThat(CellTransforms.cellsIn(w.current(), w.topology(), a).isEmpty()).isTrue();
            w.edit(new CellEdit.Paste(copied, wd, h, a.top(), a.left(), PasteMode.COPY));
            assertThat(digest(w)).isEqualTo(before);
        } finally {
            w.close();
        }
    }

    @Property(tries = 60)
    void clearOutsideKeepsExactlyTheSelectionsCells(@ForAll boolean torus, @ForAll long seed,
                                                    @ForAll @LongRange(min = -(1L << 40), max = 1L << 40) long far,
                                                    @ForAll @IntRange(min = 0, max = 23) int top,
                                                    @ForAll @IntRange(min = 0, max = 29) int left,
                                                    @ForAll @IntRange(min = 1, max = 20) int h,
                                                    @ForAll @IntRange(min = 1, max = 20) int wd) {
        Workspace w = workspace(torus, seed, far);
        try {
            CellRegion a = area(torus, far, top, left, h, wd);
            Set<java.util.List<Long>> expected = new HashSet<>();
            for (var c : live(w)) {
                if (inside(torus, a, c.get(0), c.get(1))) {
                    expected.add(c);
                }
            }
            String before = digest(w);
            if (w.edit(new CellEdit.ClearOutside(a))) {
                assertThat(live(w)).isEqualTo(expected);
                w.undo();
            }
            assertThat(live(w)).hasSize(Math.toIntExact(w.current().population().longValue()));
            assertThat(digest(w)).isEqualTo(before);
        } finally {
            w.close();
        }
    }

    @Property(tries = 30)
    void aFillChangesOnlyTheSelectionAndIsOneUndo(@ForAll boolean torus, @ForAll long seed,
                                                  @ForAll @LongRange(min = -(1L << 40), max = 1L << 40) long far,
                                                  @ForAll @IntRange(min = 0, max = 23) int top,
                                                  @ForAll @IntRange(min = 0, max = 29) int left,
                                                  @ForAll @IntRange(min = 1, max = 20) int h,
                                                  @ForAll @IntRange(min = 1, max = 20) int wd) {
        Workspace w = workspace(torus, seed, far);
        try {
            CellRegion a = area(torus, far, top, left, h, wd);
            Set<java.util.List<Long>> outside = new HashSet<>(live(w));
            outside.removeIf(c -> inside(torus, a, c.get(0), c.get(1)));
            String before = digest(w);
            boolean changed = w.edit(new CellEdit.Fill(a, 0.5, seed));
            Set<java.util.List<Long>> after = new HashSet<>(live(w));
            after.removeIf(c -> inside(torus, a, c.get(0), c.get(1)));
            assertThat(after).isEqualTo(outside);
            if (changed) {
                w.undo();
            }
            assertThat(digest(w)).isEqualTo(before);
        } finally {
            w.close();
        }
    }

    @Property(tries = 200)
    void pureTransformsInvertThemselves(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int h,
                                        @ForAll @IntRange(min = 1, max = 30) int wd) {
        Random r = new Random(seed);
        long[] keys = new long[r.nextInt(h * wd + 1)];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = CellSet.key(r.nextInt(wd), r.nextInt(h));
        }
        CellSet c = CellSet.ofKeys(keys);
        assertThat(CellTransforms.flipLeftRight(CellTransforms.flipLeftRight(c, wd), wd)).isEqualTo(c);
        assertThat(CellTransforms.flipTopBottom(CellTransforms.flipTopBottom(c, h), h)).isEqualTo(c);
        CellSet cw = CellTransforms.rotate(c, wd, h, true);
        assertThat(CellTransforms.rotate(cw, h, wd, false)).isEqualTo(c);
        CellSet turned = c;
        for (int i = 0; i < 4; i++) {
            turned = CellTransforms.rotate(turned, i % 2 == 0 ? wd : h, i % 2 == 0 ? h : wd, true);
            if (!turned.isEmpty()) {
                assertThat(turned.maxX()).isLessThan(i % 2 == 0 ? h : wd);
                assertThat(turned.maxY()).isLessThan(i % 2 == 0 ? wd : h);
            }
        }
        assertThat(turned).isEqualTo(c);
        // Two quarter turns are the two flips.
        assertThat(CellTransforms.rotate(cw, h, wd, true))
                .isEqualTo(CellTransforms.flipTopBottom(CellTransforms.flipLeftRight(c, wd), h));
    }

    @Property(tries = 200)
    void aTurnedRectangleTurnsBackOntoItself(@ForAll @LongRange(min = -1000, max = 1000) long top,
                                             @ForAll @LongRange(min = -1000, max = 1000) long left,
                                             @ForAll @IntRange(min = 0, max = 50) int h,
                                             @ForAll @IntRange(min = 0, max = 50) int wd) {
        CellRegion a = new CellRegion(top, left, h, wd);
        CellRegion t = CellTransforms.rotated(a);
        assertThat(t.height()).isEqualTo(wd);
        assertThat(t.width()).isEqualTo(h);
        assertThat(CellTransforms.rotated(t)).isEqualTo(a);
        // The centres differ by at most half a cell on each axis.
        assertThat(Math.abs((2 * t.top() + t.height()) - (2 * a.top() + a.height()))).isLessThanOrEqualTo(1);
        assertThat(Math.abs((2 * t.left() + t.width()) - (2 * a.left() + a.width()))).isLessThanOrEqualTo(1);
    }

    /**
     * What undo keeps for a selection edit: the changed cells only, 17 bytes each. Flipping a 50 ×
     * 50 selection of a 2000 × 2000 soup costs at most 2,500 × 17 + 64 bytes of history, where a
     * whole-universe replacement (as Clear records) costs two 4 MB grids. Prints both.
     */
    @net.jqwik.api.Example
    void aSelectionEditKeepsOnlyTheChangedCellsForUndo() {
        GridSize big = new GridSize(2000, 2000);
        Workspace w = new Workspace(Topology.torus(big), Universes.snapshotOf(lifefx.life.Grids.random(big, 0.35, 7, 0)),
                Rule.CONWAY, 256L << 20, new Workspace.Maker() {
                    @Override
                    public void logicFor(Rule rule) {
                    }

                    @Override
                    public Universe make(Topology topology, Rule rule, Universe.Snapshot cells) {
                        return Universes.open(topology, rule, topology.defaultStrategy(), new StrategyConfig(1),
                                CellLogic.of(rule), cells);
                    }
                }, message -> {
                });
        try {
            assertThat(w.edit(new CellEdit.Flip(new CellRegion(100, 100, 50, 50), true))).isTrue();
            long patch = w.history().bytesHeld();
            w.clear();
            long replacement = w.history().bytesHeld() - patch;
            System.out.printf("undo bytes: flip of 50x50 on a 2000x2000 torus %,d; clear (replacement) %,d%n",
                    patch, replacement);
            assertThat(patch).isLessThanOrEqualTo(64 + 2500L * EditHistory.Patch.BYTES_PER_CELL);
            assertThat(replacement).isEqualTo(2 * big.cells());
        } finally {
            w.close();
        }
    }

    @net.jqwik.api.Example
    void aTurnThatDoesNotFitTheTorusIsRefusedBeforeAnyCellChanges() {
        Workspace w = workspace(true, 3, 0);
        try {
            String before = digest(w);
            int depth = w.history().undoDepth();
            // 28 columns turned are 28 rows: more than the torus's 24.
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> w.edit(new CellEdit.Rotate(new CellRegion(2, 1, 10, 28), true)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
            assertThat(digest(w)).isEqualTo(before);
            assertThat(w.history().undoDepth()).isEqualTo(depth);
        } finally {
            w.close();
        }
    }

    /** Cut, through the clipboard's RLE text (empty edge rows and columns included), then paste back. */
    @Property(tries = 40)
    void cutAsRleTextAndPastedBackRestores(@ForAll boolean torus, @ForAll long seed,
                                           @ForAll @LongRange(min = -(1L << 40), max = 1L << 40) long far,
                                           @ForAll @IntRange(min = 0, max = 23) int top,
                                           @ForAll @IntRange(min = 0, max = 29) int left,
                                           @ForAll @IntRange(min = 1, max = 20) int h,
                                           @ForAll @IntRange(min = 1, max = 20) int wd) throws Exception {
        Workspace w = workspace(torus, seed, far);
        try {
            String before = digest(w);
            CellRegion a = area(torus, far, top, left, h, wd);
            CellSet cells = CellTransforms.cellsIn(w.current(), w.topology(), a);
            String rle = lifefx.pattern.PatternWriter.write(new lifefx.pattern.Pattern(cells, wd, h, Rule.CONWAY,
                    lifefx.pattern.Metadata.EMPTY), lifefx.pattern.PatternFormat.RLE);
            w.edit(new CellEdit.Clear(a));
            lifefx.pattern.Pattern read = lifefx.pattern.PatternReader.read(rle, "clipboard");
            assertThat(read.cells()).isEqualTo(cells);
            w.edit(new CellEdit.Paste(read.cells(), read.width(), read.height(), a.top(), a.left(), PasteMode.COPY));
            assertThat(digest(w)).isEqualTo(before);
        } finally {
            w.close();
        }
    }
}
