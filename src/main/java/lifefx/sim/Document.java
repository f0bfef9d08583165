package lifefx.sim;

import java.nio.file.Path;

/**
 * What the universe is called and where it was read from or saved to, so that undoing a load also
 * gives back the old title and the old file to save to. Immutable.
 *
 * @param name what a title shows: a file's name, a library pattern's name, "clipboard", "untitled"
 * @param file the file it came from or was last saved to, or {@code null}
 */
public record Document(String name, Path file) {

    /** A new universe that came from no file. */
    public static final Document UNTITLED = new Document("untitled", null);

    public Document {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a document needs a name");
        }
    }

    /** The document of {@code file}, named after it. */
    public static Document of(Path file) {
        return new Document(String.valueOf(file.getFileName()), file);
    }
}
