package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every limit at its boundary, both sides of it, and a message that names the limit actually hit. */
class LimitBoundariesTest {

    private static Pattern box(int width, int height) {
        return new Pattern(CellSet.EMPTY, width, height, Rule.CONWAY, Metadata.EMPTY);
    }

    @Test
    void aBoxOneCellWiderThanATorusSideNamesTheSideLimit() {
        assertThat(box(GridSize.MAX_SIDE, 1).naturalSize()).isEqualTo(new GridSize(1, GridSize.MAX_SIDE));
        assertThatThrownBy(() -> box(GridSize.MAX_SIDE + 1, 1).naturalSize())
                .hasMessage("the pattern spans 1x1048577 cells (height x width), more than a torus's limit of"
                        + " 1048576 cells a side; choose a torus size");
        assertThatThrownBy(() -> box(1, GridSize.MAX_SIDE + 1).naturalSize())
                .hasMessageContaining("1048577x1 cells").hasMessageContaining("limit of 1048576 cells a side");
    }

    @Test
    void aBoxOneRowOverTheTotalNamesTheTotalLimit() {
        // 1024 × 1048576 is exactly 2^30 cells.
        assertThat(box(GridSize.MAX_SIDE, 1024).naturalSize()).isEqualTo(new GridSize(1024, GridSize.MAX_SIDE));
        assertThatThrownBy(() -> box(GridSize.MAX_SIDE, 1025).naturalSize())
                .hasMessage("the pattern spans 1025x1048576 cells (height x width), 1074790400 in all, more than a"
                        + " torus's limit of 1073741824 cells; choose a torus size");
    }

    @Test
    void twentyMillionCellsInARowNamesTheSideLimit() {
        assertThatThrownBy(() -> PatternReader.read("20000000o!", "row.rle").naturalSize())
                .hasMessageContaining("limit of 1048576 cells a side")
                .hasMessageNotContaining("1073741824");
    }

    @Test
    void gridSizeNamesTheLimitItHits() {
        assertThat(new GridSize(1, GridSize.MAX_SIDE).width()).isEqualTo(1 << 20);
        assertThat(new GridSize(1024, GridSize.MAX_SIDE).cells()).isEqualTo(1 << 30);
        assertThatThrownBy(() -> new GridSize(1, GridSize.MAX_SIDE + 1))
                .hasMessage("grid size 1x1048577 is too large: each side must be at most 1,048,576");
        assertThatThrownBy(() -> new GridSize(1025, GridSize.MAX_SIDE))
                .hasMessage("grid size 1025x1048576 has 1,074,790,400 cells, more than the limit of 1,073,741,824");
        assertThatThrownBy(() -> GridSize.parse("1048577x1"))
                .hasMessageContaining("each side must be at most 1,048,576");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "#Life 1.06\\n1000000000 -1000000000\\n   | 1000000000  | -1000000000",
            "#Life 1.06\\n-1000000000 1000000000\\n   | -1000000000 | 1000000000",
            "#CXRLE Pos=1000000000,-1000000000\\no! | 1000000000  | -1000000000",
            "#CXRLE Pos=-1000000000,1000000000\\no! | -1000000000 | 1000000000",
            "#P 1000000000 -1000000000\\no!         | 1000000000  | -1000000000",
            "!Position: -1000000000,1000000000\\nO  | -1000000000 | 1000000000",
            "#Life 1.05\\n#P 1000000000 -1000000000\\n* | 1000000000 | -1000000000",
    })
    void coordinatesAtTheLimitAreRead(String text, long x, long y) throws Exception {
        Pattern p = PatternReader.read(text.replace("\\n", "\n"), "edge");
        assertThat(p.population()).isEqualTo(1);
        assertThat(p.metadata().position()).isEqualTo(new Position(x, y));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "#Life 1.06\\n1000000001 0\\n       | edge:2:1: x coordinate '1000000001' is beyond the limit of ±1000000000",
            "#Life 1.06\\n-1000000001 0\\n      | edge:2:1: x coordinate '-1000000001' is beyond the limit of ±1000000000",
            "#Life 1.06\\n0 1000000001\\n       | edge:2:3: y coordinate '1000000001' is beyond the limit of ±1000000000",
            "#Life 1.06\\n0 -1000000001\\n      | edge:2:3: y coordinate '-1000000001' is beyond the limit of ±1000000000",
            "#CXRLE Pos=-900000000000000001,0\\no! | edge:1:12: x position '-900000000000000001' is beyond the limit of ±900000000000000000",
            "#CXRLE Pos=0,900000000000000001\\no!  | edge:1:14: y position '900000000000000001' is beyond the limit of ±900000000000000000",
            "#Life 1.05\\n#P 0 -1000000001\\n*  | edge:2:6: block y '-1000000001' is beyond the limit of ±1000000000",
    })
    void coordinatesOneBeyondTheLimitAreRefused(String text, String message) {
        assertThatThrownBy(() -> PatternReader.read(text.replace("\\n", "\n"), "edge"))
                .isInstanceOf(PatternFormatException.class).hasMessage(message);
    }

    @Test
    void extentsAtTheLimitAreReadAndOneMoreIsRefused() throws Exception {
        assertThat(PatternReader.read("999999999bo!", "w.rle").width()).isEqualTo(1_000_000_000);
        assertThatThrownBy(() -> PatternReader.read("1000000000bo!", "w.rle"))
                .hasMessageContaining("wider than the limit of 1000000000 columns");
        assertThat(PatternReader.read("999999999$o!", "t.rle").height()).isEqualTo(1_000_000_000);
        assertThatThrownBy(() -> PatternReader.read("1000000000$o!", "t.rle"))
                .hasMessageContaining("taller than the limit of 1000000000 rows");
        assertThat(PatternReader.read("#Life 1.06\n0 0\n999999999 0\n", "w.lif").width()).isEqualTo(1_000_000_000);
        assertThatThrownBy(() -> PatternReader.read("#Life 1.06\n0 0\n1000000000 0\n", "w.lif"))
                .hasMessageContaining("wider or taller than the limit of 1000000000 cells");
        assertThat(PatternReader.read("#Life 1.06\n0 0\n0 -999999999\n", "t.lif").height()).isEqualTo(1_000_000_000);
        assertThatThrownBy(() -> PatternReader.read("#Life 1.06\n0 0\n0 -1000000000\n", "t.lif"))
                .hasMessageContaining("wider or taller than the limit of 1000000000 cells");
    }

    @Test
    void theCellLimitAtItsBoundary() throws Exception {
        PatternLimits small = new PatternLimits(10, 1_000_000_000, 1_000_000_000, 80);
        assertThat(PatternReader.read("10o!", "ten.rle", small).population()).isEqualTo(10);
        assertThatThrownBy(() -> PatternReader.read("10o$o!", "eleven.rle", small))
                .hasMessage("eleven.rle:1:5: the pattern has more than 10 live cells, the most LifeFX reads");
        assertThatThrownBy(() -> PatternReader.read("11o!", "eleven.rle", small))
                .hasMessage("eleven.rle:1:1: the pattern has more than 10 live cells, the most LifeFX reads");
    }
}
