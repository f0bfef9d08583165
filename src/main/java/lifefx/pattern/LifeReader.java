package lifefx.pattern;

/**
 * Reads the two Life formats, whose coordinates are absolute and may be negative: Life 1.06 (one
 * {@code x y} pair per line) and Life 1.05 ({@code #P x y} blocks of {@code .} and {@code *} rows).
 * The pattern's origin becomes the smallest x and y of the cells, and the position in {@link
 * Metadata} keeps where that was. One instance reads one input on one thread.
 */
final class LifeReader {

    private final Source src;
    private final PatternLimits limits;
    private final MetadataBuilder meta = new MetadataBuilder();
    private final CellBuffer cells;
    private long minX = Long.MAX_VALUE;
    private long minY = Long.MAX_VALUE;
    private long maxX = Long.MIN_VALUE;
    private long maxY = Long.MIN_VALUE;

    private LifeReader(Source src) {
        this.src = src;
        this.limits = src.limits();
        this.cells = new CellBuffer(src);
    }

    /**
     * @param withVersionLine whether the input starts with {@code #Life 1.06}; pasted coordinate
     *                        lists often do not
     */
    static Pattern read106(Source src, boolean withVersionLine) throws PatternFormatException {
        LifeReader r = new LifeReader(src);
        if (withVersionLine) {
            r.versionLine("#Life 1.06");
        }
        r.body106();
        return r.finish();
    }

    /**
     * @param withVersionLine whether the input starts with {@code #Life 1.05}; older files start
     *                        straight with {@code #D} or {@code #P} lines
     */
    static Pattern read105(Source src, boolean withVersionLine) throws PatternFormatException {
        LifeReader r = new LifeReader(src);
        if (withVersionLine) {
            r.versionLine("#Life 1.05");
        }
        r.body105();
        return r.finish();
    }

    private void versionLine(String expected) throws PatternFormatException {
        int c;
        while ((c = src.peek()) == ' ' || c == '\t' || c == '\n') {
            src.next();
        }
        int line = src.line();
        int column = src.column();
        String text = src.restOfLine();
        if (!text.strip().regionMatches(true, 0, expected, 0, expected.length())) {
            throw PatternFormatException.expected(src.name(), line, column, "'" + expected + "'",
                    PatternFormatException.describe(text));
        }
    }

    private void body106() throws PatternFormatException {
        while (true) {
            src.skipBlanks();
            int c = src.peek();
            if (c == Source.EOF) {
                return;
            }
            int line = src.line();
            int column = src.column();
            if (c == '\n') {
                src.next();
            } else if (c == '#') {
                hashLine(src.restOfLine(), line, column, false);
            } else {
                LineScanner s = new LineScanner(src.restOfLine(), src.name(), line, column);
                long x = s.number("x coordinate", limits.maxCoordinate(), true);
                long y = s.number("y coordinate", limits.maxCoordinate(), true);
                s.skipBlanks();
                if (!s.atEnd()) {
                    throw s.expected("the end of the line after the x y pair");
                }
                cell(x, y, line, column);
            }
        }
    }

    private void body105() throws PatternFormatException {
        long blockX = 0;
        long y = 0;
        while (true) {
            int c = src.peek();
            if (c == Source.EOF) {
                return;
            }
            int line = src.line();
            int column = src.column();
            if (c == '#') {
                String text = src.restOfLine();
                if (text.startsWith("#P")) {
                    LineScanner s = new LineScanner(text, src.name(), line, column);
                    s.index(2);
                    s.skipBlanks();
                    if (s.atEnd()) {
                        blockX = 0;
                        y = 0;
                    } else {
                        blockX = s.number("block x", limits.maxCoordinate(), true);
                        y = s.number("block y", limits.maxCoordinate(), true);
                    }
                } else {
                    hashLine(text, line, column, true);
                }
                continue;
            }
            long x = blockX;
            while (true) {
                c = src.peek();
                if (c == '\n' || c == Source.EOF) {
                    src.next();
                    break;
                }
                if (c == '*' || c == 'O' || c == 'o') {
                    cell(x, y, src.line(), src.column());
                } else if (c == ' ' || c == '\t') {
                    src.skipBlanks();
                    if (src.peek() != '\n' && src.peek() != Source.EOF) {
                        throw src.expected("'.' (dead) or '*' (alive)", src.peek());
                    }
                    continue;
                } else if (c != '.') {
                    throw src.expected("'.' (dead) or '*' (alive)", c);
                }
                x++;
                src.next();
            }
            y++;
        }
    }

    /** The # lines both versions share; in 1.05 a bare {@code #N} means "normal Life rules". */
    private void hashLine(String text, int line, int column, boolean v105) throws PatternFormatException {
        if (text.length() < 2) {
            return;
        }
        String rest = text.substring(2);
        switch (text.charAt(1)) {
            case 'N' -> {
                if (rest.isBlank() && v105) {
                    meta.rule = lifefx.life.Rule.CONWAY;
                } else {
                    meta.name = rest;
                }
            }
            case 'O' -> meta.author = rest;
            case 'C', 'D' -> meta.comments.add(rest);
            case 'R' -> meta.rule = MetadataBuilder.parseRule(rest, src.name(), line, column + 2);
            default -> {
                // Other # lines (#Life repeated, #U, ...) carry nothing LifeFX uses.
            }
        }
    }

    private void cell(long x, long y, int line, int column) throws PatternFormatException {
        long lim = limits.maxCoordinate();
        if (x > lim || x < -lim || y > lim || y < -lim) {
            throw src.error(line, column, "cell " + x + "," + y + " is beyond the coordinate limit of ±" + lim);
        }
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
        if (maxX - minX >= limits.maxExtent() || maxY - minY >= limits.maxExtent()) {
            throw src.error(line, column, "the pattern is wider or taller than the limit of "
                    + limits.maxExtent() + " cells");
        }
        cells.add((int) x, (int) y, line, column);
    }

    private Pattern finish() throws PatternFormatException {
        CellSet set = cells.toSet();
        lifefx.life.Rule rule = meta.ruleOrConway();
        if (set.isEmpty()) {
            return new Pattern(set, 0, 0, rule, meta.build());
        }
        meta.position = new Position(minX, minY);
        return Pattern.of(set.translate((int) -minX, (int) -minY), rule, meta.build());
    }
}
