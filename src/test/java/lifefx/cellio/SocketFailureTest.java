package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StepFailedException;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What happens when the cell service dies or stalls in the middle of a run: the generation in
 * flight fails with one clear line, the previous generation stays current, and once everything is
 * closed no socket, descriptor or thread is left.
 */
class SocketFailureTest {

    private static final Rule RULE = Rule.parse("B36/S23");

    static java.util.List<String> strategies() {
        return StrategyRegistry.names();
    }

    /**
     * The JDK opens a few descriptors on first network use (the virtual-thread pollers' epoll
     * instances, for one) and keeps them; use the network once so they are in every baseline.
     */
    @BeforeAll
    static void warmUpTheNetworkStack() throws Exception {
        for (String name : new String[] {"sequential", "virtual-threads", "thread-pool"}) {
            try (CellIo io = CellIo.open(CellIoMode.Socket.withDelay(0));
                 GenerationStrategy s = StrategyRegistry.get(name).create(new StrategyConfig(3))) {
                s.step(GenerationStrategyContract.soup(new GridSize(4, 4), 1, 0.5), io.logic(RULE));
            }
        }
    }

    /** The loop a simulation runs: replace the current generation only with a finished one. */
    private static final class Run {
        Grid current;
        StepFailedException failure;

        Run(Grid start) {
            current = start;
        }

        void steps(GenerationStrategy s, CellLogic logic, int max) throws InterruptedException {
            for (int i = 0; i < max; i++) {
                try {
                    current = s.step(current, logic);
                } catch (StepFailedException e) {
                    failure = e;
                    return;
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void killingTheServiceMidGenerationFailsThatGenerationAndLeavesNothingOpen(String name) throws Exception {
        int fds = Leaks.openFds();
        int threads = Leaks.lifefxThreads();
        Grid start = GenerationStrategyContract.soup(new GridSize(12, 12), 21, 0.4);
        int cells = start.size().cells();
        CellIo io = CellIo.open(CellIoMode.Socket.withDelay(TimeUnit.MILLISECONDS.toNanos(1)));
        CellRuleService service = io.service().orElseThrow();
        int port = service.address().getPort();
        // Generations 1 and 2 make 2 × cells calls; the call halfway into generation 3 stops the
        // service itself, so the stop certainly lands mid-generation, whatever the strategy's order.
        long killAt = 2L * cells + cells / 2;
        AtomicLong calls = new AtomicLong();
        CellLogic socket = io.logic(RULE);
        CellLogic killing = (alive, n) -> {
            if (calls.incrementAndGet() == killAt) {
                service.close();
            }
            return socket.next(alive, n);
        };
        Run run = new Run(start);
        GenerationStrategy s = StrategyRegistry.get(name).create(new StrategyConfig(3));
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run.steps(s, killing, 6));
            assertThat(run.failure).as("a generation failed").isNotNull();
            assertThat(run.failure.getMessage())
                    .startsWith(name + ": generation 3 failed: ")
                    .contains("cell service at 127.0.0.1:" + port)
                    .doesNotContain("\n");
            assertThat(run.current.generation()).as("the previous generation stays current").isEqualTo(2);
            assertThat(run.current).isEqualTo(ReferenceLife.run(start, RULE, 2));
            assertThat(io.openConnections()).as("client sockets left in the pool after the failure").isZero();

            // The service stays down: the next attempt fails at once with a clear line too.
            AtomicReference<Throwable> again = new AtomicReference<>();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    s.step(run.current, socket);
                } catch (Throwable e) {
                    again.set(e);
                }
            });
            assertThat(again.get()).isInstanceOf(StepFailedException.class)
                    .hasMessageContaining("generation 3 failed: cannot connect to the cell service at 127.0.0.1:" + port)
                    .hasMessageContaining("(is the service running?)");
        } finally {
            s.close();
            io.close();
        }
        assertThat(service.liveThreads()).as("service threads").isZero();
        assertThat(service.openConnections()).as("service connections").isZero();
        Leaks.awaitAtMost("open file descriptors after close", Leaks::openFds, fds);
        Leaks.awaitAtMost("live lifefx- threads after close", Leaks::lifefxThreads, threads);
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void aCallThatTimesOutFailsTheGenerationWithTheTimeoutInTheMessage(String name) throws Exception {
        int fds = Leaks.openFds();
        int threads = Leaks.lifefxThreads();
        Grid start = GenerationStrategyContract.soup(new GridSize(3, 4), 8, 0.5);
        CellIoMode.Socket slow = CellIoMode.Socket.withDelay(TimeUnit.SECONDS.toNanos(20))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(150));
        CellIo io = CellIo.open(slow);
        Run run = new Run(start);
        try (GenerationStrategy s = StrategyRegistry.get(name).create(new StrategyConfig(2))) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run.steps(s, io.logic(RULE), 1));
        } finally {
            io.close();
        }
        assertThat(run.failure).isNotNull();
        assertThat(run.failure.getMessage())
                .isEqualTo(name + ": generation 1 failed: the cell service at "
                        + "127.0.0.1:" + io.service().orElseThrow().address().getPort()
                        + " did not reply within 150 ms (read timeout)");
        assertThat(run.current).isSameAs(start);
        assertThat(io.service().orElseThrow().liveThreads()).isZero();
        Leaks.awaitAtMost("open file descriptors after close", Leaks::openFds, fds);
        Leaks.awaitAtMost("live lifefx- threads after close", Leaks::lifefxThreads, threads);
    }

    @Test
    void aServiceStoppedBetweenGenerationsFailsTheNextOneClearly() throws Exception {
        Grid start = GenerationStrategyContract.soup(new GridSize(8, 8), 3, 0.4);
        try (CellIo io = CellIo.open(CellIoMode.Socket.withDelay(0));
             GenerationStrategy s = StrategyRegistry.get("virtual-threads").create(new StrategyConfig(2))) {
            CellLogic logic = io.logic(RULE);
            Grid one = s.step(start, logic);
            assertThat(io.openConnections()).as("pooled connections kept between generations").isPositive();
            io.service().orElseThrow().close();
            assertThatThrownBy(() -> s.step(one, logic))
                    .isInstanceOf(StepFailedException.class)
                    .hasMessageStartingWith("virtual-threads: generation 2 failed: ")
                    .hasMessageContaining("cell service at 127.0.0.1:")
                    .hasMessageNotContaining("\n");
            assertThat(io.openConnections()).isZero();
        }
    }

    @Test
    void oneFailedCallOnADeadServiceClosesEveryIdleConnection() throws Exception {
        Grid start = GenerationStrategyContract.soup(new GridSize(8, 8), 3, 0.4);
        try (CellIo io = CellIo.open(CellIoMode.Socket.withDelay(TimeUnit.MILLISECONDS.toNanos(20)));
             GenerationStrategy wide = StrategyRegistry.get("virtual-threads").create(StrategyConfig.DEFAULT);
             GenerationStrategy narrow = StrategyRegistry.get("sequential").create(StrategyConfig.DEFAULT)) {
            CellLogic logic = io.logic(RULE);
            Grid one = wide.step(start, logic);
            int pooled = io.openConnections();
            assertThat(pooled).as("a connection per overlapping call").isGreaterThan(10);
            io.service().orElseThrow().close();
            // sequential fails on its first call; the other idle connections go to the same dead
            // service and must not be left open until close(). (The pooled connection it takes
            // first is found closed, which could also be the service's idle timeout: the call
            // tries a new connection, and that one is refused.)
            assertThatThrownBy(() -> narrow.step(one, logic)).isInstanceOf(StepFailedException.class)
                    .hasMessageStartingWith("sequential: generation 2 failed: cannot connect to the cell service at 127.0.0.1:")
                    .hasMessageEndingWith("(is the service running?)");
            assertThat(io.meter().calls()).isEqualTo(64 + 1);
            assertThat(io.openConnections()).isZero();
        }
    }

    @Test
    void closingWhileACallWaitsEndsTheCallAtOnce() throws Exception {
        CellIo io = CellIo.open(CellIoMode.Socket.withDelay(TimeUnit.SECONDS.toNanos(30)));
        CellLogic logic = io.logic(RULE);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().name("test-caller").start(() -> {
            try {
                logic.next(true, 3);
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        Leaks.await("the call reached the service",
                () -> io.service().orElseThrow().requestsInProgress().current() == 1);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            io.close();
            caller.join();
        });
        assertThat(outcome.get()).isInstanceOf(CellIoException.class).hasMessageContaining("127.0.0.1:");
        assertThat(io.meter().current()).isZero();
        assertThatThrownBy(() -> logic.next(true, 3)).isInstanceOf(CellIoException.class)
                .hasMessageContaining("socket I/O was closed");
    }

    @Test
    void cancellingAVirtualThreadBlockedOnARead() throws Exception {
        try (CellIo io = CellIo.open(CellIoMode.Socket.withDelay(TimeUnit.SECONDS.toNanos(30)));
             GenerationStrategy s = StrategyRegistry.get("virtual-threads").create(new StrategyConfig(2))) {
            Grid start = GenerationStrategyContract.soup(new GridSize(5, 5), 4, 0.5);
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            Thread stepper = Thread.ofPlatform().name("test-stepper").start(() -> {
                try {
                    s.step(start, io.logic(RULE));
                } catch (Throwable e) {
                    outcome.set(e);
                }
            });
            Leaks.await("all calls reached the service",
                    () -> io.service().orElseThrow().requestsInProgress().current() == 25);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                stepper.interrupt();
                stepper.join();
            });
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            assertThat(io.meter().current()).isZero();
            assertThat(io.openConnections()).as("interrupted reads close their connections").isZero();
        }
    }
}
