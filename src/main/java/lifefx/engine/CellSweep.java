package lifefx.engine;

import java.io.IOException;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.Rule;

/**
 * Computes a block of rows of the next generation on the calling thread, cell by cell. Shared by
 * {@link SequentialStrategy} (all rows) and {@link BandedStrategy} (one band per thread).
 *
 * <p>When the logic is {@linkplain CellLogic#pureRule() a pure rule}, it skips the per-cell call
 * and uses the rule's 18-entry table with running column sums: each neighbour count costs three
 * byte adds instead of eight. Otherwise it calls the logic once per cell, as the article does.
 *
 * <p>When a {@link ScheduleRecorder} is bound to the calling thread, each cell (logic calls) or
 * each row (the pure rule's table) is recorded as it is finished; otherwise that costs one branch.
 *
 * <p>Stateless; safe to call from many threads at once for disjoint row ranges of one builder.
 */
final class CellSweep {

    private CellSweep() {
    }

    /**
     * Computes rows {@code [fromRow, toRow)} of the generation after {@code g} into {@code out}.
     * Checks for interruption once per row, which bounds the cancellation delay to one row's work.
     */
    static void rows(Grid g, CellLogic logic, Grid.Builder out, int fromRow, int toRow)
            throws IOException, InterruptedException {
        Rule rule = logic.pureRule();
        ScheduleRecorder rec = ScheduleRecorder.active(); // null unless the schedule map is open
        if (rule != null) {
            pureRows(g, rule.table(), out, fromRow, toRow, rec);
        } else {
            logicRows(g, logic, out, fromRow, toRow, rec);
        }
    }

    private static void logicRows(Grid g, CellLogic logic, Grid.Builder out, int fromRow, int toRow,
                                  ScheduleRecorder rec) throws IOException, InterruptedException {
        int w = g.width();
        byte[] next = new byte[w];
        for (int r = fromRow; r < toRow; r++) {
            checkInterrupt();
            int base = r * w;
            for (int c = 0; c < w; c++) {
                next[c] = logic.next(g.cellAt(base + c) != 0, g.liveNeighbours(r, c)) ? (byte) 1 : 0;
                if (rec != null) {
                    rec.cell(base + c);
                }
            }
            if (rec != null) {
                rec.named(r);
            }
            out.setRow(r, next, 0);
        }
    }

    /*
     * Rows are copied into buffers padded with one wrapped cell at each end, so the inner loop
     * needs no wrap test. colSum[c] is the live count of column c over the three rows; a cell's
     * neighbour count is colSum[c-1] + colSum[c] + colSum[c+1] minus the cell itself.
     */
    private static void pureRows(Grid g, byte[] table, Grid.Builder out, int fromRow, int toRow,
                                 ScheduleRecorder rec) throws InterruptedException {
        int h = g.height();
        int w = g.width();
        byte[] up = new byte[w + 2];
        byte[] mid = new byte[w + 2];
        byte[] down = new byte[w + 2];
        int[] colSum = new int[w + 2];
        byte[] next = new byte[w];
        load(g, Math.floorMod(fromRow - 1, h), up);
        load(g, fromRow, mid);
        for (int r = fromRow; r < toRow; r++) {
            checkInterrupt();
            load(g, r + 1 == h ? 0 : r + 1, down);
            for (int c = 0; c < w + 2; c++) {
                colSum[c] = up[c] + mid[c] + down[c];
            }
            for (int c = 1; c <= w; c++) {
                int self = mid[c];
                int n = colSum[c - 1] + colSum[c] + colSum[c + 1] - self;
                next[c - 1] = table[self * 9 + n];
            }
            out.setRow(r, next, 0);
            if (rec != null) {
                rec.row(r);
            }
            byte[] t = up;
            up = mid;
            mid = down;
            down = t;
        }
    }

    private static void load(Grid g, int row, byte[] padded) {
        int w = g.width();
        g.copyRow(row, padded, 1);
        padded[0] = padded[w];
        padded[w + 1] = padded[1];
    }

    static void checkInterrupt() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("generation cancelled");
        }
    }
}
