package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import lifefx.sim.CellRegion;
import org.junit.jupiter.api.Test;

class ViewportTest {

    private static Viewport viewport(long rows, long cols) {
        Viewport v = new Viewport();
        v.setViewSize(800, 600);
        v.setContent(new CellRegion(0, 0, rows, cols));
        return v;
    }

    @Test
    void fitCentresTheContentAtTheLargestPowerOfTwoThatFits() {
        Viewport v = viewport(100, 120);
        v.fit();
        assertThat(v.zoom()).isEqualTo(2);
        assertThat(v.scale()).isEqualTo(4);
        assertThat(v.xOf(0)).isEqualTo((800 - 480) / 2.0);
        assertThat(v.yOf(0)).isEqualTo((600 - 400) / 2.0);
        assertThat(v.isFitted()).isTrue();
        assertThat(v.gridLinesVisible()).isFalse();
        v.setContent(new CellRegion(0, 0, 60, 80));
        v.fit();
        assertThat(v.zoom()).isEqualTo(3);
        assertThat(v.gridLinesVisible()).isTrue();
    }

    @Test
    void largeContentFitsAtSeveralCellsPerPixelAndATorusGoesNoFurther() {
        Viewport v = viewport(3000, 4000);
        v.setMinZoom(v.fitZoom(v.content()));
        v.fit();
        assertThat(v.zoom()).isEqualTo(-3);
        assertThat(v.describe()).isEqualTo("1 px = 8 cells");
        v.zoomAt(400, 300, -3);
        assertThat(v.zoom()).as("a torus does not zoom out past itself").isEqualTo(-3);
        v.zoomAt(400, 300, 1);
        assertThat(v.zoom()).isEqualTo(-2);
        v.zoomAt(400, 300, 50);
        assertThat(v.zoom()).isEqualTo(Viewport.MAX_ZOOM);
        assertThat(v.describe()).isEqualTo("32 px/cell");
    }

    @Test
    void thePlaneZoomsOutToTwoToTheSixtyTwoCellsPerPixel() {
        Viewport v = viewport(10, 10);
        v.zoomAt(400, 300, -100);
        assertThat(v.zoom()).isEqualTo(Viewport.MIN_ZOOM);
        assertThat(v.describe()).isEqualTo("1 px = 2^62 cells");
    }

    @Test
    void theWheelZoomsAtTheCursorKeepingTheCellUnderIt() {
        Viewport v = viewport(200, 200);
        v.showCellAt(2, 0, 0, 0, 0);
        v.panBy(-37, 12);
        long row = v.rowAt(333.5);
        long col = v.colAt(222.5);
        for (int step : new int[] {1, 1, 1, -1, 1, -2, -3, -4, 5}) {
            v.zoomAt(222.5, 333.5, step);
            assertThat(v.rowAt(333.5)).as("row after %d at zoom %s", step, v.zoom()).isEqualTo(row);
            assertThat(v.colAt(222.5)).isEqualTo(col);
        }
    }

    @Test
    void positionsAreExactFarBeyondWhatADoubleHolds() {
        Viewport v = viewport(10, 10);
        long far = (1L << 60) + 12345;
        v.showCellAt(3, far, -far, 100, 50);
        assertThat(v.colAt(100)).isEqualTo(far);
        assertThat(v.colAt(107)).isEqualTo(far);
        assertThat(v.colAt(108)).isEqualTo(far + 1);
        assertThat(v.rowAt(50)).isEqualTo(-far);
        assertThat(v.rowAt(49)).isEqualTo(-far - 1);
        v.panBy(3, 0);
        assertThat(v.colAt(103)).isEqualTo(far);
        assertThat(v.colAt(102)).isEqualTo(far - 1);
        v.zoomAt(0, 0, -8);
        long left = v.colAt(0);
        assertThat(v.colAt(1) - left).isEqualTo(32);
        v.panBy(-1, 0);
        assertThat(v.colAt(0) - left).isEqualTo(32);
    }

    @Test
    void aResizedViewStaysFittedOnlyIfItWasFitted() {
        Viewport v = viewport(100, 100);
        v.fit();
        v.setViewSize(400, 600);
        assertThat(v.scale()).isEqualTo(4);
        assertThat(v.isFitted()).isTrue();
        v.panBy(10, 0);
        long col = v.colAt(200);
        v.setViewSize(800, 600);
        assertThat(v.scale()).isEqualTo(4);
        assertThat(v.isFitted()).isFalse();
        assertThat(v.colAt(400)).as("the centre stays where it was").isEqualTo(col);
    }

    /** A 200 × 320 torus in a 1400 × 770 view: 2 px/cell leaves the view half empty, stretched it fills its height. */
    private static Viewport stretched() {
        Viewport v = new Viewport();
        v.setViewSize(1400, 770);
        v.setContent(new CellRegion(0, 0, 200, 320));
        v.setStretchToFit(true);
        v.fit();
        return v;
    }

    @Test
    void aStretchedFitFillsTheViewInOneDirectionAndEveryCellKeepsItsPixels() {
        Viewport v = stretched();
        assertThat(v.zoom()).isEqualTo(1);
        assertThat(v.magnification()).isBetween(1.9, 1.925);
        assertThat(v.yOf(0)).isBetween(0.0, 1.0);
        assertThat(v.yOf(200)).isBetween(769.0, 770.0);
        assertThat(v.xOf(0)).isGreaterThan(0);
        assertThat(v.xOf(320)).isLessThanOrEqualTo(1400);
        assertThat((v.xOf(0) + v.xOf(320)) / 2).as("centred").isCloseTo(700, org.assertj.core.data.Offset.offset(2.0));
        assertThat(v.describe()).isEqualTo("3.8 px/cell");
        for (long c = 0; c < 320; c++) {
            double x0 = v.xOf(c);
            double x1 = v.xOf(c + 1);
            assertThat(x1 - x0).as("column %d is about f pixels wide", c).isBetween(3.7, 3.9);
            assertThat(v.colAt(Math.ceil(x0 + 1e-6))).as("first pixel of column %d", c).isEqualTo(c);
            assertThat(v.colAt(Math.ceil(x1) - 1)).as("last pixel of column %d", c).isEqualTo(c);
        }
    }

    @Test
    void stretchIsOffUnlessAskedAndZoomingDropsItKeepingTheCellUnderTheCursor() {
        Viewport plain = new Viewport();
        plain.setViewSize(1400, 770);
        plain.setContent(new CellRegion(0, 0, 200, 320));
        plain.fit();
        assertThat(plain.magnification()).isEqualTo(1);
        assertThat(plain.yOf(200) - plain.yOf(0)).isEqualTo(400);

        Viewport v = stretched();
        long col = v.colAt(901.5);
        long row = v.rowAt(300.5);
        v.zoomAt(901.5, 300.5, 1);
        assertThat(v.magnification()).isEqualTo(1);
        assertThat(v.zoom()).isEqualTo(2);
        assertThat(v.colAt(901.5)).isEqualTo(col);
        assertThat(v.rowAt(300.5)).isEqualTo(row);

        v = stretched();
        v.zoomAt(700, 385, -1);
        assertThat(v.zoom()).as("one step out of a stretched fit: the power of two below it").isEqualTo(1);
        assertThat(v.magnification()).isEqualTo(1);
        assertThat(v.isFitted()).isFalse();
    }

    @Test
    void aStretchedViewPansAndRefitsWhenResized() {
        Viewport v = stretched();
        double x = v.xOf(10);
        v.panBy(40, 0);
        assertThat(v.magnification()).as("panning keeps the stretch").isGreaterThan(1);
        assertThat(v.xOf(10) - x).isCloseTo(40, org.assertj.core.data.Offset.offset(2.0));
        v.fit();
        v.setViewSize(1000, 700);
        assertThat(v.isFitted()).isTrue();
        assertThat(v.xOf(320) - v.xOf(0)).as("a refit fills the new width").isBetween(998.0, 1000.0);
    }

    @Test
    void aStretchedFitStillKeepsTheContentOutFromUnderTheOverlay() {
        Viewport v = new Viewport();
        v.setViewSize(1400, 770);
        v.setContent(new CellRegion(0, 0, 200, 200));
        v.setStretchToFit(true);
        v.setKeepClear(260, 190);
        v.fit();
        assertThat(v.magnification()).isGreaterThan(1);
        assertThat(v.xOf(0)).as("right of the overlay").isGreaterThanOrEqualTo(260);
        assertThat(v.xOf(200)).isLessThanOrEqualTo(1400);
        assertThat(v.yOf(200) - v.yOf(0)).isGreaterThan(760);
    }

    @Test
    void theRendererMagnifiesTheCellsAndMasksBeyondTheTorus() {
        Viewport v = stretched();
        lifefx.life.Grid grid = new lifefx.life.Grid.Builder(new lifefx.life.GridSize(200, 320))
                .set(17, 123, true).set(199, 319, true).build(0);
        lifefx.universe.Topology torus = lifefx.universe.Topology.torus(grid.size());
        lifefx.sim.Snapshot s = new lifefx.sim.Snapshot(1, lifefx.universe.Universes.snapshotOf(grid), torus,
                lifefx.life.Rule.CONWAY, "sequential", 1, false, 0, 0, lifefx.sim.TimingWindow.EMPTY, null, 0,
                false, false, false, lifefx.sim.IoStatus.NONE, lifefx.sim.Document.UNTITLED, null);
        int[] out = new int[1400 * 770];
        new GridRenderer().render(s, v, 1400, 770, out, Palette.LIGHT);
        for (int y = 0; y < 770; y++) {
            for (int x = 0; x < 1400; x++) {
                long r = v.rowAt(y);
                long c = v.colAt(x);
                boolean inside = r >= 0 && r < 200 && c >= 0 && c < 320;
                boolean alive = (r == 17 && c == 123) || (r == 199 && c == 319);
                int expected = !inside ? Palette.LIGHT.outside() : alive ? Palette.LIGHT.alive() : Palette.LIGHT.dead();
                if (out[y * 1400 + x] != expected) {
                    throw new AssertionError("pixel (" + x + ", " + y + ") shows cell (" + r + ", " + c + ") wrongly");
                }
            }
        }
    }

    @Test
    void dragLinesHaveNoGaps() {
        long[][] l = GridView.line(new GridView.Cell(0, 0), new GridView.Cell(3, 7));
        assertThat(l[0]).hasSize(7);
        assertThat(l[0][6]).isEqualTo(3);
        assertThat(l[1][6]).isEqualTo(7);
        for (int i = 1; i < 7; i++) {
            assertThat(Math.abs(l[0][i] - l[0][i - 1])).isLessThanOrEqualTo(1);
            assertThat(l[1][i] - l[1][i - 1]).isEqualTo(1);
        }
        assertThat(GridView.line(new GridView.Cell(5, 5), new GridView.Cell(5, 5))[0]).isEmpty();
        long[][] up = GridView.line(new GridView.Cell(10, 4), new GridView.Cell(2, 1));
        assertThat(up[0][up[0].length - 1]).isEqualTo(2);
        assertThat(up[1][up[1].length - 1]).isEqualTo(1);
        assertThat(up[0]).hasSize(8);
    }
}
