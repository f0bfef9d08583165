package lifefx.universe;

import static lifefx.universe.HashLifeUniverseTest.LIFE;
import static lifefx.universe.HashLifeUniverseTest.load;
import static lifefx.universe.HashLifeUniverseTest.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import lifefx.life.Rule;
import lifefx.pattern.Macrocell;
import lifefx.pattern.Metadata;
import lifefx.pattern.PatternReader;
import lifefx.pattern.PatternWriter;
import org.junit.jupiter.api.Test;

/** A HashLife universe to a macrocell tree and back, node for node, at any size. */
class HashLifeMacrocellTest {

    private static final long BUDGET = 256L << 20;

    /** Through a file's text: universe → tree → .mc text → tree → universe. */
    private static HashLifeUniverse throughText(HashLifeUniverse u) throws Exception {
        String text = PatternWriter.write(u.toMacrocell());
        Macrocell back = PatternReader.readMacrocell(text, "u.mc");
        return HashLifeUniverse.fromMacrocell(back, back.rule(), BUDGET);
    }

    @Test
    void randomSoupsKeepDigestPopulationGenerationAndBounds() throws Exception {
        Random rnd = new Random(9);
        for (int trial = 0; trial < 12; trial++) {
            HashLifeUniverse u = new HashLifeUniverse(LIFE, BUDGET);
            long ox = rnd.nextLong(-1_000_000, 1_000_000);
            long oy = rnd.nextLong(-1_000_000, 1_000_000);
            for (int i = 0; i < 400; i++) {
                u.set(ox + rnd.nextInt(40), oy + rnd.nextInt(40), true);
            }
            step(u, rnd.nextInt(300) + 1);
            HashLifeUniverse v = throughText(u);
            assertThat(v.digest()).isEqualTo(u.digest());
            assertThat(v.population()).isEqualTo(u.population());
            assertThat(v.generation()).isEqualTo(u.generation());
            assertThat(v.bounds()).isEqualTo(u.bounds());
            assertThat(v.toMacrocell()).isEqualTo(u.toMacrocell());
            step(u, 100);
            step(v, 100);
            assertThat(v.digest()).isEqualTo(u.digest());
        }
    }

    @Test
    void theGunAtABillionRoundTripsWithoutListingItsCells() throws Exception {
        HashLifeUniverse u = load("gosper-glider-gun");
        step(u, 1_000_000_000);
        Macrocell tree = u.toMacrocell();
        assertThat(tree.population()).isEqualTo(BigInteger.valueOf(166_666_713));
        assertThat(tree.generation()).isEqualTo(BigInteger.valueOf(1_000_000_000));
        // a few thousand squares stand for 1.7 x 10^8 cells
        assertThat(tree.nodeCount()).isLessThan(20_000);
        HashLifeUniverse v = throughText(u);
        assertThat(v.population()).isEqualTo(u.population());
        assertThat(v.generation()).isEqualTo(BigInteger.valueOf(1_000_000_000));
        assertThat(v.bounds()).isEqualTo(u.bounds());
        assertThat(v.toMacrocell()).isEqualTo(tree);
        step(u, 1000);
        step(v, 1000);
        assertThat(v.population()).isEqualTo(u.population());
        assertThat(v.toMacrocell()).isEqualTo(u.toMacrocell());
    }

    @Test
    void aTreeOfTwoToTheEightySixCellsLoadsStepsAndSaves() throws Exception {
        // A block in the middle of each leaf, tiled over a square of 2^45 cells a side: still lifes
        // 8 cells apart, 2^84 blocks. Its file moves it one row and back without listing a cell.
        Macrocell.Builder b = new Macrocell.Builder();
        int n = b.leaf(0x0000_0018_1800_0000L);
        for (int level = 4; level <= 45; level++) {
            n = b.node(level, n, n, n, n);
        }
        Macrocell tiled = b.build(n, LIFE, BigInteger.TEN, Metadata.EMPTY);
        assertThat(tiled.nodeCount()).isEqualTo(43);
        HashLifeUniverse u = HashLifeUniverse.fromMacrocell(tiled, LIFE, BUDGET);
        assertThat(u.population()).isEqualTo(BigInteger.TWO.pow(86));
        assertThat(u.generation()).isEqualTo(BigInteger.TEN);
        assertThat(u.get(-(1L << 44) + 3, -(1L << 44) + 3)).isTrue();
        assertThat(u.get(-(1L << 44) + 2, -(1L << 44) + 3)).isFalse();
        step(u, 1L << 20);
        assertThat(u.population()).isEqualTo(BigInteger.TWO.pow(86));
        Macrocell after = u.toMacrocell();
        assertThat(after.withGeneration(BigInteger.TEN)).isEqualTo(tiled);
        assertThat(after.generation()).isEqualTo(BigInteger.TEN.add(BigInteger.ONE.shiftLeft(20)));
        assertThat(PatternReader.readMacrocell(PatternWriter.write(after), "t.mc")).isEqualTo(after);
    }

    @Test
    void gollyCoordinatesAreUniverseCoordinates() throws Exception {
        // bgolly's file for a block at Pos=0,0 (its file tree has the block one row higher)
        Macrocell m = PatternReader.readMacrocell("[M2] (golly 3.3)\n#R B3/S23\n#G 1\n$$$$$$$**$\n**$\n4 0 1 0 2\n",
                "block.mc");
        HashLifeUniverse u = HashLifeUniverse.fromMacrocell(m, m.rule(), BUDGET);
        assertThat(u.get(0, 0)).isTrue();
        assertThat(u.get(1, 1)).isTrue();
        assertThat(u.get(0, -1)).isFalse();
        assertThat(u.generation()).isEqualTo(BigInteger.ONE);
        assertThat(u.bounds()).contains(new Bounds(0, 0, 1, 1));
        // the same cells as the pattern read from that file, at its position
        lifefx.pattern.Pattern p = PatternReader.read("[M2] (golly 3.3)\n#R B3/S23\n#G 1\n$$$$$$$**$\n**$\n4 0 1 0 2\n",
                "block.mc");
        HashLifeUniverse fromCells = new HashLifeUniverse(LIFE, BUDGET);
        long px = p.metadata().position() == null ? 0 : p.metadata().position().x();
        long py = p.metadata().position() == null ? 0 : p.metadata().position().y();
        for (int i = 0; i < p.cells().size(); i++) {
            fromCells.set(px + p.cells().x(i), py + p.cells().y(i), true);
        }
        assertThat(fromCells.digest()).isEqualTo(u.digest());
    }

    @Test
    void anEmptyTreeIsAnEmptyUniverse() {
        HashLifeUniverse u = HashLifeUniverse.fromMacrocell(Macrocell.empty(LIFE), Rule.parse("B36/S23"), BUDGET);
        assertThat(u.population()).isZero();
        assertThat(u.rule()).isEqualTo(Rule.parse("B36/S23"));
        assertThat(u.toMacrocell().isEmpty()).isTrue();
    }

    @Test
    void aTreeBiggerThanTheBudgetIsRefusedWithItsSize() throws Exception {
        HashLifeUniverse u = load("gosper-glider-gun");
        step(u, 1_000_000);
        Macrocell tree = u.toMacrocell();
        assertThatThrownBy(() -> HashLifeUniverse.fromMacrocell(tree, LIFE, 100 * 104))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the pattern has " + tree.nodeCount() + " distinct squares, more than the 100 nodes a"
                        + " memory budget of 10400 bytes holds");
    }
}
