package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The two generation kernels of {@code packed}: the Vector API one ({@link PackedVectorRows}) gives
 * exactly the scalar one's words and population ({@link PackedRows#scalarRows}) for any rule, size
 * and band, and the scalar one is checked against the independent reference. The strategy contract
 * runs small grids, whose rows are mostly narrower than two vectors; these widths reach many
 * vectors per row and every remainder.
 */
class PackedKernelTest {

    @Test
    void theTestJvmRunsTheVectorKernel() {
        // Surefire passes --add-modules jdk.incubator.vector, as the launcher does: without it every
        // other test here would compare the scalar kernel with itself.
        assertThat(PackedRows.VECTOR).as(PackedRows.describeKernel()).isTrue();
        assertThat(PackedRows.describeKernel()).startsWith("Vector API");
    }

    @Property(tries = 300)
    void vectorKernelEqualsScalarKernel(@ForAll @IntRange(min = 1, max = 24) int height,
                                        @ForAll("widths") int width,
                                        @ForAll("rules") Rule rule,
                                        @ForAll @IntRange(min = 0, max = 1000) int density,
                                        @ForAll long seed) throws InterruptedException {
        int wpr = PackedRows.wordsPerRow(width);
        long[] src = randomWords(height, width, density / 1000.0, seed);
        Random pick = new Random(seed ^ 0x5DEECE66DL);
        int from = pick.nextInt(height);
        int to = from + 1 + pick.nextInt(height - from);
        long[] scalar = new long[src.length];
        long[] vector = new long[src.length];
        long scalarCount = PackedRows.scalarRows(src, scalar, height, width, from, to, rule.birth(), rule.survival());
        long vectorCount = PackedVectorRows.rows(src, vector, height, width, from, to, rule.birth(), rule.survival());
        assertThat(vector).as("%dx%d rows %d..%d, %s", height, width, from, to, rule).isEqualTo(scalar);
        assertThat(vectorCount).isEqualTo(scalarCount).isEqualTo(PackedRows.population(scalar, from * wpr, to * wpr));
    }

    @Property(tries = 60)
    void scalarKernelMatchesTheReference(@ForAll @IntRange(min = 1, max = 12) int height,
                                         @ForAll("widths") int width,
                                         @ForAll("rules") Rule rule,
                                         @ForAll long seed) throws InterruptedException {
        long[] src = randomWords(height, width, 0.4, seed);
        GridSize size = new GridSize(height, width);
        Grid start = PackedRows.toGrid(src, size, 0);
        long[] next = new long[src.length];
        PackedRows.scalarRows(src, next, height, width, 0, height, rule.birth(), rule.survival());
        assertThat(PackedRows.toGrid(next, size, 1)).isEqualTo(ReferenceLife.step(start, rule));
    }

    @Test
    void manyGenerationsOfAWideSoupAgreeWithTheReference() throws InterruptedException {
        // 1,100 cells: 18 words a row, two 8-word vectors, and a last word with 12 cells.
        int height = 37;
        int width = 1100;
        long[] a = randomWords(height, width, 0.35, 7);
        Grid expected = PackedRows.toGrid(a, new GridSize(height, width), 0);
        long[] b = new long[a.length];
        for (int g = 0; g < 60; g++) {
            PackedVectorRows.rows(a, b, height, width, 0, height, Rule.CONWAY.birth(), Rule.CONWAY.survival());
            long[] t = a;
            a = b;
            b = t;
            expected = ReferenceLife.step(expected, Rule.CONWAY);
        }
        assertThat(PackedRows.toGrid(a, new GridSize(height, width), 60)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Integer> widths() {
        // every remainder against 64 and against 4 or 8 words, up to 40 words a row
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 64 * 40),
                Arbitraries.of(64, 512, 576, 640, 1024, 64 * 10 - 1, 64 * 10 + 1, 64 * 17 + 63, 64 * 18 + 12));
    }

    @Provide
    Arbitrary<Rule> rules() {
        Arbitrary<Rule> random = Arbitraries.integers().between(0, 511).flatMap(b ->
                Arbitraries.integers().between(0, 511).map(s -> new Rule(b, s, null)));
        return Arbitraries.oneOf(Arbitraries.of(Rule.CONWAY, Rule.parse("B36/S23"), Rule.parse("B0/S8")), random);
    }

    /** A {@code height × width} torus's words with each cell alive at {@code density}, padding zero. */
    private static long[] randomWords(int height, int width, double density, long seed) {
        int wpr = PackedRows.wordsPerRow(width);
        long[] words = new long[height * wpr];
        Random random = new Random(seed);
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                if (random.nextDouble() < density) {
                    words[r * wpr + (c >>> 6)] |= 1L << c;
                }
            }
        }
        return words;
    }
}
