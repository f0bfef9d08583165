package lifefx.pattern;

/**
 * Scans one line that {@link Source#restOfLine} returned (a header, a {@code #} line, a Life 1.06
 * coordinate pair), reporting errors at the line's real line and column. Not thread-safe.
 */
final class LineScanner {

    private final String text;
    private final String sourceName;
    private final int line;
    private final int firstColumn;
    private int i;

    /**
     * @param firstColumn the column of {@code text.charAt(0)} in the file
     */
    LineScanner(String text, String sourceName, int line, int firstColumn) {
        this.text = text;
        this.sourceName = sourceName;
        this.line = line;
        this.firstColumn = firstColumn;
    }

    int index() {
        return i;
    }

    void index(int newIndex) {
        i = newIndex;
    }

    /** The column of the current character. */
    int column() {
        return firstColumn + i;
    }

    int line() {
        return line;
    }

    boolean atEnd() {
        return i >= text.length();
    }

    int peek() {
        return i < text.length() ? text.charAt(i) : Source.EOF;
    }

    String rest() {
        return text.substring(Math.min(i, text.length()));
    }

    void skipBlanks() {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
    }

    /** Consumes {@code c} (after blanks) or fails with "expected what". */
    void expect(char c, String what) throws PatternFormatException {
        skipBlanks();
        if (peek() != c) {
            throw expected(what);
        }
        i++;
    }

    /** Consumes {@code word} ignoring case, after blanks, if it is next. */
    boolean accept(String word) {
        skipBlanks();
        if (text.regionMatches(true, i, word, 0, word.length())) {
            i += word.length();
            return true;
        }
        return false;
    }

    /**
     * A whole number with an optional sign, after blanks. Values beyond ±{@code limit} fail at
     * the number's first column with a message naming {@code what}.
     */
    long number(String what, long limit, boolean signed) throws PatternFormatException {
        skipBlanks();
        int start = i;
        boolean negative = false;
        if (signed && (peek() == '-' || peek() == '+')) {
            negative = peek() == '-';
            i++;
        }
        if (peek() < '0' || peek() > '9') {
            throw expected(signed ? "a whole number (" + what + ")" : "a whole number of at least 0 (" + what + ")");
        }
        long v = 0;
        boolean tooBig = false;
        while (peek() >= '0' && peek() <= '9') {
            if (!tooBig) {
                v = v * 10 + (text.charAt(i) - '0');
                tooBig = v > limit;
            }
            i++;
        }
        if (tooBig) {
            throw PatternFormatException.at(sourceName, line, firstColumn + start, what + " "
                    + PatternFormatException.describe(text.substring(start, i)) + " is beyond the limit of "
                    + (signed ? "±" : "") + limit);
        }
        return negative ? -v : v;
    }

    PatternFormatException expected(String what) {
        return PatternFormatException.expected(sourceName, line, column(), what,
                atEnd() ? "end of line" : PatternFormatException.describe(peek()));
    }

    PatternFormatException error(String problem) {
        return PatternFormatException.at(sourceName, line, column(), problem);
    }
}
