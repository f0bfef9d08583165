package lifefx.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternFormatException;
import lifefx.pattern.PatternLibrary;
import lifefx.pattern.PatternReader;

/** Where {@code run} and {@code convert} get a pattern: a file in any supported format, or a library name. */
final class PatternSource {

    private PatternSource() {
    }

    /**
     * Reads {@code argument} as a file when one exists at that path, otherwise as the name of a
     * built-in pattern.
     *
     * @throws CliException (exit 1) naming the file, line and column of a bad file, or saying that
     *                      neither a file nor a built-in pattern has that name
     */
    static Pattern load(String argument) throws CliException {
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            path = null;
        }
        try {
            if (path != null && Files.exists(path)) {
                return PatternReader.read(path);
            }
            PatternLibrary library = PatternLibrary.builtIn();
            if (library.find(argument).isPresent()) {
                return library.pattern(argument);
            }
        } catch (PatternFormatException e) {
            throw CliException.failure(e.getMessage());
        }
        throw CliException.failure("no such file or built-in pattern: '" + argument
                + "' (see 'lifefx patterns' for the built-in ones)");
    }
}
