package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.ReferenceLife;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

/**
 * The engine's pure logic (settings, the registry, the row sweep, failure messages) at the edges
 * that the strategy contract leaves open, found by mutation testing ({@code mvn -B -Ppit test}).
 * No threads here: concurrency is the contract's business.
 */
class PureLogicMutationTest {

    // ---- StrategyConfig ----

    @Test
    void threadCountsFromOneToTheMaximum() {
        assertThat(new StrategyConfig(1).threads()).isEqualTo(1);
        assertThat(new StrategyConfig(StrategyConfig.MAX_THREADS).threads()).isEqualTo(4096);
        assertThat(StrategyConfig.DEFAULT.threads()).isEqualTo(5);
        assertThatThrownBy(() -> new StrategyConfig(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be between 1 and 4096, got 0");
        assertThatThrownBy(() -> new StrategyConfig(4097)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be between 1 and 4096, got 4097");
    }

    // ---- StrategyRegistry ----

    @Test
    void theRegistryListsEveryStrategyOnceInPickerOrder() {
        assertThat(StrategyRegistry.names()).containsExactly("sequential", "thread-per-cell", "queue", "thread-pool",
                "virtual-threads", "bands", "packed", "packed-tiles");
        assertThat(StrategyRegistry.all()).extracting(StrategyRegistry.Entry::usesThreads)
                .containsExactly(false, false, true, true, false, true, true, true);
        assertThat(StrategyRegistry.all()).allSatisfy(e -> assertThat(e.description()).isNotBlank());
        assertThat(StrategyRegistry.find("bands")).map(StrategyRegistry.Entry::name).contains("bands");
        assertThat(StrategyRegistry.find("Bands")).isEmpty();
        assertThat(StrategyRegistry.find(null)).isEmpty();
        assertThat(StrategyRegistry.get("packed-tiles")).isSameAs(StrategyRegistry.all().getLast());
        assertThatThrownBy(() -> StrategyRegistry.get("fast")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown strategy 'fast': expected one of sequential, thread-per-cell, queue, thread-pool, "
                        + "virtual-threads, bands, packed, packed-tiles");
    }

    @Test
    void eachEntryMakesANewStrategyOfItsOwnName() throws Exception {
        Grid start = soup(new GridSize(6, 7), 3);
        Grid expected = ReferenceLife.step(start, Rule.CONWAY);
        for (StrategyRegistry.Entry e : StrategyRegistry.all()) {
            try (GenerationStrategy a = e.create(new StrategyConfig(2));
                 GenerationStrategy b = e.create(new StrategyConfig(2))) {
                assertThat(a.name()).as(e.name()).isEqualTo(e.name());
                assertThat(a).as(e.name()).isNotSameAs(b);
                assertThat(a.step(start, CellLogic.of(Rule.CONWAY))).as(e.name()).isEqualTo(expected);
            }
        }
    }

    // ---- CellSweep ----

    @Test
    void anyRangeOfRowsMatchesTheReferenceAndLeavesOtherRowsAlone() throws Exception {
        Random rnd = new Random(8);
        Rule[] rules = {Rule.CONWAY, Rule.parse("B36/S23"), Rule.parse("B0/S8"), Rule.parse("B1357/S02468")};
        GridSize[] sizes = {new GridSize(1, 1), new GridSize(1, 2), new GridSize(2, 1), new GridSize(2, 2),
                new GridSize(3, 3), new GridSize(5, 7), new GridSize(7, 4)};
        for (GridSize size : sizes) {
            for (Rule rule : rules) {
                Grid g = soup(size, rnd.nextLong());
                Grid expected = ReferenceLife.step(g, rule);
                int h = size.height();
                for (int from = 0; from < h; from++) {
                    for (int to = from + 1; to <= h; to++) {
                        checkRange(g, rule, CellLogic.of(rule), from, to, expected);
                        CellLogic opaque = (alive, n) -> rule.next(alive, n);
                        checkRange(g, rule, opaque, from, to, expected);
                    }
                }
            }
        }
    }

    private static void checkRange(Grid g, Rule rule, CellLogic logic, int from, int to, Grid expected)
            throws Exception {
        GridSize size = g.size();
        // Rows outside the range start all alive, so a sweep that writes them shows.
        Grid.Builder out = new Grid.Builder(size);
        for (int i = 0; i < size.cells(); i++) {
            out.set(i, true);
        }
        CellSweep.rows(g, logic, out, from, to);
        Grid got = out.build(0);
        for (int r = 0; r < size.height(); r++) {
            for (int c = 0; c < size.width(); c++) {
                boolean want = r >= from && r < to ? expected.isAlive(r, c) : true;
                assertThat(got.isAlive(r, c)).as("%s %s rows [%d,%d) pure=%s cell (%d,%d) of%n%s", size, rule, from,
                        to, logic.pureRule() != null, r, c, g).isEqualTo(want);
            }
        }
    }

    @Test
    void anEmptyRangeWritesNothing() throws Exception {
        Grid g = soup(new GridSize(4, 4), 5);
        Grid.Builder out = new Grid.Builder(g.size());
        CellSweep.rows(g, CellLogic.of(Rule.parse("B0/S")), out, 2, 2);
        assertThat(out.build(0).population()).isZero();
    }

    @Test
    void anInterruptedCallerIsToldAndTheFlagIsConsumed() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(CellSweep::checkInterrupt).isInstanceOf(InterruptedException.class)
                .hasMessage("generation cancelled");
        assertThat(Thread.interrupted()).isFalse();
    }

    // ---- StepFailedException ----

    /** An exception of ours, outside the JDK: its message is meant for users and shown as it is. */
    static final class CellServiceException extends Exception {
        CellServiceException(String message) {
            super(message);
        }
    }

    @Test
    void whoseMessagesGetTheirClassNameInFront() {
        assertThat(StepFailedException.describe(new RuntimeException("plain words"))).isEqualTo("plain words");
        assertThat(StepFailedException.describe(new IllegalStateException("bad state")))
                .isEqualTo("IllegalStateException: bad state");
        assertThat(StepFailedException.describe(new javax.naming.NamingException("no name")))
                .isEqualTo("NamingException: no name");
        assertThat(StepFailedException.describe(new CellServiceException("the service said no")))
                .isEqualTo("the service said no");
        assertThat(StepFailedException.describe(new java.io.UncheckedIOException("u", new java.io.IOException())))
                .isEqualTo("UncheckedIOException: u");
        assertThat(StepFailedException.describe(new CellServiceException("  "))).isEqualTo("CellServiceException");
        assertThat(StepFailedException.describe(new java.io.IOException("  spaced  "))).isEqualTo("spaced");
    }

    @Test
    void causeTextIsCutJustPastTheLimit() {
        String exactly = "y".repeat(StepFailedException.MAX_CAUSE_TEXT);
        assertThat(StepFailedException.describe(new java.io.IOException(exactly))).isEqualTo(exactly);
        assertThat(StepFailedException.describe(new java.io.IOException(exactly + "z"))).isEqualTo(exactly + "...");
        StepFailedException plain = new StepFailedException("could not start threads");
        assertThat(plain).hasMessage("could not start threads").hasNoCause();
    }

    private static Grid soup(GridSize size, long seed) {
        Random rnd = new Random(seed);
        Grid.Builder b = new Grid.Builder(size);
        for (int i = 0; i < size.cells(); i++) {
            b.set(i, rnd.nextInt(100) < 40);
        }
        return b.build(0);
    }
}
