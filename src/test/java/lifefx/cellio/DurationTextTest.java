package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0",
            "0ms, 0",
            "800ns, 800",
            "250us, 250000",
            "250µs, 250000",
            "250μs, 250000",
            "1ms, 1000000",
            "1.5ms, 1500000",
            "10ms, 10000000",
            "' 2s ', 2000000000",
            "1 ms, 1000000",
            "1MS, 1000000",
            "0.25s, 250000000",
            "60s, 60000000000",
    })
    void readsNumbersWithUnits(String text, long nanos) {
        assertThat(DurationText.parseNanos(text)).isEqualTo(nanos);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5        | add a unit, as in 5ms or 5us",
            "1.5      | add a unit",
            "abc      | does not start with a number",
            "-1ms     | negative",
            "ms       | does not start with a number",
            "1h       | unknown unit 'h'",
            "1e3ms    | unknown unit 'e3ms'",
            "1.2.3ms  | '1.2.3' is not a number",
            "61s      | longer than the limit of 60s",
            "1.5ns    | finer than a nanosecond",
            "0.0000001ms | finer than a nanosecond",
    })
    void refusesBadTextWithOneClearLine(String text, String why) {
        assertThatThrownBy(() -> DurationText.parseNanos(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad duration '" + text.strip() + "'")
                .hasMessageContaining(why)
                .hasMessageContaining("for example 0, 250us, 1ms")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesEmptyText(String text) {
        assertThatThrownBy(() -> DurationText.parseNanos(text)).hasMessageContaining("it is empty");
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "800, 800ns", "250000, 250us", "1000000, 1ms", "1500000, 1.5ms", "2000000000, 2s",
            "1234, 1.234us"})
    void formatsInTheLargestReadableUnit(long nanos, String text) {
        assertThat(DurationText.format(nanos)).isEqualTo(text);
    }

    @Property(tries = 300)
    void formatReadsBack(@ForAll @LongRange(min = 0, max = DurationText.MAX_NANOS) long nanos) {
        assertThat(DurationText.parseNanos(DurationText.format(nanos))).isEqualTo(nanos);
    }
}
