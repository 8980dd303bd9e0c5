package com.ringbook.booking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.base.DescribedPredicate;

/**
 * Booking's rules are pure: the time is always handed in, and nothing but a service touches the store, the
 * carrier or a file, so the same answer comes out for the same question, in a test or a year from now.
 */
@AnalyzeClasses(packages = "com.ringbook.booking", importOptions = ImportOption.DoNotIncludeTests.class)
class BookingPurityTest {

    @ArchTest
    static final ArchRule nothingInBookingReadsTheSystemClock = noClasses()
            .that().resideInAPackage("com.ringbook.booking..")
            .should().callMethodWhere(DescribedPredicate.describe("reads the system clock",
                    (JavaCall<?> call) -> readsTheClock(call)))
            .because("the time is always passed in, so slots can be tested for any now, daylight-saving days "
                    + "included");

    @ArchTest
    static final ArchRule bookingRulesTouchNoStoreCarrierOrFiles = noClasses()
            .that().resideInAPackage("com.ringbook.booking")
            .and().haveSimpleNameNotEndingWith("Service")
            .should().dependOnClassesThat().resideInAnyPackage("com.ringbook.store..", "com.ringbook.carrier..",
                    "com.ringbook.engine..", "java.io..", "java.nio..", "java.net..")
            .because("finding slots and writing them (as a text, a calendar, a table) is a pure function of the "
                    + "schedule, the bookings and now: only a service reads the store or writes files");

    private static boolean readsTheClock(JavaCall<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        return (owner.startsWith("java.time.") && name.equals("now"))
                || (owner.equals("java.time.Clock") && name.startsWith("system"))
                || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
    }
}
