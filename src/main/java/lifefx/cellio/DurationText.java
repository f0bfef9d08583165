package lifefx.cellio;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads and writes the short durations of {@code --latency}: {@code 0}, {@code 250us} (or {@code
 * 250µs}), {@code 1ms}, {@code 1.5ms}, {@code 2s}, {@code 800ns}. Stateless and thread-safe.
 *
 * <p>A number needs a unit, except {@code 0}: a bare {@code 5} could mean 5 ms or 5 s, and a
 * guess that is 1000× off makes a benchmark silently meaningless.
 */
public final class DurationText {

    /** The longest latency accepted: one minute per cell call is already far past useful. */
    public static final long MAX_NANOS = 60_000_000_000L;

    private DurationText() {
    }

    /**
     * Parses {@code text} into nanoseconds.
     *
     * @throws IllegalArgumentException with one line saying what is wrong, for example
     *                                  {@code bad duration '5': add a unit ...}
     */
    public static long parseNanos(String text) {
        if (text == null || text.isBlank()) {
            throw bad(text, "it is empty");
        }
        String t = text.strip();
        int unitStart = 0;
        while (unitStart < t.length() && (Character.isDigit(t.charAt(unitStart)) || t.charAt(unitStart) == '.')) {
            unitStart++;
        }
        String number = t.substring(0, unitStart);
        String unit = t.substring(unitStart).strip().toLowerCase(java.util.Locale.ROOT);
        if (number.isEmpty()) {
            throw bad(text, t.startsWith("-") ? "it is negative" : "it does not start with a number");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw bad(text, "'" + number + "' is not a number");
        }
        long scale = switch (unit) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1_000L; // micro sign (U+00B5) and Greek mu (U+03BC) both occur
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "" -> {
                if (value.signum() == 0) {
                    yield 1L;
                }
                throw bad(text, "add a unit, as in " + number + "ms or " + number + "us");
            }
            default -> throw bad(text, "unknown unit '" + unit + "'");
        };
        BigDecimal nanos = value.multiply(BigDecimal.valueOf(scale));
        if (nanos.compareTo(BigDecimal.valueOf(MAX_NANOS)) > 0) {
            throw bad(text, "it is longer than the limit of " + format(MAX_NANOS));
        }
        if (nanos.stripTrailingZeros().scale() > 0) {
            throw bad(text, "it is finer than a nanosecond");
        }
        return nanos.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /**
     * The shortest exact form in the largest unit that keeps it readable: {@code 0}, {@code 800ns},
     * {@code 250us}, {@code 1.5ms}, {@code 2s}. {@link #parseNanos} reads it back to the same value.
     */
    public static String format(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("negative duration: " + nanos + " ns");
        }
        if (nanos == 0) {
            return "0";
        }
        String[] units = {"s", "ms", "us", "ns"};
        long[] scales = {1_000_000_000L, 1_000_000L, 1_000L, 1L};
        for (int i = 0; i < units.length; i++) {
            if (nanos >= scales[i]) {
                BigDecimal v = BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(scales[i])).stripTrailingZeros();
                return v.toPlainString() + units[i];
            }
        }
        throw new AssertionError("unreachable: " + nanos);
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("bad duration '" + (text == null ? "" : text.strip()) + "': " + why
                + "; expected a number with a unit ns, us, ms or s, for example 0, 250us, 1ms, 1.5ms or 2s");
    }
}
