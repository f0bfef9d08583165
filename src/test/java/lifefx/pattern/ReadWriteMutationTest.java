package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers, the format detector and the writer at the edges that the other tests leave open,
 * found by mutation testing ({@code mvn -B -Ppit test}). Limits are small here (20 columns and
 * rows, 5 or 30 cells, 80-character lines) so each one is tested on both sides of its edge without
 * big inputs; the default limits' own edges are tested in {@link LimitsTest}.
 */
class ReadWriteMutationTest {

    /** 30 cells, coordinates within ±100, 20 columns and rows, lines of 80 characters. */
    private static final PatternLimits SMALL = new PatternLimits(30, 100, 20, 80);
    /** As {@link #SMALL}, with only 5 cells. */
    private static final PatternLimits FEW = new PatternLimits(5, 100, 20, 80);

    private static Pattern read(String text, String name, PatternLimits limits) throws PatternFormatException {
        return PatternReader.read(text, name, limits);
    }

    private static void refused(String text, String name, PatternLimits limits, String message) {
        assertThatThrownBy(() -> read(text, name, limits)).isInstanceOf(PatternFormatException.class)
                .hasMessage(message);
    }

    // ---- RLE ----

    @Test
    void rleRunsMayReachTheExtentButNotPassIt() throws Exception {
        assertThat(read("20o!", "t.rle", SMALL).width()).isEqualTo(20);
        assertThat(read("10o10o!", "t.rle", SMALL).population()).isEqualTo(20);
        Pattern lastColumn = read("19bo!", "t.rle", SMALL);
        assertThat(lastColumn.cells()).isEqualTo(CellSet.of(19, 0));
        assertThat(lastColumn.width()).isEqualTo(20);
        refused("20b o!", "t.rle", SMALL, "t.rle:1:5: the pattern is wider than the limit of 20 columns");
        refused("20bb!", "t.rle", SMALL, "t.rle:1:4: the pattern is wider than the limit of 20 columns");
        refused("19b2o!", "t.rle", SMALL, "t.rle:1:4: the pattern is wider than the limit of 20 columns");
        refused("21o!", "t.rle", SMALL, "t.rle:1:1: run count 21 is larger than the limit of 20");
        refused("bo123o!", "t.rle", SMALL, "t.rle:1:3: run count 123 is larger than the limit of 20");
    }

    @Test
    void rleRowsMayReachTheExtentButNotPassIt() throws Exception {
        Pattern p = read("19$o!", "t.rle", SMALL);
        assertThat(p.cells()).isEqualTo(CellSet.of(0, 19));
        assertThat(p.height()).isEqualTo(20);
        refused("o20$o!", "t.rle", SMALL, "t.rle:1:2: the pattern is taller than the limit of 20 rows");
        refused("o$18$o$o!", "t.rle", SMALL, "t.rle:1:7: the pattern is taller than the limit of 20 rows");
    }

    @Test
    void rleCellsMayReachTheCellLimitButNotPassIt() throws Exception {
        assertThat(read("5o!", "t.rle", FEW).population()).isEqualTo(5);
        refused("6o!", "t.rle", FEW, "t.rle:1:1: the pattern has more than 5 live cells, the most LifeFX reads");
        refused("3o$bo2b2o!", "t.rle", FEW, "t.rle:1:8: the pattern has more than 5 live cells, the most LifeFX reads");
    }

    @Test
    void rleRunItemsAndWhiteSpace() throws Exception {
        refused("0o!", "t.rle", SMALL, "t.rle:1:1: a run count must be at least 1, found 0");
        // A leading zero is just a digit: 02 is 2.
        assertThat(read("b02o!", "t.rle", SMALL).cells()).isEqualTo(CellSet.of(1, 0, 2, 0));
        assertThat(read("2b\f\u000Bo!", "t.rle", SMALL).cells()).isEqualTo(CellSet.of(2, 0));
        Pattern noBang = read("2o$bo", "t.rle", SMALL);
        assertThat(noBang.cells()).isEqualTo(CellSet.of(0, 0, 1, 0, 1, 1));
        assertThat(noBang.height()).isEqualTo(2);
        Pattern trailingRows = read("o3$!", "t.rle", SMALL);
        assertThat(trailingRows.height()).isEqualTo(1);
        assertThat(trailingRows.width()).isEqualTo(1);
        Pattern blanks = read("b$b!", "t.rle", SMALL);
        assertThat(blanks.population()).isZero();
        assertThat(blanks.width()).isZero();
        refused("2o$z!", "t.rle", SMALL, "t.rle:1:4: expected a run count or one of b o $ !, found 'z'");
        refused("2o$3z!", "t.rle", SMALL, "t.rle:1:5: expected one of b o $ after the run count 3, found 'z'");
        refused("o$\r\r\nz!", "t.rle", SMALL, "t.rle:3:1: expected a run count or one of b o $ !, found 'z'");
        refused("3o$2B!", "t.rle", SMALL, "t.rle:1:5: not a two-state pattern: 'B' is a cell state of a multi-state "
                + "rule, and LifeFX reads only b (dead) and o (alive)");
    }

    @Test
    void multiStateLettersAreExactlyThoseOfMultiStateRle() {
        for (char c : "ABWXpqxy.".toCharArray()) {
            assertThat(RleReader.isMultiState(c)).as("%s", c).isTrue();
        }
        for (char c : "@YZ[ozbo$!".toCharArray()) {
            assertThat(RleReader.isMultiState(c)).as("%s", c).isFalse();
        }
    }

    @Test
    void rleHeaderWidensTheBoxWithinTheLimit() throws Exception {
        Pattern p = read("x = 5, y = 4\no!", "t.rle", SMALL);
        assertThat(p.width()).isEqualTo(5);
        assertThat(p.height()).isEqualTo(4);
        Pattern atLimit = read("x = 20, y = 21\no!", "t.rle", SMALL);
        assertThat(atLimit.width()).isEqualTo(20);
        assertThat(atLimit.height()).isEqualTo(1);
        Pattern smallHeader = read("x = 1, y = 1\n3o!", "t.rle", SMALL);
        assertThat(smallHeader.width()).isEqualTo(3);
    }

    @Test
    void rleHeaderFaultsPointAtTheirPlace() {
        refused("x = 3 y = 3\no!", "t.rle", SMALL, "t.rle:1:7: expected ',' or the end of the header line, found 'y'");
        refused("x = 3, z = 1\no!", "t.rle", SMALL, "t.rle:1:8: expected x =, y = or rule = in the header, found 'z'");
        refused("x = 3, y = 3, rule =  \no!", "t.rle", SMALL,
                "t.rle:1:23: expected a rule such as B3/S23, found end of line");
        refused("x 3\no!", "t.rle", SMALL, "t.rle:1:3: expected '=' after x, found '3'");
        refused("x = 1, y 1\no!", "t.rle", SMALL, "t.rle:1:10: expected '=' after y, found '1'");
        refused("x = 1, rule B3/S23\no!", "t.rle", SMALL, "t.rle:1:13: expected '=' after rule, found 'B'");
        refused("x = -1\no!", "t.rle", SMALL, "t.rle:1:5: expected a whole number of at least 0 (width x), found '-'");
    }

    @Test
    void rleHashLinesFillTheMetadata() throws Exception {
        Pattern p = read("#\n#O  me \n#D d\n#c c\n#N n\n#Z z\n#C\nx = 1, y = 1, rule = B36/S23\no!", "t.rle", SMALL);
        assertThat(p.metadata()).isEqualTo(new Metadata("n", "me", List.of("d", "c", ""), null));
        assertThat(p.rule()).isEqualTo(Rule.parse("B36/S23"));
        assertThat(read("#r B36/S23\nx = 1, y = 1, rule = B3/S23\no!", "t.rle", SMALL).rule()).isEqualTo(Rule.CONWAY);
        assertThat(read("#r B36/S23\nx = 1, y = 1\no!", "t.rle", SMALL).rule()).isEqualTo(Rule.parse("B36/S23"));
        refused("#r Q\no!", "t.rle", SMALL, "t.rle:1:3: not a two-state rule LifeFX can run (bad rule 'Q': expected "
                + "B…/S… (as in B3/S23) or survival/birth (as in 23/3))");
    }

    @Test
    void xrlePositionsAmongOtherWords() throws Exception {
        assertThat(read("#CXRLE Gen=5 Pos=1,-2\no!", "t.rle", SMALL).metadata().position())
                .isEqualTo(new Position(1, -2));
        assertThat(read("#CXRLE Pos=+3,4\t Gen=7\no!", "t.rle", SMALL).metadata().position())
                .isEqualTo(new Position(3, 4));
        assertThat(read("#CXRLE\no!", "t.rle", SMALL).metadata().position()).isNull();
        assertThat(read("#CXRLE Gen=5\no!", "t.rle", SMALL).metadata().comments()).isEmpty();
        refused("#CXRLE Pos=1;2\no!", "t.rle", SMALL, "t.rle:1:13: expected ',' between the x and y of Pos, found ';'");
        refused("#CXRLE Pos:1,2\no!", "t.rle", SMALL, "t.rle:1:11: expected '=' after Pos, found ':'");
        assertThat(read("#P 100 -100\no!", "t.rle", SMALL).metadata().position()).isEqualTo(new Position(100, -100));
        refused("#P 101 0\no!", "t.rle", SMALL, "t.rle:1:4: x position '101' is beyond the limit of ±100");
        refused("#R 0 -101\no!", "t.rle", SMALL, "t.rle:1:6: y position '-101' is beyond the limit of ±100");
    }

    @Test
    void linesMayReachTheLengthLimitButNotPassIt() throws Exception {
        String eighty = "#C " + "a".repeat(77);
        assertThat(read(eighty + "\no!", "t.rle", SMALL).metadata().comments()).containsExactly("a".repeat(77));
        refused(eighty + "a\no!", "t.rle", SMALL,
                "t.rle:1:81: line is longer than the limit of 80 characters (it started at column 1)");
    }

    @Test
    void rleCountsKeepTheirFirstDigitsPlace() throws Exception {
        refused("o0", "t.rle", SMALL, "t.rle:1:3: expected one of b o $ after the run count 0, found end of input");
        refused("b021o!", "t.rle", SMALL, "t.rle:1:2: run count 21 is larger than the limit of 20");
        refused("1230o!", "t.rle", SMALL, "t.rle:1:1: run count 123… is larger than the limit of 20");
        refused("1239o!", "t.rle", SMALL, "t.rle:1:1: run count 123… is larger than the limit of 20");
        // An item with no count of its own is placed where it is, not where the last count was.
        refused("20b\no!", "t.rle", SMALL, "t.rle:2:1: the pattern is wider than the limit of 20 columns");
        Pattern tallHeader = read("x = 1, y = 20\no!", "t.rle", SMALL);
        assertThat(tallHeader.height()).isEqualTo(20);
    }

    @Test
    void fileRulesNamedOrWithOnePart() throws Exception {
        assertThat(read("#r B36/S23\nx = 1, y = 1, rule = Life\no!", "t.rle", SMALL).rule()).isEqualTo(Rule.CONWAY);
        assertThat(read("#r B36/S23\nx = 1, y = 1, rule = Conway's Life\no!", "t.rle", SMALL).rule())
                .isEqualTo(Rule.CONWAY);
        assertThat(read("#r S23\no!", "t.rle", SMALL).rule()).isEqualTo(Rule.parse("B/S23"));
        assertThat(read("#r B3:T5,5\no!", "t.rle", SMALL).rule()).isEqualTo(Rule.parse("B3/S:T5,5"));
        assertThat(read("#r S2:T4,3\no!", "t.rle", SMALL).rule()).isEqualTo(Rule.parse("B/S2:T4,3"));
        refused("#r 23\no!", "t.rle", SMALL, "t.rle:1:3: not a two-state rule LifeFX can run (bad rule '23': expected "
                + "B…/S… (as in B3/S23) or survival/birth (as in 23/3))");
        refused("#r S2B9\no!", "t.rle", SMALL, "t.rle:1:3: not a two-state rule LifeFX can run (bad rule 'S2B9': "
                + "neighbour count 9 is out of range: a cell has at most 8 neighbours)");
    }

    // ---- plaintext ----

    @Test
    void plaintextRowsMayReachTheExtentButNotPassIt() throws Exception {
        assertThat(read(".".repeat(19) + "O\n", "t.cells", SMALL).width()).isEqualTo(20);
        refused(".".repeat(21) + "\n", "t.cells", SMALL, "t.cells:1:21: the pattern is wider than the limit of 20 columns");
        String twenty = "O\n" + ".\n".repeat(18) + "O\n";
        Pattern tall = read(twenty, "t.cells", SMALL);
        assertThat(tall.height()).isEqualTo(20);
        assertThat(tall.cells()).isEqualTo(CellSet.of(0, 0, 0, 19));
        refused(twenty + ".\n", "t.cells", SMALL, "t.cells:21:1: the pattern is taller than the limit of 20 rows");
        assertThat(read("OOOOO", "t.cells", FEW).population()).isEqualTo(5);
        refused("OOOOOO", "t.cells", FEW, "t.cells:1:6: the pattern has more than 5 live cells, the most LifeFX reads");
    }

    @Test
    void plaintextBoxAndKeysInAnyCase() throws Exception {
        Pattern p = read("!name: lower\n!AUTHOR: X\n!rule: B36/S23\n!position: 1,2\n..\n.O\nO.\n..\n", "t.cells", SMALL);
        assertThat(p.metadata()).isEqualTo(new Metadata("lower", "X", List.of(), new Position(1, 2)));
        assertThat(p.rule()).isEqualTo(Rule.parse("B36/S23"));
        assertThat(p.cells()).isEqualTo(CellSet.of(1, 1, 0, 2));
        assertThat(p.width()).isEqualTo(2);
        assertThat(p.height()).isEqualTo(3);
        Pattern q = read("!Position: 1,2 x\n!Position: 101,0\n!Position: 3\nO", "t.cells", SMALL);
        assertThat(q.metadata().position()).isNull();
        assertThat(q.metadata().comments()).containsExactly("Position: 1,2 x", "Position: 101,0", "Position: 3");
        assertThat(read("!Position: -100,+100  \nO", "t.cells", SMALL).metadata().position())
                .isEqualTo(new Position(-100, 100));
    }

    // ---- Life 1.06 and 1.05 ----

    @Test
    void life106ExtentAndCellLimits() throws Exception {
        Pattern p = read("#Life 1.06\n0 0\n19 -19\n", "t.lif", SMALL);
        assertThat(p.width()).isEqualTo(20);
        assertThat(p.height()).isEqualTo(20);
        assertThat(p.metadata().position()).isEqualTo(new Position(0, -19));
        refused("#Life 1.06\n0 0\n20 0\n", "t.lif", SMALL,
                "t.lif:3:1: the pattern is wider or taller than the limit of 20 cells");
        refused("#Life 1.06\n0 0\n0 -20\n", "t.lif", SMALL,
                "t.lif:3:1: the pattern is wider or taller than the limit of 20 cells");
        refused("#Life 1.06\n0 5\n-15 -15\n", "t.lif", SMALL,
                "t.lif:3:1: the pattern is wider or taller than the limit of 20 cells");
        assertThat(read("#Life 1.06\n0 0\n0 0\n1 0\n2 0\n3 0\n", "t.lif", FEW).population()).isEqualTo(4);
        refused("#Life 1.06\n0 0\n1 0\n2 0\n3 0\n4 0\n 5 0\n", "t.lif", FEW,
                "t.lif:7:2: the pattern has more than 5 live cells, the most LifeFX reads");
        assertThat(read("#Life 1.06\n100 -100\n", "t.lif", SMALL).metadata().position())
                .isEqualTo(new Position(100, -100));
        refused("#Life 1.06\n0 101\n", "t.lif", SMALL, "t.lif:2:3: y coordinate '101' is beyond the limit of ±100");
    }

    @Test
    void life106HashLinesAndBlankLines() throws Exception {
        Pattern p = read("\n \n#Life 1.06\n#N glider\n#O me\n#C c\n#D d\n#U u\n#\n\n  1 2  \n", "t.lif", SMALL);
        assertThat(p.metadata()).isEqualTo(new Metadata("glider", "me", List.of("c", "d"), new Position(1, 2)));
        Pattern blankName = read("#Life 1.06\n#N\n0 0\n", "t.lif", SMALL);
        assertThat(blankName.metadata().name()).isNull();
        assertThat(read("#Life 1.06\n", "t.lif", SMALL).population()).isZero();
        assertThat(read("#Life 1.06\n", "t.lif", SMALL).metadata().position()).isNull();
        assertThat(read("#Life 1.06\n#R B36/S23\n0 0", "t.lif", SMALL).rule()).isEqualTo(Rule.parse("B36/S23"));
        refused("#Life 1.06\n#R nonsense\n0 0", "t.lif", SMALL,
                "t.lif:2:3: not a two-state rule LifeFX can run (bad rule 'nonsense': expected B…/S… (as in B3/S23) "
                        + "or survival/birth (as in 23/3))");
    }

    @Test
    void life105BlocksRowsAndNames() throws Exception {
        Pattern p = read("#Life 1.05\n#N Name\n#O me\n#P\n*O\n#P 3 1\no.  \n.*\n", "t.lif", SMALL);
        assertThat(p.metadata().name()).isEqualTo("Name");
        assertThat(p.metadata().author()).isEqualTo("me");
        assertThat(p.cells()).isEqualTo(CellSet.of(0, 0, 1, 0, 3, 1, 4, 2));
        refused("#Life 1.05\n#P 0 0\n.*  \n*. *\n", "t.lif", SMALL,
                "t.lif:4:4: expected '.' (dead) or '*' (alive), found '*'");
        refused("#Life 1.05\n#P 0 0\n.*\n#P 0 20\n*\n", "t.lif", SMALL,
                "t.lif:5:1: the pattern is wider or taller than the limit of 20 cells");
        Pattern noBreak = read("#Life 1.05\n#P -1 -1\n.*", "t.lif", SMALL);
        assertThat(noBreak.metadata().position()).isEqualTo(new Position(0, -1));
    }

    @Test
    void lifeHashLinesOfTwoCharactersCount() throws Exception {
        assertThat(read("#Life 1.06\n#C\n#C x\n0 0\n", "t.lif", SMALL).metadata().comments()).containsExactly("", "x");
        // In Life 1.05 a bare #N means normal rules, even after another rule; in 1.06 it is an empty name.
        assertThat(read("#Life 1.05\n#R B36/S23\n#N\n*\n", "t.lif", SMALL).rule()).isEqualTo(Rule.CONWAY);
        assertThat(read("#Life 1.06\n#R B36/S23\n#N\n0 0\n", "t.lif", SMALL).rule()).isEqualTo(Rule.parse("B36/S23"));
        assertThat(read("#Life 1.05\n#P   \n*\n", "t.lif", SMALL).cells()).isEqualTo(CellSet.of(0, 0));
    }

    @Test
    void plaintextRowsMayEndInTabs() throws Exception {
        assertThat(read("O\t\n.O\t \n", "t.cells", SMALL).cells()).isEqualTo(CellSet.of(0, 0, 1, 1));
    }

    @Test
    void theEndOfALongInputAddsNothing() throws Exception {
        // Longer than the 16 Ki buffer and with no final line break, so the end of input is met
        // by the body reader, not by format detection.
        Pattern p = PatternReader.read("O".repeat(20_000), "long.cells");
        assertThat(p.population()).isEqualTo(20_000);
        assertThat(p.width()).isEqualTo(20_000);
        Pattern rle = PatternReader.read("o$".repeat(10_000) + "o", "long.rle");
        assertThat(rle.population()).isEqualTo(10_001);
    }

    @Test
    void aByteOrderMarkIsNotPartOfWhatDetectionSees() throws Exception {
        assertThat(PatternReader.read("\uFEFF.O\nO.", "bom.cells").population()).isEqualTo(2);
        assertThat(PatternReader.detect("\uFEFF.O\nO.")).isEqualTo(PatternFormat.PLAINTEXT);
    }

    // ---- Source and the whole reader ----

    @Test
    void aReaderThatFailsGivesOneLine() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("the disk went away");
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> PatternReader.read(failing, "gone.rle", SMALL))
                .isInstanceOf(PatternFormatException.class).hasMessage("gone.rle: cannot read: the disk went away");
        Reader broken = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) {
                throw new IllegalStateException("bug");
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> PatternReader.read(broken, "bug.rle", SMALL))
                .isInstanceOf(PatternFormatException.class)
                .hasMessage("bug.rle: could not read the pattern (internal error: java.lang.IllegalStateException: bug)");
    }

    @Test
    void inputLongerThanOneBufferIsReadWhole() throws Exception {
        // 40,000 characters of blanks before the body: more than two fills of the 16 Ki buffer.
        String text = "x = 2, y = 2\n" + " ".repeat(40_000) + "bo$o!";
        Pattern p = PatternReader.read(text, "long.rle");
        assertThat(p.cells()).isEqualTo(CellSet.of(1, 0, 0, 1));
        String comments = ("#C " + "c".repeat(70) + "\n").repeat(300) + "o!";
        assertThat(PatternReader.read(comments, "many.rle").metadata().comments()).hasSize(300);
    }

    @Test
    void detectionOfEachKind() throws Exception {
        assertThat(PatternReader.detect("#life 1.05\n*")).isEqualTo(PatternFormat.LIFE_105);
        assertThat(PatternReader.detect("  #LIFE 1.06  \n0 0")).isEqualTo(PatternFormat.LIFE_106);
        assertThat(PatternReader.detect("#C x\n\n#P 0 0\n.*\n")).isEqualTo(PatternFormat.LIFE_105);
        assertThat(PatternReader.detect("#C x\n.*\n")).isEqualTo(PatternFormat.RLE);
        assertThat(PatternReader.detect("#P 0 0\n.o\n")).isEqualTo(PatternFormat.RLE);
        assertThat(PatternReader.detect("#P 0 0\n\n")).isEqualTo(PatternFormat.RLE);
        assertThat(PatternReader.detect("#P 0 0\nbo!")).isEqualTo(PatternFormat.RLE);
        assertThat(PatternReader.detect("oo\n")).isEqualTo(PatternFormat.RLE);
        assertThat(PatternReader.detect("o o")).isEqualTo(PatternFormat.RLE);
        assertThat(PatternReader.detect("O o")).isEqualTo(PatternFormat.PLAINTEXT);
        assertThat(PatternReader.detect("*")).isEqualTo(PatternFormat.PLAINTEXT);
        assertThat(PatternReader.detect("o.")).isEqualTo(PatternFormat.PLAINTEXT);
        assertThat(PatternReader.detect("-1 +2")).isEqualTo(PatternFormat.LIFE_106);
        assertThat(PatternReader.detect("1 2 3")).isEqualTo(PatternFormat.RLE);
        assertThat(PatternReader.detect("x=1")).isEqualTo(PatternFormat.RLE);
        assertThatThrownBy(() -> PatternReader.detect("#Life 2.0\n"))
                .hasMessage("<text>:1:1: expected '#Life 1.05' or '#Life 1.06', found '#Life 2.0'");
        assertThatThrownBy(() -> PatternReader.detect("\n\n#Lifeless\n"))
                .hasMessage("<text>:3:1: expected '#Life 1.05' or '#Life 1.06', found '#Lifeless'");
        assertThat(PatternReader.read("#C only\n#P 0 0\n.*\n**", "t").population()).isEqualTo(3);
    }

    @Test
    void filesAreNamedByTheirFileName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("g.rle");
        Files.writeString(f, "bo$2bo$3o!");
        assertThat(PatternReader.read(f).population()).isEqualTo(5);
        Files.writeString(f, "bo$2bo$3o!\u00e9z");
        assertThat(PatternReader.read(f, SMALL).population()).isEqualTo(5);
        Files.writeString(f, "bo$2bz!");
        assertThatThrownBy(() -> PatternReader.read(f)).hasMessage(
                "g.rle:1:6: expected a run count or one of b o $ !, found 'z'");
        assertThatThrownBy(() -> PatternReader.read(f, FEW)).hasMessageStartingWith("g.rle:1:6: ");
        Files.write(f, new byte[] {'2', 'o', (byte) 0xFF, '!'});
        assertThatThrownBy(() -> PatternReader.read(f)).hasMessage(
                "g.rle:1:3: expected a run count or one of b o $ !, found bytes that are not UTF-8 text");
    }

    // ---- the writer ----

    @Test
    void rleWritesEveryPieceOfMetadataInOrder() {
        Metadata m = new Metadata("Name", "Me", List.of("one", ""), new Position(-3, 4));
        Pattern p = new Pattern(CellSet.of(0, 0, 11, 0, 12, 0, 0, 2), 13, 3, Rule.parse("B36/S23"), m);
        assertThat(PatternWriter.write(p, PatternFormat.RLE)).isEqualTo(
                "#CXRLE Pos=-3,4\n#N Name\n#O Me\n#C one\n#C\nx = 13, y = 3, rule = B36/S23\no10b2o2$o!\n");
    }

    @Test
    void rleLinesHoldExactlySeventyCharacters() throws Exception {
        int[] xy = new int[70];
        for (int i = 0; i < 35; i++) {
            xy[2 * i] = 2 * i;
        }
        Pattern full = Pattern.of(CellSet.of(xy));
        String body = "ob".repeat(34) + "o!";
        assertThat(body).hasSize(70);
        assertThat(PatternWriter.write(full, PatternFormat.RLE)).endsWith("\n" + body + "\n");
        int[] more = java.util.Arrays.copyOf(xy, 72);
        more[70] = 70;
        Pattern over = Pattern.of(CellSet.of(more));
        assertThat(PatternWriter.write(over, PatternFormat.RLE)).endsWith("\n" + "ob".repeat(35) + "\no!\n");
        // A counted item (two characters) that would pass the 70th column starts the next line.
        int[] counted = java.util.Arrays.copyOf(xy, 72);
        counted[70] = 71;
        Pattern pair = Pattern.of(CellSet.of(counted));
        assertThat(PatternWriter.write(pair, PatternFormat.RLE)).endsWith("\n" + "ob".repeat(34) + "o\n2bo!\n");
        assertThat(PatternReader.read(PatternWriter.write(pair, PatternFormat.RLE), "t").cells())
                .isEqualTo(pair.cells());
    }

    @Test
    void plaintextWritesKeysRowsAndGaps() throws Exception {
        Metadata m = new Metadata(null, "Me", List.of("Name: not a key", "Plain"), new Position(3, 4));
        Pattern p = new Pattern(CellSet.of(0, 0, 2, 3, 3, 3), 4, 4, Rule.parse("B36/S23"), m);
        String text = PatternWriter.write(p, PatternFormat.PLAINTEXT);
        assertThat(text).isEqualTo("!Name:\n!Author: Me\n!Rule: B36/S23\n!Position: 3,4\n! Name: not a key\n!Plain\n"
                + "O\n.\n.\n..OO\n");
        Pattern back = PatternReader.read(text, "t.cells");
        assertThat(back.cells()).isEqualTo(p.cells());
        assertThat(back.metadata()).isEqualTo(m);
        Pattern startsLow = new Pattern(CellSet.of(1, 2), 2, 3, Rule.CONWAY, Metadata.EMPTY.withName("n"));
        assertThat(PatternWriter.write(startsLow, PatternFormat.PLAINTEXT)).isEqualTo("!Name: n\n.\n.\n.O\n");
        assertThat(PatternWriter.write(Pattern.of(CellSet.EMPTY), PatternFormat.PLAINTEXT)).isEqualTo("!Name:\n");
        assertThat(PatternWriter.looksLikeKey("author: x")).isTrue();
        assertThat(PatternWriter.looksLikeKey("position:")).isTrue();
        assertThat(PatternWriter.looksLikeKey("Nam")).isFalse();
        assertThat(PatternWriter.looksLikeKey(" Rule:")).isFalse();
    }

    @Test
    void plaintextRefusesPatternsTooSpreadOut() {
        Pattern sparse = new Pattern(CellSet.of(0, 0, 0, 600_000_000), 1, 600_000_001, Rule.CONWAY, Metadata.EMPTY);
        assertThatThrownBy(() -> PatternWriter.write(sparse, PatternFormat.PLAINTEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the pattern is too spread out to write as plaintext (about 1200000002 characters); "
                        + "write it as .rle or .lif instead");
        Pattern wide = new Pattern(CellSet.of(1_100_000_000, 0), 1_100_000_001, 1, Rule.CONWAY, Metadata.EMPTY);
        // So wide a row is refused before its size is counted: the reader would not take it back.
        assertThatThrownBy(() -> PatternWriter.write(wide, PatternFormat.PLAINTEXT))
                .hasMessageStartingWith("cannot write the pattern as plaintext (LifeFX reads back at most");
        // The far end of a row that is not the last one counts too.
        Pattern wideThenMore = new Pattern(CellSet.of(999_999_999, 0, 0, 40_000_000), 1_000_000_000, 40_000_001,
                Rule.CONWAY, Metadata.EMPTY);
        assertThatThrownBy(() -> PatternWriter.write(wideThenMore, PatternFormat.PLAINTEXT))
                .hasMessageContaining("(about 1080000001 characters)");
    }

    @Test
    void life106WritesAbsoluteCoordinatesAndTheRule() throws Exception {
        Pattern p = new Pattern(CellSet.of(0, 0, 2, 1), 3, 2, Rule.parse("B36/S23"),
                Metadata.EMPTY.withPosition(new Position(10, -20)).withName("dropped"));
        String text = PatternWriter.write(p, PatternFormat.LIFE_106);
        assertThat(text).isEqualTo("#Life 1.06\n#R B36/S23\n10 -20\n12 -19\n");
        assertThat(PatternWriter.write(Pattern.of(CellSet.of(1, 1)), PatternFormat.LIFE_106))
                .isEqualTo("#Life 1.06\n1 1\n");
    }

    @Test
    void writeFileReplacesTheTargetAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.rle");
        Files.writeString(target, "old");
        Pattern glider = Pattern.of(CellSet.of(1, 0, 2, 1, 0, 2, 1, 2, 2, 2));
        PatternWriter.writeFile(target, glider, PatternFormat.RLE);
        assertThat(Files.readString(target)).isEqualTo(PatternWriter.write(glider, PatternFormat.RLE));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("out.rle");
        }
        assertThatThrownBy(() -> PatternWriter.writeFile(dir.resolve("x.lif"), glider, PatternFormat.LIFE_105))
                .isInstanceOf(IllegalArgumentException.class);
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }
}
