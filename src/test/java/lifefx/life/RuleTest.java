package lifefx.life;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "B3/S23        | B3/S23",
            "b3/s23        | B3/S23",
            "S23/B3        | B3/S23",
            "B3S23         | B3/S23",
            "23/3          | B3/S23",
            "  23/3        | B3/S23",
            "B36/S23       | B36/S23",
            "B63/S32       | B36/S23",
            "23/36         | B36/S23",
            "B2/S          | B2/S",
            "/2            | B2/S",
            "B/S012345678  | B/S012345678",
            "B3/S23:T72,48 | B3/S23:T72,48",
            "23/3:t10,5    | B3/S23:T10,5",
            "B3/S23:T 9 , 5 | B3/S23:T9,5",
    })
    void parsesEveryFormToItsCanonicalText(String text, String canonical) {
        Rule rule = Rule.parse(text);
        assertThat(rule.toString()).isEqualTo(canonical);
        assertThat(Rule.parse(rule.toString())).isEqualTo(rule);
    }

    @Test
    void torusSuffixIsWidthThenHeight() {
        Rule rule = Rule.parse("B3/S23:T72,48");
        assertThat(rule.torus()).isEqualTo(new GridSize(48, 72));
        assertThat(rule.withoutTorus()).isEqualTo(Rule.CONWAY);
    }

    @Test
    void conwayIsB3S23() {
        assertThat(Rule.parse("B3/S23")).isEqualTo(Rule.CONWAY);
        assertThat(Rule.CONWAY.next(false, 3)).isTrue();
        assertThat(Rule.CONWAY.next(false, 2)).isFalse();
        assertThat(Rule.CONWAY.next(true, 2)).isTrue();
        assertThat(Rule.CONWAY.next(true, 3)).isTrue();
        assertThat(Rule.CONWAY.next(true, 4)).isFalse();
        assertThat(Rule.CONWAY.next(true, 1)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''            | empty rule",
            "B3/S29        | neighbour count 9 is out of range",
            "B3/X23        | expected 'B' or 'S'",
            "B3/S2a        | found 'a'",
            "B3            | expected both a B part and an S part",
            "B3/B4/S2      | 'B' appears twice",
            "2x3           | expected B",
            "23/3/4        | more than one '/'",
            "B3/S23:P10,10 | topology 'P' is not supported",
            "B3/S23:T      | torus width '' is not a whole number",
            "B3/S23:T0,5   | torus width is 0",
            "B3/S23:Tx,5   | torus width 'x'",
            "B3/S23:       | nothing after ':'",
            "B3/           | nothing after '/'",
    })
    void badTextSaysWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> Rule.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"B3/S23:T2000000,2", "B3/S23:T99999999999,2"})
    void hugeToriAreRefused(String text) {
        assertThatThrownBy(() -> Rule.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad rule");
    }

    @Property
    void everyRuleSurvivesBothTextForms(@ForAll @IntRange(max = 511) int birth, @ForAll @IntRange(max = 511) int survival) {
        Rule rule = new Rule(birth, survival, null);
        assertThat(Rule.parse(rule.toString())).isEqualTo(rule);
        String old = rule.toString().replace("B", "").replace("S", "");
        String[] parts = old.split("/", -1);
        assertThat(Rule.parse(parts[1] + "/" + parts[0])).isEqualTo(rule);
    }

    @Property
    void tableAgreesWithNext(@ForAll @IntRange(max = 511) int birth, @ForAll @IntRange(max = 511) int survival) {
        Rule rule = new Rule(birth, survival, null);
        byte[] table = rule.table();
        for (int n = 0; n <= 8; n++) {
            assertThat(table[n] == 1).isEqualTo(rule.next(false, n));
            assertThat(table[9 + n] == 1).isEqualTo(rule.next(true, n));
        }
    }
}
