package lifefx.cli;

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

    /** A registered strategy name. */
    static final class StrategyConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return StrategyRegistry.get(value.strip()).name();
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
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
