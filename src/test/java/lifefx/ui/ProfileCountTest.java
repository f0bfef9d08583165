package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The count typed into "Record profile…": {@link FxPrompts#count}, property-tested and fuzzed. */
class ProfileCountTest {

    @Property
    void aWholeNumberReadsBackHoweverItIsGrouped(@ForAll @LongRange(min = 0) long n) {
        assertThat(FxPrompts.count(Long.toString(n))).isEqualTo(n);
        assertThat(FxPrompts.count(String.format(Locale.ROOT, "%,d", n))).isEqualTo(n);
        assertThat(FxPrompts.count(" " + String.format(Locale.ROOT, "%,d", n).replace(',', '_') + " ")).isEqualTo(n);
    }

    /** Any text: a count, or -1 (which keeps OK disabled); never an exception. */
    @Property
    void anyTextIsACountOrMinusOne(@ForAll String text) {
        long c = FxPrompts.count(text);
        assertThat(c >= -1).isTrue();
    }

    @Property
    void textWithALetterIsNoCount(@ForAll @LongRange(min = 0) long n) {
        assertThat(FxPrompts.count(n + "x")).isEqualTo(-1);
        assertThat(FxPrompts.count("")).isEqualTo(-1);
        assertThat(FxPrompts.count("-" + (n + 1))).isEqualTo(-1);
    }
}
