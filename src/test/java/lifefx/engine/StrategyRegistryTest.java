package lifefx.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import lifefx.life.GridSize;
import org.junit.jupiter.api.Test;

/** What each strategy can have in flight is a property of its registry entry, and only there. */
class StrategyRegistryTest {

    @Test
    void eachEntrySaysHowManyCellCallsItCanHaveInFlight() {
        GridSize size = new GridSize(50, 90);
        StrategyConfig five = new StrategyConfig(5);
        assertThat(inFlight("sequential", five, size)).isEqualTo(1);
        assertThat(inFlight("thread-pool", five, size)).isEqualTo(5);
        assertThat(inFlight("queue", five, size)).isEqualTo(5);
        assertThat(inFlight("bands", five, size)).isEqualTo(5);
        assertThat(inFlight("packed", five, size)).isEqualTo(5);
        assertThat(inFlight("packed-tiles", five, size)).isEqualTo(5);
        assertThat(inFlight("thread-per-cell", five, size)).isEqualTo(ThreadPerCellStrategy.MAX_LIVE_THREADS);
        assertThat(inFlight("virtual-threads", five, size)).isEqualTo(4500);
        // Bounded by the grid: a band per row at most, a thread per cell at most.
        assertThat(inFlight("bands", new StrategyConfig(64), new GridSize(3, 100))).isEqualTo(3);
        assertThat(inFlight("thread-per-cell", five, new GridSize(3, 3))).isEqualTo(9);
        assertThat(inFlight("thread-pool", new StrategyConfig(64), new GridSize(2, 2))).isEqualTo(4);
        assertThat(inFlight("virtual-threads", five, new GridSize(1000, 1000)))
                .isEqualTo(VirtualThreadPerCellStrategy.waveSize(1_000_000));
    }

    @Test
    void everyEntryIsBetweenOneAndTheCells() {
        for (StrategyRegistry.Entry e : StrategyRegistry.all()) {
            for (GridSize size : new GridSize[] {new GridSize(1, 1), new GridSize(7, 3), new GridSize(500, 900)}) {
                for (int threads : new int[] {1, 5, StrategyConfig.MAX_THREADS}) {
                    assertThat(e.maxInFlight(new StrategyConfig(threads), size)).as("%s %s %d", e.name(), size, threads)
                            .isBetween(1, size.cells());
                }
            }
        }
    }

    /** Cell I/O takes a plain number; it neither imports the engine nor keys anything on strategy names. */
    @Test
    void cellIoDoesNotDependOnTheEngine() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lifefx.cellio");
        noClasses().that().resideInAPackage("lifefx.cellio..")
                .should().dependOnClassesThat().resideInAPackage("lifefx.engine..")
                .check(main);
    }

    private static int inFlight(String name, StrategyConfig config, GridSize size) {
        return StrategyRegistry.get(name).maxInFlight(config, size);
    }
}
