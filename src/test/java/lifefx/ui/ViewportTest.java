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
