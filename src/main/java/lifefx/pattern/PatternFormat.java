package lifefx.pattern;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The pattern file formats LifeFX knows. Readers tell them apart by content ({@link
 * PatternReader#detect}); {@link #forFileName} picks one for writing by extension.
 */
public enum PatternFormat {
    /** Run-length encoded, Golly's native format for two-state rules ({@code .rle}). Read and written. */
    RLE("RLE", "rle", true),
    /** Plaintext: {@code !} comments, rows of {@code .} and {@code O} ({@code .cells}). Read and written. */
    PLAINTEXT("plaintext", "cells", true),
    /** Life 1.06: {@code #Life 1.06}, then one {@code x y} per line ({@code .lif}). Read and written. */
    LIFE_106("Life 1.06", "lif", true),
    /** Life 1.05: {@code #Life 1.05}, then {@code #P x y} blocks of {@code .} and {@code *}. Read only. */
    LIFE_105("Life 1.05", "lif", false),
    /**
     * Golly's macrocell: a quadtree of 8 × 8 leaves, {@code [M2]} first ({@code .mc}). Read and
     * written, two-state rules only; see {@link Macrocell}.
     */
    MACROCELL("Macrocell", "mc", true);

    private final String displayName;
    private final String extension;
    private final boolean writable;

    PatternFormat(String displayName, String extension, boolean writable) {
        this.displayName = displayName;
        this.extension = extension;
        this.writable = writable;
    }

    /** A name to show users, such as {@code Life 1.06}. */
    public String displayName() {
        return displayName;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether {@link PatternWriter} can write this format. */
    public boolean writable() {
        return writable;
    }

    /**
     * The format to write a file of this name in, by extension (case-insensitive): {@code .rle},
     * {@code .cells}, {@code .lif} (written as Life 1.06) or {@code .mc}.
     *
     * @throws IllegalArgumentException with a one-line message for any other name
     */
    public static PatternFormat forFileName(String fileName) {
        return byExtension(fileName).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell which format to write '" + fileName
                        + "' in: use a name ending in .rle, .cells, .lif or .mc"));
    }

    /** The writable format for a file name's extension, if it has a known one. */
    public static Optional<PatternFormat> byExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(PatternFormat::writable)
                .filter(f -> lower.endsWith("." + f.extension))
                .findFirst();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
