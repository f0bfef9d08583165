package lifefx.ui;

import java.io.IOException;
import java.nio.file.Path;
import lifefx.pattern.Macrocell;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternFormat;
import lifefx.pattern.PatternFormatException;
import lifefx.pattern.PatternReader;
import lifefx.pattern.PatternWriter;

/**
 * The pattern reading and writing the window does: the slow part of open, paste and save. Every
 * method may block on I/O or parse for a long time, so the window calls them only off the FX thread
 * (see {@link FileActions}). {@link #STANDARD} is the real one; tests pass one that blocks on a
 * latch, to show the FX thread keeps running meanwhile. Implementations are thread-safe.
 */
interface PatternFiles {

    /** Reads a pattern file, in whatever format its content is. */
    Pattern read(Path file) throws PatternFormatException;

    /** Parses pattern text (from the clipboard or a drop) named {@code source} in messages. */
    Pattern parse(String text, String source) throws PatternFormatException;

    /** Writes {@code pattern} to {@code target} as RLE, atomically. */
    void write(Path target, Pattern pattern) throws IOException;

    /** Reads a macrocell file as its tree, of any size (nothing is expanded into cells). */
    default Macrocell readTree(Path file) throws PatternFormatException {
        return PatternReader.readMacrocell(file);
    }

    /** Writes {@code tree} to {@code target} as a macrocell file, atomically. */
    default void write(Path target, Macrocell tree) throws IOException {
        PatternWriter.writeFile(target, tree);
    }

    /** The pattern readers and the RLE writer of {@code lifefx.pattern}. */
    PatternFiles STANDARD = new PatternFiles() {
        @Override
        public Pattern read(Path file) throws PatternFormatException {
            return PatternReader.read(file);
        }

        @Override
        public Pattern parse(String text, String source) throws PatternFormatException {
            return PatternReader.read(text, source);
        }

        @Override
        public void write(Path target, Pattern pattern) throws IOException {
            PatternWriter.writeFile(target, pattern, PatternFormat.RLE);
        }
    };
}
