package lifefx.pattern;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;


/**
 * Reads a pattern in any format LifeFX knows (RLE, plaintext, Life 1.06, Life 1.05, Golly's
 * macrocell), telling the format from the content, never from the file name. Stateless and
 * thread-safe: any thread may call any method, and calls do not share state.
 *
 * <p>Every problem, from a missing file to a bad character or a broken limit, is a {@link
 * PatternFormatException} with a one-line message naming the place; no other exception escapes.
 * Input is read in chunks, so memory follows the cells a file produces, not its size or what its
 * header claims.
 *
 * <p>A macrocell file ({@code [M2]} first) is read as a tree and, for {@link #read}, expanded into
 * cells; a tree too big for that (past {@link PatternLimits}) is refused there with a message that
 * says so, and {@link #readMacrocell} reads it, of any size, without listing a cell.
 */
public final class PatternReader {

    /** How much of the input the format detector looks at. */
    private static final int DETECT_WINDOW = 8_192;

    private static final java.util.regex.Pattern LIFE_106_PAIR = java.util.regex.Pattern.compile("[-+]?\\d+[ \\t]+[-+]?\\d+[ \\t]*");
    private static final java.util.regex.Pattern RLE_HEADER = java.util.regex.Pattern.compile("x[ \\t]*=.*");

    private PatternReader() {
    }

    /**
     * Reads a pattern from text, such as the clipboard.
     *
     * @param sourceName what to call the text in messages, such as {@code clipboard} or a file name
     */
    public static Pattern read(String text, String sourceName) throws PatternFormatException {
        return read(text, sourceName, PatternLimits.DEFAULT);
    }

    /** As {@link #read(String, String)}, with other limits. */
    public static Pattern read(String text, String sourceName, PatternLimits limits) throws PatternFormatException {
        return read(new StringReader(text), sourceName, limits);
    }

    /**
     * Reads a pattern file. Messages name the file by its file name (not its full path), as in
     * {@code glider.rle:3:7: …}. Bytes that are not UTF-8 are read as U+FFFD, so any file gives
     * either a pattern or a clear message.
     */
    public static Pattern read(Path file) throws PatternFormatException {
        return read(file, PatternLimits.DEFAULT);
    }

    /** As {@link #read(Path)}, with other limits. */
    public static Pattern read(Path file, PatternLimits limits) throws PatternFormatException {
        return fromFile(file, (in, name) -> read(in, name, limits));
    }

    /** Reads the text of {@code file} through a parser. */
    @FunctionalInterface
    private interface FileParser<T> {
        T parse(Reader in, String name) throws PatternFormatException;
    }

    /**
     * Opens {@code file} (gunzipped if need be, as UTF-8) and hands it to {@code parser}, naming the
     * file by its file name; a folder, a missing or unreadable file becomes a one-line message.
     */
    private static <T> T fromFile(Path file, FileParser<T> parser) throws PatternFormatException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw PatternFormatException.of(name, "is a folder, not a pattern file", null);
        }
        try (InputStream in = open(file)) {
            return parser.parse(utf8(in), name);
        } catch (NoSuchFileException e) {
            throw PatternFormatException.of(name, "no such file (" + file + ")", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw PatternFormatException.of(name, "permission denied (" + file + ")", e);
        } catch (IOException e) {
            throw PatternFormatException.of(name, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * The bytes of {@code file}, gunzipped when it is gzip-compressed (it starts with the gzip magic
     * bytes {@code 1f 8b}, whatever its name), as Golly reads {@code .rle.gz} and {@code .mc.gz}.
     * The caller closes the stream. A damaged gzip file fails with an {@link IOException} on read.
     */
    public static InputStream open(Path file) throws IOException {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(Files.newInputStream(file));
        try {
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            return b0 == 0x1f && b1 == 0x8b ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Reads a pattern from a character stream, which the caller closes.
     *
     * @param sourceName what to call the input in messages
     */
    public static Pattern read(Reader in, String sourceName, PatternLimits limits) throws PatternFormatException {
        try {
            return read(new Source(in, sourceName, limits));
        } catch (StackOverflowError | RuntimeException e) {
            // A bug of ours, not the user's: still one line, and still the documented type.
            throw PatternFormatException.of(sourceName, "could not read the pattern (internal error: " + e + ")", e);
        }
    }

    private static Pattern read(Source src) throws PatternFormatException {
        return switch (kind(src)) {
            case RLE -> RleReader.read(src);
            case PLAINTEXT -> PlaintextReader.read(src);
            case LIFE_106 -> LifeReader.read106(src, true);
            case LIFE_106_BARE -> LifeReader.read106(src, false);
            case LIFE_105 -> LifeReader.read105(src, true);
            case LIFE_105_BARE -> LifeReader.read105(src, false);
            case MACROCELL -> MacrocellReader.readPattern(src);
        };
    }

    /** Which format {@code text} is in, judged from its content as {@link #read} does. */
    public static PatternFormat detect(String text) throws PatternFormatException {
        return switch (kind(new Source(new StringReader(text), "<text>", PatternLimits.DEFAULT))) {
            case RLE -> PatternFormat.RLE;
            case PLAINTEXT -> PatternFormat.PLAINTEXT;
            case LIFE_106, LIFE_106_BARE -> PatternFormat.LIFE_106;
            case LIFE_105, LIFE_105_BARE -> PatternFormat.LIFE_105;
            case MACROCELL -> PatternFormat.MACROCELL;
        };
    }

    /** What the detector saw; Life 1.06 may come without its {@code #Life 1.06} line (pasted). */
    private enum Kind { RLE, PLAINTEXT, LIFE_106, LIFE_106_BARE, LIFE_105, LIFE_105_BARE, MACROCELL }

    /**
     * Reads a pattern file as a quadtree: a macrocell file directly, node by node, however many cells
     * it holds (up to {@link PatternLimits#maxCells()} nodes); any other format as its cells, placed
     * by their position ({@link Macrocell#of(Pattern)}).
     */
    public static Macrocell readMacrocell(Path file) throws PatternFormatException {
        return readMacrocell(file, PatternLimits.DEFAULT);
    }

    /** As {@link #readMacrocell(Path)}, with other limits. */
    public static Macrocell readMacrocell(Path file, PatternLimits limits) throws PatternFormatException {
        return fromFile(file, (in, name) -> readMacrocell(in, name, limits));
    }

    /** As {@link #readMacrocell(Path)}, from text such as the clipboard. */
    public static Macrocell readMacrocell(String text, String sourceName) throws PatternFormatException {
        return readMacrocell(new StringReader(text), sourceName, PatternLimits.DEFAULT);
    }

    /** As {@link #readMacrocell(Path)}, from a character stream, which the caller closes. */
    public static Macrocell readMacrocell(Reader in, String sourceName, PatternLimits limits)
            throws PatternFormatException {
        try {
            Source src = new Source(in, sourceName, limits);
            if (kind(src) == Kind.MACROCELL) {
                return MacrocellReader.read(src);
            }
            Pattern p = read(src);
            try {
                return Macrocell.of(p);
            } catch (IllegalArgumentException e) {
                throw PatternFormatException.of(sourceName, e.getMessage(), e);
            }
        } catch (StackOverflowError | RuntimeException e) {
            throw PatternFormatException.of(sourceName, "could not read the pattern (internal error: " + e + ")", e);
        }
    }

    static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /**
     * Looks at the first lines: {@code #Life 1.06} or {@code #Life 1.05} name themselves; a first
     * line starting with {@code !}, or a row of only {@code .}, {@code O} and {@code *}, is
     * plaintext; a bare {@code x y} pair is Life 1.06 without its header; {@code #} lines followed
     * by rows of {@code .} and {@code *} with a {@code #P} line are Life 1.05; anything else is
     * RLE, whose reader then says exactly what is wrong, if anything.
     */
    private static Kind kind(Source src) throws PatternFormatException {
        String head = src.lookahead(DETECT_WINDOW);
        String[] lines = head.split("\r\n|\r|\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            throw PatternFormatException.expected(src.name(), 1, 1, "a pattern (RLE, plaintext, Life 1.05 or 1.06)",
                    head.isEmpty() ? "end of input" : "only blank lines");
        }
        String line = lines[first].strip();
        if (line.startsWith("[M2]")) {
            return Kind.MACROCELL;
        }
        if (line.startsWith("[M")) {
            throw PatternFormatException.expected(src.name(), first + 1, 1,
                    "'[M2]' (Golly macrocell; LifeFX knows no other version)", PatternFormatException.describe(line));
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("#life 1.06")) {
            return Kind.LIFE_106;
        }
        if (lower.startsWith("#life 1.05")) {
            return Kind.LIFE_105;
        }
        if (lower.startsWith("#life")) {
            throw PatternFormatException.expected(src.name(), first + 1, 1, "'#Life 1.05' or '#Life 1.06'",
                    PatternFormatException.describe(line));
        }
        if (line.startsWith("!")) {
            return Kind.PLAINTEXT;
        }
        if (line.startsWith("#")) {
            boolean sawP = false;
            for (int i = first; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.startsWith("#")) {
                    sawP |= l.startsWith("#P");
                } else if (!l.isEmpty()) {
                    return sawP && onlyOf(l, ".*") ? Kind.LIFE_105_BARE : Kind.RLE;
                }
            }
            return Kind.RLE;
        }
        if (RLE_HEADER.matcher(line).matches()) {
            return Kind.RLE;
        }
        if (LIFE_106_PAIR.matcher(line).matches()) {
            return Kind.LIFE_106_BARE;
        }
        // Rows of '.', 'O' and '*' (lower-case 'o' too, as LifeViewer takes it), but not a row of
        // only 'o', which is also valid RLE and reads the same either way.
        if (onlyOf(line, ".Oo* \t") && (line.indexOf('.') >= 0 || line.indexOf('O') >= 0 || line.indexOf('*') >= 0)) {
            return Kind.PLAINTEXT;
        }
        return Kind.RLE;
    }

    private static boolean onlyOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
