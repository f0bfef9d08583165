package lifefx.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import lifefx.analysis.Identification.Type;
import lifefx.life.GridSize;
import lifefx.pattern.Pattern;
import lifefx.universe.Universe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Identify on the classic objects, on the plane and on a torus. */
class IdentifyTest {

    private static final GridSize TORUS = new GridSize(64, 80);

    private static Identification identify(String name, boolean onTorus) throws Exception {
        Pattern p = Patterns.library(name);
        try (Universe u = onTorus ? Patterns.torus(p, TORUS) : Patterns.plane(p)) {
            return Identify.run(u, 2000);
        }
    }

    @ParameterizedTest(name = "torus={0}")
    @ValueSource(booleans = {false, true})
    void block(boolean onTorus) throws Exception {
        Identification id = identify("block", onTorus);
        assertThat(id.type()).isEqualTo(Type.STILL);
        assertThat(id.period()).isEqualTo(1);
        assertThat(id.populationMin()).isEqualTo(4);
        assertThat(id.populationMax()).isEqualTo(4);
        assertThat(id.boxWidth()).isEqualTo(2);
        assertThat(id.boxHeight()).isEqualTo(2);
        assertThat(id.heat()).isZero();
        assertThat(id.generation()).isEqualTo(BigInteger.ONE);
        assertThat(id.facts()).containsExactly("type=still", "period=1", "population-min=4", "population-max=4",
                "population-mean=4", "bbox=2x2", "heat=0");
    }

    @ParameterizedTest(name = "torus={0}")
    @ValueSource(booleans = {false, true})
    void blinker(boolean onTorus) throws Exception {
        Identification id = identify("blinker", onTorus);
        assertThat(id.type()).isEqualTo(Type.OSCILLATOR);
        assertThat(id.period()).isEqualTo(2);
        assertThat(id.boxWidth()).isEqualTo(3);
        assertThat(id.boxHeight()).isEqualTo(3);
        // Two cells die and two are born every generation.
        assertThat(id.heat()).isEqualTo(4);
        assertThat(id.periodMap().counts()).containsEntry(1, 1).containsEntry(2, 4).hasSize(2);
        assertThat(id.facts()).contains("rotor-cells=4", "stator-cells=1");
    }

    @ParameterizedTest(name = "torus={0}")
    @ValueSource(booleans = {false, true})
    void pulsar(boolean onTorus) throws Exception {
        Identification id = identify("pulsar", onTorus);
        assertThat(id.type()).isEqualTo(Type.OSCILLATOR);
        assertThat(id.period()).isEqualTo(3);
        assertThat(id.populationMin()).isEqualTo(48);
        assertThat(id.populationMax()).isEqualTo(72);
        assertThat(id.boxWidth()).isEqualTo(15);
        assertThat(id.boxHeight()).isEqualTo(15);
        assertThat(id.periodMap().counts().keySet()).containsExactly(1, 3);
        // LifeWiki's figures: heat 42.7, 24 stator and 64 rotor cells.
        assertThat(id.heat()).isCloseTo(128.0 / 3, within(1e-9));
        assertThat(id.periodMap().stator()).isEqualTo(24);
        assertThat(id.periodMap().rotor()).isEqualTo(64);
    }

    @ParameterizedTest(name = "torus={0}")
    @ValueSource(booleans = {false, true})
    void pentadecathlon(boolean onTorus) throws Exception {
        Identification id = identify("pentadecathlon", onTorus);
        assertThat(id.type()).isEqualTo(Type.OSCILLATOR);
        assertThat(id.period()).isEqualTo(15);
        assertThat(id.periodMap().counts().keySet()).allMatch(p -> 15 % p == 0).contains(15);
        // LifeWiki's figures: a 16x9 box over the period, population 12 to 40, heat 22.4.
        assertThat(id.boxWidth() * id.boxHeight()).isEqualTo(16 * 9);
        assertThat(id.populationMin()).isEqualTo(12);
        assertThat(id.populationMax()).isEqualTo(40);
        assertThat(id.heat()).isCloseTo(22.4, within(1e-9));
    }

    @ParameterizedTest(name = "torus={0}")
    @ValueSource(booleans = {false, true})
    void glider(boolean onTorus) throws Exception {
        Identification id = identify("glider", onTorus);
        assertThat(id.type()).isEqualTo(Type.SPACESHIP);
        assertThat(id.period()).isEqualTo(4);
        assertThat(Math.abs(id.dx())).isEqualTo(1);
        assertThat(Math.abs(id.dy())).isEqualTo(1);
        assertThat(id.speed()).isEqualTo("c/4 diagonal");
        assertThat(id.populationMin()).isEqualTo(5);
        assertThat(id.populationMax()).isEqualTo(5);
        assertThat(id.boxWidth()).isEqualTo(3);
        assertThat(id.boxHeight()).isEqualTo(3);
        assertThat(id.periodMap()).isNull();
        if (onTorus) {
            // 64x80: back at the start after lcm(80, 64) = 320 periods of 4.
            assertThat(id.torusReturn()).isEqualTo(4 * 320);
            assertThat(id.facts()).anyMatch(f -> f.startsWith("torus-note=") && f.contains("1280 generations"));
        } else {
            assertThat(id.torusReturn()).isZero();
        }
    }

    @ParameterizedTest(name = "torus={0}")
    @ValueSource(booleans = {false, true})
    void lwss(boolean onTorus) throws Exception {
        Identification id = identify("lwss", onTorus);
        assertThat(id.type()).isEqualTo(Type.SPACESHIP);
        assertThat(id.period()).isEqualTo(4);
        assertThat(Math.abs(id.dx()) + Math.abs(id.dy())).isEqualTo(2);
        assertThat(id.dx() * id.dy()).isZero();
        assertThat(id.speed()).isEqualTo("c/2 orthogonal");
        assertThat(id.populationMin()).isEqualTo(9);
        assertThat(id.populationMax()).isEqualTo(12);
    }

    @ParameterizedTest(name = "torus={0}")
    @ValueSource(booleans = {false, true})
    void gosperGunIsNoneAndGrows(boolean onTorus) throws Exception {
        Pattern p = Patterns.library("gosper-glider-gun");
        try (Universe u = onTorus ? Patterns.torus(p, new GridSize(400, 400)) : Patterns.plane(p)) {
            Identification id = Identify.run(u, 300);
            assertThat(id.type()).isEqualTo(Type.NONE);
            assertThat(id.generation()).isEqualTo(BigInteger.valueOf(300));
            assertThat(id.population().intValue()).isGreaterThan(36 + 4 * 5);
            assertThat(id.growth()).startsWith("population 36 to ");
            assertThat(id.facts()).contains("type=none").anyMatch(f -> f.startsWith("growth="));
        }
    }

    @Test
    void diehardDies() throws Exception {
        try (Universe u = Patterns.plane(Patterns.library("diehard"))) {
            Identification id = Identify.run(u, 1000);
            assertThat(id.type()).isEqualTo(Type.NONE);
            assertThat(id.died()).isEqualTo(BigInteger.valueOf(130));
            assertThat(id.facts()).contains("died=130");
        }
    }

    /**
     * On a 256x256 torus the R-pentomino's gliders come round forever: its state repeats every 1024
     * generations (a glider's lap, 256 x 4), first confirmed at generation 3722. Checked with Golly:
     * {@code bgolly -m N -o out.rle} of {@code b2o$2o$bo!} under {@code B3/S23:T256,256} writes the same
     * cells at 2698 and 3722 (and at 2697 and 3721), and different cells at 3210 (so not 512).
     */
    @Test
    void rPentominoSettlesOnALargeTorus() throws Exception {
        try (Universe u = Patterns.torus(Patterns.library("r-pentomino"), new GridSize(256, 256))) {
            Identification id = Identify.run(u, 20_000);
            assertThat(id.type()).isEqualTo(Type.OSCILLATOR);
            assertThat(id.period()).isEqualTo(1024);
            assertThat(id.populationMin()).isEqualTo(155);
            assertThat(id.populationMax()).isEqualTo(155);
            assertThat(id.generation()).isBetween(BigInteger.valueOf(1024), BigInteger.valueOf(2697 + 2048));
        }
    }
}
