package lifefx.pattern;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in pattern library: classic B3/S23 patterns written for LifeFX, shipped in the jar
 * under {@code /patterns/} (sources in {@code assets/patterns/}). Immutable and thread-safe.
 *
 * <p>{@code /patterns/INDEX} lists the entries, one a line: {@code name|file|title|author|description}.
 * Listing reads only the index; a pattern file is read when its {@link Entry#pattern()} is asked
 * for. A test checks that the index agrees with each file's {@code #N}, {@code #O} and first
 * {@code #C} line.
 */
public final class PatternLibrary {

    /** Resource folder holding the library. */
    public static final String FOLDER = "/patterns/";

    private static final class Holder {
        static final PatternLibrary BUILT_IN = load();
    }

    private final Map<String, Entry> byName;

    private PatternLibrary(List<Entry> entries) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Entry e : entries) {
            m.put(key(e.name()), e);
        }
        this.byName = java.util.Collections.unmodifiableMap(m);
    }

    /** The library shipped in the jar. Loaded once, on first use. */
    public static PatternLibrary builtIn() {
        return Holder.BUILT_IN;
    }

    /** Every entry, in index order (grouped by kind). */
    public List<Entry> entries() {
        return List.copyOf(byName.values());
    }

    /**
     * The entry called {@code name}, ignoring case and treating spaces and underscores as hyphens,
     * so {@code Gosper glider gun}, {@code GOSPER_GLIDER_GUN} and {@code gosper-glider-gun} all
     * match. A trailing {@code .rle} is ignored too.
     */
    public Optional<Entry> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String k = key(name);
        if (k.endsWith(".rle")) {
            k = k.substring(0, k.length() - 4);
        }
        return Optional.ofNullable(byName.get(k));
    }

    /**
     * The pattern called {@code name}.
     *
     * @throws PatternFormatException when there is no such entry; the message lists a few names
     */
    public Pattern pattern(String name) throws PatternFormatException {
        Optional<Entry> e = find(name);
        if (e.isEmpty()) {
            throw PatternFormatException.of(name, "no such pattern in the built-in library (try "
                    + String.join(", ", byName.keySet().stream().limit(5).toList())
                    + ", …; list them all with the patterns command)", null);
        }
        return e.get().pattern();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
    }

    private static PatternLibrary load() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = PatternLibrary.class.getResourceAsStream(FOLDER + "INDEX")) {
            if (in == null) {
                throw new IllegalStateException("the built-in pattern library is missing from the jar ("
                        + FOLDER + "INDEX)");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int lineNo = 0;
            for (String line : text.split("\n")) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\\|", -1);
                if (f.length != 5) {
                    throw new IllegalStateException(FOLDER + "INDEX:" + lineNo
                            + ": expected name|file|title|author|description");
                }
                entries.add(new Entry(f[0], f[1], f[2], f[3], f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in pattern library", e);
        }
        return new PatternLibrary(entries);
    }

    /**
     * One library pattern. Immutable.
     *
     * @param name        the name to look it up by, lower case with hyphens, such as {@code gosper-glider-gun}
     * @param fileName    its file in {@code /patterns/}
     * @param title       its display name, the file's {@code #N}
     * @param author      who found it, the file's {@code #O}
     * @param description one line about it, the file's first {@code #C}
     */
    public record Entry(String name, String fileName, String title, String author, String description) {

        public Entry {
            Objects.requireNonNull(name);
            Objects.requireNonNull(fileName);
            Objects.requireNonNull(title);
            Objects.requireNonNull(author);
            Objects.requireNonNull(description);
        }

        /**
         * Reads the pattern from the jar. Library files are tested, so a failure here means a broken
         * build, reported as a {@link PatternFormatException} like any other file.
         */
        public Pattern pattern() throws PatternFormatException {
            InputStream in = PatternLibrary.class.getResourceAsStream(FOLDER + fileName);
            if (in == null) {
                throw PatternFormatException.of(fileName, "missing from the built-in library", null);
            }
            try (Reader r = PatternReader.utf8(in)) {
                return PatternReader.read(r, fileName, PatternLimits.DEFAULT);
            } catch (IOException e) {
                throw PatternFormatException.of(fileName, "cannot read: " + e.getMessage(), e);
            }
        }
    }
}
