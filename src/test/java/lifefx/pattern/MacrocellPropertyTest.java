package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lifefx.life.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Macrocell write and read are inverse: for random cell sets at random positions, and for random
 * trees (shared subtrees, deep levels, empty quarters) built node by node; reading is deterministic
 * and the writer's output is a fixed point.
 */
class MacrocellPropertyTest {

    @Property(tries = 400)
    void cellsWrittenAsMacrocellReadBackNormalized(@ForAll("patterns") Pattern p) throws Exception {
        String text = PatternWriter.write(p, PatternFormat.MACROCELL);
        Pattern back = PatternReader.read(text, "p.mc");
        Pattern expected = p.normalized();
        if (p.cells().isEmpty()) { // no cells, no place
            expected = expected.withMetadata(expected.metadata().withPosition(null));
        }
        assertThat(back.cells()).isEqualTo(expected.cells());
        assertThat(back.metadata()).isEqualTo(expected.metadata());
        assertThat(back.rule()).isEqualTo(p.rule());
        assertThat(List.of(back.width(), back.height())).isEqualTo(List.of(expected.width(), expected.height()));
        // the tree of the cells is the tree of the file
        assertThat(PatternReader.readMacrocell(text, "p.mc")).isEqualTo(Macrocell.of(p));
        assertThat(PatternWriter.write(back, PatternFormat.MACROCELL)).isEqualTo(text);
    }

    @Provide
    Arbitrary<Pattern> patterns() {
        return PatternArbitraries.patterns();
    }

    @Property(tries = 300)
    void randomTreesRoundTripAndReadDeterministically(@ForAll("seeds") long seed) throws Exception {
        Macrocell tree = randomTree(new Random(seed));
        String text = PatternWriter.write(tree);
        Macrocell once = PatternReader.readMacrocell(text, "t.mc");
        Macrocell twice = PatternReader.readMacrocell(text, "t.mc");
        assertThat(once).isEqualTo(tree).isEqualTo(twice);
        assertThat(PatternWriter.write(once)).isEqualTo(text);
        assertThat(once.population()).isEqualTo(tree.population());
        // Trees that fit go to cells and back to the same tree.
        if (tree.rootLevel() <= 20 && tree.population().compareTo(BigInteger.valueOf(1_000_000)) <= 0) {
            Pattern cells = tree.toPattern("t.mc", PatternLimits.DEFAULT);
            assertThat(BigInteger.valueOf(cells.population())).isEqualTo(tree.population());
            assertThat(Macrocell.of(cells)).isEqualTo(tree.withGeneration(BigInteger.ZERO));
        }
    }

    /** The generator is worth its name: most trees have cells, some are deep, some share squares. */
    @org.junit.jupiter.api.Test
    void randomTreesAreVaried() {
        Random rnd = new Random(1);
        int nonEmpty = 0;
        int deep = 0;
        int shared = 0;
        for (int i = 0; i < 300; i++) {
            Macrocell t = randomTree(rnd);
            nonEmpty += t.isEmpty() ? 0 : 1;
            deep += t.rootLevel() > 30 ? 1 : 0;
            // fewer nodes than a tree without sharing would need
            shared += !t.isEmpty() && t.population().compareTo(BigInteger.valueOf(64L * t.nodeCount())) > 0 ? 1 : 0;
        }
        assertThat(nonEmpty).isGreaterThan(200);
        assertThat(deep).isGreaterThan(30);
        assertThat(shared).isGreaterThan(30);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** Random leaves, then random nodes over earlier nodes of the level below (often shared, often empty). */
    static Macrocell randomTree(Random rnd) {
        Macrocell.Builder b = new Macrocell.Builder();
        int top = 4 + rnd.nextInt(rnd.nextBoolean() ? 6 : 60);
        List<List<Integer>> byLevel = new ArrayList<>();
        for (int l = 0; l <= top; l++) {
            byLevel.add(new ArrayList<>(List.of(0)));
        }
        int leaves = 1 + rnd.nextInt(6);
        for (int i = 0; i < leaves; i++) {
            long bits = switch (rnd.nextInt(4)) {
                case 0 -> 1L << rnd.nextInt(64);
                case 1 -> -1L;
                default -> rnd.nextLong();
            };
            byLevel.get(3).add(b.leaf(bits));
        }
        int root = 0;
        for (int l = 4; l <= top; l++) {
            List<Integer> below = byLevel.get(l - 1);
            int count = 1 + rnd.nextInt(4);
            for (int i = 0; i < count; i++) {
                int n = b.node(l, pick(below, rnd), pick(below, rnd), pick(below, rnd), pick(below, rnd));
                byLevel.get(l).add(n);
                root = n;
            }
        }
        Rule rule = rnd.nextBoolean() ? Rule.CONWAY : new Rule(rnd.nextInt(256) << 1, rnd.nextInt(512), null);
        BigInteger gen = rnd.nextBoolean() ? BigInteger.ZERO : new BigInteger(1 + rnd.nextInt(100), rnd);
        Metadata meta = rnd.nextBoolean() ? Metadata.EMPTY
                : new Metadata("tree " + rnd.nextInt(100), null, List.of("random", "", "tree"), null);
        return b.build(root, rule, gen, meta);
    }

    private static int pick(List<Integer> nodes, Random rnd) {
        return nodes.get(rnd.nextInt(nodes.size()));
    }
}
