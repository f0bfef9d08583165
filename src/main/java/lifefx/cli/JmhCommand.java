package lifefx.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code jmh ...}: runs the JMH benchmarks packed in the jar ({@code lifefx.bench.jmh}), passing
 * every argument to JMH (options too: {@link LifeCli} lets this command take unknown options as
 * arguments), e.g. {@code lifefx jmh StepBenchmark -p grid=500x900 -f 1 -wi 3 -i 5}.
 */
@Command(name = "jmh", description = {"Runs the JMH benchmarks in the jar, with JMH's own options.", "For example:",
        "  lifefx jmh StepBenchmark -p grid=500x900 -p start=soup -f 1 -wi 3 -i 5",
        "  lifefx jmh -h   (JMH's help)"})
final class JmhCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "JMH-ARGS", description = "passed to JMH as they are")
    List<String> positional = List.of();

    @Override
    public Integer call() throws Exception {
        org.openjdk.jmh.Main.main(positional.toArray(String[]::new));
        return 0;
    }
}
