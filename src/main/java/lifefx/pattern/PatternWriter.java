package lifefx.pattern;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import lifefx.life.Rule;

/**
 * Writes patterns as text in RLE, plaintext or Life 1.06. Stateless and thread-safe.
 *
 * <p>What each format keeps:
 * <ul>
 *   <li><b>RLE</b> keeps everything: cells, the box (header {@code x}, {@code y}), the rule with its
 *       {@code :Tw,h} suffix, {@code #N}, {@code #O}, {@code #C} lines and {@code #CXRLE Pos=}.
 *       Body lines are at most 70 characters and break only between items, as Golly writes.
 *   <li><b>Plaintext</b> keeps cells relative to the origin, {@code !Name:}, {@code !Author:} and
 *       comments; a rule other than plain B3/S23 and a position go in {@code !Rule:} and {@code
 *       !Position:} lines, which other programs show as comments. The box beyond the last live row
 *       and column is not kept.
 *   <li><b>Life 1.06</b> writes absolute coordinates (position + cell), so it has no origin of its
 *       own: reading it back gives {@link Pattern#normalized()}. A rule other than B3/S23 goes in a
 *       {@code #R} line. Name, author and comments are not written: the format has no place for
 *       them, and some readers (LifeViewer) take the digits on any line for a cell.
 *   <li><b>Macrocell</b> ({@code .mc}) keeps the cells where Golly puts them (position plus cell),
 *       the rule, {@code #N}, {@code #O} and {@code #C} lines; like Life 1.06 it has no origin of its
 *       own, so reading it back gives {@link Pattern#normalized()}. Nodes are written children
 *       first, each distinct square once, as Golly does; {@link #write(Macrocell)} writes a tree
 *       of any size (and its {@code #G} generation) without listing its cells.
 * </ul>
 */
public final class PatternWriter {

    /** Longest RLE line Golly writes. */
    public static final int RLE_LINE_LENGTH = 70;

    /** Largest text a writer produces, in characters, before refusing (a Java string's practical cap). */
    static final long MAX_OUTPUT = 1L << 30;

    private static final String[] PLAINTEXT_KEYS = {"Name:", "Author:", "Rule:", "Position:"};

    private PatternWriter() {
    }

    /**
     * The pattern as the text of a file in {@code format}.
     *
     * <p>Never writes what {@link PatternReader} would refuse or read differently: a pattern
     * that breaks a reader limit ({@link PatternLimits#DEFAULT}) once written in {@code format},
     * such as a Life 1.06 coordinate beyond ±10⁹ or a name longer than a line may be, is refused.
     *
     * @throws IllegalArgumentException when the format is read-only ({@link PatternFormat#LIFE_105}),
     *                                  the text would be too large (a sparse pattern spread over 10⁸
     *                                  rows as plaintext) or could not be read back; the one-line
     *                                  message says which
     */
    public static String write(Pattern pattern, PatternFormat format) {
        if (format != PatternFormat.LIFE_105) {
            checkReadable(pattern, format);
        }
        return switch (format) {
            case RLE -> rle(pattern);
            case PLAINTEXT -> plaintext(pattern);
            case LIFE_106 -> life106(pattern);
            case MACROCELL -> macrocell(Macrocell.of(pattern));
            case LIFE_105 -> throw new IllegalArgumentException(
                    "LifeFX reads Life 1.05 but does not write it: write .lif (Life 1.06), .rle or .cells");
        };
    }

    /**
     * Writes {@code pattern} to {@code target} as UTF-8 through {@link AtomicFile#write}: the target
     * is always the complete old or the complete new file; an existing file keeps its permissions
     * (and owner and group where allowed); a new one gets the user's umask; a symbolic link is
     * written through to its file.
     *
     * @throws IOException              when the file cannot be written; the one-line message names
     *                                  the target, never a temporary file
     * @throws IllegalArgumentException when the pattern cannot be written in {@code format}
     */
    public static void writeFile(Path target, Pattern pattern, PatternFormat format) throws IOException {
        String text = write(pattern, format);
        AtomicFile.write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A quadtree as the text of a Golly macrocell file: {@code [M2] (lifefx VERSION)}, {@code #R}, a
     * {@code #G} line when the generation is not 0, {@code #N}, {@code #O} and {@code #C} lines,
     * then one line per node, children first, each distinct square once. The tree is moved up one
     * row, to where Golly's files have it (see {@link Macrocell}). O(nodes); no cell is listed.
     *
     * @throws IllegalArgumentException when the text would pass about 10^9 characters (some 13
     *                                  million nodes), a comment line would be longer than a reader
     *                                  accepts, or the root is of level {@value Macrocell#MAX_LEVEL};
     *                                  the one-line message says which
     */
    public static String write(Macrocell tree) {
        PatternLimits lim = PatternLimits.DEFAULT;
        if (tree.nodeCount() * 80L > MAX_OUTPUT) {
            throw new IllegalArgumentException("cannot write the pattern as Macrocell: its " + tree.nodeCount()
                    + " nodes would pass the " + MAX_OUTPUT + " characters LifeFX writes as one text");
        }
        String as = " as Macrocell (LifeFX reads back ";
        int room = lim.maxLineLength() - 3;
        Metadata m = tree.metadata();
        checkLine(m.name(), "name", room, as, lim);
        checkLine(m.author(), "author", room, as, lim);
        for (String c : m.comments()) {
            checkLine(c, "comment", room, as, lim);
        }
        return macrocell(tree);
    }

    /** Writes a tree as a macrocell file through {@link AtomicFile#write}, as {@link #writeFile(Path, Pattern, PatternFormat)}. */
    public static void writeFile(Path target, Macrocell tree) throws IOException {
        AtomicFile.write(target, write(tree).getBytes(StandardCharsets.UTF_8));
    }

    private static String macrocell(Macrocell tree) {
        // The file's tree sits one row higher than where Golly shows it (see Macrocell).
        Macrocell.Builder fileTree = new Macrocell.Builder();
        Macrocell t = fileTree.build(fileTree.shiftedRow(fileTree.add(tree), false), tree.rule(), tree.generation(),
                tree.metadata());
        StringBuilder sb = new StringBuilder(64 + t.nodeCount() * 24);
        String version = PatternWriter.class.getPackage().getImplementationVersion();
        sb.append("[M2] (lifefx ").append(version == null ? "dev" : version).append(")\n");
        sb.append("#R ").append(t.rule()).append('\n');
        if (t.generation().signum() > 0) {
            sb.append("#G ").append(t.generation()).append('\n');
        }
        Metadata m = t.metadata();
        if (m.name() != null) {
            sb.append("#N ").append(m.name()).append('\n');
        }
        if (m.author() != null) {
            sb.append("#O ").append(m.author()).append('\n');
        }
        for (String c : m.comments()) {
            sb.append(c.isEmpty() ? "#C" : "#C " + c).append('\n');
        }
        for (int i = 1, n = t.nodeCount(); i <= n; i++) {
            if (t.level(i) == Macrocell.LEAF_LEVEL) {
                long b = t.leafBits(i);
                for (int row = 0; row < 8 && (b >>> (8 * row)) != 0; row++) {
                    int cells = (int) (b >>> (8 * row)) & 0xFF;
                    for (int x = 0; cells >>> x != 0; x++) {
                        sb.append((cells >>> x & 1) != 0 ? '*' : '.');
                    }
                    sb.append('$');
                }
            } else {
                sb.append(t.level(i)).append(' ').append(t.child(i, 0)).append(' ').append(t.child(i, 1))
                        .append(' ').append(t.child(i, 2)).append(' ').append(t.child(i, 3));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Refuses what the readers would refuse, or read back as other cells or another position. */
    private static void checkReadable(Pattern p, PatternFormat format) {
        PatternLimits lim = PatternLimits.DEFAULT;
        String as = " as " + format.displayName() + " (LifeFX reads back ";
        CellSet cells = p.cells();
        if (cells.size() > lim.maxCells()) {
            throw new IllegalArgumentException("cannot write the pattern" + as + "at most " + lim.maxCells()
                    + " live cells): it has " + cells.size());
        }
        Metadata m = p.metadata();
        long px = m.position() == null ? 0 : m.position().x();
        long py = m.position() == null ? 0 : m.position().y();
        long coord = lim.maxCoordinate();
        if ((format == PatternFormat.LIFE_106 || format == PatternFormat.MACROCELL) && !cells.isEmpty()) {
            // Life 1.06 and Macrocell write absolute coordinates: position plus cell.
            long minX = px + cells.minX();
            long maxX = px + cells.maxX();
            long minY = py + cells.minY();
            long maxY = py + cells.maxY();
            if (minX < -coord || maxX > coord || minY < -coord || maxY > coord) {
                throw new IllegalArgumentException("cannot write the pattern" + as + "coordinates within ±" + coord
                        + "): its cells lie at x " + minX + ".." + maxX + ", y " + minY + ".." + maxY
                        + "; write .rle, which keeps the position apart from the cells");
            }
            if (maxX - minX >= lim.maxExtent() || maxY - minY >= lim.maxExtent()) {
                throw new IllegalArgumentException("cannot write the pattern" + as + "at most " + lim.maxExtent()
                        + " cells across): it spans " + (maxX - minX + 1) + "x" + (maxY - minY + 1) + " (width x height)");
            }
        }
        if (format == PatternFormat.LIFE_106) {
            return;
        }
        if (format != PatternFormat.MACROCELL) {
            // RLE's #CXRLE Pos= may lie as far out as the unbounded universe goes; plaintext keeps
            // the readers' coordinate limit.
            long positionLimit = format == PatternFormat.RLE ? PatternLimits.MAX_POSITION : coord;
            if (Math.abs(px) > positionLimit || Math.abs(py) > positionLimit) {
                throw new IllegalArgumentException("cannot write the pattern" + as + "positions within ±"
                        + positionLimit + "): its position is " + px + "," + py);
            }
            if (cells.maxX() + 1L > lim.maxExtent() || cells.maxY() + 1L > lim.maxExtent()) {
                throw new IllegalArgumentException("cannot write the pattern" + as + "at most " + lim.maxExtent()
                        + " cells across): its cells reach column " + cells.maxX() + " and row " + cells.maxY());
            }
        }
        // Comment lines, with their longest prefix ("#N ", "!Author: ", "! "), must fit a line.
        int room = lim.maxLineLength() - (format == PatternFormat.PLAINTEXT ? "!Author: ".length() : 3);
        checkLine(m.name(), "name", room, as, lim);
        checkLine(m.author(), "author", room, as, lim);
        for (String c : m.comments()) {
            checkLine(c, "comment", room, as, lim);
        }
    }

    private static void checkLine(String text, String what, int room, String as, PatternLimits lim) {
        if (text != null && text.length() > room) {
            throw new IllegalArgumentException("cannot write the pattern" + as + "lines of at most "
                    + lim.maxLineLength() + " characters): its " + what + " has " + text.length());
        }
    }

    private static String rle(Pattern p) {
        StringBuilder sb = new StringBuilder();
        Metadata m = p.metadata();
        if (m.position() != null) {
            sb.append("#CXRLE Pos=").append(m.position().x()).append(',').append(m.position().y()).append('\n');
        }
        if (m.name() != null) {
            sb.append("#N ").append(m.name()).append('\n');
        }
        if (m.author() != null) {
            sb.append("#O ").append(m.author()).append('\n');
        }
        for (String c : m.comments()) {
            sb.append(c.isEmpty() ? "#C" : "#C " + c).append('\n');
        }
        sb.append("x = ").append(p.width()).append(", y = ").append(p.height())
                .append(", rule = ").append(p.rule()).append('\n');
        RleLine out = new RleLine(sb);
        CellSet cells = p.cells();
        int row = 0;
        int col = 0;
        int i = 0;
        int n = cells.size();
        while (i < n) {
            int y = cells.y(i);
            if (y > row) {
                out.item(y - row, '$');
                row = y;
                col = 0;
            }
            int x = cells.x(i);
            if (x > col) {
                out.item(x - col, 'b');
            }
            int run = 1;
            while (i + run < n && cells.y(i + run) == y && cells.x(i + run) == x + run) {
                run++;
            }
            out.item(run, 'o');
            col = x + run;
            i += run;
        }
        out.item(1, '!');
        sb.append('\n');
        return sb.toString();
    }

    /** Appends RLE items, starting a new line when the next item would pass 70 characters. */
    private static final class RleLine {
        private final StringBuilder sb;
        private int lineLength;

        RleLine(StringBuilder sb) {
            this.sb = sb;
        }

        void item(int count, char tag) {
            int len = (count > 1 ? digits(count) : 0) + 1;
            if (lineLength + len > RLE_LINE_LENGTH) {
                sb.append('\n');
                lineLength = 0;
            }
            if (count > 1) {
                sb.append(count);
            }
            sb.append(tag);
            lineLength += len;
        }

        private static int digits(int v) {
            return Integer.toString(v).length();
        }
    }

    private static String plaintext(Pattern p) {
        CellSet cells = p.cells();
        // Size check first: a pattern with cells 10^9 rows apart would be 10^9 lines of text.
        long size = 0;
        for (int i = 0, row = 0; i < cells.size(); i++) {
            int y = cells.y(i);
            if (i == 0 || y != cells.y(i - 1)) {
                size += 2L * (y - row);
                row = y;
            }
            if (i + 1 == cells.size() || cells.y(i + 1) != y) {
                size += cells.x(i) + 2L;
                row = y + 1;
            }
        }
        if (size > MAX_OUTPUT) {
            throw new IllegalArgumentException("the pattern is too spread out to write as plaintext (about "
                    + size + " characters); write it as .rle or .lif instead");
        }
        StringBuilder sb = new StringBuilder();
        Metadata m = p.metadata();
        sb.append("!Name:").append(m.name() == null ? "" : " " + m.name()).append('\n');
        if (m.author() != null) {
            sb.append("!Author: ").append(m.author()).append('\n');
        }
        if (!p.rule().equals(Rule.CONWAY)) {
            sb.append("!Rule: ").append(p.rule()).append('\n');
        }
        if (m.position() != null) {
            sb.append("!Position: ").append(m.position()).append('\n');
        }
        for (String c : m.comments()) {
            // A comment that looks like one of the keys above gets a space, which the reader
            // does not take for a key.
            sb.append(looksLikeKey(c) ? "! " : "!").append(c).append('\n');
        }
        int row = 0;
        int col = 0;
        for (int i = 0; i < cells.size(); i++) {
            int y = cells.y(i);
            if (y > row) {
                if (col > 0) {
                    sb.append('\n');
                    row++;
                }
                for (; row < y; row++) {
                    sb.append(".\n");
                }
                col = 0;
            }
            int x = cells.x(i);
            sb.repeat('.', x - col);
            sb.append('O');
            col = x + 1;
        }
        if (col > 0) {
            sb.append('\n');
        }
        return sb.toString();
    }

    static boolean looksLikeKey(String comment) {
        for (String k : PLAINTEXT_KEYS) {
            if (comment.regionMatches(true, 0, k, 0, k.length())) {
                return true;
            }
        }
        return false;
    }

    private static String life106(Pattern p) {
        StringBuilder sb = new StringBuilder("#Life 1.06\n");
        Metadata m = p.metadata();
        // Only the rule goes in a # line: readers such as LifeViewer's take any digits on any line
        // for coordinates, so a comment like "#C p30 gun, 2 guns" would come back as a cell. A
        // rule has no spaces, so it never reads as an "x y" pair.
        if (!p.rule().equals(Rule.CONWAY)) {
            sb.append("#R ").append(p.rule()).append('\n');
        }
        long px = m.position() == null ? 0 : m.position().x();
        long py = m.position() == null ? 0 : m.position().y();
        CellSet cells = p.cells();
        for (int i = 0; i < cells.size(); i++) {
            sb.append(px + cells.x(i)).append(' ').append(py + cells.y(i)).append('\n');
        }
        return sb.toString();
    }
}
