package lifefx.cellio;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import lifefx.life.CellLogic;

/**
 * {@code latency} mode: each call blocks for a fixed time with {@link Thread#sleep}, as if it
 * waited for a reply, and then asks the wrapped logic. Plain blocking code: on a platform thread the
 * sleep holds the thread; on a virtual thread it unmounts and the carrier runs other cells.
 * Immutable and thread-safe.
 *
 * <p><b>Jitter, and why it depends on the input and nothing else.</b> With a jitter of J percent,
 * the wait for a call is {@code base × (1 + J/100 × u)}, where {@code u} in {@code [-1, 1]} is a
 * hash (SplitMix64) of the seed and the call's input, {@code (alive, liveNeighbours)}. The obvious
 * alternative, a random stream or a per-call counter, hands out waits in the order calls arrive,
 * and that order depends on the strategy and on the scheduler: run it twice and cell (3, 7) waits
 * a different time, so neither the total sleep per generation nor a single cell's wait repeats.
 * Keyed on the input, the same grid and seed give every cell the same wait under every strategy,
 * on every thread, in every run; so a sequential run's total time is reproducible and strategies
 * are compared on the same work. What it costs: there are only 18 inputs, so only 18 distinct
 * waits, and cells with the same input always wait alike. (The cell's position and generation
 * would make a finer key, but {@link CellLogic#next} does not receive them, on purpose: the
 * article's {@code game_logic(state, neighbours)} does not either.)
 *
 * <p>Sleeping never returns early ({@code Thread.sleep} waits at least the given time), so a
 * sequential generation of N cells takes at least {@code N × base × (1 - J/100)}.
 */
public final class LatencyLogic implements CellLogic {

    private final CellLogic inner;
    private final long baseNanos;
    private final int jitterPercent;
    private final long seed;
    /** Waits per input, index {@code alive * 9 + neighbours}; null entries mean "do not sleep". */
    private final Duration[] waits = new Duration[18];

    /**
     * @param inner the logic that computes the answer after the wait (usually a pure rule)
     * @param mode  the base wait, jitter and seed
     */
    public LatencyLogic(CellLogic inner, CellIoMode.Latency mode) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.baseNanos = mode.nanos();
        this.jitterPercent = mode.jitterPercent();
        this.seed = mode.seed();
        for (int i = 0; i < waits.length; i++) {
            long w = waitNanos(i);
            waits[i] = w == 0 ? null : Duration.ofNanos(w);
        }
    }

    /** The wait, in nanoseconds, for a call with this input; the same for every call with it. */
    public long waitNanos(boolean alive, int liveNeighbours) {
        return waitNanos((alive ? 9 : 0) + Objects.checkIndex(liveNeighbours, 9));
    }

    private long waitNanos(int input) {
        if (baseNanos == 0 || jitterPercent == 0) {
            return baseNanos;
        }
        double u = unit(mix(seed + (input + 1) * 0x9E3779B97F4A7C15L));
        return Math.max(0, Math.round(baseNanos * (1 + jitterPercent / 100.0 * u)));
    }

    /** SplitMix64's finaliser: a fixed, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The top 53 bits as a double in {@code [-1, 1)}. */
    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53 * 2 - 1;
    }

    @Override
    public boolean next(boolean alive, int liveNeighbours) throws IOException, InterruptedException {
        Duration wait = waits[(alive ? 9 : 0) + liveNeighbours];
        if (wait != null) {
            Thread.sleep(wait);
        }
        return inner.next(alive, liveNeighbours);
    }

    /** Passes the abort on to the logic that computes the answer; the wait itself is a sleep, which an interrupt ends. */
    @Override
    public void abort() {
        inner.abort();
    }

    @Override
    public String toString() {
        return "latency " + DurationText.format(baseNanos)
                + (jitterPercent == 0 ? "" : " ±" + jitterPercent + "% (seed " + seed + ")");
    }
}
