package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golly's macrocell format: what it means, where it places cells, and every refusal's message. */
class MacrocellTest {

    /** What {@code bgolly -a HashLife -m 1 -o out.mc} wrote for a block at {@code #CXRLE Pos=0,0}. */
    private static final String BLOCK_AT_ORIGIN = """
            [M2] (golly 3.3)
            #R B3/S23
            #G 1
            $$$$$$$**$
            **$
            4 0 1 0 2
            """;

    /** The same for a block at {@code Pos=-2,-2}. */
    private static final String BLOCK_AT_MINUS_2 = """
            [M2] (golly 3.3)
            #R B3/S23
            #G 1
            $$$$$......**$......**$
            4 1 0 0 0
            """;

    @Test
    void cellsLandWhereGollyPutsThem() throws Exception {
        Pattern p = PatternReader.read(BLOCK_AT_ORIGIN, "block.mc");
        assertThat(p.cells()).isEqualTo(CellSet.of(0, 0, 1, 0, 0, 1, 1, 1));
        assertThat(p.metadata().position()).isNull(); // 0,0
        assertThat(p.rule()).isEqualTo(Rule.CONWAY);
        Pattern q = PatternReader.read(BLOCK_AT_MINUS_2, "block2.mc");
        assertThat(q.cells()).isEqualTo(p.cells());
        assertThat(q.metadata().position()).isEqualTo(new Position(-2, -2));
        assertThat(PatternReader.detect(BLOCK_AT_ORIGIN)).isEqualTo(PatternFormat.MACROCELL);
        // Written again, the nodes are Golly's, line for line.
        for (String golly : List.of(BLOCK_AT_ORIGIN, BLOCK_AT_MINUS_2)) {
            String ours = PatternWriter.write(PatternReader.read(golly, "b.mc"), PatternFormat.MACROCELL);
            assertThat(ours.substring(ours.indexOf("\n$") + 1)).isEqualTo(golly.substring(golly.indexOf("\n$") + 1));
        }
    }

    @Test
    void theTreeKeepsGenerationRuleAndComments() throws Exception {
        Macrocell m = PatternReader.readMacrocell("""
                [M2] (golly 2.0)
                #C a glider
                #N Glider
                #O Richard Guy
                #R B36/S23
                #G 123456789012345678901234567890
                $$..*$...*$.***$$$$
                4 0 0 0 1
                """, "g.mc");
        assertThat(m.rule()).isEqualTo(Rule.parse("B36/S23"));
        assertThat(m.generation()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(m.metadata().name()).isEqualTo("Glider");
        assertThat(m.metadata().author()).isEqualTo("Richard Guy");
        assertThat(m.metadata().comments()).containsExactly("a glider");
        assertThat(m.population()).isEqualTo(BigInteger.valueOf(5));
        assertThat(m.rootLevel()).isEqualTo(4);
        assertThat(m.nodeCount()).isEqualTo(2);
        String again = PatternWriter.write(m);
        assertThat(again).startsWith("[M2] (lifefx ").contains("\n#R B36/S23\n#G 123456789012345678901234567890\n"
                + "#N Glider\n#O Richard Guy\n#C a glider\n$$..*$...*$.***$\n4 0 0 0 1\n");
        assertThat(PatternReader.readMacrocell(again, "again.mc")).isEqualTo(m);
    }

    @Test
    void equalSquaresAreWrittenOnce() {
        // Two blocks 64 cells apart: the same leaf, written once and named twice.
        Pattern p = Pattern.of(CellSet.of(0, 0, 1, 0, 0, 1, 1, 1, 64, 0, 65, 0, 64, 1, 65, 1));
        String text = PatternWriter.write(p, PatternFormat.MACROCELL);
        assertThat(text.lines().filter(l -> l.startsWith("*") || l.startsWith("$") || l.startsWith(".")).count())
                .isEqualTo(2); // the block straddles a leaf row boundary: rows 7 and 0 of two leaves
        Macrocell m = Macrocell.of(p);
        assertThat(m.nodeCount()).isLessThan(2 + m.rootLevel() * 2 + 4);
    }

    @Test
    void aDeepTreeIsKeptAsATreeAndRefusedAsCells() throws Exception {
        // A glider in each corner of a square 2^100 cells wide: 20 cells, 2^100 apart.
        Macrocell.Builder b = new Macrocell.Builder();
        int leaf = b.leaf(0x0000_0000_0007_0402L);
        // a chain that puts the glider in the SE corner of a level-99 square, used in all four quarters
        int nw = b.node(4, 0, 0, 0, leaf);
        for (int l = 5; l < 100; l++) {
            nw = b.node(l, 0, 0, 0, nw);
        }
        int a = b.node(100, nw, nw, nw, nw);
        Macrocell m = b.build(a, Rule.CONWAY, BigInteger.TWO.pow(80), Metadata.EMPTY);
        assertThat(m.population()).isEqualTo(BigInteger.valueOf(20));
        assertThat(m.rootLevel()).isEqualTo(100);
        String text = PatternWriter.write(m);
        assertThat(PatternReader.readMacrocell(text, "deep.mc")).isEqualTo(m);
        assertThatThrownBy(() -> PatternReader.read(text, "deep.mc"))
                .isInstanceOf(PatternFormatException.class)
                .hasMessage("deep.mc: the pattern spans a square of 2^100 cells a side, beyond the coordinates LifeFX"
                        + " expands into a cell list; LifeFX keeps it as a tree (write it as .mc, or run it on the"
                        + " HashLife universe)");
    }

    @Test
    void aTreeIsTrimmedToTheSmallestCentredRoot() throws Exception {
        Macrocell m = PatternReader.readMacrocell("""
                [M2]
                $$$$$$$*$
                4 0 0 0 1
                5 0 0 0 2
                6 0 0 0 3
                7 4 0 0 0
                """, "t.mc");
        // the cell is at (56, 63) in node 4, the NW quarter of a level-7 root: tree (-8, -1), Golly (-8, 0)
        assertThat(m.rootLevel()).isEqualTo(4);
        assertThat(m.toPattern("t.mc", PatternLimits.DEFAULT).metadata().position()).isEqualTo(new Position(-8, 0));
    }

    @Test
    void emptyFilesAreEmptyPatterns() throws Exception {
        Pattern p = PatternReader.read("[M2] (golly 3.3)\n#R B3/S23\n", "e.mc");
        assertThat(p.cells().isEmpty()).isTrue();
        assertThat(PatternWriter.write(p, PatternFormat.MACROCELL)).endsWith("#R B3/S23\n");
        assertThat(PatternReader.read("[M2]\n$$$\n4 1 1 1 1\n", "e.mc").population()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not first (RLE) | #R B3/S23\\n[M2]\\n                     | x.mc:1:4: expected a whole number (x position)
            second header    | [M2]\\n[M2]\\n                          | x.mc:2:1: a second '[M2]' line: a macrocell file has one, at the top
            second rule      | [M2]\\n#R B3/S23\\n#R B36/S23\\n        | x.mc:3:1: a second '#R' rule line (the first is on line 2)
            second gen       | [M2]\\n#G 1\\n#G 2\\n                   | x.mc:3:1: a second '#G' generation line (the first is on line 2)
            bad gen          | [M2]\\n#G 12x\\n                        | x.mc:2:6: expected a digit of the generation count, found 'x'
            bad rule         | [M2]\\n#R W22\\n                        | x.mc:2:4:
            bad char         | [M2]\\n..*o$\\n                         | x.mc:2:4: expected '.', '*' or '$' in a leaf (8 x 8 cells), found 'o'
            long row         | [M2]\\n.........$\\n                    | x.mc:2:9: a leaf row has 8 cells, but this is a ninth (end the row with '$')
            many rows        | [M2]\\n$$$$$$$$*$\\n                    | x.mc:2:9: a leaf has 8 rows, but this cell is on a ninth
            nine ends        | [M2]\\n$$$$$$$$$\\n                     | x.mc:2:9: a leaf has 8 rows, but this is the end of a ninth
            forward          | [M2]\\n*$\\n4 0 2 0 0\\n                | x.mc:3:5: node 2 refers to node 2, which is not defined before it (nodes are numbered from 1 in file order)
            wrong level      | [M2]\\n*$\\n4 0 1 0 0\\n5 0 1 0 0\\n    | x.mc:4:5: node 1 has level 3, but the children of a level-5 node must have level 4
            level 3          | [M2]\\n3 0 0 0 0\\n                     | x.mc:2:1: level 3 is outside 4..256
            level huge       | [M2]\\n257 0 0 0 0\\n                   | x.mc:2:1: level 257 is outside 4..256
            multi-state      | [M2]\\n1 0 1 2 3\\n                     | x.mc:2:1: a level-1 node: this is a multi-state macrocell file, and LifeFX reads only two-state (Life-like) ones
            short node       | [M2]\\n*$\\n4 0 1 0\\n                  | x.mc:3:8: expected a space between the children, found end of line
            extra field      | [M2]\\n*$\\n4 0 1 0 0 7\\n              | x.mc:3:11: expected end of line after the four children, found '7'
            huge number      | [M2]\\n*$\\n4 0 99999999999 0 0\\n      | x.mc:3:5: number too large
            leaf root        | [M2]\\n*$\\n4 0 1 0 0\\n**$\\n          | x.mc:4:1: the last node, the root, is a leaf; a macrocell file ends with a node of level 4 or more
            junk line        | [M2]\\nhello\\n                         | x.mc:2:1: expected a leaf row of '.', '*' and '$', a node 'level nw ne sw se' or a '#' line, found 'h'
            timeline         | [M2]\\n#FRAMES 2 0 2^3\\n               | x.mc:2:1: Golly timelines ('#FRAMES') are not supported; save the pattern from Golly without its timeline
            other version    | [M3]\\n                                 | x.mc:1:1: expected '[M2]' (Golly macrocell; LifeFX knows no other version), found '[M3]'
            """)
    void badFilesGetOneLineNamingLineAndColumn(String what, String text, String message) {
        String input = text.replace("\\n", "\n");
        assertThatThrownBy(() -> PatternReader.readMacrocell(input, "x.mc"))
                .as(what).isInstanceOf(PatternFormatException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith(message).doesNotContain("\n"));
    }

    @Test
    void tooManyNodesIsRefusedAtTheLimit() {
        PatternLimits small = new PatternLimits(3, 1_000_000_000, 1_000_000_000, 80);
        String text = "[M2]\n*$\n.*$\n..*$\n...*$\n4 1 2 3 4\n";
        assertThatThrownBy(() -> PatternReader.readMacrocell(new java.io.StringReader(text), "n.mc", small))
                .hasMessage("n.mc:5:1: more than 3 nodes, the limit");
    }

    @Test
    void tooManyCellsToExpandSaysSoAndTheTreeStillReads() throws Exception {
        PatternLimits small = new PatternLimits(3, 1_000_000_000, 1_000_000_000, 80);
        assertThatThrownBy(() -> PatternReader.read(new java.io.StringReader(BLOCK_AT_ORIGIN), "b.mc", small))
                .hasMessage("b.mc: the pattern has 4 live cells, more than the 3 LifeFX expands into a cell list;"
                        + " LifeFX keeps it as a tree (write it as .mc, or run it on the HashLife universe)");
        assertThat(PatternReader.readMacrocell(new java.io.StringReader(BLOCK_AT_ORIGIN), "b.mc", small).population())
                .isEqualTo(BigInteger.valueOf(4));
    }

    @Test
    void otherFormatsReadAsTreesAtTheirPosition() throws Exception {
        Macrocell m = PatternReader.readMacrocell("#CXRLE Pos=-2,-2\nx = 2, y = 2\n2o$2o!\n", "b.rle");
        Macrocell golly = PatternReader.readMacrocell(BLOCK_AT_MINUS_2, "b.mc");
        assertThat(m).isEqualTo(golly.withGeneration(BigInteger.ZERO));
    }

    @Test
    void blankLinesAndTrailingBlanksAreAllowedAsGollyAllows() throws Exception {
        Pattern p = PatternReader.read("\n[M2] (golly 3.3)\n\n#R B3/S23\n$$$$$$$**$  \n**$\n\n4 0 1 0 2 \n\n", "b.mc");
        assertThat(p.cells()).isEqualTo(CellSet.of(0, 0, 1, 0, 0, 1, 1, 1));
        assertThat(List.of(p.width(), p.height())).containsExactly(2, 2);
    }

    @Test
    void cellsTooFarApartOrTooFarOutAreRefusedAsCellsWithTheLimitNamed() throws Exception {
        PatternLimits small = new PatternLimits(100, 1000, 1000, 80);
        Pattern wide = Pattern.of(CellSet.of(0, 0, 1500, 0));
        Macrocell m = Macrocell.of(wide);
        assertThatThrownBy(() -> m.toPattern("w.mc", small))
                .hasMessage("w.mc: the pattern spans 1501x1 cells (width x height), more than the 1000 a side LifeFX"
                        + " expands into a cell list; LifeFX keeps it as a tree (write it as .mc, or run it on the"
                        + " HashLife universe)");
        Macrocell far = Macrocell.of(Pattern.of(CellSet.of(0, 0)).withMetadata(Metadata.EMPTY
                .withPosition(new Position(-1200, 5))));
        assertThatThrownBy(() -> far.toPattern("f.mc", small))
                .hasMessage("f.mc: the pattern lies at -1200,5, beyond the coordinates within ±1000 LifeFX expands"
                        + " into a cell list; LifeFX keeps it as a tree (write it as .mc, or run it on the HashLife"
                        + " universe)");
        assertThat(far.toPattern("f.mc", PatternLimits.DEFAULT).metadata().position()).isEqualTo(new Position(-1200, 5));
    }

    @Test
    void theBuilderRefusesMalformedTrees() {
        Macrocell.Builder b = new Macrocell.Builder();
        int leaf = b.leaf(1);
        assertThat(b.leaf(0)).isZero();
        assertThat(b.node(4, 0, 0, 0, 0)).isZero();
        assertThat(b.leaf(1)).isEqualTo(leaf);
        int n4 = b.node(4, leaf, 0, 0, leaf);
        assertThat(b.node(4, leaf, 0, 0, leaf)).isEqualTo(n4);
        assertThatThrownBy(() -> b.node(5, leaf, 0, 0, 0)).hasMessage("child 1 has level 3, but a level-5 node needs"
                + " children of level 4");
        assertThatThrownBy(() -> b.node(4, 9, 0, 0, 0)).hasMessage("child 9 is not a node made yet (1..2)");
        assertThatThrownBy(() -> b.node(3, 0, 0, 0, 0)).hasMessage("level 3 is outside 4..256");
        assertThatThrownBy(() -> b.build(leaf, Rule.CONWAY, BigInteger.ZERO, Metadata.EMPTY))
                .hasMessage("the root must be a node of level 4 or more, not a leaf");
        Macrocell m = b.build(n4, Rule.CONWAY, BigInteger.ZERO, Metadata.EMPTY);
        assertThatThrownBy(() -> m.child(1, 0)).hasMessage("node 1 is a leaf");
        assertThatThrownBy(() -> m.leafBits(2)).hasMessage("node 2 is not a leaf");
        assertThatThrownBy(() -> m.level(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
