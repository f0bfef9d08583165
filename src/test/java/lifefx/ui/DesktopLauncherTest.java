package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starting the window, and refusing to with a clear message when there is no desktop. */
class DesktopLauncherTest {

    private static final Map<String, String> X = Map.of("DISPLAY", ":0");

    @Test
    void noDisplayIsExplainedWithTheFix() {
        assertThat(DesktopLauncher.whyNoDesktop(Map.of(), "Linux", null, lib -> true))
                .hasValueSatisfying(m -> assertThat(m).contains("DISPLAY is not set").contains("Xvfb"));
        assertThat(DesktopLauncher.whyNoDesktop(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null, lib -> true))
                .isEmpty();
        assertThat(DesktopLauncher.whyNoDesktop(X, "Linux", null, lib -> false))
                .hasValueSatisfying(m -> assertThat(m).contains("GTK 3").contains("apt-get install libgtk-3-0"));
        assertThat(DesktopLauncher.whyNoDesktop(X, "Linux", null, lib -> true)).isEmpty();
        assertThat(DesktopLauncher.whyNoDesktop(Map.of(), "Linux", "Headless", lib -> false)).isEmpty();
        assertThat(DesktopLauncher.whyNoDesktop(Map.of(), "Windows 11", null, lib -> false)).isEmpty();
    }

    @Test
    void toolkitFailuresBecomeOneLine() {
        assertThat(DesktopLauncher.explain("Unable to load glass GTK library."))
                .contains("apt-get install libgtk-3-0");
        assertThat(DesktopLauncher.explain("Unable to open DISPLAY")).contains("DISPLAY");
        assertThat(DesktopLauncher.explain("boom\nat x.y")).isEqualTo("JavaFX failed to start: boom");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run runWindowMain(Map<String, String> env, List<String> removeEnv, String... jvmArgs)
            throws IOException, InterruptedException {
        return runWindowMain(env, removeEnv, List.of(), jvmArgs);
    }

    private static Run runWindowMain(Map<String, String> env, List<String> removeEnv, List<String> args,
                                     String... jvmArgs)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path")));
        cmd.addAll(List.of(jvmArgs));
        String prefs = System.getProperty("java.util.prefs.userRoot");
        if (prefs != null) {
            // The window's remembered choices stay where the test run keeps them, not the user's.
            cmd.add("-Djava.util.prefs.userRoot=" + prefs);
        }
        cmd.add("lifefx.Main");
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        removeEnv.forEach(pb.environment()::remove);
        pb.environment().putAll(env);
        Path out = Files.createTempFile("lifefx-out", ".txt");
        Path err = Files.createTempFile("lifefx-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the window process did not end within 90 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void withoutADisplayItSaysWhatIsMissingInTwoLinesAndExitsWithOne() throws Exception {
        Run r = runWindowMain(Map.of(), List.of("DISPLAY", "WAYLAND_DISPLAY"));
        assertThat(r.exit()).isEqualTo(1);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("cannot open a window").contains("DISPLAY");
        assertThat(lines.get(1)).contains("run").contains("bench");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void whenTheDisplayCannotBeOpenedTheToolkitFailureIsExplainedWithoutAStackTrace() throws Exception {
        Run r = runWindowMain(Map.of("DISPLAY", ":77"), List.of("WAYLAND_DISPLAY"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).hasSize(2);
        assertThat(r.err()).contains("cannot open a window").contains("bench")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aFileArgumentOpensTheWindowWithIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path glider = Files.writeString(dir.resolve("glider.rle"), "x = 3, y = 3\nbo$2bo$3o!\n");
        Run r = runWindowMain(Map.of(), List.of(), List.of(glider.toString()), "-Dglass.platform=Headless",
                "-Dprism.order=sw", "-Dlifefx.closeAfterMillis=1500");
        assertThat(r.exit()).as("stderr: %s", r.err()).isZero();
        assertThat(r.err()).doesNotContain("Exception");
        Run missing = runWindowMain(Map.of(), List.of(), List.of(dir.resolve("nope.rle").toString()),
                "-Dglass.platform=Headless");
        assertThat(missing.exit()).as("a bad file exits 1, as the README says").isEqualTo(1);
        assertThat(missing.err().lines().toList()).hasSize(1);
        assertThat(missing.err()).contains("nope.rle").contains("no such file");
    }

    @Test
    void theWholeAppStartsHeadlessAndShutsDownCleanly() throws Exception {
        Run r = runWindowMain(Map.of(), List.of(), "-Dglass.platform=Headless", "-Dprism.order=sw",
                "-Dlifefx.closeAfterMillis=1500");
        assertThat(r.exit()).as("stderr: %s", r.err()).isZero();
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
