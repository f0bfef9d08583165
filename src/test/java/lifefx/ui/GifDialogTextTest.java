package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The animated GIF dialog names the field that is wrong, in one line, and accepts separators. */
class GifDialogTextTest {

    @Test
    void goodFieldsGiveNoErrorAndEachBadFieldIsNamed() {
        assertThat(FxPrompts.gifError("60", "1", "100")).isEmpty();
        assertThat(FxPrompts.gifError("10,000", "1_024", "655,350")).isEmpty();
        assertThat(FxPrompts.gifError("0", "1", "100")).startsWith("Frames:").contains("'0'");
        assertThat(FxPrompts.gifError("10001", "1", "100")).startsWith("Frames:");
        assertThat(FxPrompts.gifError("sixty", "1", "100")).startsWith("Frames:").contains("'sixty'");
        assertThat(FxPrompts.gifError("60", "0", "100")).startsWith("Generations between frames:");
        assertThat(FxPrompts.gifError("60", "2000000000", "100")).startsWith("Generations between frames:");
        assertThat(FxPrompts.gifError("60", "4", "9")).startsWith("Frame delay:").contains("'9'");
        assertThat(FxPrompts.gifError("60", "4", "")).startsWith("Frame delay:");
        assertThat(FxPrompts.gifError(" 60 ", "4", "x").lines().count()).as("one line").isEqualTo(1);
    }
}
