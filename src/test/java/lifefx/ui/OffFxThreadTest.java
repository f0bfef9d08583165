package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.input.ClipboardContent;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternFormatException;
import lifefx.pattern.PatternReader;
import lifefx.sim.Settings;
import lifefx.sim.Simulation;
import lifefx.sim.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving, pasting, opening and closing never hold the FX thread. Each test blocks the slow part
 * (the writer, the parser, the simulation's close) on a latch that only a runnable <em>on the FX
 * thread</em> releases: the work finishes only because the FX thread kept running while it was in
 * progress. Each also checks where the slow part ran and that the result arrived.
 */
class OffFxThreadTest {

    @TempDir
    Path dir;

    /** Pattern files whose every call waits for {@link #release} first, recording its thread. */
    static final class BlockingFiles implements PatternFiles {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicReference<Boolean> ranOnFx = new AtomicReference<>();

        private void block() throws IOException {
            ranOnFx.set(Platform.isFxApplicationThread());
            entered.countDown();
            try {
                // A hang guard: on a build that wrongly calls this on the FX thread, nobody can
                // release it, and the test must fail rather than hang.
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new IOException("nobody released the blocked call");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        @Override
        public Pattern read(Path file) throws PatternFormatException {
            try {
                block();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return STANDARD.read(file);
        }

        @Override
        public Pattern parse(String text, String source) throws PatternFormatException {
            try {
                block();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return STANDARD.parse(text, source);
        }

        @Override
        public void write(Path target, Pattern pattern) throws IOException {
            block();
            STANDARD.write(target, pattern);
        }
    }

    /**
     * Runs on the FX thread, after {@code files} has entered its blocked call: records whether
     * {@code work} was still in progress, then lets it go on.
     */
    private static boolean fxRanWhileInProgress(BlockingFiles files, CompletableFuture<?> work) throws Exception {
        assertThat(files.entered.await(20, TimeUnit.SECONDS)).as("the slow call started").isTrue();
        return FxTestSupport.onFx(() -> {
            boolean inProgress = !work.isDone();
            files.release.countDown();
            return inProgress;
        });
    }

    @Test
    void aSaveOnABlockedWriterLeavesTheFxThreadFreeAndTheResultArrives() throws Exception {
        BlockingFiles files = new BlockingFiles();
        Grid start = TestWindow.soup(new GridSize(30, 40), 0.3, 11);
        try (TestWindow tw = TestWindow.open(() -> new LifeModel(start, Settings.DEFAULT), files)) {
            FxTestSupport.runFx(() -> tw.model().step());
            Snapshot saved = tw.settle();
            tw.prompts.toSave = dir.resolve("slow.rle");
            CompletableFuture<Boolean> save = FxTestSupport.onFx(() -> tw.window.files().save());
            assertThat(files.entered.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(FxTestSupport.onFx(() -> tw.window.statusModel().activityProperty().get()))
                    .isEqualTo("Saving slow.rle…");
            assertThat(fxRanWhileInProgress(files, save)).as("the FX thread ran while the save was blocked").isTrue();
            assertThat(save.get(20, TimeUnit.SECONDS)).isTrue();
            assertThat(files.ranOnFx.get()).as("the writer ran on the FX thread").isFalse();
            Pattern back = PatternReader.read(dir.resolve("slow.rle"));
            assertThat(back.toGrid(back.naturalSize()).sameCells(saved.grid())).isTrue();
            assertThat(FxTestSupport.onFx(() -> tw.model().isDirty())).isFalse();
            assertThat(FxTestSupport.onFx(() -> tw.window.statusModel().activityProperty().get())).isEmpty();
        }
    }

    @Test
    void aFailedSaveBecomesAOneLineNotice() throws Exception {
        try (TestWindow tw = TestWindow.open(Grid.empty(new GridSize(10, 10)), Settings.DEFAULT)) {
            Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
            tw.prompts.toSave = blocker.resolve("inside.rle");
            boolean ok = FxTestSupport.onFx(() -> tw.window.files().saveAs()).get(20, TimeUnit.SECONDS);
            assertThat(ok).isFalse();
            String notice = FxTestSupport.onFx(() -> tw.window.statusModel().noticeProperty().get());
            assertThat(notice).startsWith("Cannot save inside.rle: ").contains("inside.rle").doesNotContain("\n");
            assertThat(tw.prompts.errors).hasSize(1);
        }
    }

    @Test
    void aHugePasteIsParsedOffTheFxThreadAndLoads() throws Exception {
        BlockingFiles files = new BlockingFiles();
        // About 700 KB of RLE: a 1000 x 1000 soup.
        Grid soup = TestWindow.soup(new GridSize(1000, 1000), 0.4, 5);
        String text = lifefx.pattern.PatternWriter.write(Pattern.fromGrid(soup, Rule.CONWAY),
                lifefx.pattern.PatternFormat.RLE);
        assertThat(text.length()).isGreaterThan(500_000);
        try (TestWindow tw = TestWindow.open(() -> new LifeModel(Grid.empty(new GridSize(20, 20)), Settings.DEFAULT),
                files)) {
            CompletableFuture<Void> paste = FxTestSupport.onFx(() -> {
                ClipboardContent c = new ClipboardContent();
                c.putString(text);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
                return tw.window.files().paste();
            });
            assertThat(fxRanWhileInProgress(files, paste)).as("the FX thread ran while the paste was parsed").isTrue();
            paste.get(30, TimeUnit.SECONDS);
            assertThat(files.ranOnFx.get()).isFalse();
            Snapshot s = tw.settle();
            assertThat(s.population()).isEqualTo(soup.population());
            assertThat(tw.model().fileName()).isEqualTo("clipboard");
            assertThat(tw.prompts.errors).isEmpty();
        }
    }

    @Test
    void openingAFileReadsItOffTheFxThread() throws Exception {
        BlockingFiles files = new BlockingFiles();
        Path glider = Files.writeString(dir.resolve("glider.rle"), "x = 3, y = 3\nbo$2bo$3o!\n");
        try (TestWindow tw = TestWindow.open(() -> new LifeModel(Grid.empty(new GridSize(40, 40)), Settings.DEFAULT),
                files)) {
            CompletableFuture<Void> open = FxTestSupport.onFx(() -> tw.window.files().openFile(glider));
            assertThat(fxRanWhileInProgress(files, open)).isTrue();
            open.get(20, TimeUnit.SECONDS);
            assertThat(files.ranOnFx.get()).isFalse();
            assertThat(tw.settle().population()).isEqualTo(5);
        }
    }

    @Test
    void closingTheWindowDoesNotWaitForTheSimulationOnTheFxThread() throws Exception {
        // A cell call that ignores interrupts, as a read on a blocked socket does: the simulation
        // cannot end before the test lets the call go.
        CountDownLatch inCall = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        AtomicBoolean armed = new AtomicBoolean(true);
        CellLogic stuck = (alive, n) -> {
            if (armed.get()) {
                inCall.countDown();
                boolean interrupted = false;
                while (true) {
                    try {
                        if (letGo.await(30, TimeUnit.SECONDS)) {
                            break;
                        }
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            return Rule.CONWAY.next(alive, n);
        };
        Settings settings = Settings.DEFAULT.withStrategy("sequential");
        Grid start = Grid.empty(new GridSize(8, 8));
        TestWindow tw = TestWindow.open(() -> new LifeModel(new Simulation(start, settings, r -> stuck), settings),
                PatternFiles.STANDARD);
        FxTestSupport.runFx(() -> tw.model().play());
        assertThat(inCall.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> closed = FxTestSupport.onFx(() -> {
            tw.window.run(Shortcut.QUIT);
            return tw.window.dispose();
        });
        // This runs on the FX thread; only it lets the stuck call go.
        boolean closingWhileFxRan = FxTestSupport.onFx(() -> {
            boolean stillClosing = !closed.isDone() && !tw.model().simulation().isTerminated();
            armed.set(false);
            letGo.countDown();
            return stillClosing;
        });
        assertThat(closingWhileFxRan).as("the FX thread ran while the simulation was closing").isTrue();
        assertThat(FxTestSupport.onFx(() -> tw.window.stage().isShowing())).isFalse();
        closed.get(30, TimeUnit.SECONDS);
        assertThat(tw.model().simulation().isTerminated()).isTrue();
    }
}
