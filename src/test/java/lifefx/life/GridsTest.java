package lifefx.life;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GridsTest {

    @Test
    void resizeKeepsTheCellsCentred() {
        Grid g = Grid.parseRows(
                "----",
                "-**-",
                "-*--",
                "----");
        Grid bigger = Grids.resized(g, new GridSize(6, 8));
        assertThat(bigger.population()).isEqualTo(3);
        assertThat(bigger.isAlive(2, 3)).isTrue();
        assertThat(bigger.isAlive(2, 4)).isTrue();
        assertThat(bigger.isAlive(3, 3)).isTrue();
        Grid smaller = Grids.resized(bigger, new GridSize(2, 2));
        assertThat(smaller.sameCells(Grid.parseRows("**", "*-"))).isTrue();
        assertThat(Grids.resized(smaller, new GridSize(4, 4)).sameCells(g)).isTrue();
    }

    @Test
    void randomFillIsRepeatableAndHonoursDensity() {
        GridSize size = new GridSize(100, 100);
        Grid a = Grids.random(size, 0.3, 42, 7);
        assertThat(a).isEqualTo(Grids.random(size, 0.3, 42, 7));
        assertThat(a.generation()).isEqualTo(7);
        assertThat(a.population()).isBetween(2600, 3400);
        assertThat(Grids.random(size, 0, 1, 0).population()).isZero();
        assertThat(Grids.random(size, 1, 1, 0).population()).isEqualTo(10_000);
    }
}
