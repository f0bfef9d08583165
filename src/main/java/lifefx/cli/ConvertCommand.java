package lifefx.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Optional;
import lifefx.pattern.AtomicFile;
import lifefx.pattern.Macrocell;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternFormat;
import lifefx.pattern.PatternWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert IN OUT}: reads any supported format, writes the format OUT's extension names. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts a pattern file from one format to another.",
                "The input format is read from the content, the output format from OUT's extension: .rle (RLE),"
                        + " .cells (plaintext), .lif (Life 1.06) or .mc (Golly macrocell; from a .mc input, any size,"
                        + " without listing its cells)."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "a pattern file, or a built-in pattern's name")
    String in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write (.rle, .cells, .lif or .mc)")
    Path out;

    @Override
    public Integer call() throws CliException {
        PatternFormat format;
        try {
            format = PatternFormat.forFileName(out.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        try {
            AtomicFile.checkWritable(out);
        } catch (IOException e) {
            throw CliException.usage(e.getMessage());
        }
        if (format == PatternFormat.MACROCELL) {
            // .mc to .mc goes tree to tree: no cell is listed, and the generation (#G) is kept.
            Optional<Macrocell> tree = PatternSource.loadTreeIfMacrocell(in);
            if (tree.isPresent()) {
                try {
                    PatternWriter.writeFile(out, tree.get());
                } catch (IllegalArgumentException e) {
                    throw CliException.failure(in + ": " + e.getMessage());
                } catch (IOException e) {
                    throw CliException.failure(e.getMessage());
                }
                spec.commandLine().getOut().println("wrote " + out + " (" + format + ", " + tree.get().population()
                        + " cells)");
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
        Pattern pattern = PatternSource.load(in);
        try {
            PatternWriter.writeFile(out, pattern, format);
        } catch (IllegalArgumentException e) {
            throw CliException.failure(in + ": " + e.getMessage());
        } catch (IOException e) {
            throw CliException.failure(e.getMessage());
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + format + ", " + pattern.population() + " cells)");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
