package com.ringbook.reading;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Reading is pure: the moment a reply is read at is handed in, and nothing touches the store, the carrier, the
 * engine, the network or a file, so the same reply reads the same in a test, on the command line and in the engine.
 */
@AnalyzeClasses(packages = "com.ringbook.reading", importOptions = ImportOption.DoNotIncludeTests.class)
class ReadingPurityTest {

    @ArchTest
    static final ArchRule nothingInReadingReadsTheSystemClock = noClasses()
            .that().resideInAPackage("com.ringbook.reading..")
            .should().callMethodWhere(DescribedPredicate.describe("reads the system clock",
                    (JavaCall<?> call) -> readsTheClock(call)))
            .because("\"tomorrow\" depends on when the reply is read, which is always passed in");

    @ArchTest
    static final ArchRule readingTouchesNoStoreCarrierEngineNetworkOrFiles = noClasses()
            .that().resideInAPackage("com.ringbook.reading..")
            .should().dependOnClassesThat().resideInAnyPackage("com.ringbook.store..", "com.ringbook.carrier..",
                    "com.ringbook.engine..", "java.net..", "java.nio.file..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .because("the reader is rules and a model trained from its own class path resource: offline, no files");

    private static boolean readsTheClock(JavaCall<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        return (owner.startsWith("java.time.") && name.equals("now"))
                || (owner.equals("java.time.Clock") && name.startsWith("system"))
                || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
    }
}
