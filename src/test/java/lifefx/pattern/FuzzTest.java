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
import lifefx.life.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Throws 10,000+ broken inputs at each reader (mutated fixture files and library patterns, and
 * random text) and requires that nothing but {@link PatternFormatException} comes out, with a
 * one-line message. Then plants one bad character at a known place and requires the error to
 * point exactly there.
 *
 * <p>Each run uses a new seed, printed on failure; {@code -Dlifefx.fuzz.seed=N} replays one.
 */
class FuzzTest {

    private static final int INPUTS_PER_READER = 10_000;

    /** A reader under test: one of the four, called directly so detection cannot route around it. */
    @FunctionalInterface
    interface Reader {
        Pattern read(Source src) throws PatternFormatException;
    }

    /** The default limits but at most 2,000,000 cells, so a mutated run count cannot cost seconds. */
    private static final PatternLimits LIMITS = new PatternLimits(2_000_000, 1_000_000_000, 1_000_000_000, 65_536);

    private static final long SEED = Long.getLong("lifefx.fuzz.seed", System.nanoTime());
    private static final List<String> RLE = new ArrayList<>();
    private static final List<String> PLAINTEXT = new ArrayList<>();
    private static final List<String> LIFE_106 = new ArrayList<>();
    private static final List<String> LIFE_105 = new ArrayList<>();

    /** Characters that mean something to some reader, plus a few that mean nothing. */
    private static final String ALPHABET = "0123456789bo$!#xy=,.O*-+ \t\n\r\n\rABXpqz:/SCNOPRDLife\u0000\u00e9\u2603\ufeff";

    @BeforeAll
    static void collectSeeds() throws Exception {
        for (PatternLibrary.Entry e : PatternLibrary.builtIn().entries()) {
            Pattern p = e.pattern();
            RLE.add(PatternWriter.write(p, PatternFormat.RLE));
            PLAINTEXT.add(PatternWriter.write(p, PatternFormat.PLAINTEXT));
            LIFE_106.add(PatternWriter.write(p, PatternFormat.LIFE_106));
            LIFE_105.add(life105(p));
        }
        if (Fixtures.present()) {
            for (Path f : Fixtures.allPatternFiles()) {
                String text = Files.readString(f);
                String name = f.toString();
                if (name.contains("/lif/")) {
                    LIFE_105.add(text);
                } else if (name.endsWith(".lif")) {
                    LIFE_106.add(text);
                } else if (name.endsWith(".cells")) {
                    PLAINTEXT.add(text);
                } else if (text.length() < 5_000) {
                    RLE.add(text);
                }
            }
        }
    }

    @Test
    void rleReaderThrowsOnlyPatternFormatException() {
        fuzz("RLE", RLE, RleReader::read);
    }

    @Test
    void plaintextReaderThrowsOnlyPatternFormatException() {
        fuzz("plaintext", PLAINTEXT, PlaintextReader::read);
    }

    @Test
    void life106ReaderThrowsOnlyPatternFormatException() {
        fuzz("Life 1.06", LIFE_106, src -> LifeReader.read106(src, true));
    }

    @Test
    void life105ReaderThrowsOnlyPatternFormatException() {
        fuzz("Life 1.05", LIFE_105, src -> LifeReader.read105(src, true));
    }

    @Test
    void detectionThrowsOnlyPatternFormatException() {
        List<String> all = new ArrayList<>();
        all.addAll(RLE);
        all.addAll(PLAINTEXT);
        all.addAll(LIFE_106);
        all.addAll(LIFE_105);
        fuzz("PatternReader", all, src -> {
            throw new AssertionError("unused");
        });
    }

    private static void fuzz(String what, List<String> seeds, Reader reader) {
        Random rnd = new Random(SEED ^ what.hashCode());
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            int errors = 0;
            for (int i = 0; i < INPUTS_PER_READER; i++) {
                String input = i % 4 == 3 ? randomText(rnd) : mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
                try {
                    if (what.equals("PatternReader")) {
                        PatternReader.read(input, "fuzz", LIMITS);
                    } else {
                        reader.read(new Source(new StringReader(input), "fuzz", LIMITS));
                    }
                } catch (PatternFormatException e) {
                    errors++;
                    assertThat(e.getMessage()).as("seed %d, input %s", SEED, show(input))
                            .startsWith("fuzz")
                            .doesNotContain("\n", "\r", "internal error");
                } catch (Throwable t) {
                    fail("seed " + SEED + ": " + what + " threw " + t + " for input " + show(input), t);
                }
            }
            // The fuzzer must actually reach the error paths, or it proves nothing.
            assertThat(errors).as("inputs refused").isGreaterThan(INPUTS_PER_READER / 10);
        });
    }

    /**
     * Puts one character no format allows at a random place in a row of the body and checks that
     * the error names exactly that line and column, with LF and with CRLF line ends.
     */
    @Test
    void errorsPointAtTheFault() throws Exception {
        Random rnd = new Random(SEED);
        checkPointing(rnd, RLE, RleReader::read, false);
        checkPointing(rnd, PLAINTEXT, PlaintextReader::read, false);
        checkPointing(rnd, LIFE_106, src -> LifeReader.read106(src, true), false);
        checkPointing(rnd, LIFE_105, src -> LifeReader.read105(src, true), false);
        checkPointing(rnd, RLE, RleReader::read, true);
        checkPointing(rnd, PLAINTEXT, PlaintextReader::read, true);
    }

    private static void checkPointing(Random rnd, List<String> seeds, Reader reader, boolean crlf) throws Exception {
        int checked = 0;
        for (int i = 0; i < 1_000; i++) {
            String text = seeds.get(rnd.nextInt(seeds.size())).replace("\r\n", "\n");
            String[] lines = text.split("\n", -1);
            // Body lines only: not comments, headers or the version line, and nothing after RLE's '!'.
            List<Integer> body = new ArrayList<>();
            for (int l = 0; l < lines.length; l++) {
                String s = lines[l];
                if (s.startsWith("#") || s.startsWith("!") || s.startsWith("x") || s.isEmpty()) {
                    continue;
                }
                body.add(l);
                if (s.contains("!")) {
                    break;
                }
            }
            if (body.isEmpty()) {
                continue;
            }
            int line = body.get(rnd.nextInt(body.size()));
            String s = lines[line];
            int limit = s.indexOf('!') >= 0 ? s.indexOf('!') : s.length();
            int col = rnd.nextInt(limit + 1);
            char bad = "z?%&".charAt(rnd.nextInt(4));
            lines[line] = s.substring(0, col) + bad + s.substring(col);
            String broken = String.join(crlf ? "\r\n" : "\n", lines);
            try {
                reader.read(new Source(new StringReader(broken), "bad", PatternLimits.DEFAULT));
                fail("seed " + SEED + ": no error for " + show(broken));
            } catch (PatternFormatException e) {
                assertThat(e.line()).as("line of %s in %s", e.getMessage(), show(broken)).isEqualTo(line + 1);
                assertThat(e.column()).as("column of %s in %s", e.getMessage(), show(broken)).isEqualTo(col + 1);
                assertThat(e.found()).as(e.getMessage()).isEqualTo("'" + bad + "'");
                assertThat(e.getMessage()).startsWith("bad:" + (line + 1) + ":" + (col + 1) + ": expected ");
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
            switch (rnd.nextInt(8)) {
                case 0 -> sb.insert(at, ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                case 1 -> { // delete a range
                    int end = Math.min(sb.length(), at + 1 + rnd.nextInt(8));
                    sb.delete(Math.min(at, sb.length()), end);
                }
                case 2 -> { // replace a character
                    if (at < sb.length()) {
                        sb.setCharAt(at, ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                    }
                }
                case 3 -> sb.setLength(Math.min(sb.length(), at)); // truncate
                case 4 -> { // duplicate a range
                    int end = Math.min(sb.length(), at + rnd.nextInt(40));
                    sb.insert(at, sb.substring(Math.min(at, end), end));
                }
                case 5 -> sb.insert(at, new String[] {"999999999999", "2147483648", "-2147483649", "0", "-",
                        "#CXRLE Pos=", "x = ", ", rule = ", "#P ", "#R ", "#Life 1.06\n", ":T", "\r"}[rnd.nextInt(13)]);
                case 6 -> sb.insert(at, randomText(rnd));
                default -> { // swap two characters
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

    private static String randomText(Random rnd) {
        int len = rnd.nextInt(120);
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            sb.append(rnd.nextInt(10) == 0 ? (char) rnd.nextInt(0x3000) : ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A Life 1.05 file for a pattern: one #P block per 8-row band, as old programs wrote them. */
    static String life105(Pattern p) {
        StringBuilder sb = new StringBuilder("#Life 1.05\n#D ").append(p.metadata().name()).append('\n');
        if (!p.rule().equals(Rule.CONWAY)) {
            sb.append("#R ").append(p.rule()).append('\n');
        } else {
            sb.append("#N\n");
        }
        CellSet c = p.cells();
        for (int top = 0; top < p.height(); top += 8) {
            sb.append("#P ").append(-3).append(' ').append(top - 5).append('\n');
            for (int y = top; y < Math.min(top + 8, p.height()); y++) {
                StringBuilder row = new StringBuilder();
                for (int x = 0; x < p.width(); x++) {
                    row.append(c.contains(x, y) ? '*' : '.');
                }
                sb.append(row.toString().replaceAll("\\.+$", "")).append('\n');
            }
        }
        return sb.toString();
    }

    private static String show(String s) {
        String t = s.length() > 300 ? s.substring(0, 300) + "…" : s;
        return "\"" + t.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
