package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Throws 10,000+ broken macrocell files (mutated library patterns, random trees and Golly's own
 * small {@code .mc} files when installed) at the reader, as a tree and as cells, and requires that
 * nothing but {@link PatternFormatException} comes out, with one line, in bounded time. Then plants
 * one bad character in a node line and requires the error to point exactly there.
 *
 * <p>Each run uses a new seed, printed on failure; {@code -Dlifefx.fuzz.seed=N} replays one.
 */
class MacrocellFuzzTest {

    private static final int INPUTS = 10_000;
    private static final long SEED = Long.getLong("lifefx.fuzz.seed", System.nanoTime());
    /** At most 2,000,000 cells or nodes, so a mutated file cannot cost seconds. */
    private static final PatternLimits LIMITS = new PatternLimits(2_000_000, 1_000_000_000, 1_000_000_000, 65_536);
    private static final String ALPHABET = "0123456789 .*$#RGNOCDF[M2]\n\n\n\t\r\u0000\u00e9\ufeffzB/S:T-";
    private static final String[] PIECES = {"4 ", " 0", " 1", "99999999999", "2147483648", "1 ", "3 ", "257 ",
        "#R ", "#G ", "[M2]\n", "$$$$$$$$$", "********", "#FRAMES 1 0 2^3\n", "\r", "\n4 0 0 0 0\n"};
    private static final List<String> SEEDS = new ArrayList<>();

    @BeforeAll
    static void collectSeeds() throws Exception {
        for (PatternLibrary.Entry e : PatternLibrary.builtIn().entries()) {
            SEEDS.add(PatternWriter.write(e.pattern(), PatternFormat.MACROCELL));
        }
        Random rnd = new Random(5);
        for (int i = 0; i < 20; i++) {
            Macrocell t = MacrocellPropertyTest.randomTree(rnd);
            if (t.nodeCount() < 200) {
                SEEDS.add(PatternWriter.write(t));
            }
        }
        Path golly = Path.of("/usr/share/golly/Patterns");
        if (Files.isDirectory(golly)) {
            try (Stream<Path> s = Files.walk(golly)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".mc")).sorted().toList()) {
                    if (Files.size(f) < 10_000 && readable(Files.readString(f))) {
                        SEEDS.add(Files.readString(f)); // two-state files only: seeds must be valid
                    }
                }
            }
        }
    }

    private static boolean readable(String text) {
        try {
            PatternReader.readMacrocell(text, "seed");
            return true;
        } catch (PatternFormatException e) {
            return false;
        }
    }

    @Test
    void theReaderThrowsOnlyPatternFormatExceptionWithOneLine() {
        Random rnd = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int errors = 0;
            for (int i = 0; i < INPUTS; i++) {
                String input = mutate(SEEDS.get(rnd.nextInt(SEEDS.size())), rnd);
                boolean asCells = i % 2 == 0;
                try {
                    if (asCells) {
                        PatternReader.read(input, "fuzz", LIMITS);
                    } else {
                        PatternReader.readMacrocell(new StringReader(input), "fuzz", LIMITS);
                    }
                } catch (PatternFormatException e) {
                    errors++;
                    assertThat(e.getMessage()).as("seed %d, input %s", SEED, show(input))
                            .startsWith("fuzz").doesNotContain("\n", "\r", "internal error");
                } catch (Throwable t) {
                    fail("seed " + SEED + ": threw " + t + " for input " + show(input), t);
                }
            }
            assertThat(errors).as("inputs refused").isGreaterThan(INPUTS / 10);
        });
    }

    /**
     * Inserts one character no macrocell line allows into a leaf line (anywhere) or a node line
     * (where a number starts, or at its end) and checks that the error names that line and column.
     */
    @Test
    void errorsPointAtTheFault() {
        Random rnd = new Random(SEED);
        int checked = 0;
        for (int i = 0; i < 1_000; i++) {
            String text = SEEDS.get(rnd.nextInt(SEEDS.size())).replace("\r\n", "\n");
            String[] lines = text.split("\n", -1);
            List<Integer> body = new ArrayList<>();
            for (int l = 1; l < lines.length; l++) {
                if (!lines[l].isEmpty() && !lines[l].startsWith("#")) {
                    body.add(l);
                }
            }
            if (body.isEmpty()) {
                continue;
            }
            int line = body.get(rnd.nextInt(body.size()));
            String s = lines[line];
            int col;
            if (Character.isDigit(s.charAt(0))) {
                List<Integer> starts = new ArrayList<>();
                for (int c = 1; c < s.length(); c++) {
                    if (s.charAt(c - 1) == ' ' && s.charAt(c) != ' ') {
                        starts.add(c);
                    }
                }
                starts.add(s.length());
                starts.add(0);
                col = starts.get(rnd.nextInt(starts.size()));
            } else {
                col = rnd.nextInt(s.length() + 1);
            }
            char bad = "z?%&o".charAt(rnd.nextInt(5));
            lines[line] = s.substring(0, col) + bad + s.substring(col);
            String broken = String.join(rnd.nextBoolean() ? "\r\n" : "\n", lines);
            try {
                PatternReader.readMacrocell(new StringReader(broken), "bad", PatternLimits.DEFAULT);
                fail("seed " + SEED + ": no error for " + show(broken));
            } catch (PatternFormatException e) {
                assertThat(e.line()).as("line of %s in %s", e.getMessage(), show(broken)).isEqualTo(line + 1);
                assertThat(e.column()).as("column of %s in %s", e.getMessage(), show(broken)).isEqualTo(col + 1);
                assertThat(e.found()).as(e.getMessage()).isEqualTo("'" + bad + "'");
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    private static String mutate(String s, Random rnd) {
        StringBuilder sb = new StringBuilder(s);
        int n = 1 + rnd.nextInt(4);
        for (int k = 0; k < n; k++) {
            int at = sb.isEmpty() ? 0 : rnd.nextInt(sb.length() + 1);
            switch (rnd.nextInt(7)) {
                case 0 -> sb.insert(at, ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                case 1 -> sb.delete(Math.min(at, sb.length()), Math.min(sb.length(), at + 1 + rnd.nextInt(8)));
                case 2 -> {
                    if (at < sb.length()) {
                        sb.setCharAt(at, ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                    }
                }
                case 3 -> sb.setLength(Math.min(sb.length(), at));
                case 4 -> {
                    int end = Math.min(sb.length(), at + rnd.nextInt(60));
                    sb.insert(at, sb.substring(Math.min(at, end), end));
                }
                case 5 -> sb.insert(at, PIECES[rnd.nextInt(PIECES.length)]);
                default -> {
                    if (sb.length() > 1) {
                        int b = rnd.nextInt(sb.length());
                        int a = Math.min(at, sb.length() - 1);
                        char t = sb.charAt(a);
                        sb.setCharAt(a, sb.charAt(b));
                        sb.setCharAt(b, t);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String show(String s) {
        String t = s.length() > 300 ? s.substring(0, 300) + "…" : s;
        return "\"" + t.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
