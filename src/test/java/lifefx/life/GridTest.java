package lifefx.life;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridTest {

    @Test
    void bothAxesWrapAsInTheArticle() {
        Grid g = Grid.parseRows(
                "*----",
                "-----",
                "----*");
        assertThat(g.isAlive(0, 0)).isTrue();
        assertThat(g.isAlive(3, 5)).isTrue();
        assertThat(g.isAlive(-1, -1)).isTrue();
        assertThat(g.isAlive(-3, 10)).isTrue();
        assertThat(g.isAlive(0, 1)).isFalse();
        // (0,0)'s up-left neighbour wraps to (2,4).
        assertThat(g.liveNeighbours(0, 0)).isEqualTo(1);
        assertThat(g.liveNeighbours(2, 4)).isEqualTo(1);
        assertThat(g.liveNeighbours(1, 2)).isZero();
    }

    @Test
    void tinyToriCountTheSameCellOncePerDirection() {
        assertThat(Grid.parseRows("*").liveNeighbours(0, 0)).isEqualTo(8);
        // On 1x2, a cell's left and right neighbours are the same other cell, three rows over.
        Grid oneByTwo = Grid.parseRows("*-");
        assertThat(oneByTwo.liveNeighbours(0, 1)).isEqualTo(6);
        assertThat(oneByTwo.liveNeighbours(0, 0)).isEqualTo(2);
        Grid twoByTwo = Grid.parseRows("*-", "--");
        assertThat(twoByTwo.liveNeighbours(1, 1)).isEqualTo(4);
    }

    @Test
    void populationGenerationAndEquality() {
        Grid g = Grid.parseRows("**-", "-*-");
        assertThat(g.population()).isEqualTo(3);
        assertThat(g.generation()).isZero();
        Grid later = g.withGeneration(7);
        assertThat(later.generation()).isEqualTo(7);
        assertThat(later.sameCells(g)).isTrue();
        assertThat(later).isNotEqualTo(g);
        assertThat(g.toBuilder().build(0)).isEqualTo(g).hasSameHashCodeAs(g);
    }

    @Test
    void digestIsStableAndSensitive() {
        Grid glider = Grid.parseRows("-*---", "--*--", "***--", "-----");
        // Pinned (checked with Python hashlib: sha256(b"4x5;" + bytes([0x82, 0x1c, 0x00]))): a change to the digest breaks comparisons with digests recorded elsewhere.
        assertThat(glider.digest()).isEqualTo(glider.digest()).hasSize(16).isEqualTo(GLIDER_DIGEST);
        assertThat(glider.withGeneration(9).digest()).isEqualTo(glider.digest());
        assertThat(glider.toBuilder().set(3, 4, true).build(0).digest()).isNotEqualTo(glider.digest());
        // Same cells in a different shape differ.
        Grid a = Grid.parseRows("*-", "--");
        Grid b = Grid.parseRows("*---");
        assertThat(a.digest()).isNotEqualTo(b.digest());
    }

    private static final String GLIDER_DIGEST = "bbe50fa1fde3c366";

    @Test
    void builderHandsItsCellsOverOnce() {
        Grid.Builder b = new Grid.Builder(new GridSize(2, 2));
        b.set(-1, -1, true);
        Grid g = b.build(3);
        assertThat(g.isAlive(1, 1)).isTrue();
        assertThat(g.generation()).isEqualTo(3);
        assertThatThrownBy(() -> b.set(0, 0, true)).isInstanceOf(IllegalStateException.class);
        assertThat(g.population()).isEqualTo(1);
    }

    @Test
    void tenThousandSquaredIsAllowed() {
        GridSize size = new GridSize(10_000, 10_000);
        assertThat(size.cells()).isEqualTo(100_000_000);
        Grid g = Grid.empty(size);
        assertThat(g.population()).isZero();
        assertThat(g.isAlive(9_999, 9_999)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "500x900    | 500 | 900",
            "5X9        | 5   | 9",
            "' 50 x 90 '| 50  | 90",
            "1×1        | 1   | 1",
    })
    void gridSizeParsesHeightFirst(String text, int h, int w) {
        assertThat(GridSize.parse(text)).isEqualTo(new GridSize(h, w));
        assertThat(GridSize.parse(text).toString()).isEqualTo(h + "x" + w);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5y9         | expected HEIGHTxWIDTH",
            "0x9         | too small",
            "x9          | height '' is not a whole number",
            "5x-9        | width '-9' is not a whole number",
            "99999999999x2 | larger than",
            "40000x40000 | more than the limit",
            "''          | empty grid size",
    })
    void badGridSizesSayWhy(String text, String message) {
        assertThatThrownBy(() -> GridSize.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
