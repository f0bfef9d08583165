package lifefx.sim;

import java.util.Objects;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Rule;

/**
 * How a simulation starts: strategy, threads, rule and speed limit. Immutable and thread-safe.
 *
 * @param strategy   a name from {@link StrategyRegistry}
 * @param threads    1..{@link StrategyConfig#MAX_THREADS}
 * @param rule       the rule; a torus suffix in it is ignored here (the grid has its own size)
 * @param speedLimit generations per second to aim at, or {@code 0} for as fast as possible
 */
public record Settings(String strategy, int threads, Rule rule, double speedLimit) {

    /** {@code bands} with the article's five threads, Conway's rule, as fast as possible. */
    public static final Settings DEFAULT = new Settings("bands", StrategyConfig.DEFAULT.threads(), Rule.CONWAY, 0);

    public Settings {
        StrategyRegistry.get(strategy);
        new StrategyConfig(threads);
        Objects.requireNonNull(rule, "rule");
        checkSpeed(speedLimit);
    }

    static void checkSpeed(double speedLimit) {
        if (!(speedLimit >= 0) || Double.isInfinite(speedLimit)) {
            throw new IllegalArgumentException(
                    "speed limit must be a number of generations per second, or 0 for no limit; got " + speedLimit);
        }
    }

    public Settings withStrategy(String name) {
        return new Settings(name, threads, rule, speedLimit);
    }

    public Settings withThreads(int n) {
        return new Settings(strategy, n, rule, speedLimit);
    }

    public Settings withRule(Rule r) {
        return new Settings(strategy, threads, r, speedLimit);
    }

    public Settings withSpeedLimit(double gps) {
        return new Settings(strategy, threads, rule, gps);
    }
}
