package com.ringbook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md's table of who may know whom, as rules the build enforces. */
@AnalyzeClasses(packages = "com.ringbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNothingElse = noClasses().that().resideInAPackage("com.ringbook.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.ringbook.store..", "com.ringbook.carrier..",
                    "com.ringbook.engine..", "com.ringbook.textback..", "com.ringbook.ui..", "com.ringbook.app..",
                    "java.sql..", "javafx..")
            .because("the domain is plain records and rules that every other part can share");

    @ArchTest
    static final ArchRule storeKnowsOnlyTheDomain = noClasses().that().resideInAPackage("com.ringbook.store..")
            .should().dependOnClassesThat().resideInAnyPackage("com.ringbook.carrier..", "com.ringbook.engine..",
                    "com.ringbook.textback..", "com.ringbook.ui..", "com.ringbook.app..", "javafx..")
            .because("a second store (PostgreSQL) must be addable without touching the engine");

    @ArchTest
    static final ArchRule carrierKnowsOnlyTheDomain = noClasses().that().resideInAPackage("com.ringbook.carrier..")
            .should().dependOnClassesThat().resideInAnyPackage("com.ringbook.store..", "com.ringbook.engine..",
                    "com.ringbook.textback..", "com.ringbook.ui..", "com.ringbook.app..", "java.sql..", "javafx..")
            .because("a carrier asks for what it must keep through its own small interfaces, wired by app");

    @ArchTest
    static final ArchRule engineNeverTouchesJavaFx = noClasses().that()
            .resideInAnyPackage("com.ringbook.engine..", "com.ringbook.textback..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.ringbook.ui..", "com.ringbook.app..")
            .because("the same engine runs headless as a service, where there is no display");

    @ArchTest
    static final ArchRule engineUsesNoSql = noClasses().that()
            .resideInAnyPackage("com.ringbook.engine..", "com.ringbook.textback..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "com.ringbook.store.sqlite..")
            .because("SQL and SQLite specifics stay inside the store");

    @ArchTest
    static final ArchRule uiTalksOnlyToTheServiceApi = noClasses().that().resideInAPackage("com.ringbook.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("com.ringbook.store..", "com.ringbook.carrier..",
                    "com.ringbook.textback..", "com.ringbook.app..", "java.sql..", "org.sqlite..")
            .orShould().dependOnClassesThat().resideInAPackage("com.ringbook.engine")
            .because("screens see the engine only through its service API and events");

    @ArchTest
    static final ArchRule onlyTheEntryPointsKnowTheCompositionRoot = noClasses().that()
            .resideOutsideOfPackage("com.ringbook.app..")
            .should().dependOnClassesThat().resideInAPackage("com.ringbook.app..")
            .because("one composition root wires everything; nothing looks services up");
}
