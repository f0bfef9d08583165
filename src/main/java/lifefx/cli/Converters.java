package lifefx.cli;

import java.math.BigInteger;
import lifefx.cellio.DurationText;
import lifefx.engine.StrategyRegistry;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters that reuse the domain parsers, so that a bad value gets the parser's own
 * one-line message ("bad grid size '5y9': expected HEIGHTxWIDTH, ...").
 */
final class Converters {

    private Converters() {
    }

    static final class GridSizeConverter implements ITypeConverter<GridSize> {
        @Override
        public GridSize convert(String value) {
            try {
                return GridSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class RuleConverter implements ITypeConverter<Rule> {
        @Override
        public Rule convert(String value) {
            try {
                return Rule.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * A registered (torus) strategy name, or {@value StrategiesCommand#HASHLIFE}, the unbounded
     * universe's one strategy.
     */
    static final class StrategyConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.strip().equalsIgnoreCase(StrategiesCommand.HASHLIFE)) {
                return StrategiesCommand.HASHLIFE;
            }
            try {
                return StrategyRegistry.get(value.strip()).name();
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * Largest count {@link CountConverter} takes, in decimal digits or as the exponent of 2^k: about
     * 2^1024. HashLife's recursion is as deep as the tree's levels (k + 3 for a jump of 2^k); at
     * 2^3000 it overflows the default Java stack, and at 2^1000 it already takes seconds.
     */
    static final int MAX_DIGITS = 308;
    static final int MAX_EXPONENT = 1024;

    /**
     * A whole number of generations of any size, written in decimal ({@code 1000000000000}) or as a
     * power of two ({@code 2^40}). Zero and up; callers that need at least 1 say so.
     */
    static final class CountConverter implements ITypeConverter<BigInteger> {
        @Override
        public BigInteger convert(String value) {
            return parseCount(value);
        }
    }

    static BigInteger parseCount(String value) {
        String v = value.strip().replace("_", "");
        if (v.startsWith("2^")) {
            String k = v.substring(2);
            if (!k.matches("\\d{1,9}") || Integer.parseInt(k) > MAX_EXPONENT) {
                throw new TypeConversionException("bad count '" + value + "': expected 2^k with k a whole number from 0 to "
                        + MAX_EXPONENT + ", or a whole number such as 1000");
            }
            return BigInteger.ONE.shiftLeft(Integer.parseInt(k));
        }
        if (!v.matches("\\d+")) {
            throw new TypeConversionException("bad count '" + value + "': expected a whole number such as 1000 or a power"
                    + " of two such as 2^20");
        }
        if (v.length() > MAX_DIGITS) {
            throw new TypeConversionException("bad count: " + v.length() + " digits, at most " + MAX_DIGITS
                    + " (or 2^" + MAX_EXPONENT + ")");
        }
        return new BigInteger(v);
    }

    /** A duration such as {@code 0}, {@code 250us}, {@code 1ms}, {@code 2s}, as nanoseconds. */
    static final class NanosConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return DurationText.parseNanos(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
