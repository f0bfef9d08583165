package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lifefx.life.GridSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A torus too large for the heap is refused with one line naming the size and the heap, before
 * anything is allocated: exit 2 when an argument chose the size, 1 when a file did. Checked both
 * against a given heap and in child JVMs with {@code -Xmx256m}.
 */
class HeapCheckTest {

    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    @Test
    void theEstimateCountsTwoGridsAndWorkingSpace() {
        GridSize size = new GridSize(1000, 1000);
        assertThat(HeapCheck.bytesNeeded(size)).isGreaterThanOrEqualTo(2_000_000L)
                .isEqualTo(2_000_000L + 250_000L + HeapCheck.BASELINE);
    }

    @Test
    void theRefusalNamesTheSizeAndTheHeap() {
        GridSize size = new GridSize(30000, 30000);
        assertThat(HeapCheck.refusal(size, "--torus 30000x30000", 256 * MB)).contains(
                "--torus 30000x30000: a 30000x30000 torus (height x width) needs about 1963 MB of heap, but this JVM"
                        + " has 256 MB (-Xmx); choose a smaller torus, or give Java more memory with -Xmx");
        assertThat(HeapCheck.refusal(size, "x", 2048 * MB)).isEmpty();
    }

    @Test
    void theBoundaryIsExact() {
        GridSize size = new GridSize(4000, 4000);
        long needed = HeapCheck.bytesNeeded(size);
        assertThat(HeapCheck.refusal(size, "x", needed)).isEmpty();
        assertThat(HeapCheck.refusal(size, "x", needed - 1)).isPresent();
    }

    private record Child(int exitCode, String err, String out) {
    }

    /** Runs {@code lifefx.Main} in a JDK 25 child JVM with a 256 MB heap. */
    private static Child lifefx(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "lifefx.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as("child ended; stderr: %s", err).isTrue();
        return new Child(p.exitValue(), err, out);
    }

    private static void assertOneLine(Child c, int code, String... parts) {
        assertThat(c.exitCode()).as(c.err()).isEqualTo(code);
        assertThat(c.err()).doesNotContain("OutOfMemoryError", "Exception", "\tat ");
        assertThat(c.err().strip().lines()).as(c.err()).hasSize(1);
        assertThat(c.err()).contains(parts).contains("256 MB");
        assertThat(c.out()).isEmpty();
    }

    @Test
    void aHugeTorusArgumentIsABadArgumentInA256MbJvm() throws Exception {
        assertOneLine(lifefx("run", "--torus", "30000x30000"), 2, "lifefx run: --torus 30000x30000: a 30000x30000 torus");
        assertOneLine(lifefx("run", "--torus", "1048576x1024"), 2, "a 1048576x1024 torus");
    }

    @Test
    void aHugePatternHeaderIsABadFileForATorusInA256MbJvm() throws Exception {
        Path big = Files.writeString(dir.resolve("big.rle"), "x = 30000, y = 30000, rule = B3/S23\nbo$2bo$3o!\n");
        // A torus strategy with no size takes the header's box: too big for the heap.
        assertOneLine(lifefx("run", big.toString(), "--strategy", "sequential"), 1,
                "lifefx run: " + big + ": a 30000x30000 torus");
        // On the unbounded plane, run's default for it, the header's box costs nothing.
        Child plane = lifefx("run", big.toString(), "--generations", "1000");
        assertThat(plane.exitCode()).as(plane.err()).isZero();
        assertThat(plane.out()).isEqualTo("generation=1000 population=5\n");
    }

    @Test
    void aHugeTorusInTheRuleIsABadArgument() {
        // In this JVM's own heap too: 30000x35000 needs more than the 2 GB the tests run with.
        Cli r = Cli.run("run", "--rule", "B3/S23:T35000,30000");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("lifefx run: --rule B3/S23:T35000,30000: a 30000x35000 torus")
                .contains("of heap, but this JVM has");
    }
}
