package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/** The one placement rule of the window and {@code run}. */
class PlacementTest {

    /** A glider in a 3x3 box: (1,0) (2,1) (0,2) (1,2) (2,2) as (x, y). */
    private static Pattern glider() throws PatternFormatException {
        return PatternReader.read("x = 3, y = 3\nbo$2bo$3o!\n", "glider");
    }

    @Test
    void aRequestedTorusGetsTheBoxCentred() throws Exception {
        Placement at = Placement.of(glider(), new GridSize(11, 13), null);
        assertThat(at).isEqualTo(new Placement(new GridSize(11, 13), 4, 5));
        Grid g = at.place(glider());
        assertThat(g.population()).isEqualTo(5);
        assertThat(g.isAlive(4, 6)).isTrue();
        assertThat(g.isAlive(5, 7)).isTrue();
        assertThat(g.isAlive(6, 5)).isTrue();
        assertThat(g.isAlive(6, 6)).isTrue();
        assertThat(g.isAlive(6, 7)).isTrue();
        // The window's torus, kept, gets the pattern centred the same way.
        assertThat(Placement.of(glider(), null, new GridSize(19, 21))).isEqualTo(new Placement(new GridSize(19, 21), 8, 9));
        assertThat(g.generation()).isZero();
    }

    @Test
    void aPatternWithItsOwnTorusKeepsItsCoordinates() throws Exception {
        Pattern p = PatternReader.read("x = 3, y = 3, rule = B3/S23:T20,10\nbo$2bo$3o!\n", "t");
        Placement at = Placement.of(p, null, new GridSize(200, 300));
        assertThat(at).isEqualTo(new Placement(new GridSize(10, 20), 0, 0));
        assertThat(at.place(p).isAlive(0, 1)).isTrue();
        assertThat(at.place(p).isAlive(2, 0)).isTrue();
        // ... unless the user asks for another torus.
        assertThat(Placement.of(p, new GridSize(7, 7), null).size()).isEqualTo(new GridSize(7, 7));
    }

    @Test
    void theShownTorusIsKeptOnlyWithTheKeepMarginFreeOnEverySide() throws Exception {
        Pattern g = glider();
        int need = 3 + 2 * Placement.KEEP_MARGIN;
        assertThat(Placement.of(g, null, new GridSize(need, need)).size()).isEqualTo(new GridSize(need, need));
        assertThat(Placement.of(g, null, new GridSize(need - 1, 500)).size())
                .isEqualTo(new GridSize(3 + 2 * Placement.MARGIN, 3 + 2 * Placement.MARGIN));
        assertThat(Placement.of(g, null, new GridSize(500, need - 1)).size())
                .isEqualTo(new GridSize(3 + 2 * Placement.MARGIN, 3 + 2 * Placement.MARGIN));
    }

    @Test
    void withNoTorusTheBoxGetsAMarginOfAtLeastHalfItself() throws Exception {
        Pattern g = glider();
        Placement small = Placement.of(g, null, null);
        assertThat(small).isEqualTo(new Placement(new GridSize(67, 67), 32, 32));
        Pattern tall = Pattern.of(CellSet.of(0, 0, 9, 99), Rule.CONWAY,
                Metadata.EMPTY);
        Placement t = Placement.of(tall, null, null);
        assertThat(t.size()).isEqualTo(new GridSize(100 + 2 * 50, 10 + 2 * 32));
        assertThat(t.row()).isEqualTo(50);
        assertThat(t.col()).isEqualTo(32);
        assertThat(t.place(tall).isAlive(50, 32)).isTrue();
        assertThat(t.place(tall).isAlive(149, 41)).isTrue();
    }

    @Test
    void anEmptyPatternGetsAnEmptyTorus() {
        Pattern empty = Pattern.of(CellSet.of());
        Placement at = Placement.of(empty, null, null);
        assertThat(at.size()).isEqualTo(new GridSize(1 + 2 * Placement.MARGIN, 1 + 2 * Placement.MARGIN));
        assertThat(at.place(empty).population()).isZero();
    }

    @Test
    void aBoxLargerThanTheRequestedTorusWrapsRoundIt() throws Exception {
        // Two cells 10 columns apart on a 6-wide torus: centring shifts by (6 - 11) / 2 = -2.
        Pattern wide = Pattern.of(CellSet.of(0, 0, 10, 0), Rule.CONWAY,
                Metadata.EMPTY);
        Placement at = Placement.of(wide, new GridSize(3, 6), null);
        assertThat(at).isEqualTo(new Placement(new GridSize(3, 6), 1, -2));
        Grid g = at.place(wide);
        assertThat(g.isAlive(1, 4)).isTrue();
        assertThat(g.isAlive(1, 2)).isTrue();
        assertThat(g.population()).isEqualTo(2);
    }

    @Test
    void nearTheLimitsTheMarginGivesWayAndATooLargeBoxIsRefused() {
        int side = GridSize.MAX_SIDE;
        Pattern longLine = Pattern.of(CellSet.of(0, 0, side - 1, 0),
                Rule.CONWAY, Metadata.EMPTY);
        Placement at = Placement.of(longLine, null, null);
        // The width is clamped to the side limit; the height still gets its margin.
        assertThat(at.size().width()).isEqualTo(side);
        assertThat(at.size().height()).isEqualTo(1 + 2 * Placement.MARGIN);
        assertThat(at.col()).isZero();
        // A box whose margin would pass the cell limit runs on the box itself.
        Pattern square = Pattern.of(CellSet.of(0, 0, 32767, 32767), Rule.CONWAY, Metadata.EMPTY);
        assertThat(Placement.of(square, null, null)).isEqualTo(new Placement(new GridSize(32768, 32768), 0, 0));
        Pattern far = Pattern.of(CellSet.of(0, 0, side, side),
                Rule.CONWAY, Metadata.EMPTY);
        assertThatThrownBy(() -> Placement.of(far, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit of 1048576 cells a side");
        assertThat(Placement.of(far, new GridSize(10, 10), null).place(far).population()).isEqualTo(2);
    }
}
