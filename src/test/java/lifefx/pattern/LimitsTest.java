package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and huge inputs fail fast with one clear line, or read correctly, and never exhaust
 * memory: each case has a short deadline, and the file cases also run in a child JVM with a 32 MB
 * heap.
 */
class LimitsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);

    @Test
    void theRunCountBombIsRefusedAtOnceWithoutAllocating() {
        assertTimeoutPreemptively(DEADLINE, () -> {
            long before = allocatedBytes();
            assertThatThrownBy(() -> PatternReader.read("999999999999o!", "bomb.rle"))
                    .isInstanceOf(PatternFormatException.class)
                    .hasMessage("bomb.rle:1:1: run count 9999999999… is larger than the limit of 1000000000");
            // The reader's own buffers are a few tens of kilobytes; the bomb must add nothing big.
            assertThat(allocatedBytes() - before).isLessThan(4L << 20);
        });
    }

    /** Each run alone is within the cell limit; together they are not. Nothing big may be allocated first. */
    @Test
    void twoHugeRunsAreRefusedBeforeEitherIsAllocated() {
        assertTimeoutPreemptively(DEADLINE, () -> {
            long before = allocatedBytes();
            assertThatThrownBy(() -> PatternReader.read("99999999o$99999999o!", "runs.rle"))
                    .isInstanceOf(PatternFormatException.class)
                    .hasMessage("runs.rle:1:11: the pattern has more than 100000000 live cells, the most LifeFX reads");
            assertThat(allocatedBytes() - before).isLessThan(4L << 20);
        });
    }

    @Test
    void aHugeHeaderOverOneCellReadsAsOneCell() {
        assertTimeoutPreemptively(DEADLINE, () -> {
            long before = allocatedBytes();
            Pattern p = PatternReader.read("x = 2147483648, y = 2147483648, rule = B3/S23\no!", "wide.rle");
            assertThat(p.population()).isEqualTo(1);
            assertThat(p.width()).isEqualTo(1);
            assertThat(p.height()).isEqualTo(1);
            assertThat(allocatedBytes() - before).isLessThan(4L << 20);
            // Within the limit, the header keeps its box (Golly's margins) but still allocates nothing.
            Pattern q = PatternReader.read("x = 1000000000, y = 1000000000\no!", "big.rle");
            assertThat(q.width()).isEqualTo(1_000_000_000);
            assertThatThrownBy(q::naturalSize).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("more than a torus's limit of 1048576 cells a side");
        });
    }

    @Test
    void aFiftyMegabyteCommentLineIsRefusedWithoutBeingHeld() {
        assertTimeoutPreemptively(DEADLINE, () -> {
            long before = allocatedBytes();
            Reader huge = new GeneratedReader("#C ", 'a', 50L << 20, "\nbo$2bo$3o!\n");
            assertThatThrownBy(() -> PatternReader.read(huge, "comment.rle", PatternLimits.DEFAULT))
                    .isInstanceOf(PatternFormatException.class)
                    .hasMessage("comment.rle:1:65537: line is longer than the limit of 65536 characters"
                            + " (it started at column 1)");
            assertThat(allocatedBytes() - before).isLessThan(8L << 20);
        });
    }

    @Test
    void aFiftyMegabyteRowOfDeadCellsReadsCorrectly() {
        assertTimeoutPreemptively(DEADLINE, () -> {
            Reader huge = new GeneratedReader("!Name: wide\n", '.', 50L << 20, "O\n");
            Pattern p = PatternReader.read(huge, "wide.cells", PatternLimits.DEFAULT);
            assertThat(p.cells()).isEqualTo(CellSet.of(50 << 20, 0));
        });
    }

    @Test
    void cellAndCoordinateLimitsAreEnforcedWhereTheyAreBroken() throws Exception {
        PatternLimits small = new PatternLimits(1000, 1_000_000_000, 1_000_000_000, 65_536);
        assertThatThrownBy(() -> PatternReader.read("x = 5, y = 5\n600o$401o!", "many.rle", small))
                .hasMessage("many.rle:2:6: the pattern has more than 1000 live cells, the most LifeFX reads");
        assertThatThrownBy(() -> PatternReader.read("1000000000$o!", "tall.rle"))
                .hasMessage("tall.rle:1:1: the pattern is taller than the limit of 1000000000 rows");
        assertThatThrownBy(() -> PatternReader.read("1000000000bo!", "w.rle"))
                .hasMessage("w.rle:1:12: the pattern is wider than the limit of 1000000000 columns");
        assertThatThrownBy(() -> PatternReader.read("#Life 1.06\n0 0\n1000000001 5\n", "far.lif"))
                .hasMessage("far.lif:3:1: x coordinate '1000000001' is beyond the limit of ±1000000000");
        assertThatThrownBy(() -> PatternReader.read("#Life 1.06\n-600000000 0\n600000000 0\n", "wide.lif"))
                .hasMessage("wide.lif:3:1: the pattern is wider or taller than the limit of 1000000000 cells");
        assertThat(PatternReader.read("#CXRLE Pos=5000000000,0\no!", "pos.rle").metadata().position())
                .as("an unbounded universe's position may lie far out").isEqualTo(new Position(5_000_000_000L, 0));
        assertThatThrownBy(() -> PatternReader.read("#CXRLE Pos=900000000000000001,0\no!", "pos.rle"))
                .hasMessage("pos.rle:1:12: x position '900000000000000001' is beyond the limit of ±900000000000000000");
    }

    @Test
    void noiseNeverThrowsAnythingElse() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Random rnd = new Random(7);
            for (int i = 0; i < 50; i++) {
                byte[] noise = new byte[rnd.nextInt(200_000)];
                rnd.nextBytes(noise);
                try {
                    PatternReader.read(new String(noise, StandardCharsets.ISO_8859_1), "noise");
                } catch (PatternFormatException e) {
                    assertThat(e.getMessage()).startsWith("noise").doesNotContain("\n", "internal error");
                }
            }
        });
    }

    /** The same hostile files, read through {@link PatternReader#read(Path)} in a JVM with a 32 MB heap. */
    @Test
    void hostileFilesInASmallHeap(@TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>();
        args.add(write(dir, "bomb.rle", "999999999999o!".getBytes(StandardCharsets.US_ASCII)));
        args.add(write(dir, "wide.rle", "x = 2147483648, y = 1, rule = B3/S23\no!\n".getBytes(StandardCharsets.US_ASCII)));
        Path comment = dir.resolve("comment.rle");
        try (var out = Files.newOutputStream(comment)) {
            out.write("#C ".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\nbo$2bo$3o!\n".getBytes(StandardCharsets.US_ASCII));
        }
        args.add(comment.toString());
        byte[] noise = new byte[5 << 20];
        new Random(11).nextBytes(noise);
        args.add(write(dir, "noise.rle", noise));
        args.add(write(dir, "millions.rle", "99999999o!".getBytes(StandardCharsets.US_ASCII)));
        args.add(dir.resolve("missing.rle").toString());

        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                LimitProbe.class.getName()));
        cmd.addAll(args);
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        boolean done = proc.waitFor(30, TimeUnit.SECONDS);
        if (!done) {
            proc.destroyForcibly();
        }
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as("child finished in time; it printed: %s", out).isTrue();
        List<String> lines = out.lines().toList();
        assertThat(lines).as(out).hasSize(6);
        assertThat(lines.get(0)).startsWith("ERROR bomb.rle:1:1: run count");
        assertThat(lines.get(1)).isEqualTo("OK 1");
        assertThat(lines.get(2)).isEqualTo(
                "ERROR comment.rle:1:65537: line is longer than the limit of 65536 characters (it started at column 1)");
        assertThat(lines.get(3)).matches("(OK \\d+|ERROR noise\\.rle:\\d+:\\d+: .*)");
        assertThat(lines.get(4)).startsWith("ERROR millions.rle:1:1: the pattern has more live cells")
                .contains("than fit in this JVM's memory");
        assertThat(lines.get(5)).startsWith("ERROR missing.rle: no such file");
    }

    private static String write(Path dir, String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f.toString();
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().threadId());
    }

    /** A reader of {@code prefix}, then {@code count} copies of {@code fill}, then {@code suffix}, made on the fly. */
    private static final class GeneratedReader extends Reader {
        private final String prefix;
        private final char fill;
        private final long count;
        private final String suffix;
        private long pos;

        GeneratedReader(String prefix, char fill, long count, String suffix) {
            this.prefix = prefix;
            this.fill = fill;
            this.count = count;
            this.suffix = suffix;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            long total = prefix.length() + count + suffix.length();
            if (pos >= total) {
                return -1;
            }
            int n = 0;
            while (n < len && pos < total) {
                if (pos < prefix.length()) {
                    buf[off + n] = prefix.charAt((int) pos);
                } else if (pos < prefix.length() + count) {
                    buf[off + n] = fill;
                } else {
                    buf[off + n] = suffix.charAt((int) (pos - prefix.length() - count));
                }
                n++;
                pos++;
            }
            return n;
        }

        @Override
        public void close() {
        }
    }
}
