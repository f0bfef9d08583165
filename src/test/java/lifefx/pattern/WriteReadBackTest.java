package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lifefx.life.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Whatever a writer writes, the reader reads back to the same cells (and position): patterns are
 * drawn close to every reader limit (coordinates and positions near ±10⁹, extents near 10⁹, names
 * near the line limit), and the writer either refuses them with one line or writes what reads back.
 */
class WriteReadBackTest {

    private static final int LINE = PatternLimits.DEFAULT.maxLineLength();

    /** Values just inside and just outside the limits, and ordinary ones. */
    private static Arbitrary<Integer> edgyInts() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 50)),
                Tuple.of(2, Arbitraries.integers().between(999_999_990, 1_000_000_010)),
                Tuple.of(1, Arbitraries.integers().between(2_000_000_000, 2_000_000_010)));
    }

    private static Arbitrary<Long> edgyLongs() {
        Arbitrary<Long> near = Arbitraries.longs().between(999_999_000L, 1_000_001_000L);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(-100, 100)),
                Tuple.of(2, near), Tuple.of(2, near.map(v -> -v)),
                Tuple.of(1, Arbitraries.longs().between(-3_000_000_000L, 3_000_000_000L)));
    }

    private static Arbitrary<String> edgyText() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, PatternArbitraries.text()),
                Tuple.of(1, Arbitraries.integers().between(LINE - 12, LINE + 2).map(n -> "n".repeat(n))));
    }

    @Provide
    Arbitrary<Pattern> edgyPatterns() {
        Arbitrary<CellSet> cells = Combinators.combine(edgyInts(), edgyInts()).as((x, y) -> new int[] {x, y})
                .list().ofMinSize(0).ofMaxSize(6)
                .map(l -> CellSet.of(l.stream().flatMapToInt(java.util.Arrays::stream).toArray()));
        Arbitrary<Position> position = Combinators.combine(edgyLongs(), edgyLongs()).as(Position::new)
                .injectNull(0.2);
        Arbitrary<Metadata> meta = Combinators.combine(edgyText().injectNull(0.5), edgyText().injectNull(0.5),
                edgyText().list().ofMaxSize(2), position).as(Metadata::new);
        return Combinators.combine(cells, meta).as((c, m) -> Pattern.of(c, Rule.CONWAY, m));
    }

    @Property(tries = 600)
    void whatTheWriterWritesReadsBackToTheSameCells(@ForAll("edgyPatterns") Pattern p) throws Exception {
        for (PatternFormat format : List.of(PatternFormat.RLE, PatternFormat.PLAINTEXT, PatternFormat.LIFE_106,
                PatternFormat.MACROCELL)) {
            if (format == PatternFormat.PLAINTEXT && (p.cells().maxX() > 100_000 || p.cells().maxY() > 100_000)) {
                continue; // plaintext spells every dead cell out; its own size check is tested elsewhere
            }
            String text;
            try {
                text = PatternWriter.write(p, format);
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).startsWith("cannot write the pattern as " + format.displayName())
                        .doesNotContain("\n");
                continue;
            }
            Pattern back = PatternReader.read(text, "back." + format.extension());
            Position pos = p.metadata().position() == null ? Position.ORIGIN : p.metadata().position();
            if (format == PatternFormat.LIFE_106 || format == PatternFormat.MACROCELL) {
                Pattern expected = p.normalized();
                assertThat(back.cells()).isEqualTo(expected.cells());
                if (!p.cells().isEmpty()) {
                    assertThat(back.metadata().position()).isEqualTo(expected.metadata().position());
                }
                if (format == PatternFormat.MACROCELL) { // unlike Life 1.06, it keeps name and comments
                    assertThat(back.metadata().name()).isEqualTo(p.metadata().name());
                    assertThat(back.metadata().comments()).isEqualTo(p.metadata().comments());
                }
            } else {
                assertThat(back.cells()).as(format.displayName()).isEqualTo(p.cells());
                assertThat(back.metadata().position()).isEqualTo(p.metadata().position());
                assertThat(back.metadata().name()).isEqualTo(p.metadata().name());
                assertThat(back.metadata().comments()).isEqualTo(p.metadata().comments());
            }
            assertThat(pos).isNotNull();
        }
    }

    /** The case: an XRLE position near the limit makes Life 1.06 coordinates beyond it. */
    @Test
    void aPositionNearTheLimitIsNotWrittenAsUnreadableLife106() throws Exception {
        Pattern p = PatternReader.read("#CXRLE Pos=999999999,-1000000000\n3o$o!", "near.rle");
        assertThat(p.metadata().position()).isEqualTo(new Position(999_999_999, -1_000_000_000));
        assertThatThrownBy(() -> PatternWriter.write(p, PatternFormat.LIFE_106))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot write the pattern as Life 1.06 (LifeFX reads back coordinates within ±1000000000):"
                        + " its cells lie at x 999999999..1000000001, y -1000000000..-999999999; write .rle, which"
                        + " keeps the position apart from the cells");
        // RLE keeps it and reads back.
        assertThat(PatternReader.read(PatternWriter.write(p, PatternFormat.RLE), "again.rle")).isEqualTo(p);
    }

    @Test
    void namesAtTheLineLimit() throws Exception {
        Pattern fits = Pattern.of(CellSet.of(0, 0), Rule.CONWAY, Metadata.EMPTY.withName("n".repeat(LINE - 3)));
        assertThat(PatternReader.read(PatternWriter.write(fits, PatternFormat.RLE), "n.rle").metadata().name())
                .hasSize(LINE - 3);
        Pattern tooLong = fits.withMetadata(Metadata.EMPTY.withName("n".repeat(LINE - 2)));
        assertThatThrownBy(() -> PatternWriter.write(tooLong, PatternFormat.RLE))
                .hasMessage("cannot write the pattern as RLE (LifeFX reads back lines of at most 65536 characters):"
                        + " its name has 65534");
    }
}
