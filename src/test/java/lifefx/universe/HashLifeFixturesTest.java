package lifefx.universe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lifefx.pattern.CellSet;
import lifefx.pattern.Fixtures;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golly's own figures for the fixtures in {@code ../shared/fixtures/golly-patterns}: every unbounded
 * pattern of MANIFEST.txt at generations 100 and 1000, and the Life 1.05 files Golly documents.
 * Skips, saying why, where the fixtures are absent.
 */
class HashLifeFixturesTest {

    static Stream<Arguments> manifest() throws IOException {
        if (!Fixtures.present()) {
            return Stream.of(Arguments.of("(fixtures absent)", -1, -1));
        }
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.golly().resolve("MANIFEST.txt"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 6 && f[0].endsWith(".rle") && !f[2].contains(":T")) {
                rows.add(Arguments.of(f[0], Integer.parseInt(f[4].replace(",", "")),
                        Integer.parseInt(f[5].replace(",", ""))));
            }
        }
        return rows.stream();
    }

    static HashLifeUniverse load(Path file) throws Exception {
        Pattern p = PatternReader.read(file);
        HashLifeUniverse u = new HashLifeUniverse(p.rule());
        CellSet cells = p.cells();
        for (int i = 0; i < cells.size(); i++) {
            u.set(cells.x(i), cells.y(i), true);
        }
        return u;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void everyUnboundedFixtureMatchesGollyAt100And1000(String file, int pop100, int pop1000) throws Exception {
        HashLifeUniverse u = load(Fixtures.golly().resolve(file));
        u.step(BigInteger.valueOf(100));
        assertThat(u.population()).as("%s at 100", file).isEqualTo(pop100);
        u.step(BigInteger.valueOf(900));
        assertThat(u.population()).as("%s at 1000", file).isEqualTo(pop1000);
    }

    @Test
    void rabbitsHas1744At17331() throws Exception {
        HashLifeUniverse u = load(Fixtures.golly().resolve("lif/rabbits.lif"));
        assertThat(u.population()).isEqualTo(9);
        u.step(BigInteger.valueOf(17_331));
        assertThat(u.population()).isEqualTo(1_744);
    }

    /** Populations beyond {@code Long.MAX_VALUE}: bgolly 3.3's figures ({@code bgolly -a HashLife -m G -i G}). */
    @Test
    void spacefillerPopulationsMatchGollyBeyondTheLongRange() throws Exception {
        HashLifeUniverse u = load(Fixtures.golly().resolve("spacefiller.rle"));
        u.step(BigInteger.valueOf(10_000));
        assertThat(u.population()).isEqualTo(25_085_200);
        Universe.Snapshot start = u.snapshot();
        HashLifeUniverse v = load(Fixtures.golly().resolve("spacefiller.rle"));
        v.step(BigInteger.TWO.pow(34));
        assertThat(v.population()).isEqualTo(new BigInteger("73786976440867094728"));
        v.step(BigInteger.TWO.pow(40).subtract(BigInteger.TWO.pow(34)));
        assertThat(v.population()).isEqualTo(new BigInteger("302231454913003142512840"));
        assertThat(v.generation()).isEqualTo(BigInteger.TWO.pow(40));
        u.restore(start);
        assertThat(u.population()).isEqualTo(25_085_200);
    }

    @Test
    void acornFromLife105Has633At5206() throws Exception {
        HashLifeUniverse u = load(Fixtures.golly().resolve("lif/acorn.lif"));
        u.step(BigInteger.valueOf(5206));
        assertThat(u.population()).isEqualTo(633);
    }
}
