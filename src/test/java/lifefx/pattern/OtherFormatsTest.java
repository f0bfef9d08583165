package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/** Plaintext, Life 1.05 and 1.06, and telling the formats apart by content. */
class OtherFormatsTest {

    private static final CellSet GLIDER = CellSet.of(1, 0, 2, 1, 0, 2, 1, 2, 2, 2);

    @Test
    void plaintextWithRaggedRowsBlankRowsAndComments() throws Exception {
        Pattern p = PatternReader.read("!Name: Glider\r\n!Author: Richard K. Guy\r\n!The smallest spaceship.\r\n!\r\n"
                + ".O\r\n..O  \r\nOOO\r\n\r\n", "glider.cells");
        assertThat(p.cells()).isEqualTo(GLIDER);
        assertThat(p.metadata()).isEqualTo(new Metadata("Glider", "Richard K. Guy",
                List.of("The smallest spaceship.", ""), null));
        assertThat(p.width()).isEqualTo(3);
        assertThat(p.height()).isEqualTo(3);
        Pattern gap = PatternReader.read("O\n\n.\n*", "gap.cells");
        assertThat(gap.cells()).isEqualTo(CellSet.of(0, 0, 0, 3));
    }

    @Test
    void plaintextErrorsPointAtTheCharacter() {
        assertThatThrownBy(() -> PatternReader.read("!Name: x\n.O.\n.OX\n", "bad.cells"))
                .hasMessage("bad.cells:3:3: expected '.' (dead) or 'O' (alive), found 'X'");
        assertThatThrownBy(() -> PatternReader.read(".O. O\n", "space.cells"))
                .hasMessage("space.cells:1:5: expected '.' (dead) or 'O' (alive), found 'O'");
    }

    @Test
    void plaintextKeysThatDoNotParseStayComments() throws Exception {
        Pattern p = PatternReader.read("!Rule: of thumb\n!Position: here\nO\n", "keys.cells");
        assertThat(p.rule()).isEqualTo(Rule.CONWAY);
        assertThat(p.metadata().comments()).containsExactly("Rule: of thumb", "Position: here");
        Pattern q = PatternReader.read("!Rule: B36/S23\n!Position: -4,7\nO\n", "keys.cells");
        assertThat(q.rule()).isEqualTo(Rule.parse("B36/S23"));
        assertThat(q.metadata().position()).isEqualTo(new Position(-4, 7));
    }

    @Test
    void life106WithNegativeCoordinates() throws Exception {
        Pattern p = PatternReader.read("#Life 1.06\n#N Glider\n#R 23/3\n 0 -1\n1 0\n-1 1\n0 1\n1 1\n1 1\n\n", "g.lif");
        assertThat(p.cells()).isEqualTo(GLIDER);
        assertThat(p.metadata().position()).isEqualTo(new Position(-1, -1));
        assertThat(p.metadata().name()).isEqualTo("Glider");
        assertThat(p.rule()).isEqualTo(Rule.CONWAY);
        assertThat(PatternWriter.write(p, PatternFormat.LIFE_106))
                .isEqualTo("#Life 1.06\n0 -1\n1 0\n-1 1\n0 1\n1 1\n");
    }

    @Test
    void life106WithoutItsHeaderIsRecognised() throws Exception {
        assertThat(PatternReader.detect("1 0\n2 1\n0 2\n1 2\n2 2\n")).isEqualTo(PatternFormat.LIFE_106);
        assertThat(PatternReader.read("1 0\n2 1\n0 2\n1 2\n2 2\n", "paste").cells()).isEqualTo(GLIDER);
    }

    @Test
    void life106ErrorsPointAtTheToken() {
        assertThatThrownBy(() -> PatternReader.read("#Life 1.06\n0 0\n1 x\n", "bad.lif"))
                .hasMessage("bad.lif:3:3: expected a whole number (y coordinate), found 'x'");
        assertThatThrownBy(() -> PatternReader.read("#Life 1.06\n0 0 0\n", "bad.lif"))
                .hasMessage("bad.lif:2:5: expected the end of the line after the x y pair, found '0'");
        assertThatThrownBy(() -> PatternReader.read("#Life 1.07\n0 0\n", "v.lif"))
                .hasMessage("v.lif:1:1: expected '#Life 1.05' or '#Life 1.06', found '#Life 1.07'");
    }

    @Test
    void life105BlocksNormalRulesAndComments() throws Exception {
        String text = "#Life 1.05\n#D A glider in two blocks\n#N\n#P -1 -1\n.*\n#P -1 0\n..*\n***\n";
        Pattern p = PatternReader.read(text, "g.lif");
        assertThat(PatternReader.detect(text)).isEqualTo(PatternFormat.LIFE_105);
        assertThat(p.cells()).isEqualTo(GLIDER);
        assertThat(p.rule()).isEqualTo(Rule.CONWAY);
        assertThat(p.metadata().comments()).containsExactly("A glider in two blocks");
        assertThat(p.metadata().position()).isEqualTo(new Position(-1, -1));
        assertThat(PatternReader.read("#Life 1.05\n#R 23/36\n*\n", "r.lif").rule()).isEqualTo(Rule.parse("B36/S23"));
        assertThat(PatternReader.read("#Life 1.05\n#R B234\n*\n", "r.lif").rule()).isEqualTo(Rule.parse("B234/S"));
    }

    @Test
    void life105WithoutItsVersionLine() throws Exception {
        String text = "#D old file\n#P 0 0\n.*\n..*\n***\n";
        assertThat(PatternReader.detect(text)).isEqualTo(PatternFormat.LIFE_105);
        assertThat(PatternReader.read(text, "old.lif").cells()).isEqualTo(GLIDER);
    }

    @Test
    void life105WrittenByTheFuzzerReadsBack() throws Exception {
        for (PatternLibrary.Entry e : PatternLibrary.builtIn().entries()) {
            Pattern p = e.pattern();
            assertThat(PatternReader.read(FuzzTest.life105(p), "lib.lif").cells()).as(e.name())
                    .isEqualTo(p.normalized().cells());
        }
    }

    @Test
    void life105ErrorsPointAtTheCharacter() {
        assertThatThrownBy(() -> PatternReader.read("#Life 1.05\n#P 0 0\n.*.\n*+\n", "bad.lif"))
                .hasMessage("bad.lif:4:2: expected '.' (dead) or '*' (alive), found '+'");
        assertThatThrownBy(() -> PatternReader.read("#Life 1.05\n#P 0 y\n*\n", "bad.lif"))
                .hasMessage("bad.lif:2:6: expected a whole number (block y), found 'y'");
    }

    @Test
    void detectionLooksAtContentNotNames() throws Exception {
        assertThat(PatternReader.detect("x = 3, y = 3\nbo$2bo$3o!")).isEqualTo(PatternFormat.RLE);
        assertThat(PatternReader.detect("bo$2bo$3o!")).isEqualTo(PatternFormat.RLE);
        assertThat(PatternReader.detect("#C comment\nbo$2bo$3o!")).isEqualTo(PatternFormat.RLE);
        assertThat(PatternReader.detect("\n\n.O\n..O\nOOO")).isEqualTo(PatternFormat.PLAINTEXT);
        assertThat(PatternReader.detect("!Name: x\nO")).isEqualTo(PatternFormat.PLAINTEXT);
        assertThat(PatternReader.detect("\uFEFF#Life 1.06\n0 0")).isEqualTo(PatternFormat.LIFE_106);
        assertThat(PatternReader.read("\uFEFFx = 1, y = 1\r\no!", "bom.rle").population()).isEqualTo(1);
        assertThatThrownBy(() -> PatternReader.detect("  \n\t\n")).hasMessageContaining("found only blank lines");
    }

    @Test
    void formatForFileName() {
        assertThat(PatternFormat.forFileName("out/Glider.RLE")).isEqualTo(PatternFormat.RLE);
        assertThat(PatternFormat.forFileName("glider.cells")).isEqualTo(PatternFormat.PLAINTEXT);
        assertThat(PatternFormat.forFileName("glider.lif")).isEqualTo(PatternFormat.LIFE_106);
        assertThatThrownBy(() -> PatternFormat.forFileName("glider.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot tell which format to write 'glider.txt' in: use a name ending in .rle, .cells, .lif or .mc");
        assertThatThrownBy(() -> PatternWriter.write(Pattern.of(GLIDER), PatternFormat.LIFE_105))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not write it");
    }

    @Test
    void missingFilesAndFoldersAreOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertThatThrownBy(() -> PatternReader.read(dir.resolve("nope.rle")))
                .isInstanceOf(PatternFormatException.class)
                .hasMessageStartingWith("nope.rle: no such file");
        assertThatThrownBy(() -> PatternReader.read(dir))
                .hasMessageEndingWith(": is a folder, not a pattern file");
    }
}
