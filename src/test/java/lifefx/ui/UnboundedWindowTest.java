package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternReader;
import lifefx.pattern.Position;
import lifefx.sim.Settings;
import lifefx.sim.Snapshot;
import lifefx.universe.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window on the unbounded universe: open, fit, step sizes, saving with a position, switching universes. */
class UnboundedWindowTest {

    @TempDir
    Path dir;

    @Test
    void aFileWithoutATorusOpensUnboundedFitsAndStepsInPowersOfTwo() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(40, 40)), Settings.DEFAULT)) {
            Path rle = Files.writeString(dir.resolve("r.rle"), "#CXRLE Pos=1000000000000,-7\nx = 3, y = 3\nb2o$2o$bo!\n");
            FxTestSupport.onFx(() -> tw.window.files().openFile(rle)).get(20, TimeUnit.SECONDS);
            FxTestSupport.pulses(3);
            Snapshot s = tw.settle();
            assertThat(s.topology()).isEqualTo(Topology.PLANE);
            assertThat(s.strategy()).isEqualTo("hashlife");
            assertThat(s.isAlive(-7, 1_000_000_000_001L)).as("the file's own position").isTrue();
            Viewport v = tw.window.viewport();
            // Fitted: the pattern's cells are in view, far out as they are.
            assertThat(FxTestSupport.onFx(() -> v.colAt(v.viewWidth() / 2))).isBetween(1_000_000_000_000L,
                    1_000_000_000_002L);
            assertThat(FxTestSupport.onFx(v::zoom)).isEqualTo(Viewport.MAX_ZOOM);

            for (int i = 0; i < 10; i++) {
                FxTestSupport.runFx(() -> tw.window.run(Shortcut.STEP_BIGGER));
            }
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.STEP_SMALLER));
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.STEP));
            s = tw.settle();
            assertThat(s.stepExponent()).isEqualTo(9);
            assertThat(s.exactGeneration()).isEqualTo(BigInteger.valueOf(512));
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.STEP_BIGGER));
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.STEP_SMALLER));
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.STEP));
            s = tw.settle();
            assertThat(s.exactGeneration()).isEqualTo(BigInteger.valueOf(1024));
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.STEP));
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.STEP));
            s = tw.settle();
            // The R-pentomino settles at 116 cells by generation 1103 (it is 2048 now, still 116 plus gliders gone).
            assertThat(s.exactGeneration()).isEqualTo(BigInteger.valueOf(2048));
            assertThat(FxTestSupport.onFx(() -> tw.window.statusModel().sizeTextProperty().get()))
                    .isEqualTo("unbounded  ·  generation 2,048  ·  step 2^9 (512)");
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.FIT));
            FxTestSupport.pulses(2);
            assertThat(FxTestSupport.onFx(v::zoom)).as("the settled pattern and its gliders are wide").isLessThan(3);
        }
    }

    @Test
    void savingTheUnboundedUniverseWritesItsCellsWithTheirPosition() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(40, 40)), Settings.DEFAULT)) {
            FxTestSupport.runFx(() -> tw.model().newUniverse(Topology.PLANE));
            tw.settle();
            long far = -(1L << 40);
            FxTestSupport.runFx(() -> tw.model().paint(1, new long[] {far, far, far}, new long[] {5, 6, 7}, true));
            tw.settle();
            tw.prompts.toSave = dir.resolve("far");
            assertThat(FxTestSupport.onFx(() -> tw.window.files().save()).get(20, TimeUnit.SECONDS)).isTrue();
            Pattern back = PatternReader.read(dir.resolve("far.rle"));
            assertThat(back.population()).isEqualTo(3);
            assertThat(back.rule().torus()).isNull();
            assertThat(back.metadata().position()).isEqualTo(new Position(5, far));
            assertThat(Files.readString(dir.resolve("far.rle"))).contains("#CXRLE Pos=5," + far);
            // Opened again, it lands where it was.
            FxTestSupport.runFx(() -> tw.model().clear());
            tw.settle();
            FxTestSupport.onFx(() -> tw.window.files().openFile(dir.resolve("far.rle"))).get(20, TimeUnit.SECONDS);
            Snapshot s = tw.settle();
            assertThat(s.isAlive(far, 6)).isTrue();
            assertThat(s.population()).isEqualTo(3);
        }
    }

    @Test
    void theUniverseKeySwitchesToATorusAndBackKeepingTheCells() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.parseRows("----", "-**-", "-**-", "----"), Settings.DEFAULT)) {
            FxTestSupport.runFx(() -> tw.window.run(Shortcut.UNIVERSE));
            Snapshot s = tw.settle();
            assertThat(s.topology()).isEqualTo(Topology.PLANE);
            assertThat(s.population()).isEqualTo(4);
            assertThat(s.isAlive(1, 1)).isTrue();
            // The picker's torus strategies switch back to a torus around the pattern.
            FxTestSupport.runFx(() -> tw.model().setStrategy("queue"));
            s = tw.settle();
            assertThat(s.wraps()).isTrue();
            assertThat(s.strategy()).isEqualTo("queue");
            assertThat(s.torusSize()).contains(LifeModel.DEFAULT_SIZE);
            assertThat(s.population()).isEqualTo(4);
        }
    }

    @Test
    void aMacrocellFileOpensAsATreeAndSavesAsOneWithoutListingCells() throws Exception {
        // A glider gun a billion generations on: 166,666,713 cells, a few hundred nodes.
        lifefx.universe.HashLifeUniverse gun = new lifefx.universe.HashLifeUniverse(lifefx.life.Rule.CONWAY);
        int[] xy = {24, 0, 22, 1, 24, 1, 12, 2, 13, 2, 20, 2, 21, 2, 34, 2, 35, 2, 11, 3, 15, 3, 20, 3, 21, 3, 34, 3,
            35, 3, 0, 4, 1, 4, 10, 4, 16, 4, 20, 4, 21, 4, 0, 5, 1, 5, 10, 5, 14, 5, 16, 5, 17, 5, 22, 5, 24, 5, 10, 6,
            16, 6, 24, 6, 11, 7, 15, 7, 12, 8, 13, 8};
        for (int i = 0; i < xy.length; i += 2) {
            gun.set(xy[i], xy[i + 1], true);
        }
        gun.step(BigInteger.TEN.pow(9));
        Path mc = dir.resolve("gun.mc");
        lifefx.pattern.PatternWriter.writeFile(mc, gun.toMacrocell());
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(40, 40)), Settings.DEFAULT)) {
            // Already on the plane, so no change of universe triggers the fit: the load itself must.
            FxTestSupport.runFx(() -> tw.model().newUniverse(Topology.PLANE));
            tw.settle();
            FxTestSupport.pulses(3);
            FxTestSupport.onFx(() -> tw.window.files().openFile(mc)).get(20, TimeUnit.SECONDS);
            Snapshot s = tw.settle();
            assertThat(tw.prompts.errors).isEmpty();
            assertThat(s.topology()).isEqualTo(Topology.PLANE);
            assertThat(s.exactPopulation()).isEqualTo(BigInteger.valueOf(166_666_713));
            assertThat(s.exactGeneration()).isEqualTo(BigInteger.TEN.pow(9));
            FxTestSupport.pulses(3);
            assertThat(FxTestSupport.onFx(() -> tw.window.viewport().zoom())).as("fitted far out").isLessThan(-15);
            tw.prompts.toSave = dir.resolve("again.mc");
            assertThat(FxTestSupport.onFx(() -> tw.window.files().saveAs()).get(20, TimeUnit.SECONDS)).isTrue();
            lifefx.pattern.Macrocell back = PatternReader.readMacrocell(dir.resolve("again.mc"));
            assertThat(back.population()).isEqualTo(BigInteger.valueOf(166_666_713));
            assertThat(back.generation()).isEqualTo(BigInteger.TEN.pow(9));
            // The same tree, node for node (a digest would list 166 million cells).
            assertThat(back.withMetadata(lifefx.pattern.Metadata.EMPTY))
                    .isEqualTo(gun.toMacrocell().withMetadata(lifefx.pattern.Metadata.EMPTY));
        }
    }

    @Test
    void hugeRatesReadAsPowersOfTen() {
        assertThat(TimingOverlay.rate(1.4731e19)).isEqualTo("1.47 × 10^19");
        assertThat(TimingOverlay.rate(2.5e12)).isEqualTo("2.50 T");
        assertThat(StepText.format(0)).isEqualTo("1");
        assertThat(StepText.format(10)).isEqualTo("2^10 (1,024)");
        assertThat(StepText.format(64)).isEqualTo("2^64");
    }
}
