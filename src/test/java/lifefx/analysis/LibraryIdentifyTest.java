package lifefx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lifefx.analysis.Identification.Type;
import lifefx.life.GridSize;
import lifefx.pattern.PatternLibrary;
import lifefx.universe.Universe;
import org.junit.jupiter.api.Test;

/**
 * Identify on every object of the built-in library whose description says what it is ("Still
 * life", "Oscillator of period N", "Spaceship"), on the plane and on a torus: 34 objects, so a
 * wrong period or type for any of them fails here, not only on the handful {@link IdentifyTest}
 * names.
 */
class LibraryIdentifyTest {

    private static final Pattern OSCILLATOR = Pattern.compile("^Oscillator of period (\\d+)");

    @Test
    void everyDescribedObjectIsIdentifiedAsItsDescriptionSays() throws Exception {
        List<String> checked = new ArrayList<>();
        for (PatternLibrary.Entry e : PatternLibrary.builtIn().entries()) {
            String d = e.description();
            Type type;
            int period;
            Matcher m = OSCILLATOR.matcher(d);
            if (d.startsWith("Still life")) {
                type = Type.STILL;
                period = 1;
            } else if (m.find()) {
                type = Type.OSCILLATOR;
                period = Integer.parseInt(m.group(1));
            } else if (d.startsWith("Spaceship")) {
                type = Type.SPACESHIP;
                period = -1;
            } else {
                continue;
            }
            for (boolean onTorus : new boolean[] {false, true}) {
                try (Universe u = onTorus ? Patterns.torus(e.pattern(), new GridSize(64, 80)) : Patterns.plane(e.pattern())) {
                    Identification id = Identify.run(u, 2000);
                    assertThat(id.type()).as("%s on %s: %s", e.name(), onTorus ? "a torus" : "the plane", d).isEqualTo(type);
                    if (period > 0) {
                        assertThat(id.period()).as("%s's period", e.name()).isEqualTo(period);
                    }
                }
            }
            checked.add(e.name());
        }
        assertThat(checked).as("the library's described objects").hasSizeGreaterThanOrEqualTo(30)
                .contains("block", "pulsar", "queen-bee-shuttle", "glider", "copperhead");
    }
}
