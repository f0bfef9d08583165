package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Read → write → read keeps cells, rule and metadata, for every writable format. */
class RoundTripTest {

    @Provide
    Arbitrary<Pattern> patterns() {
        return PatternArbitraries.patterns();
    }

    @Property(tries = 400)
    void rleKeepsEverything(@ForAll("patterns") Pattern p) throws Exception {
        String text = PatternWriter.write(p, PatternFormat.RLE);
        assertThat(PatternReader.detect(text)).isEqualTo(PatternFormat.RLE);
        Pattern back = PatternReader.read(text, "rt.rle");
        assertThat(back).isEqualTo(p);
        assertThat(PatternWriter.write(back, PatternFormat.RLE)).isEqualTo(text);
        text.lines().filter(l -> !l.startsWith("#"))
                .forEach(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(PatternWriter.RLE_LINE_LENGTH));
    }

    @Property(tries = 400)
    void rleSurvivesCrlfAndTrailingJunk(@ForAll("patterns") Pattern p) throws Exception {
        String text = PatternWriter.write(p, PatternFormat.RLE).replace("\n", "\r\n") + "junk after ! is ignored\r\n";
        assertThat(PatternReader.read(text, "crlf.rle")).isEqualTo(p);
    }

    @Property(tries = 400)
    void plaintextKeepsCellsRuleAndMetadata(@ForAll("patterns") Pattern p) throws Exception {
        String text = PatternWriter.write(p, PatternFormat.PLAINTEXT);
        assertThat(PatternReader.detect(text)).isEqualTo(PatternFormat.PLAINTEXT);
        Pattern back = PatternReader.read(text, "rt.cells");
        assertThat(back.cells()).isEqualTo(p.cells());
        assertThat(back.rule()).isEqualTo(p.rule());
        assertThat(back.metadata()).isEqualTo(p.metadata());
    }

    /**
     * Life 1.06 keeps cells, rule and position (as absolute coordinates) but, having no origin of
     * its own, gives back the normalized pattern; it has no place for name, author or comments.
     */
    @Property(tries = 400)
    void life106KeepsCellsRuleAndPositionUpToItsOrigin(@ForAll("patterns") Pattern p) throws Exception {
        String text = PatternWriter.write(p, PatternFormat.LIFE_106);
        assertThat(PatternReader.detect(text)).isEqualTo(PatternFormat.LIFE_106);
        Pattern back = PatternReader.read(text, "rt.lif");
        Pattern expected = p.normalized();
        // With no cells, Life 1.06 has nothing to carry a position.
        Position position = p.cells().isEmpty() ? null : expected.metadata().position();
        assertThat(back.cells()).isEqualTo(expected.cells());
        assertThat(back.rule()).isEqualTo(expected.rule());
        assertThat(back.metadata()).isEqualTo(new Metadata(null, null, java.util.List.of(), position));
        assertThat(back.normalized()).isEqualTo(back);
        // Only "#Life 1.06", an optional "#R rule" and "x y" lines, which every 1.06 reader takes.
        assertThat(text.lines().skip(1)).allSatisfy(l -> assertThat(l).matches("#R \\S+|-?\\d+ -?\\d+"));
    }

    /** Comments that look like the formats' own keys stay comments in every format. */
    @net.jqwik.api.Example
    void commentsThatLookLikeKeysStayComments() throws Exception {
        Metadata m = new Metadata("!Name: odd", "#O x", java.util.List.of("Name: not the name", "Author: nobody",
                "Rule: B36/S23", "Position: 1,2", "XRLE Pos=5,5", "", "#C", "!", "Life 1.06", "x = 3, y = 3"), null);
        Pattern p = Pattern.of(CellSet.of(0, 0, 2, 1), Rule.CONWAY, m);
        for (PatternFormat f : java.util.List.of(PatternFormat.RLE, PatternFormat.PLAINTEXT)) {
            Pattern back = PatternReader.read(PatternWriter.write(p, f), "keys");
            assertThat(back.metadata()).as(f.toString()).isEqualTo(m);
            assertThat(back.rule()).as(f.toString()).isEqualTo(Rule.CONWAY);
            assertThat(back.cells()).as(f.toString()).isEqualTo(p.cells());
        }
    }

    @Provide
    Arbitrary<Grid> grids() {
        return Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 40),
                Arbitraries.longs(), Arbitraries.integers().between(0, 100)).as((h, w, seed, percent) -> {
                    java.util.Random rnd = new java.util.Random(seed);
                    Grid.Builder b = new Grid.Builder(new GridSize(h, w));
                    for (int r = 0; r < h; r++) {
                        for (int c = 0; c < w; c++) {
                            b.set(r, c, rnd.nextInt(100) < percent);
                        }
                    }
                    return b.build(0);
                });
    }

    /** The whole torus survives a file: header x = W, y = H, and the same grid back. */
    @Property(tries = 300)
    void aTorusSurvivesRle(@ForAll("grids") Grid g, @ForAll boolean withTorusRule) throws Exception {
        Rule rule = withTorusRule ? Rule.CONWAY.withTorus(g.size()) : Rule.CONWAY;
        String text = PatternWriter.write(Pattern.fromGrid(g, rule), PatternFormat.RLE);
        assertThat(text).contains("x = " + g.width() + ", y = " + g.height() + ", rule = " + rule + "\n");
        Pattern back = PatternReader.read(text, "torus.rle");
        assertThat(back.naturalSize()).isEqualTo(g.size());
        assertThat(back.toGrid(g.size()).sameCells(g)).isTrue();
        assertThat(back.toGrid(g.size()).digest()).isEqualTo(g.digest());
    }

    /** Plaintext keeps leading empty rows and columns, so the torus survives it too. */
    @Property(tries = 200)
    void aTorusSurvivesPlaintext(@ForAll("grids") Grid g) throws Exception {
        String text = PatternWriter.write(Pattern.fromGrid(g, Rule.CONWAY), PatternFormat.PLAINTEXT);
        assertThat(PatternReader.read(text, "torus.cells").toGrid(g.size()).sameCells(g)).isTrue();
    }
}
