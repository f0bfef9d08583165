package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import lifefx.life.CellLogic;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/**
 * {@link CellLogic#abort()} in socket mode, as a strategy being closed calls it: calls blocked in
 * a socket read on platform threads (where an interrupt does nothing to the read), and calls
 * waiting for a pooled connection, all fail at once with a line that says why; the logic stays
 * usable for later calls.
 */
class AbortTest {

    private static final Rule RULE = Rule.parse("B3/S23");

    /** Starts {@code n} platform threads that each make one call, and records what each call did. */
    private static List<Thread> callers(CellLogic logic, int n, AtomicReferenceArray<Object> outcomes) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int slot = i;
            threads.add(Thread.ofPlatform().name("test-caller-" + i).start(() -> {
                try {
                    outcomes.set(slot, logic.next(true, 3));
                } catch (Throwable e) {
                    outcomes.set(slot, e);
                }
            }));
        }
        return threads;
    }

    @Test
    void abortEndsCallsBlockedInReadsOnPlatformThreadsAndCallsWaitingForAConnection() throws Exception {
        // The service waits 30 s before it replies, and the read timeout is longer still: only
        // the abort can end these calls within the test's 10 s guard.
        CellIoMode.Socket slow = CellIoMode.Socket.withDelay(TimeUnit.SECONDS.toNanos(30)).withMaxConnections(3);
        try (CellIo io = CellIo.open(slow)) {
            CellLogic logic = io.logic(RULE);
            int calls = 5;
            AtomicReferenceArray<Object> outcomes = new AtomicReferenceArray<>(calls);
            List<Thread> threads = callers(logic, calls, outcomes);
            CellRuleService service = io.service().orElseThrow();
            Leaks.await("3 calls in the service's delay, 2 waiting for a connection",
                    () -> service.requestsInProgress().current() == 3 && io.waitingCalls() == 2);
            assertThat(io.busyConnections()).isEqualTo(3);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                logic.abort();
                for (Thread t : threads) {
                    t.join();
                }
            });
            for (int i = 0; i < calls; i++) {
                assertThat(outcomes.get(i)).as("call %d", i).isInstanceOf(CellIoException.class);
                assertThat(((Throwable) outcomes.get(i)).getMessage())
                        .startsWith("a call to the cell service at 127.0.0.1:")
                        .endsWith("was aborted: its strategy is being closed");
            }
            assertThat(io.meter().current()).isZero();
            assertThat(io.waitingCalls()).isZero();
            assertThat(io.busyConnections()).isZero();
            assertThat(io.openConnections()).as("aborted connections are closed, never reused").isZero();
            assertThat(service.isRunning()).as("an abort is not the service failing").isTrue();
        }
    }

    @Test
    void callsAfterAnAbortWorkAndIdleConnectionsStay() throws Exception {
        try (CellIo io = CellIo.open(CellIoMode.Socket.withDelay(0))) {
            CellLogic logic = io.logic(RULE);
            assertThat(logic.next(false, 3)).isTrue();
            assertThat(io.openConnections()).isEqualTo(1);
            logic.abort();
            assertThat(io.openConnections()).as("an idle connection is no call in progress").isEqualTo(1);
            assertThat(logic.next(true, 2)).isTrue();
            assertThat(logic.next(true, 1)).isFalse();
            assertThat(io.service().orElseThrow().acceptedConnections()).isEqualTo(1);
        }
    }

    @Test
    void latencyLogicPassesTheAbortOn() throws Exception {
        int[] aborted = new int[1];
        CellLogic inner = new CellLogic() {
            @Override
            public boolean next(boolean alive, int liveNeighbours) {
                return alive;
            }

            @Override
            public void abort() {
                aborted[0]++;
            }
        };
        try (CellIo io = CellIo.open(new CellIoMode.Latency(1000, 0, 0))) {
            io.wrap(inner).abort();
        }
        assertThat(aborted[0]).isEqualTo(1);
    }
}
