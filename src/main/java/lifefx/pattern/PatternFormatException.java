package lifefx.pattern;

/**
 * A pattern could not be read: the text is not a pattern LifeFX understands, breaks a limit, or
 * the file could not be read at all. The only exception type {@link PatternReader} throws.
 *
 * <p>{@link #getMessage()} is one line fit to show a user as it is, in the form compilers use:
 * {@code glider.rle:3:7: expected a run count or one of b o $ !, found 'z'}. Line and column are
 * 1-based and count characters (a CRLF ends one line); they are 0 when the problem has no place in
 * the text, such as a missing file, and the message then reads {@code glider.rle: …}.
 */
public final class PatternFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int line;
    private final int column;
    private final String expected;
    private final String found;
    private final String problem;

    private PatternFormatException(String sourceName, int line, int column, String expected, String found,
                                   String problem, Throwable cause) {
        super(format(sourceName, line, column, problem), cause);
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
        this.expected = expected;
        this.found = found;
        this.problem = problem;
    }

    /** "expected …, found …" at a place in the text. */
    public static PatternFormatException expected(String sourceName, int line, int column, String expected,
                                                  String found) {
        return new PatternFormatException(sourceName, line, column, expected, found,
                "expected " + expected + ", found " + found, null);
    }

    /** Any other problem at a place in the text (a limit, a bad value). */
    public static PatternFormatException at(String sourceName, int line, int column, String problem) {
        return new PatternFormatException(sourceName, line, column, null, null, problem, null);
    }

    /** A problem with no place in the text, such as a file that cannot be read. */
    public static PatternFormatException of(String sourceName, String problem, Throwable cause) {
        return new PatternFormatException(sourceName, 0, 0, null, null, problem, cause);
    }

    private static String format(String sourceName, int line, int column, String problem) {
        String where = sourceName == null || sourceName.isBlank() ? "<input>" : sourceName;
        if (line > 0) {
            where += ":" + line + (column > 0 ? ":" + column : "");
        }
        return where + ": " + problem;
    }

    /** The file name or a label such as {@code clipboard}. */
    public String sourceName() {
        return sourceName;
    }

    /** 1-based line of the fault, 0 when it has none. */
    public int line() {
        return line;
    }

    /** 1-based column of the fault, 0 when it has none. */
    public int column() {
        return column;
    }

    /** What the reader expected there, such as {@code a run count or one of b o $ !}, or {@code null}. */
    public String expected() {
        return expected;
    }

    /** What it found, such as {@code 'z'} or {@code end of input}, or {@code null}. */
    public String found() {
        return found;
    }

    /** The message without the place: {@code expected …, found …} or the problem. */
    public String problem() {
        return problem;
    }

    /** How to show a character the reader found: {@code 'z'}, {@code end of line}, {@code U+0007}. */
    static String describe(int c) {
        if (c < 0) {
            return "end of input";
        }
        if (c == '\n') {
            return "end of line";
        }
        if (c == 0xFFFD) {
            return "bytes that are not UTF-8 text";
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || Character.isSurrogate((char) c) || c == 0xFEFF) {
            return String.format("character U+%04X", c);
        }
        return "'" + (char) c + "'";
    }

    /** How to show a word the reader found, shortened to 40 characters. */
    static String describe(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < s.length() && i < 40; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        return sb.append(s.length() > 40 ? "…'" : "'").toString();
    }
}
