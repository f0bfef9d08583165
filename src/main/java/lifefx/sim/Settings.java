package lifefx.sim;

import java.util.Objects;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Rule;
import lifefx.universe.HashLifeUniverse;

/**
 * How a simulation starts: strategy, threads, rule and speed limit. Immutable and thread-safe.
 *
 * @param strategy   a name from {@link StrategyRegistry}
 * @param threads    1..{@link StrategyConfig#MAX_THREADS}
 * @param rule       the rule; a torus suffix in it is ignored here (the grid has its own size)
 * @param speedLimit steps per second to aim at, or {@code 0} for as fast as possible
 * @param stepExponent each step advances 2^stepExponent generations (0..{@link #MAX_STEP_EXPONENT})
 */
public record Settings(String strategy, int threads, Rule rule, double speedLimit, int stepExponent) {

    /** The largest step: 2^1000 generations (the plane jumps that far in one HashLife step). */
    public static final int MAX_STEP_EXPONENT = 1000;

    /** {@code bands} with the article's five threads, Conway's rule, as fast as possible. */
    public static final Settings DEFAULT = new Settings("bands", StrategyConfig.DEFAULT.threads(), Rule.CONWAY, 0);

    /** Steps of one generation. */
    public Settings(String strategy, int threads, Rule rule, double speedLimit) {
        this(strategy, threads, rule, speedLimit, 0);
    }

    public Settings {
        if (!StrategyRegistry.names().contains(strategy) && !HashLifeUniverse.STRATEGY.equals(strategy)) {
            StrategyRegistry.get(strategy);
        }
        new StrategyConfig(threads);
        Objects.requireNonNull(rule, "rule");
        checkSpeed(speedLimit);
        checkStepExponent(stepExponent);
    }

    static void checkStepExponent(int e) {
        if (e < 0 || e > MAX_STEP_EXPONENT) {
            throw new IllegalArgumentException("step must be 2^0 to 2^" + MAX_STEP_EXPONENT + " generations, got 2^" + e);
        }
    }

    static void checkSpeed(double speedLimit) {
        if (!(speedLimit >= 0) || Double.isInfinite(speedLimit)) {
            throw new IllegalArgumentException(
                    "speed limit must be a number of generations per second, or 0 for no limit; got " + speedLimit);
        }
    }

    public Settings withStrategy(String name) {
        return new Settings(name, threads, rule, speedLimit, stepExponent);
    }

    public Settings withThreads(int n) {
        return new Settings(strategy, n, rule, speedLimit, stepExponent);
    }

    public Settings withRule(Rule r) {
        return new Settings(strategy, threads, r, speedLimit, stepExponent);
    }

    public Settings withSpeedLimit(double gps) {
        return new Settings(strategy, threads, rule, gps, stepExponent);
    }

    public Settings withStepExponent(int e) {
        return new Settings(strategy, threads, rule, speedLimit, e);
    }
}
