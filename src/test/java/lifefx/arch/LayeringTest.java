package lifefx.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of ARCHITECTURE.md, enforced. */
class LayeringTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("lifefx");

    @Test
    void nothingOutsideUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("lifefx.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(MAIN);
    }

    @Test
    void theEngineKnowsNothingOfTheLayersAboveIt() {
        noClasses().that().resideInAnyPackage("lifefx.life..", "lifefx.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "lifefx.sim..", "lifefx.ui..", "lifefx.cli..", "lifefx.bench..", "lifefx.pattern..")
                .check(MAIN);
    }

    @Test
    void theLifeCoreHasNoThreadsOrEngine() {
        noClasses().that().resideInAPackage("lifefx.life..")
                .should().dependOnClassesThat().resideInAnyPackage("lifefx.engine..", "java.util.concurrent..")
                .check(MAIN);
    }
}
