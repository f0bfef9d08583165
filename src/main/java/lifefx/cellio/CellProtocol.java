package lifefx.cellio;

import java.nio.charset.StandardCharsets;
import lifefx.life.Rule;

/**
 * The wire format between a socket-mode cell call and the {@link CellRuleService}: one line of
 * ASCII each way, so that {@code nc 127.0.0.1 PORT} is enough to talk to the service by hand.
 *
 * <pre>
 *   request:  ALIVE SP NEIGHBOURS SP RULE LF      e.g. "1 3 B3/S23\n"
 *             ALIVE is 0 or 1, NEIGHBOURS 0..8, RULE anything {@link Rule#parse} reads
 *   reply:    "0\n" or "1\n"                      the cell's next state
 *             "ERR " MESSAGE LF                   the request was refused; MESSAGE is one line
 * </pre>
 *
 * A connection carries any number of request/reply pairs, one at a time. A request line longer
 * than {@link #MAX_LINE} bytes is refused and the connection closed, since the service cannot
 * know where the next request starts. Stateless; thread-safe.
 */
final class CellProtocol {

    /** Longest request line, newline included. */
    static final int MAX_LINE = 128;

    static final String ERROR_PREFIX = "ERR ";

    private CellProtocol() {
    }

    /** The request line for one call, as bytes ready to write. */
    static byte[] request(boolean alive, int liveNeighbours, Rule rule) {
        return ((alive ? "1" : "0") + " " + liveNeighbours + " " + rule.withoutTorus() + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Thrown by {@link #parseRequest} with the one-line reason to send back. */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    /** A parsed request: the input of {@link Rule#next}. */
    record Request(boolean alive, int liveNeighbours, Rule rule) {
    }

    /**
     * Parses one request line, without its line feed (a trailing CR is allowed). {@code lastRule}
     * and {@code lastRuleText} let a connection skip re-parsing the rule it saw last.
     */
    static Request parseRequest(String line, String lastRuleText, Rule lastRule) throws BadRequest {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        String[] parts = l.split(" ", -1);
        if (parts.length != 3) {
            throw new BadRequest("expected 'ALIVE NEIGHBOURS RULE' (3 fields separated by single spaces, as in"
                    + " '1 3 B3/S23'), got " + parts.length + " field" + (parts.length == 1 ? "" : "s"));
        }
        boolean alive = switch (parts[0]) {
            case "0" -> false;
            case "1" -> true;
            default -> throw new BadRequest("ALIVE must be 0 or 1, got '" + printable(parts[0]) + "'");
        };
        if (parts[1].length() != 1 || parts[1].charAt(0) < '0' || parts[1].charAt(0) > '8') {
            throw new BadRequest("NEIGHBOURS must be a count 0..8, got '" + printable(parts[1]) + "'");
        }
        int n = parts[1].charAt(0) - '0';
        Rule rule;
        if (parts[2].equals(lastRuleText) && lastRule != null) {
            rule = lastRule;
        } else {
            try {
                rule = Rule.parse(parts[2]);
            } catch (IllegalArgumentException e) {
                throw new BadRequest(printable(e.getMessage()));
            }
        }
        return new Request(alive, n, rule);
    }

    /** The reply line for a computed next state. */
    static byte[] reply(boolean next) {
        return next ? ONE : ZERO;
    }

    private static final byte[] ONE = {'1', '\n'};
    private static final byte[] ZERO = {'0', '\n'};

    /** The reply line refusing a request. */
    static byte[] error(String message) {
        return (ERROR_PREFIX + printable(message) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code s} with control and non-ASCII characters shown as {@code ?}, at most 200 characters. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 200));
        for (int i = 0; i < s.length() && sb.length() < 200; i++) {
            char c = s.charAt(i);
            sb.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        if (s.length() > 200) {
            sb.append("...");
        }
        return sb.toString();
    }
}
