package cn.techcity.cockpit;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import cn.techcity.cockpit.store.Backups;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.Database;
import cn.techcity.cockpit.store.DbExecutor;

/**
 * The allowed arrows (docs/architecture.md): app → ui → session → io, store → domain. Read this test to learn the
 * architecture; {@code ArchitectureRulesBiteTest} shows each rule failing on a deliberate violation.
 */
@AnalyzeClasses(packages = "cn.techcity.cockpit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("app").definedBy("..cockpit.app..")
            .layer("ui").definedBy("..cockpit.ui..")
            .layer("session").definedBy("..cockpit.session..")
            .layer("io").definedBy("..cockpit.io..")
            .layer("store").definedBy("..cockpit.store..")
            .layer("domain").definedBy("..cockpit.domain..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("session").mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("io").mayOnlyBeAccessedByLayers("app", "ui", "session")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ui", "session", "io")
            .because("start-up wires everything; screens reach the data through the session; the store knows only the domain");

    /** The gateway classes of the store: whoever holds them reads and writes the database. */
    static final Class<?>[] GATEWAY = {CockpitStore.class, Database.class, DbExecutor.class, Backups.class};

    @ArchTest
    static final ArchRule onlyTheSessionReachesTheStore = noClasses().that()
            .resideOutsideOfPackages("..cockpit.store..", "..cockpit.session..")
            .should().dependOnClassesThat().belongToAnyOf(GATEWAY)
            .because("one door between the screens and the store: the session keeps the only current data, runs the database"
                    + " work on its one thread and publishes every save once; a second way in would bring back copies and threads");

    @ArchTest
    static final ArchRule noCyclesBetweenTheTopPackages = slices().matching("cn.techcity.cockpit.(*)..").should().beFreeOfCycles()
            .because("a cycle between layers makes every change ripple both ways");

    @ArchTest
    static final ArchRule noCyclesInTheScreens = slices().matching("cn.techcity.cockpit.ui.(*)..").should().beFreeOfCycles()
            .because("views know ui.common and the session; only the composition root (ui.app) knows every view");

    @ArchTest
    static final ArchRule theScreensBaseKnowsNoScreen = noClasses().that().resideInAPackage("..cockpit.ui.common..")
            .should().dependOnClassesThat().resideInAnyPackage("..cockpit.ui.app..", "..cockpit.ui.shell..", "..cockpit.ui.wall..",
                    "..cockpit.ui.overview..", "..cockpit.ui.area..", "..cockpit.ui.battle..", "..cockpit.ui.battles..",
                    "..cockpit.ui.editor..", "..cockpit.ui.registry..", "..cockpit.ui.taskeditor..", "..cockpit.ui.taskforces..",
                    "..cockpit.ui.help..", "..cockpit.ui.tiles..", "..cockpit.ui.structure..")
            .because("ui.common is what every screen shares: it cannot depend on a screen");

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
            .because("views go through the session on the database thread, never JDBC on the FX thread");
}
