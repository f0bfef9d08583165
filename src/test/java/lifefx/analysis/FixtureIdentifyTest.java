package lifefx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lifefx.analysis.Identification.Type;
import lifefx.life.GridSize;
import lifefx.pattern.Fixtures;
import lifefx.universe.Universe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Identify on Golly's fixtures, read in place: the oscillators whose period the file's {@code #C}
 * lines give, and every ship of the two ship collections (orthogonal.rle, diagonal.rle), split into
 * their objects, whose speeds the comments list. Expected values are read from the comments where
 * the comment names the object alone, and listed here, object by object, for the collections.
 */
class FixtureIdentifyTest {

    /** The first period a file's comment names: "p138", "p5 oscillator", "period 14". */
    static long documentedPeriod(Path file) throws IOException {
        Pattern p = Pattern.compile("\\b(?:p|period[ -])(\\d+)\\b", Pattern.CASE_INSENSITIVE);
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#C")) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    return Long.parseLong(m.group(1));
                }
            }
        }
        throw new AssertionError(file + " names no period in its #C lines");
    }

    /** Every speed a file's comment names, as {@code c/4} or {@code 2c/5}. */
    static Set<String> documentedSpeeds(Path file) throws IOException {
        Set<String> speeds = new LinkedHashSet<>();
        Pattern p = Pattern.compile("\\b(\\d*c/\\d+)");
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#C")) {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    speeds.add(m.group(1));
                }
            }
        }
        return speeds;
    }

    /** Oscillators in a file of their own: on the plane, or on their :T torus (the agars). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"queen-bee-turn.rle", "make-harbor.rle", "p138.rle", "agar-p3.rle", "herringbone-agar-p14.rle"})
    void oscillatorsHaveTheirDocumentedPeriod(String name) throws Exception {
        Path file = Fixtures.golly().resolve(name);
        lifefx.pattern.Pattern p = Patterns.file(file);
        try (Universe u = p.rule().torus() != null ? Patterns.torus(p, null) : Patterns.plane(p)) {
            Identification id = Identify.run(u, 5000);
            assertThat(id.type()).as(name + ": " + id.facts()).isEqualTo(Type.OSCILLATOR);
            assertThat(id.period()).as(name).isEqualTo(documentedPeriod(file));
            assertThat(id.periodMap().counts().keySet()).as(name).allMatch(c -> id.period() % c == 0)
                    .contains((int) id.period());
        }
    }

    /**
     * The objects of orthogonal.rle, top to bottom: its comment lists c/2 (LWSS, MWSS, HWSS, the
     * p12 Schick engine, an unnamed p2 ship), 2c/5, three c/3, the 2c/7 weekender, a c/4, c/5
     * spiders and the c/6 dragon. The spiders' separate sparks (T-tetrominoes) settle into p2
     * traffic lights.
     */
    static final List<String> ORTHOGONAL = List.of("c/3", "2c/7", "2c/5", "c/3", "c/4", "c/2 p12", "c/2 p2",
            "c/2 p4", "c/2 p4", "c/2 p4", "c/3", "p2", "p2", "p2", "p2", "p2", "p2", "c/5", "c/5", "c/5", "c/5",
            "p2", "c/6");

    /** The objects of diagonal.rle: Orion and the Canada goose, the glider, the c/4 grammar, the c/5s, the seal. */
    static final List<String> DIAGONAL = List.of("c/4", "c/4", "c/4 p4", "c/4", "c/6", "c/5", "c/5", "c/4", "c/5");

    @Test
    void orthogonalShips() throws Exception {
        checkCollection("orthogonal.rle", ORTHOGONAL, "orthogonal");
    }

    @Test
    void diagonalShips() throws Exception {
        checkCollection("diagonal.rle", DIAGONAL, "diagonal");
    }

    private static void checkCollection(String name, List<String> expected, String direction) throws Exception {
        Path file = Fixtures.golly().resolve(name);
        Set<String> documented = documentedSpeeds(file);
        List<lifefx.pattern.Pattern> objects = PatternObjects.split(Patterns.file(file), 3);
        assertThat(objects).hasSize(expected.size());
        List<String> ships = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            String want = expected.get(i);
            for (boolean onTorus : new boolean[] {false, true}) {
                try (Universe u = onTorus ? Patterns.torus(objects.get(i), new GridSize(120, 120))
                        : Patterns.plane(objects.get(i))) {
                    Identification id = Identify.run(u, 2000);
                    String what = name + " object " + i + (onTorus ? " on a torus: " : ": ") + id.facts();
                    if (want.startsWith("p")) {
                        assertThat(id.type()).as(what).isEqualTo(Type.OSCILLATOR);
                        assertThat("p" + id.period()).as(what).isEqualTo(want);
                        continue;
                    }
                    assertThat(id.type()).as(what).isEqualTo(Type.SPACESHIP);
                    String speed = want.split(" ")[0];
                    assertThat(id.speed()).as(what).isEqualTo(speed + " " + direction);
                    assertThat(documented).as(what).contains(speed);
                    if (want.contains(" p")) {
                        assertThat("p" + id.period()).as(what).isEqualTo(want.split(" ")[1]);
                    }
                    assertThat(id.torusReturn() > 0).as(what).isEqualTo(onTorus);
                    if (!onTorus) {
                        ships.add(speed);
                    }
                }
            }
        }
        // Every speed the comment names is found.
        assertThat(ships).containsAll(documented);
    }
}
