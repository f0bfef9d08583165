package lifefx.bench;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One measurement on the unbounded universe: a pattern taken to a generation in one {@code
 * step(n)}, timed over several runs, each on a fresh universe (so no memo carries over).
 *
 * @param pattern     what the row calls the pattern (a built-in name or a file)
 * @param generations the generation to reach, at least 1
 * @param runs        timed runs, at least 1
 * @param warmup      untimed runs first, so the JIT has compiled the hot path
 * @param expected    Golly's population at that generation where known, else {@code null}
 */
public record UniverseCase(String pattern, BigInteger generations, int runs, int warmup, BigInteger expected) {

    public UniverseCase {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(generations, "generations");
        if (generations.signum() <= 0) {
            throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be 0 or more, got " + warmup);
        }
    }
}
