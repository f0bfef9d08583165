package lifefx.analysis;

import java.nio.file.Path;
import lifefx.engine.StrategyConfig;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternLibrary;
import lifefx.pattern.PatternReader;
import lifefx.pattern.Placement;
import lifefx.sim.PatternCells;
import lifefx.universe.TorusUniverse;
import lifefx.universe.Universe;

/** Patterns of the library and the fixtures, put in either universe, for the analysis tests. */
final class Patterns {

    private Patterns() {
    }

    static Pattern library(String name) {
        try {
            return PatternLibrary.builtIn().pattern(name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Pattern file(Path path) {
        try {
            return PatternReader.read(path);
        } catch (Exception e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    static Universe plane(Pattern p) {
        return PatternCells.planeUniverse(p, p.rule().withoutTorus());
    }

    /** {@code p} centred on a torus of {@code size} (the pattern's own {@code :T} size when null). */
    static Universe torus(Pattern p, GridSize size) {
        Placement at = Placement.of(p, size, null);
        Rule r = p.rule().withoutTorus();
        return new TorusUniverse(at.place(p), r, "packed", new StrategyConfig(1));
    }
}
