package lifefx.universe;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lifefx.life.Rule;

/**
 * The slowest obviously-right Life on the unbounded plane, for cross-checks: live cells in a
 * {@code HashSet} of packed {@code int} coordinates, a generation by counting every live cell's
 * neighbours in a map. Not thread-safe.
 */
final class NaiveLife {

    private final Rule rule;
    private Set<Long> live = new HashSet<>();

    NaiveLife(Rule rule) {
        this.rule = rule;
    }

    static long key(int x, int y) {
        return (long) x << 32 | (y & 0xFFFFFFFFL);
    }

    static int x(long key) {
        return (int) (key >> 32);
    }

    static int y(long key) {
        return (int) key;
    }

    void set(int x, int y) {
        live.add(key(x, y));
    }

    boolean get(long x, long y) {
        return x == (int) x && y == (int) y && live.contains(key((int) x, (int) y));
    }

    Set<Long> cells() {
        return live;
    }

    int population() {
        return live.size();
    }

    void step() {
        Map<Long, Integer> counts = new HashMap<>();
        for (long k : live) {
            int x = x(k);
            int y = y(k);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (dx != 0 || dy != 0) {
                        counts.merge(key(x + dx, y + dy), 1, Integer::sum);
                    }
                }
            }
        }
        Set<Long> next = new HashSet<>();
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (rule.next(live.contains(e.getKey()), e.getValue())) {
                next.add(e.getKey());
            }
        }
        // cells with no live neighbour: with no B0 only survival with 0 neighbours matters
        for (long k : live) {
            if (!counts.containsKey(k) && rule.next(true, 0)) {
                next.add(k);
            }
        }
        live = next;
    }

    /** Bounds as {left, top, right, bottom}, or null when empty. */
    long[] bounds() {
        if (live.isEmpty()) {
            return null;
        }
        long l = Long.MAX_VALUE, t = Long.MAX_VALUE, r = Long.MIN_VALUE, b = Long.MIN_VALUE;
        for (long k : live) {
            l = Math.min(l, x(k));
            r = Math.max(r, x(k));
            t = Math.min(t, y(k));
            b = Math.max(b, y(k));
        }
        return new long[] {l, t, r, b};
    }

    /** The universe layer's digest, straight from its definition: sorted row-major, x then y, count. */
    static String digest(Set<Long> cells) {
        List<long[]> sorted = new ArrayList<>();
        for (long k : cells) {
            sorted.add(new long[] {x(k), y(k)});
        }
        sorted.sort((p, q) -> p[1] != q[1] ? Long.compare(p[1], q[1]) : Long.compare(p[0], q[0]));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (long[] c : sorted) {
                sha.update(ByteBuffer.allocate(16).putLong(c[0]).putLong(c[1]).array());
            }
            sha.update(ByteBuffer.allocate(8).putLong(sorted.size()).array());
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
