package lifefx.pattern;

import lifefx.life.Rule;

/**
 * Reads RLE as Golly writes and reads it: {@code #} lines, an optional header {@code x = …, y = …,
 * rule = …}, then a body of runs ({@code b} dead, {@code o} alive, {@code $} end of row, each with
 * an optional count) up to {@code !}, after which nothing is read. White space and line breaks may
 * come anywhere between items. One instance reads one input on one thread.
 *
 * <p>Memory follows the cells, never the header: a count is refused as soon as its digits pass the
 * extent limit, and cells are stored only as they are produced, each checked against the cell
 * limit first.
 */
final class RleReader {

    private static final String RUN_ITEM = "a run count or one of b o $ !";

    private final Source src;
    private final PatternLimits limits;
    private final MetadataBuilder meta = new MetadataBuilder();
    private long headerX = -1;
    private long headerY = -1;
    private Rule headerRule;

    private RleReader(Source src) {
        this.src = src;
        this.limits = src.limits();
    }

    static Pattern read(Source src) throws PatternFormatException {
        return new RleReader(src).read();
    }

    private Pattern read() throws PatternFormatException {
        boolean sawHeader = false;
        while (true) {
            int c = src.peek();
            if (c == ' ' || c == '\t' || c == '\n') {
                src.next();
            } else if (c == '#') {
                int line = src.line();
                int column = src.column();
                hashLine(src.restOfLine(), line, column);
            } else if (c == 'x' && !sawHeader) {
                int line = src.line();
                int column = src.column();
                header(src.restOfLine(), line, column);
                sawHeader = true;
            } else {
                break;
            }
        }
        return body();
    }

    private void hashLine(String text, int line, int column) throws PatternFormatException {
        if (text.length() < 2) {
            return;
        }
        String rest = text.substring(2);
        switch (text.charAt(1)) {
            case 'N' -> meta.name = rest;
            case 'O' -> meta.author = rest;
            case 'C', 'c', 'D' -> {
                if (text.startsWith("#CXRLE")) {
                    xrle(new LineScanner(text, src.name(), line, column));
                } else {
                    meta.comments.add(rest);
                }
            }
            case 'P', 'R' -> {
                // XLife's position lines, which Golly also reads in RLE.
                LineScanner s = new LineScanner(text, src.name(), line, column);
                s.index(2);
                long x = s.number("x position", limits.maxCoordinate(), true);
                long y = s.number("y position", limits.maxCoordinate(), true);
                meta.position = new Position(x, y);
            }
            case 'r' -> meta.rule = MetadataBuilder.parseRule(rest, src.name(), line, column + 2);
            default -> {
                // Other # lines carry nothing LifeFX uses; Golly ignores them too.
            }
        }
    }

    /** {@code #CXRLE Pos=x,y Gen=g}: Golly's extended RLE line. Only the position is kept. */
    private void xrle(LineScanner s) throws PatternFormatException {
        s.index(6);
        while (true) {
            s.skipBlanks();
            if (s.atEnd()) {
                return;
            }
            if (s.accept("Pos")) {
                s.expect('=', "'=' after Pos");
                // The unbounded universe writes where its pattern is, however far out.
                long x = s.number("x position", PatternLimits.MAX_POSITION, true);
                s.expect(',', "',' between the x and y of Pos");
                long y = s.number("y position", PatternLimits.MAX_POSITION, true);
                meta.position = new Position(x, y);
            } else {
                // Gen=… and anything newer: skip the word.
                while (!s.atEnd() && s.peek() != ' ' && s.peek() != '\t') {
                    s.index(s.index() + 1);
                }
            }
        }
    }

    private void header(String text, int line, int column) throws PatternFormatException {
        LineScanner s = new LineScanner(text, src.name(), line, column);
        while (true) {
            s.skipBlanks();
            if (s.atEnd()) {
                return;
            }
            if (s.accept("rule")) {
                s.expect('=', "'=' after rule");
                s.skipBlanks();
                int ruleColumn = s.column();
                if (s.atEnd()) {
                    throw s.expected("a rule such as B3/S23");
                }
                headerRule = MetadataBuilder.parseRule(s.rest(), src.name(), line, ruleColumn);
                return;
            } else if (s.accept("x")) {
                s.expect('=', "'=' after x");
                headerX = s.number("width x", Long.MAX_VALUE / 10, false);
            } else if (s.accept("y")) {
                s.expect('=', "'=' after y");
                headerY = s.number("height y", Long.MAX_VALUE / 10, false);
            } else {
                throw s.expected("x =, y = or rule = in the header");
            }
            s.skipBlanks();
            if (!s.atEnd()) {
                s.expect(',', "',' or the end of the header line");
            }
        }
    }

    private Pattern body() throws PatternFormatException {
        CellBuffer cells = new CellBuffer(src);
        int maxExtent = limits.maxExtent();
        long x = 0;
        long y = 0;
        long maxX = -1;
        long maxY = -1;
        long count = -1;
        int countLine = 0;
        int countColumn = 0;
        while (true) {
            int c = src.peek();
            if (c == Source.EOF) {
                if (count >= 0) {
                    throw src.expected("one of b o $ after the run count " + count, c);
                }
                break;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == 0x0B) {
                src.next();
                continue;
            }
            if (c >= '0' && c <= '9') {
                if (count < 0) {
                    count = 0;
                    countLine = src.line();
                    countColumn = src.column();
                }
                count = count * 10 + (c - '0');
                if (count > maxExtent) {
                    throw src.error(countLine, countColumn, "run count " + count + (peekDigit() ? "…" : "")
                            + " is larger than the limit of " + maxExtent);
                }
                src.next();
                continue;
            }
            long n = count < 0 ? 1 : count;
            if (count == 0) {
                throw src.error(countLine, countColumn, "a run count must be at least 1, found 0");
            }
            int line = count < 0 ? src.line() : countLine;
            int column = count < 0 ? src.column() : countColumn;
            switch (c) {
                case 'b' -> {
                    x += n;
                    if (x > maxExtent) {
                        throw tooWide(line, column);
                    }
                }
                case 'o' -> {
                    if (x + n > maxExtent) {
                        throw tooWide(line, column);
                    }
                    cells.addRun((int) x, (int) y, n, line, column);
                    x += n;
                    maxX = Math.max(maxX, x - 1);
                    maxY = y;
                }
                case '$' -> {
                    y += n;
                    x = 0;
                    if (y >= maxExtent) {
                        throw src.error(line, column, "the pattern is taller than the limit of " + maxExtent + " rows");
                    }
                }
                case '!' -> {
                    return finish(cells.toSortedSet(), maxX, maxY);
                }
                default -> {
                    if (isMultiState(c)) {
                        throw src.error(src.line(), src.column(), "not a two-state pattern: "
                                + PatternFormatException.describe(c) + " is a cell state of a multi-state rule, "
                                + "and LifeFX reads only b (dead) and o (alive)");
                    }
                    throw src.expected(count < 0 ? RUN_ITEM : "one of b o $ after the run count " + count, c);
                }
            }
            src.next();
            count = -1;
        }
        return finish(cells.toSortedSet(), maxX, maxY);
    }

    private boolean peekDigit() throws PatternFormatException {
        src.next();
        int c = src.peek();
        return c >= '0' && c <= '9';
    }

    private Pattern finish(CellSet cells, long maxX, long maxY) {
        int maxExtent = limits.maxExtent();
        // The header widens the box (Golly keeps empty margins) but only within the limit: a
        // header that claims more than that is ignored, and the cells decide.
        long width = Math.max(maxX + 1, headerX <= maxExtent ? headerX : 0);
        long height = Math.max(maxY + 1, headerY <= maxExtent ? headerY : 0);
        Rule rule = headerRule != null ? headerRule : meta.ruleOrConway();
        return new Pattern(cells, (int) width, (int) height, rule, meta.build());
    }

    private PatternFormatException tooWide(int line, int column) {
        return src.error(line, column, "the pattern is wider than the limit of " + limits.maxExtent() + " columns");
    }

    /** Letters that only multi-state RLE uses: states A–X, the prefixes p–y, and '.' for state 0. */
    static boolean isMultiState(int c) {
        return (c >= 'A' && c <= 'X') || (c >= 'p' && c <= 'y') || c == '.';
    }
}
