package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternReader;
import lifefx.pattern.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} places a pattern by the same rule as the window ({@link Placement}). */
class RunPlacementTest {

    @TempDir
    Path dir;

    private static Grid written(Path out) throws Exception {
        Pattern back = PatternReader.read(out);
        return back.toGrid(back.rule().torus());
    }

    @Test
    void aRequestedTorusGetsThePatternCentred() throws Exception {
        Path glider = Files.writeString(dir.resolve("glider.rle"), "x = 3, y = 3\nbo$2bo$3o!\n");
        Path out = dir.resolve("out.rle");
        Cli r = Cli.run("run", glider.toString(), "--torus", "9x9", "--generations", "0", "--out", out.toString());
        assertThat(r.exitCode()).isZero();
        Grid g = written(out);
        Pattern p = PatternReader.read(glider);
        assertThat(g.sameCells(Placement.of(p, new GridSize(9, 9), null).place(p))).isTrue();
        // Centred: the glider's top-left cell (1, 0) of its box lands at row 3, column 4.
        assertThat(g.isAlive(3, 4)).isTrue();
        assertThat(g.isAlive(0, 1)).isFalse();
    }

    @Test
    void aTorusStrategyWithNoSizeGetsTheWindowsMargin() throws Exception {
        Path glider = Files.writeString(dir.resolve("glider.rle"), "x = 3, y = 3\nbo$2bo$3o!\n");
        Path out = dir.resolve("out.rle");
        Cli r = Cli.run("run", glider.toString(), "--strategy", "sequential", "--generations", "0", "--out",
                out.toString());
        assertThat(r.exitCode()).isZero();
        Grid g = written(out);
        assertThat(g.size()).isEqualTo(new GridSize(3 + 2 * Placement.MARGIN, 3 + 2 * Placement.MARGIN));
        Pattern p = PatternReader.read(glider);
        assertThat(g.sameCells(Placement.of(p, null, null).place(p))).isTrue();
        // A glider with room to fly: after 8 generations it is still 5 cells (on its own 3x3 box
        // torus, an older default, it would not be).
        assertThat(Cli.run("run", glider.toString(), "--strategy", "packed", "--generations", "8").lastLine())
                .isEqualTo("generation=8 population=5");
    }

    @Test
    void withNoTorusAndNoStrategyThePatternRunsOnThePlaneAtItsOwnCoordinates() throws Exception {
        Path glider = Files.writeString(dir.resolve("glider.rle"), "#CXRLE Pos=-7,3\nx = 3, y = 3\nbo$2bo$3o!\n");
        Path out = dir.resolve("out.rle");
        // 4 generations move a glider one cell right and one down, so its box moves by (1, 1).
        Cli r = Cli.run("run", glider.toString(), "--generations", "4", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text = Files.readString(out);
        assertThat(text).startsWith("#CXRLE Pos=-6,4\n").contains("x = 3, y = 3, rule = B3/S23\n", "bo$2bo$3o!");
    }
}
