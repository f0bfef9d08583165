package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How Identify's dialog writes the command line's values for people. */
class IdentifyTextTest {

    @Test
    void integersGetSeparatorsAndFractionsSpeedsAndSmallNumbersStayAsTheyAre() {
        assertThat(IdentifyView.withSeparators("9509.85")).isEqualTo("9,509.85");
        assertThat(IdentifyView.withSeparators("0.12345")).isEqualTo("0.12345");
        assertThat(IdentifyView.withSeparators("15463x15450")).isEqualTo("15,463x15,450");
        assertThat(IdentifyView.withSeparators("population 8666 to 10343 and bounding box 12963x12950"))
                .isEqualTo("population 8,666 to 10,343 and bounding box 12,963x12,950");
        assertThat(IdentifyView.withSeparators("c/4 diagonal")).isEqualTo("c/4 diagonal");
        assertThat(IdentifyView.withSeparators("(2,1)c/6 knightwise")).isEqualTo("(2,1)c/6 knightwise");
        assertThat(IdentifyView.withSeparators("123456789012345678901234567890"))
                .isEqualTo("123,456,789,012,345,678,901,234,567,890");
        assertThat(IdentifyView.withSeparators("999")).isEqualTo("999");
    }
}
