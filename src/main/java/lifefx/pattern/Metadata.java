package lifefx.pattern;

import java.util.List;
import java.util.Objects;

/**
 * What a pattern file says about its pattern: name ({@code #N}, {@code !Name:}), author ({@code
 * #O}, {@code !Author:}), comment lines ({@code #C}, {@code #D}, {@code !}) and the position of the
 * origin ({@code #CXRLE Pos=}, {@code #P}, {@code #R}, or the smallest Life 1.05/1.06
 * coordinates). Immutable and thread-safe.
 *
 * <p>Normal form, applied by the constructor so that every reader and writer agrees: text is
 * stripped of leading and trailing white space; a blank name or author becomes {@code null};
 * comments keep blank lines (a file's paragraph breaks) but none holds a line break; a position of
 * {@code 0,0} is the same as none and becomes {@code null}.
 *
 * @param name     the pattern's name, or {@code null}
 * @param author   who found or wrote it, or {@code null}
 * @param comments free comment lines, in file order, never {@code null}
 * @param position where the origin sits in the file's coordinates, or {@code null} for 0,0
 */
public record Metadata(String name, String author, List<String> comments, Position position) {

    /** No name, author, comments or position. */
    public static final Metadata EMPTY = new Metadata(null, null, List.of(), null);

    public Metadata {
        name = clean(name, "name");
        author = clean(author, "author");
        comments = Objects.requireNonNull(comments, "comments").stream()
                .map(c -> Objects.requireNonNullElse(clean(c, "comment"), ""))
                .toList();
        if (Position.ORIGIN.equals(position)) {
            position = null;
        }
    }

    private static String clean(String s, String what) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException("a " + what + " must be one line, but has a line break: " + s);
            }
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    public Metadata withName(String newName) {
        return new Metadata(newName, author, comments, position);
    }

    public Metadata withAuthor(String newAuthor) {
        return new Metadata(name, newAuthor, comments, position);
    }

    public Metadata withComments(List<String> newComments) {
        return new Metadata(name, author, newComments, position);
    }

    public Metadata withPosition(Position newPosition) {
        return new Metadata(name, author, comments, newPosition);
    }

    /** The first non-blank comment, or {@code ""}: a one-line description for listings. */
    public String description() {
        return comments.stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
    }
}
