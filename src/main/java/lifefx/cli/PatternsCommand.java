package lifefx.cli;

import java.util.concurrent.Callable;
import lifefx.pattern.PatternLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code patterns}: the built-in library, one line each: name, tab, title, author and description. */
@Command(name = "patterns", mixinStandardHelpOptions = true,
        description = {"Lists the built-in patterns: name, a tab, then title, author and description.",
                "Any name works wherever 'run' or 'convert' takes a file."})
final class PatternsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (PatternLibrary.Entry e : PatternLibrary.builtIn().entries()) {
            StringBuilder line = new StringBuilder(e.name()).append('\t').append(e.title());
            if (e.author() != null && !e.author().isBlank()) {
                line.append(" (").append(e.author()).append(')');
            }
            if (e.description() != null && !e.description().isBlank()) {
                line.append(": ").append(e.description());
            }
            spec.commandLine().getOut().println(line);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
