package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lifefx.engine.StrategyRegistry;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternLibrary;
import lifefx.pattern.PatternReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {

    @TempDir
    Path dir;

    @Test
    void strategiesListsNameTabDescription() {
        Cli r = Cli.run("strategies");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().toList()).hasSize(StrategyRegistry.all().size() + 1);
        for (StrategyRegistry.Entry e : StrategyRegistry.all()) {
            assertThat(r.out()).contains(e.name() + "\ttorus: " + e.description() + "\n");
        }
        // The unbounded universe's one strategy comes last; the engine's registry is torus-only.
        assertThat(r.out().strip().lines().toList().getLast()).startsWith("hashlife\tunbounded: ");
    }

    @Test
    void patternsListsTheLibrary() {
        Cli r = Cli.run("patterns");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().toList()).hasSize(PatternLibrary.builtIn().entries().size()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(r.out()).contains("glider\t").contains("gosper-glider-gun\t");
    }

    @Test
    void convertWritesEachFormatWithTheSameCells() throws Exception {
        Pattern gun = PatternLibrary.builtIn().pattern("gosper-glider-gun");
        for (String ext : new String[] {"rle", "cells", "lif"}) {
            Path out = dir.resolve("gun." + ext);
            Cli r = Cli.run("convert", "gosper-glider-gun", out.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(PatternReader.read(out).normalized().cells()).isEqualTo(gun.normalized().cells());
        }
        // And back from plaintext to RLE.
        Path back = dir.resolve("back.rle");
        assertThat(Cli.run("convert", dir.resolve("gun.cells").toString(), back.toString()).exitCode()).isZero();
        assertThat(PatternReader.read(back).normalized().cells()).isEqualTo(gun.normalized().cells());
    }

    @Test
    void convertRefusesAnUnknownExtensionAsAUsageError() {
        Cli r = Cli.run("convert", "glider", dir.resolve("glider.png").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("use a name ending in .rle, .cells, .lif or .mc");
        assertThat(Files.exists(dir.resolve("glider.png"))).isFalse();
    }

    @Test
    void helpAndVersionWork() {
        Cli help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("run", "bench", "strategies", "patterns", "convert");
        Cli version = Cli.run("--version");
        assertThat(version.out()).startsWith("LifeFX");
        assertThat(Cli.run("run", "--help").out()).contains("--torus", "--generations", "--strategy", "--threads",
                "--rule", "--out", "--print", "--io", "--latency", "--unbounded", "--step", "--time");
    }

    @Test
    void mainOpensTheWindowOnlyForNoArgumentsOrAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("some-pattern"), "bo$2bo$3o!");
        assertThat(lifefx.MainAccess.opensWindow()).isTrue();
        assertThat(lifefx.MainAccess.opensWindow(file.toString())).isTrue();
        assertThat(lifefx.MainAccess.opensWindow("glider.rle")).isTrue();
        assertThat(lifefx.MainAccess.opensWindow("run")).isFalse();
        assertThat(lifefx.MainAccess.opensWindow("rnu")).isFalse();
        assertThat(lifefx.MainAccess.opensWindow("--help")).isFalse();
        assertThat(lifefx.MainAccess.opensWindow("run", "glider")).isFalse();
    }
}
