package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code identify} and {@code run --stop-when}: the lines scripts read, and the exit codes. */
class IdentifyCommandTest {

    @Test
    void aGliderOnThePlane() {
        Cli r = Cli.run("identify", "glider");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).containsExactly("type=spaceship", "period=4", "displacement=1,1",
                "speed=c/4 diagonal", "population-min=5", "population-max=5", "population-mean=5", "bbox=3x3", "heat=4",
                "generation=4 population=5");
    }

    @Test
    void aGliderOnATorusWrapsRound() {
        Cli r = Cli.run("identify", "glider", "--torus", "20x30");
        assertThat(r.exitCode()).isZero();
        // lcm(20, 30) = 60 periods of 4.
        assertThat(r.out().lines()).contains("type=spaceship", "speed=c/4 diagonal",
                "torus-note=on this torus it wraps round and returns to its start after 240 generations");
        assertThat(r.lastLine()).matches("generation=\\d+ population=5");
    }

    @Test
    void anLwssAndAPulsar() {
        assertThat(Cli.run("identify", "lwss").out().lines()).contains("type=spaceship", "period=4",
                "displacement=-2,0", "speed=c/2 orthogonal", "population-min=9", "population-max=12");
        Cli pulsar = Cli.run("identify", "pulsar", "--torus", "40x40");
        assertThat(pulsar.out().lines()).contains("type=oscillator", "period=3", "population-min=48",
                "population-max=72", "bbox=15x15", "stator-cells=24");
    }

    @Test
    void theGunIsNoneAndGrows() {
        Cli r = Cli.run("identify", "gosper-glider-gun", "--max", "300");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).contains("type=none").anyMatch(l -> l.startsWith("growth=population 36 to "));
        assertThat(r.out()).doesNotContain("period=");
        assertThat(r.lastLine()).startsWith("generation=300 population=");
    }

    @Test
    void aPatternThatDies() {
        Cli r = Cli.run("identify", "diehard");
        assertThat(r.out().lines()).contains("type=none", "died=130");
        assertThat(r.lastLine()).isEqualTo("generation=130 population=0");
    }

    @Test
    void aFileWithItsOwnTorusAndUnboundedOverridingIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("blinker.rle");
        Files.writeString(f, "x = 3, y = 1, rule = B3/S23:T10,8\n3o!\n");
        assertThat(Cli.run("identify", f.toString()).out().lines()).contains("type=oscillator", "period=2");
        assertThat(Cli.run("identify", f.toString(), "--unbounded").out().lines()).contains("type=oscillator");
    }

    @Test
    void badArgumentsAndFiles() {
        Cli missing = Cli.run("identify", "no-such-pattern");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().lines()).singleElement().asString().startsWith("lifefx identify: no such file");
        Cli zero = Cli.run("identify", "glider", "--max", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err().strip()).isEqualTo("lifefx identify: --max must be from 1 to 1000000000 generations, got 0");
        Cli both = Cli.run("identify", "glider", "--unbounded", "--torus", "10x10");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--unbounded").doesNotContain("Exception");
        Cli noPattern = Cli.run("identify");
        assertThat(noPattern.exitCode()).isEqualTo(2);
        assertThat(noPattern.err().lines()).hasSize(1);
    }

    @Test
    void helpListsIdentify() {
        Cli r = Cli.run("help");
        assertThat(r.out()).contains("identify");
        Cli h = Cli.run("identify", "--help");
        assertThat(h.exitCode()).isZero();
        assertThat(h.out()).contains("--max", "--torus", "--unbounded", "type=still|oscillator|spaceship|none");
    }

    @Test
    void runStopsWhenTheDiehardDies() {
        Cli r = Cli.run("run", "diehard", "--generations", "1000", "--stop-when", "dead");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err().strip()).isEqualTo("lifefx run: stopped at generation 130: the pattern died");
        assertThat(r.out().lines()).containsExactly("stopped=dead", "generation=130 population=0");
    }

    @Test
    void runStopsWhenABlinkerRepeatsEvenInJumps() {
        Cli r = Cli.run("run", "blinker", "--generations", "1000", "--stop-when", "still,periodic");
        assertThat(r.out().lines()).contains("stopped=periodic", "period=2");
        assertThat(r.lastLine()).matches("generation=[23] population=3");
        Cli jumps = Cli.run("run", "blinker", "--generations", "1000", "--step", "2^3", "--stop-when", "still");
        assertThat(jumps.out().lines()).as("a blinker is no still life, even seen every 8 generations")
                .containsExactly("generation=1000 population=3");
        Cli block = Cli.run("run", "block", "--torus", "10x10", "--generations", "100", "--stop-when", "still");
        assertThat(block.out().lines()).containsExactly("stopped=still", "generation=1 population=4");
    }

    @Test
    void runRunsOnWithoutStopWhenAndRefusesAnUnknownCondition() {
        assertThat(Cli.run("run", "block", "--generations", "100").lastLine()).isEqualTo("generation=100 population=4");
        Cli bad = Cli.run("run", "glider", "--stop-when", "dead,sometimes");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("lifefx run: --stop-when dead,sometimes: 'sometimes' is not a"
                + " condition; use dead, still or periodic, separated by commas");
    }
}
