package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Socket mode under a small open-file limit, in a child JVM started by {@code bash -c 'ulimit -n
 * 400; exec java ...'}: the pool stays under the limit and says so, and when descriptors run out
 * anyway the generation fails with one line that names the limit.
 */
class FileLimitTest {

    private static final int LIMIT = 400;

    private static List<String> probe(String scenario) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no /bin/bash: ulimit test skipped");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c",
                "ulimit -n " + LIMIT + " && exec \"$0\" -cp \"$1\" -Xmx256m lifefx.cellio.FileLimitProbe \"$2\"",
                java, cp, scenario);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(out, StandardCharsets.UTF_8).lines().toList();
        assertThat(p.exitValue()).as("probe output:%n%s", String.join("\n", lines)).isZero();
        return lines;
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + "=")).findFirst()
                .map(l -> l.substring(key.length() + 1))
                .orElseThrow(() -> new AssertionError("no " + key + "= in " + lines));
    }

    @Test
    void thePoolStaysUnderTheLimitAndSaysWhyCallsWait() throws Exception {
        List<String> out = probe("capped");
        assertThat(value(out, "limit")).isEqualTo(Integer.toString(LIMIT));
        int cap = Integer.parseInt(value(out, "cap"));
        assertThat(cap).as("2 descriptors a connection, 256 kept spare").isBetween(1, (LIMIT - 256) / 2);
        assertThat(value(out, "same")).isEqualTo("true");
        assertThat(Integer.parseInt(value(out, "peakConnections"))).isLessThanOrEqualTo(cap);
        assertThat(Integer.parseInt(value(out, "peakInFlight"))).as("calls still overlap, waiting for a connection")
                .isGreaterThan(cap);
        assertThat(value(out, "notice")).contains("calls wait for one of " + cap + " connections")
                .contains("ulimit -n is " + LIMIT);
    }

    @Test
    void runningOutOfDescriptorsFailsTheGenerationWithOneClearLine() throws Exception {
        List<String> out = probe("exhausted");
        assertThat(Integer.parseInt(value(out, "hogs"))).isPositive();
        assertThat(value(out, "failure"))
                .startsWith("virtual-threads: generation 1 failed: cannot open a connection to the cell service at 127.0.0.1:")
                .contains("out of file descriptors (ulimit -n is " + LIMIT)
                .endsWith("raise ulimit -n or use fewer threads");
        assertThat(value(out, "closed")).isEqualTo("true");
    }
}
