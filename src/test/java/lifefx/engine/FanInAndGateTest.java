package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The two waiting primitives the strategies share, on their own. */
class FanInAndGateTest {

    @Test
    void theFanInOpensWhenEveryTaskIsDoneOrAtTheFirstFailure() throws Exception {
        FanIn all = new FanIn(2);
        all.done();
        assertThat(all.stopping()).isFalse();
        all.done();
        assertTimeoutPreemptively(Duration.ofSeconds(10), all::await);
        assertThat(all.failure()).isNull();

        FanIn failing = new FanIn(3);
        IOException first = new IOException("first");
        failing.failed(first);
        failing.failed(new IOException("second"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), failing::await); // two tasks still out
        assertThat(failing.failure()).isSameAs(first);
        assertThat(failing.stopping()).isTrue();

        assertTimeoutPreemptively(Duration.ofSeconds(10), new FanIn(0)::await);
    }

    @Test
    void anInterruptIsOursOnlyWhenStopping() {
        FanIn unasked = new FanIn(1);
        InterruptedException e = new InterruptedException("from the cell");
        unasked.failed(e);
        assertThat(unasked.failure()).as("nobody stopped it: a failure").isSameAs(e);

        FanIn cancelled = new FanIn(1);
        cancelled.stop();
        cancelled.failed(new InterruptedException("ours"));
        assertThat(cancelled.failure()).as("our own cancellation").isNull();
        cancelled.failed(new IOException("still a failure"));
        assertThat(cancelled.failure()).hasMessage("still a failure");
    }

    @Test
    void closingTheGateWaitsForTheTaskInsideAndShutsTheDoor() throws Exception {
        TaskGate gate = new TaskGate();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        AtomicBoolean left = new AtomicBoolean();
        Thread task = Thread.ofPlatform().name("gate-task").start(() -> {
            assertThat(gate.enter()).isTrue();
            inside.countDown();
            try {
                leave.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            left.set(true);
            gate.exit();
        });
        inside.await();
        AtomicBoolean closed = new AtomicBoolean();
        Thread closer = Thread.ofPlatform().name("gate-closer").start(() -> {
            gate.close();
            closed.set(left.get()); // true only if close waited for the task to leave
        });
        // The closer cannot finish while the task is inside: it is still waiting after the task's
        // own latch is released, and only then returns, having seen the task leave.
        assertThat(closer.isAlive()).isTrue();
        leave.countDown();
        closer.join();
        task.join();
        assertThat(closed.get()).as("close() returned only after the task left").isTrue();
        assertThat(gate.enter()).as("a closed gate lets nobody in").isFalse();
    }
}
