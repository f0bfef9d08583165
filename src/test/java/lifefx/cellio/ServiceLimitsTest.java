package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lifefx.cellio.CellRuleServiceTest.RawClient;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/**
 * Another local process holding idle connections must not starve the app: the service holds at
 * most its cap of connections (the one idle longest makes room for a newcomer), refuses with an
 * {@code ERR} line only when every connection is busy, and closes connections that stay idle past
 * its timeout; the pool's own calls keep being answered throughout.
 */
class ServiceLimitsTest {

    private static final Rule RULE = Rule.parse("B36/S23");

    @Test
    void moreIdleConnectionsThanTheCapDoNotStarveThePool() throws Exception {
        int cap = 20;
        int hogs = 50;
        try (CellRuleService service = CellRuleService.start(TimeUnit.MILLISECONDS.toNanos(1), cap,
                CellRuleService.DEFAULT_IDLE_TIMEOUT)) {
            List<RawClient> idle = new ArrayList<>();
            try {
                for (int i = 0; i < hogs; i++) {
                    idle.add(new RawClient(service.address()));
                }
                Leaks.await("the service made room for every newcomer",
                        () -> service.connectionsEvicted() == hogs - cap);
                assertThat(service.peakConnections()).as("connections held at once").isLessThanOrEqualTo(cap);
                // The first ones in were idle longest, so they went first: closed, with no line.
                for (RawClient c : idle.subList(0, hogs - cap)) {
                    assertThat(c.readLine()).as("an evicted connection ends").isNull();
                }

                Grid start = GenerationStrategyContract.soup(new GridSize(12, 12), 31, 0.4);
                CellIoMode.Socket mode = CellIoMode.Socket.withDelay(service.delayNanos()).withMaxConnections(8);
                try (CellIo io = CellIo.connect(mode, service.address());
                     GenerationStrategy s = StrategyRegistry.get("virtual-threads").create(StrategyConfig.DEFAULT)) {
                    CellLogic logic = io.logic(RULE);
                    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                        Grid g = start;
                        for (int i = 0; i < 3; i++) {
                            g = s.step(g, logic);
                        }
                        assertThat(g).isEqualTo(ReferenceLife.run(start, RULE, 3));
                    });
                    assertThat(io.peakConnections()).isBetween(1, 8);
                }
                assertThat(service.peakConnections()).isLessThanOrEqualTo(cap);
                assertThat(service.connectionsRefused()).as("refused while some connection was idle").isZero();
                assertThat(service.notices()).anyMatch(n -> n.contains(cap + " connections open, the most it holds"));
            } finally {
                for (RawClient c : idle) {
                    c.close();
                }
            }
        }
    }

    /**
     * The case: 500 idle connections from another local client. The app's own service
     * holds at most its pool's cap plus the headroom, so its descriptors stay bounded, and the
     * pool's calls are answered all along.
     */
    @Test
    void fiveHundredIdleClientsAgainstTheAppsOwnService() throws Exception {
        try (CellIo io = CellIo.open(CellIoMode.Socket.withDelay(0).withMaxConnections(4));
             GenerationStrategy s = StrategyRegistry.get("thread-pool").create(new StrategyConfig(4))) {
            CellRuleService service = io.service().orElseThrow();
            int cap = service.maxConnections();
            assertThat(cap).isEqualTo(4 + CellRuleService.FOREIGN_HEADROOM);
            CellLogic logic = io.logic(RULE);
            Grid start = GenerationStrategyContract.soup(new GridSize(10, 10), 77, 0.4);
            Grid one = s.step(start, logic);
            List<RawClient> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 500; i++) {
                    idle.add(new RawClient(service.address()));
                }
                Leaks.await("every idle client beyond the cap made room for the next",
                        () -> service.acceptedConnections() - service.connectionsEvicted() <= cap);
                assertThat(service.peakConnections()).isLessThanOrEqualTo(cap);
                assertThat(service.openConnections()).isLessThanOrEqualTo(cap);
                assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                        assertThat(s.step(one, logic)).isEqualTo(ReferenceLife.run(start, RULE, 2)));
                assertThat(service.peakConnections()).isLessThanOrEqualTo(cap);
            } finally {
                for (RawClient c : idle) {
                    c.close();
                }
            }
        }
    }

    @Test
    void aNewcomerIsRefusedWithAnErrLineOnlyWhenEveryConnectionIsBusy() throws Exception {
        try (CellRuleService service = CellRuleService.start(TimeUnit.SECONDS.toNanos(30), 2,
                CellRuleService.DEFAULT_IDLE_TIMEOUT);
             RawClient a = new RawClient(service.address());
             RawClient b = new RawClient(service.address())) {
            a.send("1 3 B3/S23\n");
            b.send("0 3 B3/S23\n");
            Leaks.await("both requests are in the service's delay",
                    () -> service.requestsInProgress().current() == 2);
            try (RawClient c = new RawClient(service.address())) {
                assertThat(c.readLine()).isEqualTo("ERR the cell service is full: 2 connections open, all busy;"
                        + " try again later");
                assertThat(c.readLine()).isNull();
            }
            assertThat(service.connectionsRefused()).isEqualTo(1);
            assertThat(service.connectionsEvicted()).isZero();
            assertThat(service.openConnections()).isEqualTo(2);
        }
    }

    @Test
    void idleConnectionsAreClosedAfterTheTimeoutAndThePoolCarriesOn() throws Exception {
        try (CellRuleService service = CellRuleService.start(0, 100, Duration.ofMillis(300));
             CellIo io = CellIo.connect(CellIoMode.Socket.withDelay(0), service.address())) {
            CellLogic logic = io.logic(RULE);
            assertThat(logic.next(false, 6)).isTrue();
            assertThat(io.openConnections()).isEqualTo(1);
            List<RawClient> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    idle.add(new RawClient(service.address()));
                }
                // A blocking read is the wait: it ends when the service closes the connection
                // (the client's 5 s read timeout is only a hang guard, and would fail the test).
                for (RawClient c : idle) {
                    assertThat(c.readLine()).as("an idle connection is closed, with no line").isNull();
                }
            } finally {
                for (RawClient c : idle) {
                    c.close();
                }
            }
            Leaks.await("the pool's own idle connection was closed too",
                    () -> service.idleConnectionsClosed() == 6);
            Leaks.awaitAtMost("connections the service holds", service::openConnections, 0);
            // The pooled connection is stale now; the call finds out and uses a new one.
            assertThat(io.openConnections()).isEqualTo(1);
            assertThat(logic.next(true, 2)).isTrue();
            assertThat(logic.next(true, 4)).isFalse();
            assertThat(service.acceptedConnections()).isEqualTo(1 + 5 + 1);
            assertThat(io.openConnections()).isEqualTo(1);
        }
    }

    @Test
    void badLimitsAreRefusedWithOneLine() {
        assertThatThrownBy(() -> CellRuleService.start(0, 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the service's connection cap must be at least 1, got 0");
        assertThatThrownBy(() -> CellRuleService.start(0, 10, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the service's idle timeout must be at least 1 ms");
    }

    @Test
    void aServiceStartedForAPoolLeavesHeadroomForOtherClients() throws Exception {
        try (CellIo io = CellIo.open(CellIoMode.Socket.withDelay(0).withMaxConnections(10))) {
            CellRuleService service = io.service().orElseThrow();
            assertThat(io.connectionCap()).isEqualTo(10);
            assertThat(service.maxConnections()).isEqualTo(10 + CellRuleService.FOREIGN_HEADROOM);
            assertThat(service.idleTimeout()).isEqualTo(CellRuleService.DEFAULT_IDLE_TIMEOUT);
        }
    }
}
