package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

class RleReaderTest {

    private static Pattern read(String text) throws PatternFormatException {
        return PatternReader.read(text, "t.rle");
    }

    @Test
    void readsAGliderWithHeaderAndMetadata() throws Exception {
        Pattern p = read("#N Glider\r\n#O Richard K. Guy\r\n#C A comment\r\n#C\r\n"
                + "x = 3, y = 3, rule = B3/S23\r\nbo$2bo$3o!\r\n");
        assertThat(p.cells()).isEqualTo(CellSet.of(1, 0, 2, 1, 0, 2, 1, 2, 2, 2));
        assertThat(p.population()).isEqualTo(5);
        assertThat(p.width()).isEqualTo(3);
        assertThat(p.height()).isEqualTo(3);
        assertThat(p.rule()).isEqualTo(Rule.CONWAY);
        assertThat(p.metadata()).isEqualTo(new Metadata("Glider", "Richard K. Guy", List.of("A comment", ""), null));
        assertThat(p.boundingBox()).contains(new Bounds(0, 0, 2, 2));
    }

    @Test
    void readsWithoutHeaderAndWithWhiteSpaceAnywhere() throws Exception {
        Pattern p = read("  b o \n $ 2 b\no$\r\n3o  ! this is ignored: zzz");
        assertThat(p.cells()).isEqualTo(CellSet.of(1, 0, 2, 1, 0, 2, 1, 2, 2, 2));
        assertThat(p.rule()).isEqualTo(Rule.CONWAY);
    }

    @Test
    void keepsLeadingEmptyRowsAndColumnsRelativeToTheOrigin() throws Exception {
        Pattern p = read("x = 10, y = 8\n2$3bo!");
        assertThat(p.cells()).isEqualTo(CellSet.of(3, 2));
        assertThat(p.width()).isEqualTo(10);
        assertThat(p.height()).isEqualTo(8);
        assertThat(p.naturalSize()).isEqualTo(new GridSize(8, 10));
    }

    @Test
    void readsPositionFromXrleAndXlifeLines() throws Exception {
        assertThat(read("#CXRLE Pos=-5,7 Gen=12\nx = 1, y = 1\no!").metadata().position())
                .isEqualTo(new Position(-5, 7));
        assertThat(read("#P 3 -4\no!").metadata().position()).isEqualTo(new Position(3, -4));
        assertThat(read("#R 2 2\no!").metadata().position()).isEqualTo(new Position(2, 2));
    }

    @Test
    void readsRulesInEveryForm() throws Exception {
        assertThat(read("x = 1, y = 1, rule = 23/3\no!").rule()).isEqualTo(Rule.CONWAY);
        assertThat(read("x=1,y=1,rule=B36/S23\no!").rule()).isEqualTo(Rule.parse("B36/S23"));
        assertThat(read("x = 1, y = 1, rule = B3/S23:T10,20\no!").rule().torus()).isEqualTo(new GridSize(20, 10));
        assertThat(read("#r 23/36\no!").rule()).isEqualTo(Rule.parse("B36/S23"));
        assertThat(read("x = 1, y = 1, rule = Life\no!").rule()).isEqualTo(Rule.CONWAY);
        assertThat(read("x = 1, y = 1, rule = b3/s23\no!").rule()).isEqualTo(Rule.CONWAY);
    }

    @Test
    void aMillionCellsReadAndWriteWellWithinADeadline() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            java.util.Random rnd = new java.util.Random(1);
            long[] keys = new long[1_000_000];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = CellSet.key(rnd.nextInt(2000), rnd.nextInt(2000));
            }
            Pattern p = Pattern.of(CellSet.ofKeys(keys));
            for (PatternFormat f : List.of(PatternFormat.RLE, PatternFormat.PLAINTEXT, PatternFormat.LIFE_106)) {
                Pattern back = PatternReader.read(PatternWriter.write(p, f), "big");
                assertThat(back.cells()).as(f.toString()).isEqualTo(p.cells());
            }
        });
    }

    @Test
    void pointsAtAnUnexpectedLetter() {
        assertThatThrownBy(() -> read("#N x\nx = 3, y = 3\nbo$2boz"))
                .isInstanceOf(PatternFormatException.class)
                .hasMessage("t.rle:3:7: expected a run count or one of b o $ !, found 'z'")
                .satisfies(e -> {
                    PatternFormatException pfe = (PatternFormatException) e;
                    assertThat(pfe.line()).isEqualTo(3);
                    assertThat(pfe.column()).isEqualTo(7);
                    assertThat(pfe.expected()).isEqualTo("a run count or one of b o $ !");
                    assertThat(pfe.found()).isEqualTo("'z'");
                    assertThat(pfe.sourceName()).isEqualTo("t.rle");
                });
    }

    @Test
    void refusesMultiStatePatternsClearly() {
        assertThatThrownBy(() -> read("x = 3, y = 1, rule = B3/S23\n.AB!"))
                .isInstanceOf(PatternFormatException.class)
                .hasMessageStartingWith("t.rle:2:1: not a two-state pattern");
        assertThatThrownBy(() -> read("x = 3, y = 1\n2oA!"))
                .hasMessageStartingWith("t.rle:2:3: not a two-state pattern");
    }

    @Test
    void refusesTheRunCountBombAtItsFirstDigit() {
        assertThatThrownBy(() -> read("999999999999o!"))
                .isInstanceOf(PatternFormatException.class)
                .hasMessageStartingWith("t.rle:1:1: run count 9999999999")
                .hasMessageContaining("larger than the limit of 1000000000");
    }

    @Test
    void aHeaderBeyondTheLimitIsIgnoredAndTheCellsDecide() throws Exception {
        Pattern p = read("x = 2147483648, y = 1, rule = B3/S23\no!");
        assertThat(p.population()).isEqualTo(1);
        assertThat(p.width()).isEqualTo(1);
    }

    @Test
    void badHeadersAndRulesPointAtTheFault() {
        assertThatThrownBy(() -> read("x = 3, y = q\no!")).hasMessage(
                "t.rle:1:12: expected a whole number of at least 0 (height y), found 'q'");
        assertThatThrownBy(() -> read("x = 3, y = 3, rule = LifeHistory\no!"))
                .hasMessageStartingWith("t.rle:1:22: not a two-state rule LifeFX can run");
        assertThatThrownBy(() -> read("")).hasMessage(
                "t.rle:1:1: expected a pattern (RLE, plaintext, Life 1.05 or 1.06), found end of input");
        assertThatThrownBy(() -> read("3")).hasMessage(
                "t.rle:1:2: expected one of b o $ after the run count 3, found end of input");
    }
}
