package lifefx.pattern;

/**
 * Reads plaintext ({@code .cells}): {@code !} lines are comments ({@code !Name:}, {@code !Author:}
 * and LifeFX's own {@code !Rule:} and {@code !Position:} are picked out), every other line is a
 * row of {@code .} (dead) and {@code O} (alive; {@code *} and {@code o} are taken too). Rows may
 * have different lengths, a blank line is an empty row, and trailing blanks are ignored. One
 * instance reads one input on one thread.
 */
final class PlaintextReader {

    private PlaintextReader() {
    }

    static Pattern read(Source src) throws PatternFormatException {
        PatternLimits limits = src.limits();
        MetadataBuilder meta = new MetadataBuilder();
        CellBuffer cells = new CellBuffer(src);
        int y = 0;
        int maxX = -1;
        int maxY = -1;
        while (src.peek() != Source.EOF) {
            if (src.peek() == '!') {
                int line = src.line();
                comment(src.restOfLine(), meta, src, line);
                continue;
            }
            if (y >= limits.maxExtent()) {
                throw src.error(src.line(), 1, "the pattern is taller than the limit of " + limits.maxExtent() + " rows");
            }
            int x = 0;
            while (true) {
                int c = src.peek();
                if (c == '\n' || c == Source.EOF) {
                    src.next();
                    break;
                }
                if (c == '.') {
                    x++;
                } else if (c == 'O' || c == '*' || c == 'o') {
                    cells.add(x, y, src.line(), src.column());
                    maxX = Math.max(maxX, x);
                    maxY = y;
                    x++;
                } else if (c == ' ' || c == '\t') {
                    src.skipBlanks();
                    if (src.peek() != '\n' && src.peek() != Source.EOF) {
                        throw src.expected("'.' (dead) or 'O' (alive)", src.peek());
                    }
                    continue;
                } else {
                    throw src.expected("'.' (dead) or 'O' (alive)", c);
                }
                if (x > limits.maxExtent()) {
                    throw src.error(src.line(), src.column(), "the pattern is wider than the limit of "
                            + limits.maxExtent() + " columns");
                }
                src.next();
            }
            y++;
        }
        return new Pattern(cells.toSortedSet(), maxX + 1, maxY + 1, meta.ruleOrConway(), meta.build());
    }

    private static void comment(String text, MetadataBuilder meta, Source src, int line) {
        String sourceName = src.name();
        String body = text.substring(1);
        if (startsWithKey(body, "Name:")) {
            meta.name = body.substring(5);
        } else if (startsWithKey(body, "Author:")) {
            meta.author = body.substring(7);
        } else if (startsWithKey(body, "Rule:")) {
            // Only LifeFX writes this key; elsewhere a comment that merely starts with "Rule:" stays
            // a comment rather than making a valid file unreadable.
            try {
                meta.rule = MetadataBuilder.parseRule(body.substring(5), sourceName, line, 7);
            } catch (PatternFormatException e) {
                meta.comments.add(body);
            }
        } else if (startsWithKey(body, "Position:")) {
            Position p = position(body.substring(9), sourceName, line, src.limits().maxCoordinate());
            if (p != null) {
                meta.position = p;
            } else {
                meta.comments.add(body);
            }
        } else {
            meta.comments.add(body);
        }
    }

    /** {@code x,y}, or {@code null} when the text is not exactly that. */
    private static Position position(String text, String sourceName, int line, long limit) {
        LineScanner s = new LineScanner(text, sourceName, line, 11);
        try {
            long x = s.number("x position", limit, true);
            s.expect(',', "','");
            long y = s.number("y position", limit, true);
            s.skipBlanks();
            return s.atEnd() ? new Position(x, y) : null;
        } catch (PatternFormatException e) {
            return null;
        }
    }

    private static boolean startsWithKey(String s, String key) {
        return s.regionMatches(true, 0, key, 0, key.length());
    }
}
