package cn.techcity.cockpit;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The allowed arrows: app → ui → store → domain; io beside ui. Read this test to learn the architecture. */
@AnalyzeClasses(packages = "cn.techcity.cockpit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("app").definedBy("..cockpit.app..")
            .layer("ui").definedBy("..cockpit.ui..")
            .layer("io").definedBy("..cockpit.io..")
            .layer("store").definedBy("..cockpit.store..")
            .layer("domain").definedBy("..cockpit.domain..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("io").mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ui", "io")
            .because("start-up wires everything; views read the store; the store knows only the domain");

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("..cockpit.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..", "eu.hansolo..")
            .because("the rules (完成率, 序时进度, status) must be testable and trusted without a screen or a database");

    @ArchTest
    static final ArchRule storeHasNoUi = noClasses().that().resideInAPackage("..cockpit.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "eu.hansolo..", "org.controlsfx..")
            .because("the store runs on its own thread and in command-line tools with no toolkit");

    @ArchTest
    static final ArchRule uiHasNoSql = noClasses().that().resideInAPackage("..cockpit.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..")
            .because("views go through the store's API on the database executor, never JDBC on the FX thread");
}
