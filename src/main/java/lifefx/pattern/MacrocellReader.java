package lifefx.pattern;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lifefx.life.Rule;

/**
 * Reads Golly's macrocell format ({@code .mc}) for two-state rules into a {@link Macrocell}, without
 * ever listing cells: memory and time follow the nodes of the file.
 *
 * <p>The format: a first line starting {@code [M2]}; {@code #R rule}, {@code #G generation}, {@code
 * #N name}, {@code #O author} and other {@code #} lines (comments) anywhere; then one node per line,
 * numbered from 1 in file order: a leaf of 8 × 8 cells written as rows of {@code .} and {@code *},
 * each row ended by {@code $}, trailing dead cells and trailing empty rows left out; or an interior
 * node {@code level nw ne sw se}, whose children are 0 (the empty square) or earlier nodes of level
 * {@code level − 1}. The last node is the root. Blank lines are skipped, as Golly does. The tree is
 * moved down one row, to where Golly shows it (see {@link Macrocell}).
 *
 * <p>Refused, each with a one-line message naming line and column: a missing or second {@code
 * [M2]} line, a second {@code #R} or {@code #G}, a rule LifeFX does not run, a bad generation, a
 * character that is not {@code . * $} in a leaf, a row longer than 8 cells, more than 8 rows, a
 * level outside 4..{@value Macrocell#MAX_LEVEL}, a child that is not yet defined or has the wrong
 * level, a root that is a leaf, more nodes than {@link PatternLimits#maxCells()}, multi-state files
 * (level-1 nodes {@code 1 a b c d}) and Golly's timelines ({@code #FRAMES}). Not thread-safe: one
 * call, one thread.
 */
final class MacrocellReader {

    private static final String NODE_LINE = "a leaf row of '.', '*' and '$', a node 'level nw ne sw se' or a '#' line";

    private final Source src;
    private final Macrocell.Builder builder = new Macrocell.Builder();
    /** For file node i (from 1): its canonical number and its level. */
    private int[] canon = new int[64];
    private byte[] fileLevel = new byte[64];
    private int nodes;
    private int lastNodeLine;
    private Rule rule;
    private int ruleLine;
    private BigInteger generation;
    private int generationLine;
    private String name;
    private String author;
    private final List<String> comments = new ArrayList<>();

    private MacrocellReader(Source src) {
        this.src = src;
    }

    static Macrocell read(Source src) throws PatternFormatException {
        return new MacrocellReader(src).run();
    }

    /** Reads a macrocell file and expands it into cells (refused past the limits). */
    static Pattern readPattern(Source src) throws PatternFormatException {
        return read(src).toPattern(src.name(), src.limits());
    }

    private Macrocell run() throws PatternFormatException {
        boolean header = false;
        while (src.peek() != Source.EOF) {
            int line = src.line();
            String text = src.restOfLine();
            if (text.isBlank()) {
                continue;
            }
            if (!header) {
                if (!text.startsWith("[M2]")) {
                    int col = firstNonBlank(text);
                    throw PatternFormatException.expected(src.name(), line, col + 1,
                            "'[M2]' (the first line of a Golly macrocell file)",
                            PatternFormatException.describe(text.substring(col)));
                }
                header = true;
                continue;
            }
            char c = text.charAt(0);
            if (c == '#') {
                hashLine(text, line);
            } else if (c == '.' || c == '*' || c == '$') {
                leaf(text, line);
            } else if (c >= '0' && c <= '9') {
                interior(text, line);
            } else if (text.startsWith("[M2]")) {
                throw PatternFormatException.at(src.name(), line, 1, "a second '[M2]' line: a macrocell file has one,"
                        + " at the top");
            } else {
                throw PatternFormatException.expected(src.name(), line, 1, NODE_LINE, PatternFormatException.describe(c));
            }
        }
        if (nodes > 0 && fileLevel[nodes] == Macrocell.LEAF_LEVEL) {
            throw PatternFormatException.at(src.name(), lastNodeLine, 1, "the last node, the root, is a leaf;"
                    + " a macrocell file ends with a node of level " + Macrocell.MIN_ROOT_LEVEL + " or more");
        }
        Metadata meta = new Metadata(name, author, comments, null);
        int root;
        try {
            // Golly shows the file's tree one row lower than it is centred: move it there.
            root = builder.shiftedRow(nodes == 0 ? 0 : canon[nodes], true);
        } catch (IllegalArgumentException e) {
            throw PatternFormatException.at(src.name(), lastNodeLine, 1, e.getMessage());
        }
        return builder.build(root, rule == null ? Rule.CONWAY : rule,
                generation == null ? BigInteger.ZERO : generation, meta);
    }

    private static int firstNonBlank(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private void hashLine(String text, int line) throws PatternFormatException {
        char key = text.length() > 1 ? text.charAt(1) : ' ';
        String rest = text.length() > 2 ? text.substring(2) : "";
        switch (key) {
            case 'R' -> {
                if (rule != null) {
                    throw PatternFormatException.at(src.name(), line, 1, "a second '#R' rule line (the first is on"
                            + " line " + ruleLine + ")");
                }
                int col = 3 + firstNonBlank(rest);
                if (rest.isBlank()) {
                    throw PatternFormatException.expected(src.name(), line, col, "a rule such as B3/S23 after '#R'",
                            "end of line");
                }
                rule = MetadataBuilder.parseRule(rest, src.name(), line, col);
                ruleLine = line;
            }
            case 'G' -> {
                if (generation != null) {
                    throw PatternFormatException.at(src.name(), line, 1, "a second '#G' generation line (the first"
                            + " is on line " + generationLine + ")");
                }
                int start = firstNonBlank(rest);
                String digits = rest.strip();
                if (digits.isEmpty()) {
                    throw PatternFormatException.expected(src.name(), line, 3 + start, "a generation count after '#G'",
                            "end of line");
                }
                for (int i = 0; i < digits.length(); i++) {
                    char d = digits.charAt(i);
                    if (d < '0' || d > '9') {
                        throw PatternFormatException.expected(src.name(), line, 3 + start + i,
                                "a digit of the generation count", PatternFormatException.describe(d));
                    }
                }
                generation = new BigInteger(digits);
                generationLine = line;
            }
            case 'F' -> {
                if (text.startsWith("#FRAME")) {
                    throw PatternFormatException.at(src.name(), line, 1, "Golly timelines ('#FRAMES') are not"
                            + " supported; save the pattern from Golly without its timeline");
                }
                comments.add(text.substring(1));
            }
            case 'N' -> {
                if (name == null && !rest.isBlank()) {
                    name = rest;
                } else {
                    comments.add(rest);
                }
            }
            case 'O' -> {
                if (author == null && !rest.isBlank()) {
                    author = rest;
                } else {
                    comments.add(rest);
                }
            }
            case 'C', 'D' -> comments.add(rest);
            default -> comments.add(text.substring(1));
        }
    }

    /** Room for one more file node; refuses past the node limit. */
    private int nextNode(int line) throws PatternFormatException {
        if (nodes >= src.limits().maxCells()) {
            throw PatternFormatException.at(src.name(), line, 1, "more than " + src.limits().maxCells()
                    + " nodes, the limit");
        }
        int i = ++nodes;
        if (i == canon.length) {
            canon = Arrays.copyOf(canon, (int) Math.min(Integer.MAX_VALUE - 8L, canon.length * 2L));
            fileLevel = Arrays.copyOf(fileLevel, canon.length);
        }
        lastNodeLine = line;
        return i;
    }

    private void leaf(String text, int line) throws PatternFormatException {
        long bits = 0;
        int x = 0;
        int y = 0;
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '$' -> {
                    if (y == 8) {
                        throw PatternFormatException.at(src.name(), line, i + 1, "a leaf has 8 rows, but this is"
                                + " the end of a ninth");
                    }
                    y++;
                    x = 0;
                }
                case '.', '*' -> {
                    if (y == 8) {
                        throw PatternFormatException.at(src.name(), line, i + 1, "a leaf has 8 rows, but this cell"
                                + " is on a ninth");
                    }
                    if (x == 8) {
                        throw PatternFormatException.at(src.name(), line, i + 1, "a leaf row has 8 cells, but this"
                                + " is a ninth (end the row with '$')");
                    }
                    if (c == '*') {
                        bits |= 1L << (8 * y + x);
                    }
                    x++;
                }
                default -> throw PatternFormatException.expected(src.name(), line, i + 1,
                        "'.', '*' or '$' in a leaf (8 x 8 cells)", PatternFormatException.describe(c));
            }
        }
        int i = nextNode(line);
        canon[i] = builder.leaf(bits);
        fileLevel[i] = Macrocell.LEAF_LEVEL;
    }

    private void interior(String text, int line) throws PatternFormatException {
        int[] values = new int[5];
        int pos = 0;
        int i = nodes + 1;
        for (int f = 0; f < 5; f++) {
            if (f > 0) {
                int blanks = pos;
                while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                    pos++;
                }
                if (pos == blanks) {
                    throw PatternFormatException.expected(src.name(), line, pos + 1, f == 1 ? "a space after the level"
                            : "a space between the children", PatternFormatException.describe(charAt(text, pos)));
                }
            }
            int start = pos;
            long v = 0;
            while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                v = v * 10 + (text.charAt(pos) - '0');
                if (v > Integer.MAX_VALUE) {
                    throw PatternFormatException.at(src.name(), line, start + 1, "number too large: "
                            + PatternFormatException.describe(text.substring(start)));
                }
                pos++;
            }
            if (pos == start) {
                throw PatternFormatException.expected(src.name(), line, pos + 1, f == 0 ? "a level"
                        : "a node number (0 for empty)", PatternFormatException.describe(charAt(text, pos)));
            }
            values[f] = (int) v;
            if (f == 0) {
                checkLevel(values[0], line, start + 1);
            } else {
                checkChild(values[0], (int) v, i, line, start + 1);
            }
        }
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        if (pos < text.length()) {
            throw PatternFormatException.expected(src.name(), line, pos + 1, "end of line after the four children",
                    PatternFormatException.describe(text.charAt(pos)));
        }
        int n = nextNode(line);
        canon[n] = builder.node(values[0], canon[values[1]], canon[values[2]], canon[values[3]], canon[values[4]]);
        fileLevel[n] = (byte) values[0];
    }

    private static int charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : '\n';
    }

    private void checkLevel(int level, int line, int column) throws PatternFormatException {
        if (level == 1) {
            throw PatternFormatException.at(src.name(), line, column, "a level-1 node: this is a multi-state"
                    + " macrocell file, and LifeFX reads only two-state (Life-like) ones");
        }
        if (level < Macrocell.MIN_ROOT_LEVEL || level > Macrocell.MAX_LEVEL) {
            throw PatternFormatException.at(src.name(), line, column, "level " + level + " is outside "
                    + Macrocell.MIN_ROOT_LEVEL + ".." + Macrocell.MAX_LEVEL + " (a two-state node is 2^level cells a"
                    + " side, 16 or more; leaves are rows of '.', '*' and '$')");
        }
    }

    private void checkChild(int level, int child, int self, int line, int column) throws PatternFormatException {
        if (child == 0) {
            return;
        }
        if (child >= self) {
            throw PatternFormatException.at(src.name(), line, column, "node " + self + " refers to node " + child
                    + ", which is not defined before it (nodes are numbered from 1 in file order)");
        }
        int l = fileLevel[child];
        if (l != level - 1) {
            throw PatternFormatException.at(src.name(), line, column, "node " + child + " has level " + l
                    + ", but the children of a level-" + level + " node must have level " + (level - 1));
        }
    }
}
