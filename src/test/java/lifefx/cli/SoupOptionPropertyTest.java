package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** {@code bench --soup DENSITY[:SEED]}'s parser: any text gives a soup in range or one line, exit 2. */
class SoupOptionPropertyTest {

    @Property(tries = 2000)
    void anyTextIsASoupInRangeOrAOneLineUsageError(@ForAll String text) {
        try {
            BenchCommand.Soup s = BenchCommand.parseSoup(text);
            assertThat(s.density()).isBetween(0.0, 1.0);
        } catch (CliException e) {
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).startsWith("--soup ").doesNotContain("\n", "\r");
        }
    }

    @Property(tries = 500)
    void aDensityAndSeedReadBack(@ForAll @DoubleRange(min = 0, max = 1) double density, @ForAll long seed)
            throws CliException {
        assertThat(BenchCommand.parseSoup(density + ":" + seed)).isEqualTo(new BenchCommand.Soup(density, seed));
        assertThat(BenchCommand.parseSoup(" " + density + " ")).isEqualTo(new BenchCommand.Soup(density,
                BenchCommand.DEFAULT_SEED));
    }

    @Property(tries = 500)
    void densitiesOutsideZeroToOneAreRefused(@ForAll double density) {
        boolean inRange = density >= 0 && density <= 1;
        try {
            BenchCommand.parseSoup(Double.toString(density));
            assertThat(inRange).as("accepted %s", density).isTrue();
        } catch (CliException e) {
            assertThat(inRange).as("refused %s", density).isFalse();
            assertThat(e.getMessage()).contains("the density must be from 0 to 1");
        }
    }
}
