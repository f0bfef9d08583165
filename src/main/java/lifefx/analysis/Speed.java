package lifefx.analysis;

/**
 * A spaceship's speed in the notation Life users write: {@code c/4 diagonal}, {@code c/2 orthogonal},
 * {@code 2c/5 orthogonal}, {@code (2,1)c/6 knightwise}, {@code (3,1)c/… oblique}. The fraction is
 * cells per generation as a multiple of c (one cell per generation), reduced: a displacement of 2
 * in period 4 is c/2. Oblique speeds keep both components, divided by the greatest common divisor
 * of the two components and the period. Pure functions; any thread.
 */
public final class Speed {

    private Speed() {
    }

    /**
     * The speed of a pattern that moves {@code (dx, dy)} cells every {@code period} generations, or
     * {@code "0"} when it does not move.
     *
     * @throws IllegalArgumentException when {@code period} is less than 1
     */
    public static String of(long dx, long dy, long period) {
        if (period < 1) {
            throw new IllegalArgumentException("a period is at least 1, got " + period);
        }
        long ax = Math.abs(dx);
        long ay = Math.abs(dy);
        if (ax == 0 && ay == 0) {
            return "0";
        }
        if (ax == 0 || ay == 0 || ax == ay) {
            long n = Math.max(ax, ay);
            return fraction(n, period) + (ax == ay ? " diagonal" : " orthogonal");
        }
        long big = Math.max(ax, ay);
        long small = Math.min(ax, ay);
        long g = gcd(gcd(big, small), period);
        big /= g;
        small /= g;
        long p = period / g;
        String kind = big == 2 * small ? "knightwise" : "oblique";
        return "(" + big + "," + small + ")c" + (p == 1 ? "" : "/" + p) + " " + kind;
    }

    /** {@code n c / p} reduced: {@code c/4}, {@code 2c/5}, {@code c}. */
    private static String fraction(long n, long p) {
        long g = gcd(n, p);
        n /= g;
        p /= g;
        return (n == 1 ? "" : Long.toString(n)) + "c" + (p == 1 ? "" : "/" + p);
    }

    static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
