package lifefx.cli;

import java.util.concurrent.Callable;
import lifefx.engine.StrategyRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code strategies}: one line per strategy, its name, a tab, and its description. First the
 * torus strategies of {@link StrategyRegistry} (the engine's list, torus only), then {@value
 * #HASHLIFE}, the one strategy of the unbounded universe, which the engine's registry does not hold.
 */
@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = {"Lists the strategies: name, a tab, and a one-line description.",
                "All but the last run on a torus; hashlife is the unbounded universe's."})
final class StrategiesCommand implements Callable<Integer> {

    /** The name of the unbounded universe's strategy, as {@code run --strategy} and {@code bench} take it. */
    static final String HASHLIFE = "hashlife";

    /** Its line's description. */
    static final String HASHLIFE_DESCRIPTION = "unbounded: Gosper's HashLife on the plane with no edges, a hash-consed"
            + " quadtree that jumps 2^k generations at once; run's default for a pattern without a :T size";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (StrategyRegistry.Entry e : StrategyRegistry.all()) {
            spec.commandLine().getOut().println(e.name() + "\ttorus: " + e.description());
        }
        spec.commandLine().getOut().println(HASHLIFE + "\t" + HASHLIFE_DESCRIPTION);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
