package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.GenerationStrategyContract;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CellIoTest {

    static java.util.List<String> strategies() {
        return StrategyRegistry.names();
    }

    /** Runs {@code generations} steps of {@code strategy} with this I/O. */
    private static Grid run(String strategy, CellIoMode mode, Grid start, Rule rule, int generations, int threads)
            throws Exception {
        try (CellIo io = CellIo.open(mode);
             GenerationStrategy s = StrategyRegistry.get(strategy).create(new StrategyConfig(threads))) {
            return GenerationStrategyContract.run(s, start, io.logic(rule), generations);
        }
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void everyIoModeGivesTheGridThatNoneGives(String strategy) throws Exception {
        Grid start = GenerationStrategyContract.soup(new GridSize(17, 29), 1234, 0.37);
        Rule rule = Rule.parse("B3678/S34678"); // Day & Night: busy, so a wrong cell shows
        Grid none = run(strategy, new CellIoMode.None(), start, rule, 3, 4);
        Grid latency = run(strategy, new CellIoMode.Latency(5_000, 80, 42), start, rule, 3, 4);
        Grid socket = run(strategy, CellIoMode.Socket.withDelay(0), start, rule, 3, 4);
        try (GenerationStrategy seq = StrategyRegistry.get("sequential").create(StrategyConfig.DEFAULT)) {
            assertThat(none).isEqualTo(GenerationStrategyContract.run(seq, start, CellLogic.of(rule), 3));
        }
        assertThat(latency).isEqualTo(none);
        assertThat(socket).isEqualTo(none);
        assertThat(socket.digest()).isEqualTo(none.digest());
    }

    @Test
    void noneIsThePureRuleAndTheOthersAreNot() throws Exception {
        try (CellIo none = CellIo.open(new CellIoMode.None());
             CellIo latency = CellIo.open(new CellIoMode.Latency(1000, 0, 0));
             CellIo socket = CellIo.open(CellIoMode.Socket.withDelay(0))) {
            assertThat(none.logic(Rule.CONWAY).pureRule()).isEqualTo(Rule.CONWAY);
            assertThat(latency.logic(Rule.CONWAY).pureRule()).isNull();
            assertThat(socket.logic(Rule.CONWAY).pureRule()).isNull();
            assertThat(none.service()).isEmpty();
            assertThat(socket.service()).isPresent();
            assertThatThrownBy(() -> socket.wrap((alive, n) -> alive))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("needs plain rule logic");
        }
    }

    @Test
    void thePoolGrowsToTheStrategysConcurrencyAndNoFurther() throws Exception {
        Grid start = GenerationStrategyContract.soup(new GridSize(10, 10), 5, 0.4);
        long delay = TimeUnit.MILLISECONDS.toNanos(1);
        try (CellIo io = CellIo.open(CellIoMode.Socket.withDelay(delay));
             GenerationStrategy s = StrategyRegistry.get("sequential").create(StrategyConfig.DEFAULT)) {
            GenerationStrategyContract.run(s, start, io.logic(Rule.CONWAY), 2);
            assertThat(io.peakConnections()).as("sequential: one call at a time, one connection").isEqualTo(1);
            assertThat(io.service().orElseThrow().acceptedConnections()).isEqualTo(1);
            assertThat(io.meter().peak()).isEqualTo(1);
            assertThat(io.meter().calls()).isEqualTo(200);
        }
        try (CellIo io = CellIo.open(CellIoMode.Socket.withDelay(delay));
             GenerationStrategy s = StrategyRegistry.get("thread-pool").create(new StrategyConfig(3))) {
            GenerationStrategyContract.run(s, start, io.logic(Rule.CONWAY), 2);
            assertThat(io.peakConnections()).as("3 pool threads: at most 3 connections").isBetween(1, 3);
            assertThat(io.meter().peak()).isBetween(1, 3);
        }
    }

    @Test
    void virtualThreadsPutEveryCellInFlightAtOnce() throws Exception {
        Grid start = GenerationStrategyContract.soup(new GridSize(10, 10), 5, 0.4);
        // 200 ms per call: the 100 calls of a generation all start long before the first returns.
        try (CellIo io = CellIo.open(CellIoMode.Socket.withDelay(TimeUnit.MILLISECONDS.toNanos(200)));
             GenerationStrategy s = StrategyRegistry.get("virtual-threads").create(StrategyConfig.DEFAULT)) {
            s.step(start, io.logic(Rule.CONWAY));
            assertThat(io.meter().peak()).isEqualTo(100);
            assertThat(io.service().orElseThrow().requestsInProgress().peak()).isGreaterThan(50);
            assertThat(io.peakConnections()).isGreaterThan(50).isLessThanOrEqualTo(100);
        }
        try (CellIo io = CellIo.open(new CellIoMode.Latency(TimeUnit.MILLISECONDS.toNanos(200), 0, 0));
             GenerationStrategy s = StrategyRegistry.get("thread-pool").create(new StrategyConfig(5))) {
            s.step(new Grid.Builder(new GridSize(2, 10)).build(0), io.logic(Rule.CONWAY));
            assertThat(io.meter().peak()).as("a 5-thread pool never has more than 5 calls in flight").isEqualTo(5);
        }
    }

    @Test
    void theOpenFileLimitCapsThePoolAndSaysSo() throws Exception {
        Grid start = GenerationStrategyContract.soup(new GridSize(8, 8), 6, 0.4);
        try (CellRuleService service = CellRuleService.start(TimeUnit.MILLISECONDS.toNanos(2))) {
            // Pretend the limit leaves room for exactly 4 loopback connections (2 descriptors each),
            // after the reserve for the app and the service's headroom for other clients.
            long open = 100;
            long limit = open + FileDescriptors.RESERVE + CellRuleService.FOREIGN_HEADROOM + 8;
            CellIoMode.Socket asked = CellIoMode.Socket.withDelay(service.delayNanos()).withMaxConnections(50);
            try (CellIo io = CellIo.socketClient(asked, null, service.address(), limit, open);
                 GenerationStrategy s = StrategyRegistry.get("virtual-threads").create(StrategyConfig.DEFAULT)) {
                assertThat(io.connectionCap()).isEqualTo(4);
                assertThat(io.notices()).anyMatch(n -> n.contains("4 connections at most, not the 50 asked for")
                        && n.contains("ulimit -n") && n.contains(Long.toString(limit)));
                Grid next = s.step(start, io.logic(Rule.CONWAY));
                assertThat(next).isEqualTo(lifefx.life.ReferenceLife.step(start, Rule.CONWAY));
                assertThat(io.peakConnections()).isLessThanOrEqualTo(4);
            }
            // Asking for "as many as allowed": the notice comes when a call has to wait for one.
            try (CellIo io = CellIo.socketClient(asked.withMaxConnections(0), null, service.address(), limit, open);
                 GenerationStrategy s = StrategyRegistry.get("virtual-threads").create(StrategyConfig.DEFAULT)) {
                assertThat(io.notices()).isEmpty();
                s.step(start, io.logic(Rule.CONWAY));
                assertThat(io.peakConnections()).isLessThanOrEqualTo(4);
                assertThat(io.notices()).singleElement().asString()
                        .contains("calls wait for one of 4 connections, the most the open-file limit allows")
                        .contains("raise ulimit -n");
            }
            // No room at all: refused up front, with the limit in the message.
            long tooLow = open + FileDescriptors.RESERVE + CellRuleService.FOREIGN_HEADROOM + 1;
            assertThatThrownBy(() -> CellIo.socketClient(asked, null, service.address(), tooLow, open))
                    .isInstanceOf(CellIoException.class)
                    .hasMessageStartingWith("cannot use socket mode: the open-file limit (ulimit -n) is " + tooLow)
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void connectionsForAreTheCallsInFlightCappedByThePoolLimit() {
        assertThat(CellIo.connectionsFor(1)).isEqualTo(1);
        assertThat(CellIo.connectionsFor(5)).isEqualTo(5);
        assertThat(CellIo.connectionsFor(0)).isEqualTo(1);
        assertThat(CellIo.connectionsFor(Integer.MAX_VALUE)).isEqualTo(CellIoMode.Socket.MAX_CONNECTIONS);
    }
}
