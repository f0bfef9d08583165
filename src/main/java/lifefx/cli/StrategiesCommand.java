package lifefx.cli;

import java.util.concurrent.Callable;
import lifefx.engine.StrategyRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code strategies}: one line per registered strategy, its name, a tab, and its description. */
@Command(name = "strategies", mixinStandardHelpOptions = true, description = "Lists the strategies: name, a tab, and a one-line description.")
final class StrategiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (StrategyRegistry.Entry e : StrategyRegistry.all()) {
            spec.commandLine().getOut().println(e.name() + "\t" + e.description());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
