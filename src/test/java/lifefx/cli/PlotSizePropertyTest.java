package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@code bench --plot-size WxH}: any text is a size in range or one line, exit 2. */
class PlotSizePropertyTest {

    @Property(tries = 2000)
    void anyTextIsASizeInRangeOrAOneLineUsageError(@ForAll String text) {
        try {
            int[] size = BenchCommand.parsePlotSize(text);
            assertThat(size[0]).isBetween(BenchCommand.MIN_PLOT_SIDE, BenchCommand.MAX_PLOT_SIDE);
            assertThat(size[1]).isBetween(BenchCommand.MIN_PLOT_SIDE, BenchCommand.MAX_PLOT_SIDE);
        } catch (CliException e) {
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).startsWith("--plot-size ").doesNotContain("\n", "\r");
        }
    }

    @Property(tries = 500)
    void sizesReadBackAndOutOfRangeOnesAreRefused(@ForAll @IntRange(min = 0, max = 99_999) int w,
                                                  @ForAll @IntRange(min = 0, max = 99_999) int h) {
        boolean ok = w >= BenchCommand.MIN_PLOT_SIDE && w <= BenchCommand.MAX_PLOT_SIDE
                && h >= BenchCommand.MIN_PLOT_SIDE && h <= BenchCommand.MAX_PLOT_SIDE;
        try {
            assertThat(BenchCommand.parsePlotSize(w + "x" + h)).containsExactly(w, h);
            assertThat(ok).as("accepted %dx%d", w, h).isTrue();
        } catch (CliException e) {
            assertThat(ok).as("refused %dx%d", w, h).isFalse();
        }
    }
}
