package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import lifefx.engine.StrategyConfig;
import lifefx.universe.TorusUniverse;
import org.junit.jupiter.api.Test;

/**
 * Playing on {@code packed} words, where a step is no longer followed by a snapshot: a step that
 * completes after a command cancelled it is rolled back from the universe's checkpoint (the array
 * the step read), and snapshots are published at most about once a frame. Neither may ever show a
 * cancelled generation, nor lose or bend one.
 */
class PackedPublishingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /**
     * Commands that cancel the generation in flight (threads 1 ↔ 2, pause, step), sent while
     * playing until some steps have completed after being cancelled (the race this is about, shown
     * by the loop's count). Every snapshot seen, in the order published, has a generation no lower
     * than the one before (a published cancelled generation would be followed by its predecessor),
     * and each is exactly the reference's at that generation.
     */
    @Test
    void aStepCancelledAfterItCompletedIsRolledBackAndNeverPublished() throws Exception {
        // A cancel that arrives while a generation computes on one thread does not stop it midway:
        // the generation completes and is then rolled back. So each command is sent once play has
        // visibly moved on (the loop is then stepping back to back).
        Grid start = Grids.random(new GridSize(400, 640), 0.35, 11, 0);
        List<Snapshot> seen = new ArrayList<>();
        try (Simulation sim = new Simulation(start, Settings.DEFAULT.withStrategy("packed").withThreads(1))) {
            Thread sampler = Thread.ofPlatform().name("sampler").start(() -> {
                long version = -1;
                while (!Thread.currentThread().isInterrupted()) {
                    Snapshot s = sim.latest();
                    if (s.version() != version) {
                        version = s.version();
                        synchronized (seen) {
                            seen.add(s);
                        }
                    }
                    Thread.onSpinWait();
                }
            });
            try {
                sim.play();
                int commands = 0;
                while ((sim.stepsRolledBack() < 5 || commands < 40) && commands < 2_000) {
                    long g = sim.latest().generation();
                    sim.await(x -> x.generation() > g, WAIT);
                    switch (commands % 4) {
                        case 0 -> sim.setThreads(2);
                        case 1 -> sim.setThreads(1);
                        default -> {
                            // A pause shows generation g; a single step then shows g + 1 exactly,
                            // also when the pause cancelled a step that had completed (kept, it
                            // would make the single step land on g + 2).
                            sim.pause();
                            Snapshot paused = sim.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                            sim.step();
                            Snapshot stepped = sim.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                            assertThat(stepped.generation()).as("a single step after a pause")
                                    .isEqualTo(paused.generation() + 1);
                            sim.play();
                        }
                    }
                    commands++;
                }
                sim.pause();
                Snapshot last = sim.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                System.out.println("PackedPublishingTest: " + commands + " cancelling commands, "
                        + sim.stepsRolledBack() + " completed steps rolled back, generation " + last.generation());
                assertThat(sim.stepsRolledBack()).as("the race happened: steps completed after being cancelled")
                        .isPositive();
                seen.add(last);
            } finally {
                sampler.interrupt();
                sampler.join();
            }
        }
        // Many generations: the reference is a torus of the same strategy stepped alone, with no
        // commands and no rollbacks (the kernel itself is checked against ReferenceLife elsewhere).
        try (TorusUniverse reference = new TorusUniverse(start, Rule.CONWAY, "packed", new StrategyConfig(1))) {
            long previous = -1;
            for (Snapshot s : seen) {
                assertThat(s.generation()).as("version %d: a cancelled generation is never published", s.version())
                        .isGreaterThanOrEqualTo(previous);
                // Each computed step counts one generation on from the one before it: a completed
                // step that was cancelled but kept would show as a step that skipped one.
                List<StepTiming> steps = s.timings().steps();
                for (int i = 1; i < steps.size(); i++) {
                    assertThat(steps.get(i).generation()).as("version %d: step %d of the timings", s.version(), i)
                            .isEqualTo(steps.get(i - 1).generation() + 1);
                }
                long behind = s.generation() - reference.generation().longValueExact();
                if (behind > 0) {
                    reference.step(BigInteger.valueOf(behind));
                }
                assertThat(s.grid().sameCells(reference.grid())).as("version %d, generation %d: exact", s.version(),
                        s.generation()).isTrue();
                previous = s.generation();
            }
        }
    }

    /**
     * While playing with no speed limit, snapshots are published about once a frame, not once a
     * generation: on a tiny torus that steps in microseconds, far fewer versions than generations.
     * (A count, not a time: publishing every generation would make them equal.) A pause still
     * shows the very last generation.
     */
    @Test
    void playingPublishesFarFewerSnapshotsThanGenerationsAndAPauseShowsTheLast() throws Exception {
        Grid start = Grids.random(new GridSize(16, 16), 0.35, 5, 0);
        try (Simulation sim = new Simulation(start, Settings.DEFAULT.withStrategy("packed").withThreads(1))) {
            long firstVersion = sim.latest().version();
            sim.play();
            Snapshot s = sim.await(x -> x.generation() >= 20_000, WAIT);
            assertThat(s.version() - firstVersion).as("versions published for %d generations", s.generation())
                    .isLessThan(s.generation() / 4);
            sim.pause();
            Snapshot paused = sim.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(paused.running()).isFalse();
            assertThat(paused.grid().sameCells(ReferenceLife.run(start, Rule.CONWAY, (int) paused.generation())))
                    .isTrue();
            assertThat(sim.latest().generation()).isEqualTo(paused.generation());
        }
    }
}
