package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's exit codes, held by every command-line entry point: a missing file exits 1 and a
 * bad argument exits 2, each with one line on stderr that starts with the command's name and
 * names what is wrong, and no stack trace. (The window's entry point is checked the same way in
 * {@code DesktopLauncherTest}, in its own JVM.) Also {@code help}, which scripts and newcomers type.
 */
class ExitCodesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            run MISSING                                  | lifefx run
            run MISSING --torus 10x10                    | lifefx run
            bench --pattern MISSING --grid 20x20         | lifefx bench
            convert MISSING OUT.rle                      | lifefx convert
            """)
    void aMissingFileExitsOneWithOneLine(String args, String prefix) {
        Cli r = run(args);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(CliException.FAILURE);
        assertOneLine(r, prefix, "nope.rle");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            run glider --generations -1                  | lifefx run      | --generations
            run glider --torus 0x5                       | lifefx run      | --torus
            run --bogus                                  | lifefx run      | --bogus
            bench --steps 0                              | lifefx bench    | --steps
            bench --strategies nosuch                    | lifefx bench    | nosuch
            convert glider                               | lifefx convert  | OUT
            convert glider OUT.png                       | lifefx convert  | .png
            strategies --bogus                           | lifefx strategies | --bogus
            patterns extra                               | lifefx patterns | extra
            help nosuch                                  | lifefx          | nosuch
            nosuchcommand                                | lifefx          | nosuchcommand
            """)
    void aBadArgumentExitsTwoWithOneLine(String args, String prefix, String named) {
        Cli r = run(args);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(CliException.USAGE);
        assertOneLine(r, prefix, named);
    }

    @Test
    void helpListsTheCommandsAndTheFileForm() {
        Cli r = Cli.run("help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("lifefx [FILE]").contains("lifefx help [COMMAND]")
                .contains("run ").contains("bench ").contains("convert ").contains("Exit codes:");
        assertThat(Cli.run("--help").out()).isEqualTo(r.out());
    }

    @Test
    void versionNamesTheAppJavaJavaFxAndTheOs() {
        Cli r = Cli.run("--version");
        assertThat(r.exitCode()).isZero();
        java.util.List<String> lines = r.out().strip().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("LifeFX \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(lines.get(1)).startsWith("Java " + Runtime.version().feature());
        assertThat(lines.get(2)).isEqualTo("JavaFX 26.0.2");
        assertThat(lines.get(3)).startsWith("OS " + System.getProperty("os.name"));
    }

    @Test
    void helpOfACommandIsThatCommandsUsage() {
        Cli r = Cli.run("help", "convert");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: lifefx convert").isEqualTo(Cli.run("convert", "--help").out());
    }

    @Test
    void everyCommandsFirstDescriptionLineIsAWholeSentence() {
        for (var sub : LifeCli.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter())).getSubcommands().entrySet()) {
            String[] description = sub.getValue().getCommandSpec().usageMessage().description();
            assertThat(description).as(sub.getKey()).isNotEmpty();
            assertThat(description[0].strip()).as(sub.getKey() + "'s first line, shown in the command list")
                    .matches("[A-Z].*\\.");
        }
    }

    private Cli run(String args) {
        String[] words = args.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            words[i] = switch (words[i]) {
                case "MISSING" -> dir.resolve("nope.rle").toString();
                case "OUT.rle", "OUT.png" -> dir.resolve(words[i].toLowerCase(java.util.Locale.ROOT)).toString();
                default -> words[i];
            };
        }
        return Cli.run(words);
    }

    private static void assertOneLine(Cli r, String prefix, String named) {
        assertThat(r.err().strip().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith(prefix + ":").contains(named)
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
