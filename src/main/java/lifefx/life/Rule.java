package lifefx.life;

import java.util.Objects;

/**
 * An outer-totalistic two-state rule such as Conway's {@code B3/S23}, optionally with Golly's torus
 * suffix {@code :Tw,h}. Immutable and thread-safe.
 *
 * <p>Bit {@code n} of {@code birth} is set when a dead cell with {@code n} live neighbours is born;
 * bit {@code n} of {@code survival} is set when a live cell with {@code n} live neighbours survives.
 *
 * @param birth    birth mask, bits 0..8
 * @param survival survival mask, bits 0..8
 * @param torus    the torus size from a {@code :Tw,h} suffix, or {@code null} when the rule names none
 */
public record Rule(int birth, int survival, GridSize torus) {

    /** Conway's Life, {@code B3/S23}. */
    public static final Rule CONWAY = new Rule(1 << 3, (1 << 2) | (1 << 3), null);

    private static final int MASK = 0x1FF;

    public Rule {
        if ((birth & ~MASK) != 0 || (survival & ~MASK) != 0) {
            throw new IllegalArgumentException("rule masks must use bits 0..8 only");
        }
    }

    /** The same birth and survival conditions with no torus size. */
    public Rule withoutTorus() {
        return torus == null ? this : new Rule(birth, survival, null);
    }

    /** The same birth and survival conditions on the given torus. */
    public Rule withTorus(GridSize size) {
        return new Rule(birth, survival, Objects.requireNonNull(size));
    }

    /** Whether a cell is alive in the next generation. */
    public boolean next(boolean alive, int liveNeighbours) {
        return ((alive ? survival : birth) >>> liveNeighbours & 1) != 0;
    }

    /**
     * A 18-entry lookup table for fast engines: index {@code alive * 9 + neighbours}, value 0 or 1.
     */
    public byte[] table() {
        byte[] t = new byte[18];
        for (int n = 0; n <= 8; n++) {
            t[n] = (byte) (birth >>> n & 1);
            t[9 + n] = (byte) (survival >>> n & 1);
        }
        return t;
    }

    /**
     * Parses a rule: {@code B3/S23} (either letter case, either order, slash optional), the older
     * S/B form {@code 23/3}, any outer-totalistic rule such as {@code B36/S23} or {@code B2/S}, each
     * optionally followed by Golly's torus suffix {@code :Tw,h} (width first, as Golly writes it).
     *
     * @throws IllegalArgumentException with a one-line message saying what is wrong and where
     */
    public static Rule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty rule: expected something like B3/S23 or 23/3");
        }
        String t = text.strip();
        GridSize torus = null;
        int colon = t.indexOf(':');
        String body = colon < 0 ? t : t.substring(0, colon).strip();
        if (colon >= 0) {
            torus = parseTopology(t.substring(colon + 1).strip(), text);
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("bad rule '" + text + "': no birth or survival conditions before ':'");
        }
        char first = Character.toUpperCase(body.charAt(0));
        if (first == 'B' || first == 'S') {
            return parseLetters(body, text, torus);
        }
        return parseOldStyle(body, text, torus);
    }

    private static Rule parseLetters(String body, String whole, GridSize torus) {
        int birth = -1;
        int survival = -1;
        int i = 0;
        while (i < body.length()) {
            char letter = Character.toUpperCase(body.charAt(i));
            if (letter != 'B' && letter != 'S') {
                throw bad(whole, "expected 'B' or 'S' at position " + (i + 1) + ", found '" + body.charAt(i) + "'");
            }
            i++;
            int mask = 0;
            while (i < body.length() && Character.isDigit(body.charAt(i))) {
                mask |= digitBit(body.charAt(i), whole);
                i++;
            }
            if (letter == 'B') {
                if (birth >= 0) {
                    throw bad(whole, "'B' appears twice");
                }
                birth = mask;
            } else {
                if (survival >= 0) {
                    throw bad(whole, "'S' appears twice");
                }
                survival = mask;
            }
            if (i < body.length()) {
                char ch = body.charAt(i);
                if (ch == '/') {
                    i++;
                    if (i == body.length()) {
                        throw bad(whole, "nothing after '/'");
                    }
                } else if (Character.toUpperCase(ch) != 'B' && Character.toUpperCase(ch) != 'S') {
                    throw bad(whole, "expected a neighbour count 0-8, '/', 'B' or 'S' at position " + (i + 1)
                            + ", found '" + ch + "'");
                }
            }
        }
        if (birth < 0 || survival < 0) {
            throw bad(whole, "expected both a B part and an S part, as in B3/S23");
        }
        return new Rule(birth, survival, torus);
    }

    private static Rule parseOldStyle(String body, String whole, GridSize torus) {
        int slash = body.indexOf('/');
        if (slash < 0) {
            throw bad(whole, "expected B…/S… (as in B3/S23) or survival/birth (as in 23/3)");
        }
        if (body.indexOf('/', slash + 1) >= 0) {
            throw bad(whole, "more than one '/'");
        }
        int survival = digits(body.substring(0, slash).strip(), whole);
        int birth = digits(body.substring(slash + 1).strip(), whole);
        return new Rule(birth, survival, torus);
    }

    private static int digits(String s, String whole) {
        int mask = 0;
        for (int i = 0; i < s.length(); i++) {
            mask |= digitBit(s.charAt(i), whole);
        }
        return mask;
    }

    private static int digitBit(char ch, String whole) {
        if (ch < '0' || ch > '9') {
            throw bad(whole, "expected a neighbour count 0-8, found '" + ch + "'");
        }
        if (ch == '9') {
            throw bad(whole, "neighbour count 9 is out of range: a cell has at most 8 neighbours");
        }
        return 1 << (ch - '0');
    }

    private static GridSize parseTopology(String suffix, String whole) {
        if (suffix.isEmpty()) {
            throw bad(whole, "nothing after ':', expected a torus size such as :T72,48");
        }
        char kind = Character.toUpperCase(suffix.charAt(0));
        if (kind != 'T') {
            throw bad(whole, "topology '" + suffix.charAt(0)
                    + "' is not supported: LifeFX runs on a torus, written :Twidth,height");
        }
        String dims = suffix.substring(1).strip();
        int comma = dims.indexOf(',');
        String ws = comma < 0 ? dims : dims.substring(0, comma).strip();
        String hs = comma < 0 ? dims : dims.substring(comma + 1).strip();
        int w = torusSide(ws, "width", whole);
        int h = torusSide(hs, "height", whole);
        try {
            return new GridSize(h, w);
        } catch (IllegalArgumentException e) {
            throw bad(whole, e.getMessage());
        }
    }

    private static int torusSide(String s, String what, String whole) {
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9') || s.length() > 9) {
            throw bad(whole, "torus " + what + " '" + s + "' is not a whole number between 1 and " + GridSize.MAX_SIDE);
        }
        int v = Integer.parseInt(s);
        if (v == 0) {
            throw bad(whole, "torus " + what + " is 0: LifeFX needs a bounded torus (sides of at least 1)");
        }
        return v;
    }

    private static IllegalArgumentException bad(String whole, String what) {
        return new IllegalArgumentException("bad rule '" + whole.strip() + "': " + what);
    }

    /** Canonical form: {@code B3/S23}, with {@code :Tw,h} when a torus size is set. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("B");
        appendDigits(sb, birth);
        sb.append("/S");
        appendDigits(sb, survival);
        if (torus != null) {
            sb.append(":T").append(torus.width()).append(',').append(torus.height());
        }
        return sb.toString();
    }

    private static void appendDigits(StringBuilder sb, int mask) {
        for (int n = 0; n <= 8; n++) {
            if ((mask >>> n & 1) != 0) {
                sb.append((char) ('0' + n));
            }
        }
    }
}
