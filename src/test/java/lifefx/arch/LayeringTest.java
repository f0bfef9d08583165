package lifefx.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of ARCHITECTURE.md, enforced for every package: which layer may use which, no
 * JavaFX below {@code ui}, no threads in {@code life}, and no cycle between any two packages.
 */
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

    /**
     * Every package and who may use it. {@code life} is the base; {@code engine}, {@code cellio}
     * and {@code pattern} sit side by side on it and know nothing of each other; {@code universe}
     * builds worlds on {@code engine} and loads and saves macrocell trees of {@code pattern}; {@code analysis}
     * (Identify, auto-stop) studies universes and is used by the front ends and {@code sim}; {@code sim} owns
     * the running universe; {@code plot} holds charts as plain data, which {@code bench} builds and
     * {@code ui} draws; {@code bench}, {@code cli} and {@code ui} are the front ends, and only
     * {@code lifefx.Main} chooses between the command line and the window.
     */
    @Test
    void everyLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Main").definedBy("lifefx")
                .layer("ui").definedBy("lifefx.ui..")
                .layer("cli").definedBy("lifefx.cli..")
                .layer("bench").definedBy("lifefx.bench..")
                .layer("sim").definedBy("lifefx.sim..")
                .layer("analysis").definedBy("lifefx.analysis..")
                .layer("universe").definedBy("lifefx.universe..")
                .layer("cellio").definedBy("lifefx.cellio..")
                .layer("engine").definedBy("lifefx.engine..")
                .layer("pattern").definedBy("lifefx.pattern..")
                .layer("life").definedBy("lifefx.life..")
                .layer("plot").definedBy("lifefx.plot..")
                .whereLayer("Main").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("bench").mayOnlyBeAccessedByLayers("cli", "Main")
                .whereLayer("sim").mayOnlyBeAccessedByLayers("ui", "cli", "Main")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("sim", "ui", "cli", "bench", "Main")
                .whereLayer("plot").mayOnlyBeAccessedByLayers("bench", "ui", "cli", "Main")
                .whereLayer("universe").mayOnlyBeAccessedByLayers("analysis", "sim", "bench", "ui", "cli", "Main")
                .whereLayer("cellio").mayOnlyBeAccessedByLayers("sim", "bench", "ui", "cli", "Main")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("universe", "analysis", "sim", "bench", "ui", "cli", "Main")
                .whereLayer("pattern").mayOnlyBeAccessedByLayers("universe", "analysis", "sim", "ui", "cli", "Main")
                .whereLayer("life").mayOnlyBeAccessedByLayers(
                        "engine", "cellio", "pattern", "universe", "analysis", "sim", "bench", "ui", "cli", "Main")
                .check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("lifefx.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theLifeCoreHasNoThreads() {
        noClasses().that().resideInAPackage("lifefx.life..")
                .should().dependOnClassesThat().resideInAnyPackage("java.util.concurrent..")
                .check(MAIN);
    }
}
