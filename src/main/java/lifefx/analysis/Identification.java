package lifefx.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link Identify} found out about a pattern. Immutable; any thread.
 *
 * @param type            still life, oscillator, spaceship, or none within the limit
 * @param period          generations per period (1 for a still life), 0 for {@link Type#NONE}
 * @param dx              columns moved per period (right is positive); 0 unless a spaceship
 * @param dy              rows moved per period (down is positive); 0 unless a spaceship
 * @param populationMin   smallest population over one period (over the whole run for NONE)
 * @param populationMax   largest population, likewise
 * @param populationMean  mean population, likewise
 * @param boxWidth        bounding box width: over the whole period for still lifes and oscillators,
 *                        the widest phase for a spaceship, the last generation for NONE
 * @param boxHeight       bounding box height, likewise
 * @param heat            mean cells changing state per generation over one period (NaN for NONE)
 * @param periodMap       each cell's own period, for an oscillator whose map fits the budget; else null
 * @param torusReturn     on a torus, generations until a spaceship is back where it started; else 0
 * @param generation      the generation at which the period was confirmed (NONE: the last one run)
 * @param population      the population at {@code generation}
 * @param died            the generation at which the pattern died out (NONE only), or null
 * @param growth          for NONE, how population and box changed over the run, in words; else null
 */
public record Identification(Type type, long period, long dx, long dy, long populationMin, long populationMax,
                             double populationMean, long boxWidth, long boxHeight, double heat, PeriodMap periodMap,
                             long torusReturn, BigInteger generation, BigInteger population, BigInteger died,
                             String growth) {

    /** The kinds of object; {@link #key()} is the word the command line prints. */
    public enum Type {
        STILL("still", "still life"),
        OSCILLATOR("oscillator", "oscillator"),
        SPACESHIP("spaceship", "spaceship"),
        NONE("none", "none within the limit");

        private final String key;
        private final String words;

        Type(String key, String words) {
            this.key = key;
            this.words = words;
        }

        /** {@code still}, {@code oscillator}, {@code spaceship} or {@code none}. */
        public String key() {
            return key;
        }

        /** For people: {@code still life}, ... */
        public String words() {
            return words;
        }
    }

    public Identification {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(generation, "generation");
        Objects.requireNonNull(population, "population");
    }

    /** The speed in the usual notation ({@link Speed}); {@code "0"} unless a spaceship. */
    public String speed() {
        return type == Type.SPACESHIP ? Speed.of(dx, dy, period) : "0";
    }

    /**
     * The facts as {@code key=value} lines, in the order the command line prints them: {@code type},
     * {@code period}, {@code displacement}, {@code speed}, {@code population-min}, {@code
     * population-max}, {@code population-mean}, {@code bbox}, {@code heat}, {@code rotor-cells} and
     * {@code stator-cells} (oscillators with a map), {@code torus-note}, {@code died}, {@code growth}
     * (each only where it applies). Not the last line {@code generation=N population=P}.
     */
    public List<String> facts() {
        List<String> f = new ArrayList<>();
        f.add("type=" + type.key());
        if (type != Type.NONE) {
            f.add("period=" + period);
        }
        if (type == Type.SPACESHIP) {
            f.add("displacement=" + dx + "," + dy);
            f.add("speed=" + speed());
        }
        f.add("population-min=" + populationMin);
        f.add("population-max=" + populationMax);
        f.add("population-mean=" + number(populationMean));
        f.add("bbox=" + boxWidth + "x" + boxHeight);
        if (type != Type.NONE) {
            f.add("heat=" + number(heat));
        }
        if (periodMap != null && type == Type.OSCILLATOR) {
            f.add("rotor-cells=" + periodMap.rotor());
            f.add("stator-cells=" + periodMap.stator());
        }
        if (torusReturn > 0) {
            f.add("torus-note=on this torus it wraps round and returns to its start after " + torusReturn
                    + " generations");
        }
        if (died != null) {
            f.add("died=" + died);
        }
        if (growth != null) {
            f.add("growth=" + growth);
        }
        return f;
    }

    /** A number with at most two decimals and no trailing zeros: {@code 5}, {@code 58.67}. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
