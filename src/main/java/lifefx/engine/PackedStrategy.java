package lifefx.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.Rule;

/**
 * {@code packed}: bit-parallel. Each row is packed 64 cells to a {@code long}, and one pass of
 * bitwise adders computes the neighbour counts of 64 cells at once as four bit-planes (1, 2, 4,
 * 8); the rule then picks the cells whose count is in its birth or survival set. About one
 * machine operation per cell instead of a dozen. The rows are split into K bands, one virtual
 * thread each, as in {@code bands}.
 *
 * <p>Only pure rules can be computed 64 at a time. When the cell logic does I/O ({@link
 * CellLogic#pureRule()} is {@code null}), each band calls it once per cell, exactly as {@code
 * bands} does, so results never differ.
 *
 * <p>Wrapping: a row's west neighbours are the row shifted one bit up with cell {@code w-1} carried
 * into bit 0, and its east neighbours the row shifted down with cell 0 carried into bit {@code
 * w-1}; padding bits above {@code w-1} in the last word are kept zero. On a one-cell-wide torus
 * both carries bring the cell back to itself, which is the article's semantics.
 *
 * <p><b>Threading:</b> K virtual threads per generation, started and joined by the caller; none
 * outlives {@code step}. <b>Memory visibility:</b> bands write disjoint rows of the builder; the
 * fan-in latch and {@code Thread.join} come before the grid is built (see {@link Bands}).
 */
public final class PackedStrategy implements GenerationStrategy {

    public static final String NAME = "packed";

    private static final Thread.Builder.OfVirtual BUILDER = Thread.ofVirtual().name("lifefx-packed-", 0);

    private final int bands;
    private final StepGuard guard = new StepGuard(NAME);

    public PackedStrategy(StrategyConfig config) {
        this.bands = config.threads();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        Rule rule = logic.pureRule();
        Bands.Body body = rule == null ? CellSweep::rows : (g, l, next, from, to) -> packedRows(g, rule, next, from, to);
        return guard.step(current, logic, () -> Bands.step(NAME, BUILDER, bands, current, logic, body));
    }

    /** Computes rows {@code [from, to)} 64 cells at a time. Called on a band thread. */
    private static void packedRows(Grid g, Rule rule, Grid.Builder out, int from, int to)
            throws InterruptedException {
        int h = g.height();
        int w = g.width();
        int words = (w + 63) >>> 6;
        byte[] bytes = new byte[w];
        long[] up = new long[words];
        long[] mid = new long[words];
        long[] down = new long[words];
        long[] result = new long[words];
        pack(g, Math.floorMod(from - 1, h), bytes, up);
        pack(g, from, bytes, mid);
        int birth = rule.birth();
        int survival = rule.survival();
        int either = birth | survival;
        long[] counts = new long[4];
        for (int r = from; r < to; r++) {
            CellSweep.checkInterrupt();
            pack(g, r + 1 == h ? 0 : r + 1, bytes, down);
            for (int i = 0; i < words; i++) {
                long alive = mid[i];
                // Eight neighbour words, added into bit-planes s0 (1s), s1 (2s), s2 (4s), s3 (8s).
                long[] planes = counts;
                planes[0] = 0;
                planes[1] = 0;
                planes[2] = 0;
                planes[3] = 0;
                add(planes, west(up, i, w, words));
                add(planes, up[i]);
                add(planes, east(up, i, w, words));
                add(planes, west(mid, i, w, words));
                add(planes, east(mid, i, w, words));
                add(planes, west(down, i, w, words));
                add(planes, down[i]);
                add(planes, east(down, i, w, words));
                long s0 = planes[0];
                long s1 = planes[1];
                long s2 = planes[2];
                long s3 = planes[3];
                long born = 0;
                long kept = 0;
                for (int n = 0; n <= 8; n++) {
                    int bit = 1 << n;
                    if ((either & bit) == 0) {
                        continue;
                    }
                    long eq = ((n & 1) != 0 ? s0 : ~s0) & ((n & 2) != 0 ? s1 : ~s1)
                            & ((n & 4) != 0 ? s2 : ~s2) & ((n & 8) != 0 ? s3 : ~s3);
                    if ((birth & bit) != 0) {
                        born |= eq;
                    }
                    if ((survival & bit) != 0) {
                        kept |= eq;
                    }
                }
                result[i] = (~alive & born) | (alive & kept);
            }
            unpack(result, bytes, w);
            out.setRow(r, bytes, 0);
            long[] t = up;
            up = mid;
            mid = down;
            down = t;
        }
    }

    /** Adds one bit per cell ({@code x}) into the four bit-planes of the running counts. */
    private static void add(long[] planes, long x) {
        long c0 = planes[0] & x;
        planes[0] ^= x;
        long c1 = planes[1] & c0;
        planes[1] ^= c0;
        long c2 = planes[2] & c1;
        planes[2] ^= c1;
        planes[3] |= c2;
    }

    /** Word {@code i} of the row's west neighbours: cell c gets cell c-1, cell 0 gets cell w-1. */
    private static long west(long[] row, int i, int w, int words) {
        long v = row[i] << 1;
        if (i > 0) {
            v |= row[i - 1] >>> 63;
        } else {
            int last = w - 1;
            v |= (row[last >>> 6] >>> (last & 63)) & 1L;
        }
        if (i == words - 1) {
            v &= lastMask(w);
        }
        return v;
    }

    /** Word {@code i} of the row's east neighbours: cell c gets cell c+1, cell w-1 gets cell 0. */
    private static long east(long[] row, int i, int w, int words) {
        long v = row[i] >>> 1;
        if (i < words - 1) {
            v |= row[i + 1] << 63;
        } else {
            v |= (row[0] & 1L) << ((w - 1) & 63);
        }
        return v;
    }

    /** The bits of the last word that hold cells. */
    private static long lastMask(int w) {
        int used = w & 63;
        return used == 0 ? -1L : (1L << used) - 1;
    }

    /** One bit per byte: the low bit of each of eight 0/1 bytes read as a little-endian long. */
    private static final long BYTE_LOW_BITS = 0x0101010101010101L;

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Packs row {@code row} into words, 8 cells per {@code Long.compress} (a single PEXT on x86). */
    private static void pack(Grid g, int row, byte[] bytes, long[] words) {
        g.copyRow(row, bytes, 0);
        int w = bytes.length;
        java.util.Arrays.fill(words, 0L);
        int c = 0;
        for (; c + 8 <= w; c += 8) {
            long eight = Long.compress((long) LONGS.get(bytes, c), BYTE_LOW_BITS);
            words[c >>> 6] |= eight << (c & 63);
        }
        for (; c < w; c++) {
            words[c >>> 6] |= (long) bytes[c] << (c & 63);
        }
    }

    private static void unpack(long[] words, byte[] bytes, int w) {
        int c = 0;
        for (; c + 8 <= w; c += 8) {
            long eight = (words[c >>> 6] >>> (c & 63)) & 0xFF;
            LONGS.set(bytes, c, Long.expand(eight, BYTE_LOW_BITS));
        }
        for (; c < w; c++) {
            bytes[c] = (byte) (words[c >>> 6] >>> (c & 63) & 1L);
        }
    }

    /**
     * Cancels a step in flight on another thread (its bands are interrupted and joined, its logic
     * aborted) and waits until it has thrown. Holds no threads between steps.
     */
    @Override
    public void close() {
        guard.close(() -> { });
    }
}
