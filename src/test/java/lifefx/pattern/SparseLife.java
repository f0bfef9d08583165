package lifefx.pattern;

import java.util.Arrays;
import lifefx.life.Rule;

/**
 * A small Life engine on an unbounded plane for tests: live cells as sorted packed keys ({@link
 * CellSet#key}), neighbour counts in an open-addressing hash table. Methuselahs and guns send
 * gliders far away, which a torus would wrap back into the pattern; this does not. {@link
 * LibraryTest} checks it against the project's own {@code SequentialStrategy} on a torus.
 */
final class SparseLife {

    private final byte[] table;

    SparseLife(Rule rule) {
        this.table = rule.table();
    }

    /** The cells after {@code generations} steps. */
    CellSet run(CellSet start, int generations) {
        long[] live = start.toKeyArray();
        for (int g = 0; g < generations && live.length > 0; g++) {
            live = step(live);
        }
        return CellSet.ofKeys(live);
    }

    /** One generation. */
    long[] step(long[] live) {
        int cap = Integer.highestOneBit(Math.max(16, live.length * 9 * 2)) << 1;
        long[] keys = new long[cap];
        int[] vals = new int[cap]; // neighbours * 2 + alive; 0 = empty slot
        boolean[] used = new boolean[cap];
        int mask = cap - 1;
        for (long k : live) {
            int x = CellSet.keyX(k);
            int y = CellSet.keyY(k);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    long nk = CellSet.key(x + dx, y + dy);
                    int i = (int) mix(nk) & mask;
                    while (used[i] && keys[i] != nk) {
                        i = (i + 1) & mask;
                    }
                    used[i] = true;
                    keys[i] = nk;
                    vals[i] += (dx == 0 && dy == 0) ? 1 : 2;
                }
            }
        }
        long[] out = new long[Math.max(16, live.length * 2)];
        int n = 0;
        for (int i = 0; i < cap; i++) {
            if (used[i]) {
                int alive = vals[i] & 1;
                int neighbours = vals[i] >>> 1;
                if (table[alive * 9 + neighbours] != 0) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = keys[i];
                }
            }
        }
        long[] result = Arrays.copyOf(out, n);
        Arrays.sort(result);
        return result;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
