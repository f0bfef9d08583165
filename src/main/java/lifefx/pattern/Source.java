package lifefx.pattern;

import java.io.IOException;
import java.io.Reader;

/**
 * The characters of one input with their line and column, read in chunks so a file is never held
 * whole. Line breaks (LF, CRLF, lone CR) all come out as one {@code '\n'}; a leading byte-order
 * mark is skipped. Not thread-safe: one reader uses it on one thread.
 */
final class Source {

    static final int EOF = -1;

    private final String name;
    private final PatternLimits limits;
    private final Reader in;
    private final char[] buf = new char[16_384];
    private int pos;
    private int len;
    private boolean eof;
    private int line = 1;
    private int column = 1;

    Source(Reader in, String name, PatternLimits limits) throws PatternFormatException {
        this.in = in;
        this.name = name;
        this.limits = limits;
        if (rawPeek() == '\uFEFF') {
            pos++;
        }
    }

    String name() {
        return name;
    }

    PatternLimits limits() {
        return limits;
    }

    /** 1-based line of the next character. */
    int line() {
        return line;
    }

    /** 1-based column of the next character. */
    int column() {
        return column;
    }

    /** The next character without consuming it, or {@link #EOF}. */
    int peek() throws PatternFormatException {
        int c = rawPeek();
        return c == '\r' ? '\n' : c;
    }

    /** Consumes and returns the next character, or {@link #EOF}. */
    int next() throws PatternFormatException {
        if (pos >= len && !fill()) {
            return EOF;
        }
        int c = buf[pos++];
        if (c == '\r') {
            if (rawPeek() == '\n') {
                pos++;
            }
            c = '\n';
        }
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    /**
     * Up to {@code n} characters from here on, without consuming them (raw: CRs are kept). Used to
     * detect the format; {@code n} must be at most half the buffer.
     */
    String lookahead(int n) throws PatternFormatException {
        while (len - pos < n && !eof) {
            fill();
        }
        return new String(buf, pos, Math.min(n, len - pos));
    }

    /**
     * Consumes the rest of the current line including its line break and returns it without the
     * break.
     *
     * @throws PatternFormatException when the line is longer than the limit, pointing at the first
     *                                character past it; nothing more is read, so a huge line costs
     *                                no memory
     */
    String restOfLine() throws PatternFormatException {
        StringBuilder sb = new StringBuilder();
        int startColumn = column;
        while (true) {
            int c = next();
            if (c == EOF || c == '\n') {
                return sb.toString();
            }
            if (sb.length() >= limits.maxLineLength()) {
                throw PatternFormatException.at(name, line, column - 1, "line is longer than the limit of "
                        + limits.maxLineLength() + " characters (it started at column " + startColumn + ")");
            }
            sb.append((char) c);
        }
    }

    /** Skips spaces and tabs (not line breaks). */
    void skipBlanks() throws PatternFormatException {
        int c;
        while ((c = peek()) == ' ' || c == '\t') {
            next();
        }
    }

    PatternFormatException expected(String what, int found) {
        return PatternFormatException.expected(name, line, column, what, PatternFormatException.describe(found));
    }

    PatternFormatException error(int atLine, int atColumn, String problem) {
        return PatternFormatException.at(name, atLine, atColumn, problem);
    }

    private int rawPeek() throws PatternFormatException {
        if (pos >= len && !fill()) {
            return EOF;
        }
        return buf[pos];
    }

    /** Reads more input after what is buffered; false at end of input. */
    private boolean fill() throws PatternFormatException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            pos = 0;
        }
        try {
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                eof = true;
                return len > pos;
            }
            len += n;
            return true;
        } catch (IOException e) {
            throw PatternFormatException.of(name, "cannot read: " + e.getMessage(), e);
        }
    }
}
