package lifefx.cli;

import java.util.ArrayList;
import java.util.List;
import lifefx.life.Grid;

/**
 * Prints generations side by side, as the article's ColumnPrinter does: one column per generation,
 * {@code *} for a live cell and {@code -} for a dead one, the generation number centred over each
 * column, and {@code " | "} between columns. Columns that do not fit the line width continue in a
 * new block below, after a blank line.
 */
final class ColumnPrinter {

    /** Largest grid side {@code --print} accepts: wider grids are unreadable as text. */
    static final int MAX_SIDE = 256;

    private static final String SEPARATOR = " | ";

    private final int lineWidth;
    private final List<Grid> columns = new ArrayList<>();

    ColumnPrinter(int lineWidth) {
        this.lineWidth = Math.max(1, lineWidth);
    }

    void add(Grid grid) {
        columns.add(grid);
    }

    /** All the columns added so far, as text ending in a line break. */
    String render() {
        StringBuilder out = new StringBuilder();
        if (columns.isEmpty()) {
            return "";
        }
        int w = columns.getFirst().width();
        int h = columns.getFirst().height();
        int perBlock = Math.max(1, (lineWidth + SEPARATOR.length()) / (w + SEPARATOR.length()));
        for (int from = 0; from < columns.size(); from += perBlock) {
            List<Grid> block = columns.subList(from, Math.min(columns.size(), from + perBlock));
            if (from > 0) {
                out.append('\n');
            }
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < block.size(); i++) {
                if (i > 0) {
                    line.append(SEPARATOR);
                }
                line.append(centre(Long.toString(block.get(i).generation()), w));
            }
            out.append(line.toString().stripTrailing()).append('\n');
            for (int r = 0; r < h; r++) {
                line.setLength(0);
                for (int i = 0; i < block.size(); i++) {
                    if (i > 0) {
                        line.append(SEPARATOR);
                    }
                    Grid g = block.get(i);
                    for (int c = 0; c < w; c++) {
                        line.append(g.isAlive(r, c) ? '*' : '-');
                    }
                }
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String centre(String text, int width) {
        if (text.length() >= width) {
            return text;
        }
        int left = (width - text.length()) / 2;
        return " ".repeat(left) + text + " ".repeat(width - text.length() - left);
    }

    /** The terminal width from {@code $COLUMNS}, else 80. */
    static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.strip().matches("\\d{1,4}")) {
            int n = Integer.parseInt(columns.strip());
            if (n >= 20) {
                return n;
            }
        }
        return 80;
    }
}
