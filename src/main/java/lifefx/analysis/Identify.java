package lifefx.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongConsumer;
import lifefx.life.GridSize;
import lifefx.universe.TorusUniverse;
import lifefx.universe.Universe;
import lifefx.universe.UniverseException;

/**
 * Identify: runs a pattern one generation at a time until it repeats, up to a limit, and says what it
 * is (still life, oscillator, spaceship, or none within the limit) with its period, speed,
 * population, bounding box, heat and, for an oscillator, each cell's own period.
 *
 * <p><b>How.</b> Each generation's live cells become a 64-bit key that does not change when the
 * pattern moves, fed to a {@link PeriodDetector} (Nivasch's stack of minima), so memory stays small
 * and a period of any length costs nothing extra. On the plane the key hashes the cells relative to
 * their bounding box's top-left corner; on a torus, where a box means nothing once a pattern wraps, it
 * sums a hash of each live cell's 5 × 5 neighbourhood, which every translation on the torus keeps.
 * Equal keys are confirmed by comparing the cells exactly (on a torus: looking for the translation,
 * preferring none, then the shortest). Once the period P is confirmed at generation g, one more
 * period is run to measure it (population, box, heat, and the cells of every phase for the map).
 *
 * <p><b>Cost.</b> Each generation: one {@code step(1)} of the universe, plus O(population) to list
 * and hash its cells (on a torus O(population × 25) for the neighbourhoods and a bit set of the
 * torus, height × width / 8 bytes, kept for the run). Memory: the detector's stack holds the cells
 * of about log2(generations) generations. The extra period costs P more generations; the period
 * map keeps P phases only when P × population ≤ {@value #MAP_BUDGET_CELLS} and P × box area ≤
 * {@value #MAP_BUDGET_BITS} bits, else the map is left out. A run of the limit's generations with no
 * repeat costs the limit's generations.
 *
 * <p><b>Threads.</b> Runs on the calling thread and steps the universe it is given, which it must
 * own (give it a copy: {@link UniverseCopies}). It checks the interrupt flag every generation and
 * throws {@link InterruptedException}, so a caller cancels by interrupting it.
 */
public final class Identify {

    /** The limit when none is given: generations run before giving up. */
    public static final long DEFAULT_MAX = 10_000;

    /** Most phase cells kept for the period map. */
    static final long MAP_BUDGET_CELLS = 1L << 23;
    /** Most bits (cells of the box × period) of the period map. */
    static final long MAP_BUDGET_BITS = 1L << 27;

    /** Largest box side identified on the plane; wider patterns end the run as NONE. */
    static final long MAX_SIDE = 1L << 30;

    private Identify() {
    }

    /** {@link #run(Universe, long, LongConsumer)} with no progress reports. */
    public static Identification run(Universe u, long maxGenerations) throws InterruptedException, UniverseException {
        return run(u, maxGenerations, g -> { });
    }

    /**
     * Runs {@code u} from its generation now, for at most {@code maxGenerations} generations, and
     * identifies what it holds. {@code progress} hears the generations run so far (every generation;
     * keep it cheap). Leaves {@code u} one period past the confirmation (or at the limit).
     *
     * @throws IllegalArgumentException when {@code maxGenerations} is less than 1
     * @throws InterruptedException     when the thread is interrupted (cancelled)
     * @throws UniverseException        when a step fails
     */
    public static Identification run(Universe u, long maxGenerations, LongConsumer progress)
            throws InterruptedException, UniverseException {
        Objects.requireNonNull(u, "u");
        Objects.requireNonNull(progress, "progress");
        if (maxGenerations < 1) {
            throw new IllegalArgumentException("the limit must be at least 1 generation, got " + maxGenerations);
        }
        return new Run(u, maxGenerations, progress).identify();
    }

    /** One generation's live cells. */
    private record Phase(long[] cells, long left, long top, long width, long height) {
        int population() {
            return cells.length;
        }
    }

    /** One identification: the universe, the torus (if any), and what was measured along the way. */
    private static final class Run {
        private final Universe u;
        private final long max;
        private final LongConsumer progress;
        private final TorusIndex torus;
        private final TorusIndex scratch;
        /** The shift (dx, dy) the last confirmed torus comparison found. */
        private long[] lastShift;

        Run(Universe u, long max, LongConsumer progress) {
            this.u = u;
            this.max = max;
            this.progress = progress;
            if (u instanceof TorusUniverse t) {
                torus = new TorusIndex(t.size());
                scratch = new TorusIndex(t.size());
            } else {
                torus = null;
                scratch = null;
            }
        }

        Identification identify() throws InterruptedException, UniverseException {
            BigInteger start = u.generation();
            PeriodDetector<Phase> detector = new PeriodDetector<>(this::same);
            Phase first = capture();
            long popMin = first.population();
            long popMax = popMin;
            double popSum = popMin;
            long seen = 1;
            Phase now = first;
            for (long i = 0; ; i++) {
                if (now.population() == 0) {
                    return dead(now, start, popMin, popMax, popSum / seen);
                }
                if (torus == null && (now.width() > MAX_SIDE || now.height() > MAX_SIDE)) {
                    return none(first, now, start, popMin, popMax, popSum / seen);
                }
                long period = detector.offer(key(now), now);
                if (period > 0) {
                    return periodic(detector.matched().payload(), now, period);
                }
                if (i == max) {
                    return none(first, now, start, popMin, popMax, popSum / seen);
                }
                step();
                progress.accept(i + 1);
                now = capture();
                popMin = Math.min(popMin, now.population());
                popMax = Math.max(popMax, now.population());
                popSum += now.population();
                seen++;
            }
        }

        private void step() throws InterruptedException, UniverseException {
            if (Thread.interrupted()) {
                throw new InterruptedException("identify was cancelled");
            }
            u.step(BigInteger.ONE);
        }

        // ---- capture, keys and comparison --------------------------------------------------

        /** The universe's live cells now: on the plane relative to their box, on a torus where they are. */
        private Phase capture() {
            LongList xs = new LongList();
            LongList ys = new LongList();
            u.snapshot().forEachCell((x, y) -> {
                xs.add(x);
                ys.add(y);
            });
            int n = xs.size();
            if (n == 0) {
                return new Phase(new long[0], 0, 0, 0, 0);
            }
            long left = Long.MAX_VALUE;
            long right = Long.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                left = Math.min(left, xs.get(i));
                right = Math.max(right, xs.get(i));
            }
            long top = ys.get(0);
            long bottom = ys.get(n - 1);
            long width = right - left + 1;
            long height = bottom - top + 1;
            long[] cells = new long[n];
            if (torus != null) {
                for (int i = 0; i < n; i++) {
                    cells[i] = pack(xs.get(i), ys.get(i));
                }
            } else if (width > MAX_SIDE || height > MAX_SIDE) {
                cells = new long[] {0}; // too wide to normalize: the caller ends the run
            } else {
                for (int i = 0; i < n; i++) {
                    cells[i] = pack(xs.get(i) - left, ys.get(i) - top);
                }
            }
            return new Phase(cells, left, top, width, height);
        }

        private long key(Phase p) {
            if (torus == null) {
                long h = 0x9E3779B97F4A7C15L ^ p.cells().length;
                for (long c : p.cells()) {
                    h = Long.rotateLeft(h ^ mix(c), 27) * 0x94D049BB133111EBL;
                }
                return mix(h);
            }
            torus.load(p.cells());
            long h = mix(p.cells().length);
            for (long c : p.cells()) {
                h += mix(torus.code(x(c), y(c)));
            }
            torus.unload(p.cells());
            // The sum above does not see where objects lie relative to one another (a glider that has
            // moved beside a blinker sums alike), so the rows' and columns' populations join in, each
            // sequence taken from its least rotation, which a translation does not change.
            int[] rows = new int[(int) torus.height];
            int[] cols = new int[(int) torus.width];
            for (long c : p.cells()) {
                rows[(int) y(c)]++;
                cols[(int) x(c)]++;
            }
            return h ^ mix(cyclicHash(rows) * 31 + cyclicHash(cols));
        }

        /** Whether {@code now} repeats {@code earlier}: exactly, on a torus up to a translation (kept in lastShift). */
        private boolean same(Phase earlier, Phase now) {
            if (earlier.population() != now.population()) {
                return false;
            }
            if (torus == null) {
                return earlier.width() == now.width() && earlier.height() == now.height()
                        && Arrays.equals(earlier.cells(), now.cells());
            }
            lastShift = torusShift(earlier.cells(), now.cells());
            return lastShift != null;
        }

        /**
         * The translation (dx, dy) that takes {@code a} to {@code b} on the torus, none preferred, then
         * the shortest; null when there is none. Anchors on the cells whose neighbourhood code is the
         * smallest, so only those of {@code b} are tried: O(anchors × population).
         */
        private long[] torusShift(long[] a, long[] b) {
            if (Arrays.equals(a, b)) {
                return new long[] {0, 0};
            }
            scratch.load(a);
            long minA = Long.MAX_VALUE;
            long anchor = 0;
            int countA = 0;
            for (long c : a) {
                long code = scratch.code(x(c), y(c));
                if (code < minA) {
                    minA = code;
                    anchor = c;
                    countA = 1;
                } else if (code == minA) {
                    countA++;
                }
            }
            scratch.unload(a);
            torus.load(b);
            try {
                LongList candidates = new LongList();
                for (long c : b) {
                    if (torus.code(x(c), y(c)) == minA) {
                        candidates.add(c);
                    }
                }
                if (candidates.size() != countA) {
                    return null;
                }
                long[] best = null;
                for (int i = 0; i < candidates.size(); i++) {
                    long c = candidates.get(i);
                    long dx = torus.wrapX(x(c) - x(anchor));
                    long dy = torus.wrapY(y(c) - y(anchor));
                    if ((best == null || Math.abs(dx) + Math.abs(dy) < Math.abs(best[0]) + Math.abs(best[1]))
                            && torus.containsShifted(a, dx, dy)) {
                        best = new long[] {dx, dy};
                    }
                }
                return best;
            } finally {
                torus.unload(b);
            }
        }

        // ---- results -----------------------------------------------------------------------

        private Identification dead(Phase now, BigInteger start, long popMin, long popMax, double mean) {
            return new Identification(Identification.Type.NONE, 0, 0, 0, popMin, popMax, mean, 0, 0, Double.NaN,
                    null, 0, u.generation(), BigInteger.ZERO, u.generation(), null);
        }

        private Identification none(Phase first, Phase now, BigInteger start, long popMin, long popMax, double mean) {
            String growth = String.format(Locale.ROOT,
                    "population %d to %d and bounding box %dx%d to %dx%d over %s generations, no repeat",
                    first.population(), now.population(), first.width(), first.height(), now.width(), now.height(),
                    u.generation().subtract(start));
            return new Identification(Identification.Type.NONE, 0, 0, 0, popMin, popMax, mean, now.width(),
                    now.height(), Double.NaN, null, 0, u.generation(), u.population(), null, growth);
        }

        /** {@code now} repeats {@code earlier}, {@code period} generations before: measure one more period. */
        private Identification periodic(Phase earlier, Phase now, long period)
                throws InterruptedException, UniverseException {
            long dx;
            long dy;
            if (torus == null) {
                dx = now.left() - earlier.left();
                dy = now.top() - earlier.top();
            } else {
                dx = lastShift[0];
                dy = lastShift[1];
            }
            BigInteger confirmed = u.generation();
            BigInteger population = u.population();
            boolean moves = dx != 0 || dy != 0;
            boolean keepPhases = !moves && period > 1
                    && (double) period * now.population() <= MAP_BUDGET_CELLS;
            List<long[]> phases = keepPhases ? new ArrayList<>() : null;
            long popMin = Long.MAX_VALUE;
            long popMax = 0;
            double popSum = 0;
            long minX = Long.MAX_VALUE;
            long minY = Long.MAX_VALUE;
            long maxX = Long.MIN_VALUE;
            long maxY = Long.MIN_VALUE;
            long widest = 0;
            long tallest = 0;
            double changes = 0;
            // Absolute cells relative to a reference that keeps every phase's coordinates positive:
            // nothing moves more than one cell per generation.
            long refX = now.left() - period - 1;
            long refY = now.top() - period - 1;
            long[] previous = null;
            Phase p = now;
            for (long k = 0; k <= period; k++) {
                long[] abs = absolute(p, refX, refY);
                if (previous != null) {
                    changes += symmetricDifference(previous, abs);
                }
                previous = abs;
                if (k == period) {
                    break;
                }
                popMin = Math.min(popMin, p.population());
                popMax = Math.max(popMax, p.population());
                popSum += p.population();
                widest = Math.max(widest, p.width());
                tallest = Math.max(tallest, p.height());
                for (long c : abs) {
                    minX = Math.min(minX, x(c));
                    maxX = Math.max(maxX, x(c));
                    minY = Math.min(minY, y(c));
                    maxY = Math.max(maxY, y(c));
                }
                if (phases != null) {
                    phases.add(abs);
                }
                step();
                p = capture();
            }
            Identification.Type type = moves ? Identification.Type.SPACESHIP
                    : period == 1 ? Identification.Type.STILL : Identification.Type.OSCILLATOR;
            long boxW = moves || torus != null && (maxX - minX + 1) > torus.width / 2 ? widest : maxX - minX + 1;
            long boxH = moves || torus != null && (maxY - minY + 1) > torus.height / 2 ? tallest : maxY - minY + 1;
            PeriodMap map = null;
            if (phases != null && (double) (maxX - minX + 1) * (maxY - minY + 1) * period <= MAP_BUDGET_BITS) {
                map = periodMap(phases, period, minX, minY, (int) (maxX - minX + 1), (int) (maxY - minY + 1),
                        torus == null ? refX : 0, torus == null ? refY : 0);
            }
            long lap = moves && torus != null ? torusReturn(now.cells(), dx, dy, period) : 0;
            return new Identification(type, period, dx, dy, popMin, popMax, popSum / period, boxW, boxH,
                    changes / period, map, lap, confirmed, population, null, null);
        }

        /** A phase's cells packed relative to {@code (refX, refY)} on the plane; on a torus as they are. */
        private long[] absolute(Phase p, long refX, long refY) {
            if (torus != null) {
                return p.cells();
            }
            long ox = p.left() - refX;
            long oy = p.top() - refY;
            long[] out = new long[p.cells().length];
            for (int i = 0; i < out.length; i++) {
                long c = p.cells()[i];
                out[i] = pack(x(c) + ox, y(c) + oy);
            }
            return out;
        }

        /**
         * Generations until a pattern that moves (dx, dy) every {@code period} is back where it was on
         * the torus: the smallest k·period such that the translation by k·(dx, dy) maps it onto itself.
         */
        private long torusReturn(long[] cells, long dx, long dy, long period) {
            long kx = torus.width / Speed.gcd(torus.width, dx);
            long ky = torus.height / Speed.gcd(torus.height, dy);
            long laps = kx / Speed.gcd(kx, ky) * ky;
            torus.load(cells);
            try {
                for (long k = 1; k < laps; k++) {
                    if (laps % k == 0 && torus.containsShifted(cells, torus.wrapX(k * dx), torus.wrapY(k * dy))) {
                        return k * period;
                    }
                }
                return laps * period;
            } finally {
                torus.unload(cells);
            }
        }
    }

    /** Each cell's own period from the phases' cells (packed, relative to (ox, oy) on the plane). */
    static PeriodMap periodMap(List<long[]> phases, long period, long minX, long minY, int w, int h, long ox,
                               long oy) {
        int p = (int) period;
        int words = (p + 63) >>> 6;
        long[] bits = new long[w * h * words];
        for (int k = 0; k < p; k++) {
            for (long c : phases.get(k)) {
                int cell = (int) ((y(c) - minY) * w + (x(c) - minX));
                bits[cell * words + (k >>> 6)] |= 1L << (k & 63);
            }
        }
        List<Integer> divisors = new ArrayList<>();
        for (int d = 1; d <= p; d++) {
            if (p % d == 0) {
                divisors.add(d);
            }
        }
        int[] periods = new int[w * h];
        for (int cell = 0; cell < w * h; cell++) {
            int base = cell * words;
            boolean any = false;
            for (int i = 0; i < words && !any; i++) {
                any = bits[base + i] != 0;
            }
            if (!any) {
                continue;
            }
            for (int d : divisors) {
                boolean repeats = true;
                for (int t = 0; t < p && repeats; t++) {
                    int u = (t + d) % p;
                    boolean a = (bits[base + (t >>> 6)] >>> (t & 63) & 1) != 0;
                    boolean b = (bits[base + (u >>> 6)] >>> (u & 63) & 1) != 0;
                    repeats = a == b;
                }
                if (repeats) {
                    periods[cell] = d;
                    break;
                }
            }
        }
        return new PeriodMap(minX + ox, minY + oy, w, h, periods);
    }

    /** A hash of {@code a} read from its lexicographically least rotation (Booth's algorithm, O(n)). */
    static long cyclicHash(int[] a) {
        int n = a.length;
        int[] f = new int[2 * n];
        java.util.Arrays.fill(f, -1);
        int k = 0;
        for (int j = 1; j < 2 * n; j++) {
            int sj = a[j % n];
            int i = f[j - k - 1];
            while (i != -1 && sj != a[(k + i + 1) % n]) {
                if (sj < a[(k + i + 1) % n]) {
                    k = j - i - 1;
                }
                i = f[i];
            }
            if (sj != a[(k + i + 1) % n]) {
                if (sj < a[k % n]) {
                    k = j;
                }
                f[j - k] = -1;
            } else {
                f[j - k] = i + 1;
            }
        }
        long h = n;
        for (int j = 0; j < n; j++) {
            h = h * 0x100000001B3L ^ a[(k + j) % n];
        }
        return mix(h);
    }

    /** Cells in one sorted list and not the other. */
    static long symmetricDifference(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        long n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
                n++;
            } else {
                j++;
                n++;
            }
        }
        return n + (a.length - i) + (b.length - j);
    }

    static long pack(long x, long y) {
        return y << 32 | x;
    }

    static long x(long c) {
        return c & 0xFFFF_FFFFL;
    }

    static long y(long c) {
        return c >>> 32;
    }

    /** A 64-bit finalizer (SplitMix64's), so similar inputs give unrelated keys. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A growable list of longs. */
    static final class LongList {
        private long[] a = new long[16];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long get(int i) {
            return a[i];
        }

        int size() {
            return n;
        }
    }

    /**
     * A bit set over a torus for the cells of one phase at a time: load, ask, unload (which clears only
     * the bits it set, O(population), so the torus's size costs only memory).
     */
    static final class TorusIndex {
        final long width;
        final long height;
        private final long[] bits;

        TorusIndex(GridSize size) {
            width = size.width();
            height = size.height();
            bits = new long[(int) ((width * height + 63) >>> 6)];
        }

        void load(long[] cells) {
            for (long c : cells) {
                long i = y(c) * width + x(c);
                bits[(int) (i >>> 6)] |= 1L << i;
            }
        }

        void unload(long[] cells) {
            for (long c : cells) {
                long i = y(c) * width + x(c);
                bits[(int) (i >>> 6)] &= ~(1L << i);
            }
        }

        boolean has(long x, long y) {
            long i = Math.floorMod(y, height) * width + Math.floorMod(x, width);
            return (bits[(int) (i >>> 6)] & 1L << i) != 0;
        }

        /** The 5 × 5 neighbourhood of (x, y) as 25 bits, wrapping: the wrapped rows and columns are found once. */
        long code(long x, long y) {
            long[] rows = new long[5];
            long[] cols = new long[5];
            for (int d = 0; d < 5; d++) {
                rows[d] = Math.floorMod(y + d - 2, height) * width;
                cols[d] = Math.floorMod(x + d - 2, width);
            }
            long code = 0;
            for (int r = 0; r < 5; r++) {
                for (int c = 0; c < 5; c++) {
                    long i = rows[r] + cols[c];
                    code = code << 1 | (bits[(int) (i >>> 6)] >>> i & 1);
                }
            }
            return code;
        }

        /** Whether every cell of {@code cells}, moved by (dx, dy), is loaded (same counts assumed). */
        boolean containsShifted(long[] cells, long dx, long dy) {
            for (long c : cells) {
                if (!has(x(c) + dx, y(c) + dy)) {
                    return false;
                }
            }
            return true;
        }

        /** {@code d} as the shortest displacement along x: in (−width/2, width/2]. */
        long wrapX(long d) {
            return wrap(d, width);
        }

        long wrapY(long d) {
            return wrap(d, height);
        }

        private static long wrap(long d, long n) {
            long m = Math.floorMod(d, n);
            return m > n / 2 ? m - n : m;
        }
    }
}
