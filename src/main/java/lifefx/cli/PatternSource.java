package lifefx.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import lifefx.pattern.Macrocell;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternFormatException;
import lifefx.pattern.PatternLibrary;
import lifefx.pattern.PatternFormat;
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

    /**
     * The file {@code argument} as a quadtree when it is a macrocell file ({@code [M2]} first), read
     * node by node however many cells it holds; empty for any other file or a library name.
     *
     * @throws CliException (exit 1) naming the file, line and column of a bad macrocell file
     */
    static Optional<Macrocell> loadTreeIfMacrocell(String argument) throws CliException {
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            char[] head = new char[4096];
            int n;
            try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(PatternReader.open(path),
                    StandardCharsets.UTF_8))) {
                n = Math.max(0, r.read(head));
            } catch (IOException e) {
                return Optional.empty(); // not UTF-8 or unreadable: load() gives the message
            }
            if (PatternReader.detect(new String(head, 0, n)) != PatternFormat.MACROCELL) {
                return Optional.empty();
            }
            return Optional.of(PatternReader.readMacrocell(path));
        } catch (PatternFormatException e) {
            throw CliException.failure(e.getMessage());
        }
    }
}
