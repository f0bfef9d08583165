package lifefx.bench;

import java.math.BigInteger;

/**
 * What one {@link UniverseCase} measured.
 *
 * @param universeCase  what was measured
 * @param medianSeconds the median of the timed runs' compute seconds
 * @param minSeconds    the fastest timed run
 * @param maxSeconds    the slowest timed run
 * @param population    the population reached (every run must agree)
 * @param check         {@code "ok"} when every run gave the same cells and, where Golly's figure is
 *                      known, its population; {@code "MISMATCH"} otherwise
 */
public record UniverseResult(UniverseCase universeCase, double medianSeconds, double minSeconds, double maxSeconds,
                             BigInteger population, String check) {

    public boolean ok() {
        return check.equals("ok");
    }
}
