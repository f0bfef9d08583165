package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The sticky cancel requests, driven from the test thread as the stepping thread. */
class CommandQueueTest {

    private final CommandQueue q = new CommandQueue();

    @Test
    void aCancelSentBeforeTheStepBeginsStopsItFromStarting() throws Exception {
        // The window the old code missed: the loop has looked at the queue and found it empty, and
        // is about to begin a generation, when a pause arrives. Nobody is stepping yet, so there is
        // nobody to interrupt; the request must still stop the generation from starting.
        assertThat(q.poll()).isNull();
        q.send(new Command.Pause());
        assertThat(q.beginStep(true)).as("a generation of play after a pause was sent").isFalse();
        assertThat(q.poll()).isInstanceOf(Command.Pause.class);
        assertThat(q.beginStep(true)).as("once the pause was taken").isTrue();
        assertThat(q.endStep()).isFalse();
    }

    @Test
    void aPauseLetsASingleStepFinishButResetLoadAndCloseDoNot() throws Exception {
        q.send(new Command.Pause());
        q.send(new Command.SetStrategy("sequential"));
        assertThat(q.beginStep(false)).as("a single step is not play").isTrue();
        assertThat(q.endStep()).isFalse();
        q.poll();
        q.poll();
        for (Command c : new Command[] {new Command.Reset(), new Command.Close(),
                new Command.Load(lifefx.universe.Topology.PLANE, lifefx.universe.Universes.empty(lifefx.universe.Topology.PLANE), null, null)}) {
            q.send(c);
            assertThat(q.beginStep(false)).as("a single step after %s", c).isFalse();
            assertThat(q.beginStep(true)).as("play after %s", c).isFalse();
            assertThat(q.poll()).isSameAs(c);
            assertThat(q.beginStep(false)).isTrue();
            q.endStep();
        }
    }

    @Test
    void commandsThatWaitForTheBoundaryCancelNothing() {
        q.send(new Command.SetSpeed(5));
        q.send(new Command.Paint(1, new long[] {0}, new long[] {0}, true));
        assertThat(q.beginStep(true)).isTrue();
        assertThat(q.endStep()).isFalse();
    }

    @Test
    void aCancelSentDuringTheStepInterruptsItOnceAndTheInterruptDoesNotOutliveIt() throws Exception {
        CountDownLatch inStep = new CountDownLatch(1);
        boolean[] seen = new boolean[4];
        Thread stepper = Thread.ofVirtual().start(() -> {
            seen[0] = q.beginStep(true);
            inStep.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                java.util.concurrent.locks.LockSupport.park(); // returns when interrupted
            }
            seen[1] = q.endStep();
            seen[2] = Thread.currentThread().isInterrupted();
            q.poll();
            q.poll();
            seen[3] = q.beginStep(true) && !q.endStep();
        });
        assertThat(inStep.await(10, TimeUnit.SECONDS)).isTrue();
        q.send(new Command.Pause());
        q.send(new Command.StepOnce());
        stepper.join(10_000);
        assertThat(stepper.isAlive()).as("the step was interrupted").isFalse();
        assertThat(seen[0]).isTrue();
        assertThat(seen[1]).as("the step knows it was cancelled").isTrue();
        assertThat(seen[2]).as("no interrupt left for the next generation").isFalse();
        assertThat(seen[3]).as("the next generation starts and is not cancelled").isTrue();
    }

    @Test
    void afterShutNothingIsQueuedAndWhatWasLeftIsReturned() {
        q.send(new Command.Play());
        assertThat(q.shut()).hasSize(1);
        assertThat(q.send(new Command.Pause())).isFalse();
        assertThat(q.poll()).isNull();
    }
}
