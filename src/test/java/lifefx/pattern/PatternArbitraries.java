package lifefx.pattern;

import java.util.List;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random patterns for property tests: empty, one cell, dense blobs and sparse spreads, with metadata. */
final class PatternArbitraries {

    private PatternArbitraries() {
    }

    static Arbitrary<Pattern> patterns() {
        return Combinators.combine(cells(), margins(), rules(), metadata())
                .as((c, m, r, md) -> new Pattern(c, c.maxX() + 1 + m[0], c.maxY() + 1 + m[1], r, md));
    }

    /** Patterns whose smallest x and y are 0: what a format with no origin gives back. */
    static Arbitrary<Pattern> normalizedPatterns() {
        return patterns().map(Pattern::normalized);
    }

    static Arbitrary<CellSet> cells() {
        Arbitrary<CellSet> empty = Arbitraries.just(CellSet.EMPTY);
        Arbitrary<CellSet> one = Combinators.combine(Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(0, 300)).as((x, y) -> CellSet.of(x, y));
        Arbitrary<CellSet> dense = Arbitraries.integers().between(1, 40).flatMap(side ->
                Arbitraries.integers().between(0, side - 1).list().ofMinSize(2).ofMaxSize(400)
                        .map(PatternArbitraries::pairs));
        Arbitrary<CellSet> sparse = Arbitraries.integers().between(0, 5000).list().ofMinSize(2).ofMaxSize(60)
                .map(PatternArbitraries::pairs);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, empty), net.jqwik.api.Tuple.of(2, one),
                net.jqwik.api.Tuple.of(6, dense), net.jqwik.api.Tuple.of(2, sparse));
    }

    private static CellSet pairs(List<Integer> values) {
        int[] xy = new int[values.size() / 2 * 2];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = values.get(i);
        }
        return CellSet.of(xy);
    }

    private static Arbitrary<int[]> margins() {
        Arbitrary<Integer> m = Arbitraries.integers().between(0, 20).edgeCases(c -> c.includeOnly(0));
        return Combinators.combine(m, m).as((a, b) -> new int[] {a, b});
    }

    static Arbitrary<Rule> rules() {
        Arbitrary<Rule> plain = Combinators.combine(Arbitraries.integers().between(0, 511),
                Arbitraries.integers().between(0, 511)).as((b, s) -> new Rule(b, s, null));
        Arbitrary<Rule> torus = Combinators.combine(Arbitraries.integers().between(1, 2000),
                Arbitraries.integers().between(1, 2000)).as((h, w) -> Rule.CONWAY.withTorus(new GridSize(h, w)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(Rule.CONWAY)),
                net.jqwik.api.Tuple.of(2, plain), net.jqwik.api.Tuple.of(2, torus));
    }

    /** One line of text as a user might write it: any printable characters, some non-ASCII. */
    static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('é', 'ß', '→', '漢', '\t')
                .ofMaxLength(60);
    }

    static Arbitrary<Metadata> metadata() {
        Arbitrary<Position> position = Combinators.combine(
                Arbitraries.longs().between(-999_000_000L, 999_000_000L),
                Arbitraries.longs().between(-999_000_000L, 999_000_000L)).as(Position::new).injectNull(0.4);
        return Combinators.combine(text().injectNull(0.3), text().injectNull(0.3), text().list().ofMaxSize(5),
                position).as(Metadata::new);
    }
}
