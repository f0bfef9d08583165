package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.life.Grids;
import lifefx.sim.Settings;
import lifefx.sim.Simulation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The model alone, without a window: its properties follow the user's choices and the snapshots. */
class LifeModelTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private Simulation sim;

    @AfterEach
    void close() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void theStrategyShownIsTheLastChoiceAtOnceAndWhatRunsInTheEnd() throws Exception {
        // The picker sends a choice only when it differs from the model's strategy. The old model
        // kept showing the strategy of the newest snapshot, which lagged a slow generation behind:
        // after switching to thread-per-cell it still said "sequential", so switching back to
        // sequential looked like no change and was dropped, and thread-per-cell ran on.
        AtomicBoolean blocking = new AtomicBoolean();
        CountDownLatch release = new CountDownLatch(1);
        Settings settings = Settings.DEFAULT.withStrategy("sequential");
        sim = new Simulation(Grids.random(new GridSize(6, 6), 0.4, 1, 0), settings, rule -> (alive, n) -> {
            if (blocking.get()) {
                release.await();
            }
            return rule.next(alive, n);
        });
        LifeModel model = new LifeModel(sim, settings);
        model.play();
        sim.await(s -> s.generation() >= 2, WAIT);
        model.pulse();
        blocking.set(true);

        model.setStrategy("thread-per-cell");
        assertThat(model.strategyProperty().get()).as("shown at once").isEqualTo("thread-per-cell");
        sim.await(s -> s.strategy().equals("thread-per-cell"), WAIT);
        model.setStrategy("sequential");
        assertThat(model.strategyProperty().get()).isEqualTo("sequential");
        model.setThreads(3);
        model.setThreads(2);
        assertThat(model.threadsProperty().get()).as("threads shown at once").isEqualTo(2);

        blocking.set(false);
        release.countDown();
        long g = sim.latest().generation();
        sim.await(s -> s.strategy().equals("sequential") && s.generation() > g + 2, WAIT);
        model.pulse();
        assertThat(model.strategyProperty().get()).isEqualTo("sequential");
        assertThat(model.snapshot().stats().last().strategy()).as("what runs").isEqualTo("sequential");
        sim.await(s -> s.threads() == 2, WAIT);
        model.pulse();
        assertThat(model.threadsProperty().get()).isEqualTo(2);
    }

    @Test
    void undoOfALoadGivesBackTheTitleTheFileAndTheRule() throws Exception {
        Settings settings = Settings.DEFAULT;
        sim = new Simulation(Grid.empty(new GridSize(20, 20)), settings);
        LifeModel model = new LifeModel(sim, settings);
        Rule highLife = Rule.parse("B36/S23");
        Path file = Path.of("glider.rle");
        model.loadGrid(Grid.parseRows("-*-", "--*", "***"), highLife, file);
        assertThat(model.fileName()).isEqualTo("glider.rle");
        sim.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        model.pulse();
        assertThat(model.ruleProperty().get()).isEqualTo(highLife);

        model.undo();
        sim.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        model.pulse();
        assertThat(model.fileName()).isEqualTo("untitled");
        assertThat(model.fileProperty().get()).isNull();
        assertThat(model.ruleProperty().get()).isEqualTo(Rule.CONWAY);
        assertThat(model.titleProperty().get()).contains("untitled");

        model.redo();
        sim.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        model.pulse();
        assertThat(model.fileName()).isEqualTo("glider.rle");
        assertThat(model.fileProperty().get()).isEqualTo(file);
        assertThat(model.ruleProperty().get()).isEqualTo(highLife);
    }

    @Test
    void closingNeverWaitsForTheGenerationInFlight() throws Exception {
        // A cell that ignores interrupts and ends only once close() has returned: a close that
        // waits for the simulation would wait for the cell, which waits for the close. The old
        // model's close() did wait (up to 15 s); the guard below is a hang guard for that cycle.
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch closeReturned = new CountDownLatch(1);
        Settings settings = Settings.DEFAULT.withStrategy("sequential");
        sim = new Simulation(Grid.empty(new GridSize(4, 4)), settings, rule -> (alive, n) -> {
            entered.countDown();
            boolean interrupted = false;
            while (true) {
                try {
                    closeReturned.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                throw new InterruptedException();
            }
            return alive;
        });
        LifeModel model = new LifeModel(sim, settings);
        model.play();
        assertThat(entered.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), model::close);
        assertThat(sim.isClosed()).isTrue();
        assertThat(sim.closeAsync()).as("not ended while the cell still runs").isNotDone();
        closeReturned.countDown();
        assertThat(model.closeAsync()).succeedsWithin(WAIT);
        assertThat(sim.latest().generation()).as("the cancelled generation was not published").isZero();
    }
}
