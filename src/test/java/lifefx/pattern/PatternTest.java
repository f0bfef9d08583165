package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

class PatternTest {

    @Test
    void cellKeysSortRowMajorAlsoForNegativeCoordinates() {
        CellSet c = CellSet.of(5, -1, -7, -1, 0, 0, -3, 2, 3, 2, 3, 2);
        assertThat(c.size()).isEqualTo(5);
        assertThat(c.toString()).isEqualTo("CellSet[size=5: (-7,-1) (5,-1) (0,0) (-3,2) (3,2)]");
        assertThat(c.minX()).isEqualTo(-7);
        assertThat(c.maxX()).isEqualTo(5);
        assertThat(c.minY()).isEqualTo(-1);
        assertThat(c.maxY()).isEqualTo(2);
        assertThat(c.contains(-3, 2)).isTrue();
        assertThat(c.contains(3, -2)).isFalse();
        int[] extremes = {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0};
        for (int x : extremes) {
            for (int y : extremes) {
                long k = CellSet.key(x, y);
                assertThat(CellSet.keyX(k)).isEqualTo(x);
                assertThat(CellSet.keyY(k)).isEqualTo(y);
            }
        }
    }

    @Test
    void toGridPutsTheOriginAtRowZeroColumnZeroAndWraps() {
        Pattern p = Pattern.of(CellSet.of(0, 0, 4, 1, 7, 3));
        Grid g = p.toGrid(new GridSize(3, 5));
        assertThat(g.isAlive(0, 0)).isTrue();
        assertThat(g.isAlive(1, 4)).isTrue();
        assertThat(g.isAlive(0, 2)).isTrue(); // (7,3) wraps to column 2, row 0
        assertThat(g.population()).isEqualTo(3);
        assertThat(g.generation()).isZero();
    }

    @Test
    void fromGridKeepsTheWholeTorus() throws Exception {
        Grid g = Grid.parseRows("-----", "--*--", "-----", "---**");
        Pattern p = Pattern.fromGrid(g, Rule.CONWAY);
        assertThat(p.width()).isEqualTo(5);
        assertThat(p.height()).isEqualTo(4);
        assertThat(p.cells()).isEqualTo(CellSet.of(2, 1, 3, 3, 4, 3));
        String rle = PatternWriter.write(p, PatternFormat.RLE);
        assertThat(rle).isEqualTo("x = 5, y = 4, rule = B3/S23\n$2bo2$3b2o!\n");
        Pattern back = PatternReader.read(rle, "t.rle");
        assertThat(back.naturalSize()).isEqualTo(new GridSize(4, 5));
        assertThat(back.toGrid(new GridSize(4, 5))).isEqualTo(g);
        Pattern torus = Pattern.fromGrid(g, Rule.CONWAY.withTorus(g.size()));
        assertThat(PatternWriter.write(torus, PatternFormat.RLE)).startsWith("x = 5, y = 4, rule = B3/S23:T5,4\n");
        Pattern empty = Pattern.fromGrid(Grid.empty(new GridSize(3, 7)), Rule.CONWAY);
        assertThat(PatternWriter.write(empty, PatternFormat.RLE)).isEqualTo("x = 7, y = 3, rule = B3/S23\n!\n");
        assertThat(PatternReader.read(PatternWriter.write(empty, PatternFormat.RLE), "e").naturalSize())
                .isEqualTo(new GridSize(3, 7));
    }

    @Test
    void naturalSizePrefersTheTorusThenTheBox() {
        Pattern p = Pattern.of(CellSet.of(3, 1));
        assertThat(p.naturalSize()).isEqualTo(new GridSize(2, 4));
        assertThat(p.withRule(Rule.parse("B3/S23:T10,20")).naturalSize()).isEqualTo(new GridSize(20, 10));
        assertThat(Pattern.of(CellSet.EMPTY).naturalSize()).isEqualTo(new GridSize(1, 1));
    }

    @Test
    void normalizedMovesTheOriginToTheCellsAndThePositionWithIt() {
        Pattern p = new Pattern(CellSet.of(3, 2, 4, 5), 10, 10, Rule.CONWAY,
                Metadata.EMPTY.withPosition(new Position(-10, 1)));
        Pattern n = p.normalized();
        assertThat(n.cells()).isEqualTo(CellSet.of(0, 0, 1, 3));
        assertThat(n.width()).isEqualTo(2);
        assertThat(n.height()).isEqualTo(4);
        assertThat(n.metadata().position()).isEqualTo(new Position(-7, 3));
    }

    @Test
    void valuesAreValidated() {
        assertThatThrownBy(() -> new Pattern(CellSet.of(-1, 0), 5, 5, Rule.CONWAY, Metadata.EMPTY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("left of or above the origin");
        assertThatThrownBy(() -> new Pattern(CellSet.of(5, 0), 5, 5, Rule.CONWAY, Metadata.EMPTY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the box");
        assertThatThrownBy(() -> new Metadata("two\nlines", null, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        Metadata m = new Metadata("  Glider ", " ", List.of(" a ", ""), Position.ORIGIN);
        assertThat(m).isEqualTo(new Metadata("Glider", null, List.of("a", ""), null));
        assertThat(m.description()).isEqualTo("a");
    }

    @Test
    void rleLinesBreakBetweenItemsAtSeventyCharacters() throws Exception {
        int[] xy = new int[2 * 200];
        for (int i = 0; i < 200; i++) {
            xy[2 * i] = 3 * i;
            xy[2 * i + 1] = i % 3 == 0 ? 0 : 1;
        }
        Pattern p = Pattern.of(CellSet.of(xy));
        String rle = PatternWriter.write(p, PatternFormat.RLE);
        List<String> body = rle.lines().skip(1).toList();
        assertThat(body).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(70));
        assertThat(body.stream().filter(l -> l.length() >= 68)).isNotEmpty();
        // No item is split: every line ends after a b, o, $ or !.
        assertThat(body).allSatisfy(l -> assertThat(l).matches(".*[bo$!]"));
        assertThat(PatternReader.read(rle, "long.rle")).isEqualTo(p);
    }
}
