package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interrupting a pure-computation generation partway: the fast paths (the rule table, the packed
 * words) never call the cell logic, so only their per-row checks can notice a cancellation.
 */
class PureCancellationTest {

    /**
     * Pure Conway logic that says when a sweep has started: the sweeps ask for {@link #pureRule()}
     * as they begin, on the thread that will compute the rows.
     */
    private static final class Announcing implements CellLogic {
        final CountDownLatch started = new CountDownLatch(1);

        @Override
        public boolean next(boolean alive, int liveNeighbours) {
            return Rule.CONWAY.next(alive, liveNeighbours);
        }

        @Override
        public Rule pureRule() {
            started.countDown();
            return Rule.CONWAY;
        }
    }

    /**
     * Interrupts the stepping thread as soon as the sweep has begun. Each attempt either is
     * cancelled (InterruptedException, nothing returned) or, when the interrupt came too late,
     * returns the exact grid; the race is shown to have happened by at least one cancellation out
     * of a few attempts (a sweep of 4 million cells takes far longer than an interrupt).
     */
    @ParameterizedTest
    @ValueSource(strings = {"sequential", "bands", "packed"})
    void anInterruptPartwayThroughAPureGenerationCancelsIt(String name) throws Exception {
        Grid start = GenerationStrategyContract.soup(new GridSize(2000, 2000), 23, 0.35);
        Grid expected;
        try (GenerationStrategy packed = new PackedStrategy(new StrategyConfig(2))) {
            expected = packed.step(start, CellLogic.of(Rule.CONWAY));
        }
        int cancelled = 0;
        int late = 0;
        try (GenerationStrategy s = StrategyRegistry.get(name).create(new StrategyConfig(2))) {
            for (int attempt = 0; attempt < 5; attempt++) {
                Announcing logic = new Announcing();
                AtomicReference<Object> outcome = new AtomicReference<>();
                Thread stepper = Thread.ofPlatform().name("pure-stepper").start(() -> {
                    try {
                        outcome.set(s.step(start, logic));
                    } catch (Throwable e) {
                        outcome.set(e);
                    }
                    Thread.interrupted(); // a late interrupt must not leak into the next attempt
                });
                assertThat(logic.started.await(30, TimeUnit.SECONDS)).as("the sweep started").isTrue();
                stepper.interrupt();
                stepper.join(TimeUnit.SECONDS.toMillis(30));
                assertThat(stepper.isAlive()).as("step still running").isFalse();
                if (outcome.get() instanceof InterruptedException) {
                    cancelled++;
                } else {
                    assertThat(outcome.get()).as("a late interrupt may only let the exact grid through")
                            .isEqualTo(expected);
                    late++;
                }
            }
            // Nothing of the cancelled generations lingers.
            assertThat(s.step(start, CellLogic.of(Rule.CONWAY))).isEqualTo(expected);
        }
        System.out.printf("%s: %d of 5 interrupts landed partway, %d came after the sweep%n", name, cancelled, late);
        assertThat(cancelled).as("interrupts that landed partway and cancelled the generation").isPositive();
    }
}
