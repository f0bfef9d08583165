package lifefx.pattern;

import java.util.ArrayList;
import java.util.List;
import lifefx.life.Rule;

/** Collects what a file's comment lines say while it is read. Not thread-safe. */
final class MetadataBuilder {
    String name;
    String author;
    final List<String> comments = new ArrayList<>();
    Position position;
    Rule rule;

    Metadata build() {
        return new Metadata(name, author, comments, position);
    }

    Rule ruleOrConway() {
        return rule == null ? Rule.CONWAY : rule;
    }

    /**
     * Parses a rule from a file, as {@link Rule#parse} does, but also accepts a rule with only a
     * birth part or only a survival part ({@code #R B234} means B234/S), as Golly does, and the
     * name {@code Life} for B3/S23.
     *
     * @throws PatternFormatException naming the rule and what is wrong with it
     */
    static Rule parseRule(String text, String sourceName, int line, int column) throws PatternFormatException {
        String t = text.strip();
        if (t.equalsIgnoreCase("Life") || t.equalsIgnoreCase("Conway's Life")) {
            // Golly's and MCell's names for B3/S23.
            return Rule.CONWAY;
        }
        try {
            return Rule.parse(t);
        } catch (IllegalArgumentException first) {
            int colon = t.indexOf(':');
            String body = colon < 0 ? t : t.substring(0, colon);
            String suffix = colon < 0 ? "" : t.substring(colon);
            String upper = body.strip().toUpperCase(java.util.Locale.ROOT);
            String patched = null;
            if (upper.startsWith("B") && upper.indexOf('S') < 0) {
                patched = body.strip() + "/S" + suffix;
            } else if (upper.startsWith("S") && upper.indexOf('B') < 0) {
                patched = "B/" + body.strip() + suffix;
            }
            if (patched != null) {
                try {
                    return Rule.parse(patched);
                } catch (IllegalArgumentException ignored) {
                    // fall through to the first, clearer message
                }
            }
            throw PatternFormatException.at(sourceName, line, column, "not a two-state rule LifeFX can run ("
                    + first.getMessage() + ")");
        }
    }
}
