package com.ringbook.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Optional;
import java.util.Set;

/**
 * The design's table of who may know whom, as an allow-list the build enforces.
 *
 * <p>Every class under {@code com.ringbook} belongs to one of six parts:
 * <ul>
 *   <li><b>domain</b> ({@code com.ringbook.domain..}): records, the stage machine and pure policies;</li>
 *   <li><b>store</b> ({@code com.ringbook.store..}): repository interfaces, and under them the SQLite
 *       implementation with its migrations and SQL;</li>
 *   <li><b>carrier</b> ({@code com.ringbook.carrier..}): the gateway to the phone network and its simulator and
 *       Twilio adapters;</li>
 *   <li><b>engine side</b>: {@code com.ringbook.engine..} and <em>every other</em> top-level package that is not one
 *       of the five named here ({@code textback} today; {@code booking}, {@code reading}, {@code followup},
 *       {@code revenue} later). A new capability package is covered the day it appears, without being listed;</li>
 *   <li><b>ui</b> ({@code com.ringbook.ui..}): one package per screen;</li>
 *   <li><b>app</b> ({@code com.ringbook.app..}): the composition root and the command line; it may know
 *       everything.</li>
 * </ul>
 *
 * <p>Each part has one rule saying what it <em>may</em> depend on; anything not named there is forbidden. Using a new
 * library, or letting one part see another, therefore means editing this file on purpose.
 */
@AnalyzeClasses(packages = "com.ringbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "com.ringbook";

    /** The top-level packages that are parts of their own; every other one is on the engine side. */
    private static final Set<String> NAMED_PARTS = Set.of("domain", "store", "carrier", "ui", "app");

    /**
     * Implementations of the store's interfaces. The engine side sees only the interfaces; add the PostgreSQL
     * implementation's package here when it arrives.
     */
    private static final String[] STORE_IMPLEMENTATIONS = {"com.ringbook.store.sqlite..", "com.ringbook.store.postgres.."};

    // ---- the parts ----

    private static final DescribedPredicate<JavaClass> DOMAIN =
            resideInAPackage("com.ringbook.domain..").as("are in the domain");

    private static final DescribedPredicate<JavaClass> STORE =
            resideInAPackage("com.ringbook.store..").as("are in the store");

    private static final DescribedPredicate<JavaClass> STORE_INTERFACES = resideInAPackage("com.ringbook.store..")
            .and(resideOutsideOfPackages(STORE_IMPLEMENTATIONS))
            .as("are store interfaces (com.ringbook.store.. but not com.ringbook.store.sqlite..)");

    private static final DescribedPredicate<JavaClass> CARRIER =
            resideInAPackage("com.ringbook.carrier..").as("are in the carrier");

    /** com.ringbook.engine.. and every top-level package under com.ringbook that is not a named part. */
    private static final DescribedPredicate<JavaClass> ENGINE_SIDE = describe(
            "are engine-side (com.ringbook.engine.. or a capability package such as com.ringbook.textback..)",
            c -> topLevelPackage(c).filter(top -> !NAMED_PARTS.contains(top)).isPresent());

    /** The engine side's service APIs: com.ringbook.engine.api.. and a capability's own api package, if it has one. */
    private static final DescribedPredicate<JavaClass> ENGINE_SIDE_API = describe(
            "are an engine-side API (com.ringbook.engine.api.. or com.ringbook.<capability>.api..)",
            c -> ENGINE_SIDE.test(c) && isApiPackage(c));

    private static final DescribedPredicate<JavaClass> UI = resideInAPackage("com.ringbook.ui..").as("are in the ui");

    private static final DescribedPredicate<JavaClass> APP =
            resideInAPackage("com.ringbook.app..").as("are in the app");

    // ---- the JDK and libraries ----

    private static final DescribedPredicate<JavaClass> JDK =
            resideInAnyPackage("java..", "javax..").as("are in the JDK (java.., javax..)");

    private static final DescribedPredicate<JavaClass> JDK_WITHOUT_SQL = resideInAnyPackage("java..", "javax..")
            .and(resideOutsideOfPackages("java.sql..", "javax.sql.."))
            .as("are in the JDK but not JDBC (java.sql.., javax.sql..)");

    private static final DescribedPredicate<JavaClass> PHONE_NUMBERS =
            resideInAPackage("com.google.i18n.phonenumbers..").as("are libphonenumber");

    private static final DescribedPredicate<JavaClass> LOGGING = resideInAPackage("org.slf4j..").as("are SLF4J");

    private static final DescribedPredicate<JavaClass> JSON =
            resideInAPackage("com.fasterxml.jackson..").as("are Jackson");

    private static final DescribedPredicate<JavaClass> DATABASE_LIBRARIES = resideInAnyPackage(
            "org.sqlite..", "org.flywaydb..", "org.postgresql..", "com.zaxxer.hikari..")
            .as("are a database library (SQLite, Flyway, PostgreSQL, HikariCP)");

    private static final DescribedPredicate<JavaClass> CARRIER_LIBRARIES = resideInAnyPackage(
            "com.twilio..", "org.apache.hc.core5..", "com.sun.net.httpserver..")
            .as("are Twilio, its HttpCore 5 types or the JDK's HTTP server");

    private static final DescribedPredicate<JavaClass> UI_TOOLKIT = resideInAnyPackage(
            "javafx..", "org.controlsfx..", "org.kordamp.ikonli..")
            .as("are JavaFX, ControlsFX or Ikonli");

    // ---- every class has a place ----

    @ArchTest
    static final ArchRule everyClassBelongsToAPart = classes().that().resideInAPackage("com.ringbook..")
            .should(be(or(DOMAIN, STORE, CARRIER, ENGINE_SIDE, UI, APP)
                    .as("in one of the parts: domain, store, carrier, engine side, ui, app")))
            .because("every class needs a place in the design; com.ringbook itself holds none, so a class there has "
                    + "no rule saying what it may know");

    // ---- what each part may depend on ----

    @ArchTest
    static final ArchRule domainKnowsOnlyItselfAndTheJdk = classes().that(DOMAIN)
            .should().onlyDependOnClassesThat(or(DOMAIN, JDK_WITHOUT_SQL, PHONE_NUMBERS))
            .because("the domain is plain records and rules that every other part shares, so it may lean on nothing "
                    + "but the JDK and the phone-number library");

    @ArchTest
    static final ArchRule storeKnowsOnlyTheDomainAndItsDatabaseLibraries = classes().that(STORE)
            .should().onlyDependOnClassesThat(or(STORE, DOMAIN, JDK, DATABASE_LIBRARIES, JSON, LOGGING))
            .because("the store keeps and fetches domain records and nothing else; it must not know who calls it, "
                    + "so a second store (PostgreSQL) can be added without touching the engine or the screens");

    @ArchTest
    static final ArchRule carrierKnowsOnlyTheDomainAndItsNetworkLibraries = classes().that(CARRIER)
            .should().onlyDependOnClassesThat(
                    or(CARRIER, DOMAIN, JDK_WITHOUT_SQL, CARRIER_LIBRARIES, JSON, LOGGING, PHONE_NUMBERS))
            .because("a carrier only sends and receives texts and calls; what it must keep it asks for through its "
                    + "own small interfaces, which app wires to the store");

    @ArchTest
    static final ArchRule engineSideKnowsTheDomainTheStoreInterfacesAndTheCarrier = classes().that(ENGINE_SIDE)
            .should().onlyDependOnClassesThat(
                    or(ENGINE_SIDE, DOMAIN, STORE_INTERFACES, CARRIER, JDK_WITHOUT_SQL, LOGGING, PHONE_NUMBERS, JSON))
            .because("the same engine and capabilities run headless as a service, where there is no display, and "
                    + "against any store, so they see neither JavaFX nor SQL nor the SQLite implementation")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule uiKnowsOnlyTheServiceApisAndTheDomain = classes().that(UI)
            .should().onlyDependOnClassesThat(or(UI, ENGINE_SIDE_API, DOMAIN, JDK_WITHOUT_SQL, UI_TOOLKIT, LOGGING))
            .because("screens see the engine and its capabilities only through their service APIs and events, so "
                    + "the engine's insides, the store and the carrier can change without touching a screen");

    @ArchTest
    static final ArchRule nothingButAppKnowsTheCompositionRoot = noClasses()
            .that().resideOutsideOfPackage("com.ringbook.app..")
            .should().dependOnClassesThat(APP)
            .because("app is the one composition root: it wires everything, and nothing looks services up from it");

    // ---- no cycles ----

    @ArchTest
    static final ArchRule partsAndCapabilitiesHaveNoCycles = slices().matching("com.ringbook.(*)..")
            .namingSlices("com.ringbook.$1")
            .should().beFreeOfCycles()
            .because("each top-level package can be understood, tested and replaced on its own only if the "
                    + "dependencies between them run one way");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("com.ringbook.(**)")
            .namingSlices("com.ringbook.$1")
            .should().beFreeOfCycles()
            .because("the same holds inside a part: one screen package may use another, but never both ways round");

    // ---- the JavaFX thread ----

    @ArchTest
    static final ArchRule onlyFxThreadTouchesTheJavaFxPlatform = noClasses().that()
            .doNotHaveFullyQualifiedName("com.ringbook.ui.common.FxThread")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
            .because("work is handed to the JavaFX thread in one place, so the rules for it (never block, check "
                    + "which thread you are on) are written once and screens stay testable");

    // ---- helpers ----

    /** The package right under com.ringbook ("engine" for com.ringbook.engine.api); empty outside or at the root. */
    private static Optional<String> topLevelPackage(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        if (!packageName.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** Whether the class is in com.ringbook.&lt;top&gt;.api or below it. */
    private static boolean isApiPackage(JavaClass javaClass) {
        Optional<String> top = topLevelPackage(javaClass);
        if (top.isEmpty()) {
            return false;
        }
        String api = ROOT + "." + top.get() + ".api";
        String packageName = javaClass.getPackageName();
        return packageName.equals(api) || packageName.startsWith(api + ".");
    }
}
