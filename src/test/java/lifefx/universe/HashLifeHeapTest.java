package lifefx.universe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * When the Java heap runs out before the node budget, a step says so in one line and the universe
 * stays as it was. Runs {@link HeapExhaustion} in a JVM with a 48 MiB heap.
 */
class HashLifeHeapTest {

    @Test
    void aHeapThatRunsOutBeforeTheBudgetIsReportedAndTheUniverseStays() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx48m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), HeapExhaustion.class.getName()))
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("message=out of memory for HashLife: the Java heap (")
                .contains("the universe stays at generation 0")
                .contains("unchanged=true")
                .contains("then generation=1")
                .doesNotContain("Exception in thread");
    }
}
