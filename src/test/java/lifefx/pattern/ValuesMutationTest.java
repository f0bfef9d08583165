package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/**
 * The value types of {@code pattern} ({@link CellSet}, {@link Pattern}, {@link Metadata}, {@link
 * PatternFormatException}, {@link PatternFormat}, {@link PatternLibrary}) at the edges that the
 * other tests leave open, found by mutation testing ({@code mvn -B -Ppit test}).
 */
class ValuesMutationTest {

    // ---- CellSet ----

    @Test
    void keysRoundTripAtTheEndsOfTheIntRange() {
        int[] values = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE};
        for (int x : values) {
            for (int y : values) {
                long k = CellSet.key(x, y);
                assertThat(CellSet.keyX(k)).isEqualTo(x);
                assertThat(CellSet.keyY(k)).isEqualTo(y);
            }
        }
        assertThat(CellSet.key(Integer.MAX_VALUE, 0)).isLessThan(CellSet.key(Integer.MIN_VALUE, 1));
        assertThat(CellSet.key(-1, 5)).isLessThan(CellSet.key(0, 5));
    }

    @Test
    void ofTakesPairsSortsAndDropsRepeats() {
        CellSet s = CellSet.of(2, 1, 0, 0, 2, 1, 1, 0, 0, 0);
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.toString()).isEqualTo("CellSet[size=3: (0,0) (1,0) (2,1)]");
        assertThat(s.x(2)).isEqualTo(2);
        assertThat(s.y(2)).isEqualTo(1);
        assertThat(s.keyAt(1)).isEqualTo(CellSet.key(1, 0));
        assertThatThrownBy(() -> CellSet.of(1, 2, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected x, y pairs, got 3 numbers");
        assertThat(CellSet.of()).isSameAs(CellSet.EMPTY);
        assertThat(CellSet.ofKeys(CellSet.key(1, 1), CellSet.key(1, 1))).isEqualTo(CellSet.of(1, 1));
    }

    @Test
    void ofKeysCopiesItsArgumentAndToKeyArrayCopiesOut() {
        long[] keys = {CellSet.key(5, 0), CellSet.key(1, 0)};
        CellSet s = CellSet.ofKeys(keys);
        assertThat(keys[0]).isEqualTo(CellSet.key(5, 0));
        long[] out = s.toKeyArray();
        out[0] = 99;
        assertThat(s.keyAt(0)).isEqualTo(CellSet.key(1, 0));
        List<Long> seen = new ArrayList<>();
        s.forEachKey(seen::add);
        assertThat(seen).containsExactly(CellSet.key(1, 0), CellSet.key(5, 0));
    }

    @Test
    void wrapKeepsOnlyTheGivenLength() {
        long[] keys = {CellSet.key(0, 0), CellSet.key(1, 0), CellSet.key(2, 0)};
        CellSet two = CellSet.wrap(keys, 2);
        assertThat(two.size()).isEqualTo(2);
        assertThat(two.contains(2, 0)).isFalse();
        assertThat(CellSet.wrap(keys, 0)).isSameAs(CellSet.EMPTY);
        assertThat(CellSet.wrap(keys, 3).size()).isEqualTo(3);
        assertThat(CellSet.sortedUnique(new long[] {7, 3, 3, 9}, 3)).isEqualTo(CellSet.ofKeys(3, 7));
    }

    @Test
    void extremesOfEmptyAndFullSets() {
        assertThat(CellSet.EMPTY.isEmpty()).isTrue();
        assertThat(CellSet.EMPTY.minX()).isZero();
        assertThat(CellSet.EMPTY.maxX()).isEqualTo(-1);
        assertThat(CellSet.EMPTY.minY()).isZero();
        assertThat(CellSet.EMPTY.maxY()).isEqualTo(-1);
        CellSet s = CellSet.of(5, -3, -2, 0, 9, 0, 1, 4);
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.minX()).isEqualTo(-2);
        assertThat(s.maxX()).isEqualTo(9);
        assertThat(s.minY()).isEqualTo(-3);
        assertThat(s.maxY()).isEqualTo(4);
        CellSet far = CellSet.of(Integer.MAX_VALUE, 0, Integer.MIN_VALUE, 0);
        assertThat(far.minX()).isEqualTo(Integer.MIN_VALUE);
        assertThat(far.maxX()).isEqualTo(Integer.MAX_VALUE);
        assertThat(s.contains(9, 0)).isTrue();
        assertThat(s.contains(0, 9)).isFalse();
    }

    @Test
    void translateMovesEveryCellOrReturnsItself() {
        CellSet s = CellSet.of(0, 0, 3, 1);
        assertThat(s.translate(0, 0)).isSameAs(s);
        assertThat(CellSet.EMPTY.translate(4, 4)).isSameAs(CellSet.EMPTY);
        assertThat(s.translate(2, 0)).isEqualTo(CellSet.of(2, 0, 5, 1));
        assertThat(s.translate(0, -1)).isEqualTo(CellSet.of(0, -1, 3, 0));
        assertThatThrownBy(() -> s.translate(Integer.MAX_VALUE, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> CellSet.of(0, -1).translate(0, Integer.MIN_VALUE))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void equalityAndPrintingOfLargeSets() {
        assertThat(CellSet.of(1, 2)).isEqualTo(CellSet.of(1, 2)).hasSameHashCodeAs(CellSet.of(1, 2))
                .isNotEqualTo(CellSet.of(2, 1)).isNotEqualTo("(1,2)");
        assertThat(CellSet.of(1, 2).hashCode()).isNotEqualTo(CellSet.of(1, 3).hashCode());
        int[] xy = new int[66];
        for (int i = 0; i < 33; i++) {
            xy[2 * i] = i;
        }
        String text = CellSet.of(xy).toString();
        assertThat(text).startsWith("CellSet[size=33: (0,0) (1,0)").endsWith(" (31,0) …]").doesNotContain("(32,0)");
        int[] exactly32 = new int[64];
        for (int i = 0; i < 32; i++) {
            exactly32[2 * i] = i;
        }
        assertThat(CellSet.of(exactly32).toString()).endsWith(" (31,0)]");
    }

    // ---- Pattern ----

    @Test
    void cellsMayTouchButNotCrossTheBox() {
        CellSet c = CellSet.of(0, 0, 3, 2);
        assertThat(new Pattern(c, 4, 3, Rule.CONWAY, Metadata.EMPTY).population()).isEqualTo(2);
        assertThatThrownBy(() -> new Pattern(c, 3, 3, Rule.CONWAY, Metadata.EMPTY))
                .hasMessage("cells reach column 3 and row 2, outside the box of 3x3");
        assertThatThrownBy(() -> new Pattern(c, 4, 2, Rule.CONWAY, Metadata.EMPTY))
                .hasMessage("cells reach column 3 and row 2, outside the box of 4x2");
        assertThatThrownBy(() -> new Pattern(CellSet.of(-1, 0), 4, 4, Rule.CONWAY, Metadata.EMPTY))
                .hasMessage("cells must not lie left of or above the origin: smallest x is -1, smallest y is 0");
        assertThatThrownBy(() -> new Pattern(CellSet.of(0, -1), 4, 4, Rule.CONWAY, Metadata.EMPTY))
                .hasMessageContaining("smallest y is -1");
        assertThatThrownBy(() -> new Pattern(CellSet.EMPTY, -1, 0, Rule.CONWAY, Metadata.EMPTY))
                .hasMessage("negative box -1x0");
        assertThatThrownBy(() -> new Pattern(CellSet.EMPTY, 0, -1, Rule.CONWAY, Metadata.EMPTY))
                .hasMessage("negative box 0x-1");
        assertThat(new Pattern(CellSet.EMPTY, 0, 0, Rule.CONWAY, Metadata.EMPTY).population()).isZero();
        assertThatThrownBy(() -> new Pattern(null, 0, 0, Rule.CONWAY, Metadata.EMPTY))
                .isInstanceOf(NullPointerException.class).hasMessage("cells");
        assertThatThrownBy(() -> new Pattern(CellSet.EMPTY, 0, 0, null, Metadata.EMPTY))
                .isInstanceOf(NullPointerException.class).hasMessage("rule");
        assertThatThrownBy(() -> new Pattern(CellSet.EMPTY, 0, 0, Rule.CONWAY, null))
                .isInstanceOf(NullPointerException.class).hasMessage("metadata");
    }

    @Test
    void naturalSizeAtTheTorusLimits() {
        Pattern side = new Pattern(CellSet.EMPTY, GridSize.MAX_SIDE, 1, Rule.CONWAY, Metadata.EMPTY);
        assertThat(side.naturalSize()).isEqualTo(new GridSize(1, GridSize.MAX_SIDE));
        Pattern tall = new Pattern(CellSet.EMPTY, 1, GridSize.MAX_SIDE, Rule.CONWAY, Metadata.EMPTY);
        assertThat(tall.naturalSize()).isEqualTo(new GridSize(GridSize.MAX_SIDE, 1));
        assertThatThrownBy(() -> new Pattern(CellSet.EMPTY, GridSize.MAX_SIDE + 1, 1, Rule.CONWAY, Metadata.EMPTY)
                .naturalSize()).hasMessageStartingWith("the pattern spans 1x1048577 cells (height x width)");
        assertThatThrownBy(() -> new Pattern(CellSet.EMPTY, 1, GridSize.MAX_SIDE + 1, Rule.CONWAY, Metadata.EMPTY)
                .naturalSize()).hasMessageStartingWith("the pattern spans 1048577x1 cells");
        Pattern atCap = new Pattern(CellSet.EMPTY, 1 << 10, 1 << 20, Rule.CONWAY, Metadata.EMPTY);
        assertThat(atCap.naturalSize()).isEqualTo(new GridSize(1 << 20, 1 << 10));
        assertThatThrownBy(() -> new Pattern(CellSet.EMPTY, (1 << 10) + 1, 1 << 20, Rule.CONWAY, Metadata.EMPTY)
                .naturalSize()).hasMessage("the pattern spans 1048576x1025 cells (height x width), 1074790400 in all, "
                + "more than a torus's limit of 1073741824 cells; choose a torus size");
        assertThat(new Pattern(CellSet.EMPTY, 0, 0, Rule.CONWAY, Metadata.EMPTY).naturalSize())
                .isEqualTo(new GridSize(1, 1));
    }

    @Test
    void boundingBoxAndWithers() {
        Pattern p = new Pattern(CellSet.of(2, 1, 4, 3), 9, 9, Rule.CONWAY, Metadata.EMPTY);
        assertThat(p.boundingBox()).contains(new Bounds(2, 1, 4, 3));
        Bounds b = p.boundingBox().orElseThrow();
        assertThat(b.width()).isEqualTo(3);
        assertThat(b.height()).isEqualTo(3);
        assertThat(new Bounds(Integer.MIN_VALUE, 0, Integer.MAX_VALUE, 0).width()).isEqualTo(1L << 32);
        assertThat(new Bounds(0, 5, 0, 5).height()).isEqualTo(1);
        assertThatThrownBy(() -> new Bounds(1, 0, 0, 0)).hasMessage("empty bounds 1..0 x 0..0");
        assertThatThrownBy(() -> new Bounds(0, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Pattern.of(CellSet.EMPTY).boundingBox()).isEmpty();
        Metadata m = Metadata.EMPTY.withName("n");
        assertThat(p.withMetadata(m).metadata()).isSameAs(m);
        assertThat(p.withMetadata(m).cells()).isEqualTo(p.cells());
        assertThat(p.withMetadata(m).width()).isEqualTo(9);
    }

    @Test
    void fromGridHoldsMoreThanSixteenCellsAndEmptyGrids() {
        Grid.Builder b = new Grid.Builder(new GridSize(5, 5));
        for (int i = 0; i < 20; i++) {
            b.set(i, true);
        }
        Grid g = b.build(0);
        Pattern p = Pattern.fromGrid(g, Rule.CONWAY);
        assertThat(p.population()).isEqualTo(20);
        assertThat(p.toGrid(g.size())).isEqualTo(g);
        Pattern none = Pattern.fromGrid(Grid.empty(new GridSize(3, 4)), Rule.CONWAY);
        assertThat(none.population()).isZero();
        assertThat(none.width()).isEqualTo(4);
        assertThat(none.height()).isEqualTo(3);
    }

    @Test
    void normalizingAnEmptyPatternDropsItsBoxAndKeepsTheRest() {
        Metadata m = Metadata.EMPTY.withAuthor("a");
        Rule r = Rule.parse("B36/S23");
        Pattern p = new Pattern(CellSet.EMPTY, 5, 6, r, m).normalized();
        assertThat(p.width()).isZero();
        assertThat(p.height()).isZero();
        assertThat(p.rule()).isEqualTo(r);
        assertThat(p.metadata()).isEqualTo(m);
        Pattern moved = new Pattern(CellSet.of(2, 3), 5, 6, r, Metadata.EMPTY.withPosition(new Position(10, 20)))
                .normalized();
        assertThat(moved.metadata().position()).isEqualTo(new Position(12, 23));
        assertThat(moved.rule()).isEqualTo(r);
        assertThat(moved.width()).isEqualTo(1);
    }

    // ---- Metadata ----

    @Test
    void metadataIsOneLineEachAndKeepsBlankComments() {
        assertThatThrownBy(() -> new Metadata(null, "a\rb", List.of(), null))
                .hasMessage("a author must be one line, but has a line break: a\rb");
        assertThatThrownBy(() -> new Metadata(null, null, List.of("x", "y\nz"), null))
                .hasMessageStartingWith("a comment must be one line");
        assertThatThrownBy(() -> new Metadata(null, null, null, null)).isInstanceOf(NullPointerException.class);
        Metadata m = Metadata.EMPTY.withName(" N ").withAuthor(" A ").withComments(List.of(" ", " c "))
                .withPosition(new Position(1, 0));
        assertThat(m.name()).isEqualTo("N");
        assertThat(m.author()).isEqualTo("A");
        assertThat(m.comments()).containsExactly("", "c");
        assertThat(m.position()).isEqualTo(new Position(1, 0));
        assertThat(m.description()).isEqualTo("c");
        assertThat(Metadata.EMPTY.withComments(List.of("", "")).description()).isEmpty();
        assertThat(m.withPosition(new Position(0, 0)).position()).isNull();
        assertThat(new Position(-3, 4)).hasToString("-3,4");
    }

    // ---- PatternFormatException ----

    @Test
    void messagesNameThePlaceTheyHave() {
        assertThat(PatternFormatException.at("f.rle", 3, 0, "p").getMessage()).isEqualTo("f.rle:3: p");
        assertThat(PatternFormatException.at("f.rle", 3, 7, "p").getMessage()).isEqualTo("f.rle:3:7: p");
        assertThat(PatternFormatException.at("f.rle", 0, 7, "p").getMessage()).isEqualTo("f.rle: p");
        assertThat(PatternFormatException.at(" ", 1, 1, "p").getMessage()).isEqualTo("<input>:1:1: p");
        assertThat(PatternFormatException.at(null, 1, 1, "p").getMessage()).isEqualTo("<input>:1:1: p");
        PatternFormatException e = PatternFormatException.expected("f", 2, 5, "a number", "'x'");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.problem()).isEqualTo("expected a number, found 'x'");
        Throwable cause = new java.io.IOException("disk");
        PatternFormatException of = PatternFormatException.of("g", "gone", cause);
        assertThat(of.getCause()).isSameAs(cause);
        assertThat(of.line()).isZero();
        assertThat(of.expected()).isNull();
        assertThat(of.found()).isNull();
        assertThat(of.problem()).isEqualTo("gone");
    }

    @Test
    void charactersAreDescribedSoTheyCanBeSeen() {
        assertThat(PatternFormatException.describe(-1)).isEqualTo("end of input");
        assertThat(PatternFormatException.describe(0)).isEqualTo("character U+0000");
        assertThat(PatternFormatException.describe('\n')).isEqualTo("end of line");
        assertThat(PatternFormatException.describe(0xFFFD)).isEqualTo("bytes that are not UTF-8 text");
        assertThat(PatternFormatException.describe(0x1F)).isEqualTo("character U+001F");
        assertThat(PatternFormatException.describe(' ')).isEqualTo("' '");
        assertThat(PatternFormatException.describe(0x7E)).isEqualTo("'~'");
        assertThat(PatternFormatException.describe(0x7F)).isEqualTo("character U+007F");
        assertThat(PatternFormatException.describe(0x80)).isEqualTo("character U+0080");
        assertThat(PatternFormatException.describe(0x9F)).isEqualTo("character U+009F");
        assertThat(PatternFormatException.describe(0xA0)).isEqualTo("'\u00A0'");
        assertThat(PatternFormatException.describe(0xD800)).isEqualTo("character U+D800");
        assertThat(PatternFormatException.describe(0xFEFF)).isEqualTo("character U+FEFF");
        assertThat(PatternFormatException.describe(0xFEFE)).isEqualTo("'\uFEFE'");
    }

    @Test
    void wordsAreShortenedAndControlCharactersHidden() {
        assertThat(PatternFormatException.describe("a\tb\u007Fc")).isEqualTo("'a?b?c'");
        String forty = "x".repeat(40);
        assertThat(PatternFormatException.describe(forty)).isEqualTo("'" + forty + "'");
        assertThat(PatternFormatException.describe(forty + "y")).isEqualTo("'" + forty + "…'");
        assertThat(PatternFormatException.describe(" ~")).isEqualTo("' ~'");
    }

    @Test
    void limitsAtTheirSmallestAllowedValues() {
        PatternLimits least = new PatternLimits(0, 0, 1, 80);
        assertThat(least.maxExtent()).isEqualTo(1);
        assertThatThrownBy(() -> new PatternLimits(-1, 0, 1, 80)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limits must be positive (and lines at least 80 characters)");
        assertThatThrownBy(() -> new PatternLimits(0, -1, 1, 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PatternLimits(0, 0, 0, 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PatternLimits(0, 0, 1, 79)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- PatternFormat ----

    @Test
    void formatsKnowTheirNamesAndWhetherTheyAreWritten() {
        assertThat(PatternFormat.RLE.displayName()).isEqualTo("RLE");
        assertThat(PatternFormat.LIFE_105).hasToString("Life 1.05");
        assertThat(PatternFormat.PLAINTEXT.extension()).isEqualTo("cells");
        assertThat(PatternFormat.LIFE_105.writable()).isFalse();
        assertThat(PatternFormat.LIFE_106.writable()).isTrue();
        assertThat(PatternFormat.byExtension("a.LIF")).contains(PatternFormat.LIFE_106);
        assertThat(PatternFormat.byExtension("rle")).isEmpty();
        assertThat(PatternFormat.byExtension("a.cells.txt")).isEmpty();
    }

    // ---- PatternLibrary ----

    @Test
    void libraryNamesAreForgivingAndUnknownNamesListSome() throws Exception {
        PatternLibrary lib = PatternLibrary.builtIn();
        assertThat(lib.find(null)).isEmpty();
        assertThat(lib.find(" Gosper_Glider gun.RLE ")).map(PatternLibrary.Entry::name).contains("gosper-glider-gun");
        assertThat(lib.find("block.rle")).map(PatternLibrary.Entry::fileName).contains("block.rle");
        assertThat(lib.find("rle")).isEmpty();
        assertThat(lib.pattern("BLOCK").population()).isEqualTo(4);
        assertThat(lib.entries()).hasSizeGreaterThan(5);
        assertThat(lib.entries().getFirst().name()).isEqualTo("block");
        assertThatThrownBy(() -> lib.pattern("no such thing"))
                .isInstanceOf(PatternFormatException.class)
                .hasMessageStartingWith("no such thing: no such pattern in the built-in library (try block, ")
                .hasMessageEndingWith(", …; list them all with the patterns command)");
        String listed = catchThrowable(() -> lib.pattern("zz")).getMessage();
        assertThat(listed.split(", ")).hasSize(6);
        assertThatThrownBy(() -> new PatternLibrary.Entry("a", "b", "c", "d", null))
                .isInstanceOf(NullPointerException.class);
        PatternLibrary.Entry missing = new PatternLibrary.Entry("m", "no-such-file.rle", "M", "nobody", "none");
        assertThatThrownBy(missing::pattern).isInstanceOf(PatternFormatException.class)
                .hasMessage("no-such-file.rle: missing from the built-in library");
    }
}
