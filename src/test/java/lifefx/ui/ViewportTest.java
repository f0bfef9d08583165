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
    void fitCentresTheContentAtWholePixelsPerCellWhenItIsSmall() {
        Viewport v = viewport(100, 120);
        v.fit();
        assertThat(v.scale()).isEqualTo(6);
        assertThat(v.xOf(0)).isEqualTo((800 - 720) / 2.0);
        assertThat(v.yOf(0)).isEqualTo(0);
        assertThat(v.isFitted()).isTrue();
        assertThat(v.gridLinesVisible()).isTrue();
    }

    @Test
    void largeContentFitsBelowOnePixelPerCellAndThatIsTheFloor() {
        Viewport v = viewport(3000, 4000);
        v.fit();
        assertThat(v.scale()).isEqualTo(0.2);
        assertThat(v.minScale()).isEqualTo(0.2);
        v.zoomAt(400, 300, -3);
        assertThat(v.scale()).isEqualTo(0.2);
        v.zoomAt(400, 300, 1);
        assertThat(v.scale()).isEqualTo(0.4);
        v.zoomAt(400, 300, 2);
        assertThat(v.scale()).isEqualTo(1);
        v.zoomAt(400, 300, 50);
        assertThat(v.scale()).isEqualTo(Viewport.MAX_SCALE);
    }

    @Test
    void theWheelZoomsAtTheCursorKeepingTheCellUnderIt() {
        Viewport v = viewport(200, 200);
        v.zoomTo(4, 0, 0);
        v.panBy(-37, 12);
        long row = v.rowAt(333.5);
        long col = v.colAt(222.5);
        for (int step : new int[] {1, 1, 1, -1, 1, -2}) {
            v.zoomAt(222.5, 333.5, step);
            assertThat(v.rowAt(333.5)).as("row after %d at scale %s", step, v.scale()).isEqualTo(row);
            assertThat(v.colAt(222.5)).isEqualTo(col);
            assertThat(v.offsetX()).isEqualTo(Math.rint(v.offsetX()));
        }
    }

    @Test
    void aResizedViewStaysFittedOnlyIfItWasFitted() {
        Viewport v = viewport(100, 100);
        v.fit();
        v.setViewSize(400, 600);
        assertThat(v.scale()).isEqualTo(4);
        assertThat(v.isFitted()).isTrue();
        v.panBy(10, 0);
        v.setViewSize(800, 600);
        assertThat(v.scale()).isEqualTo(4);
        assertThat(v.isFitted()).isFalse();
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
