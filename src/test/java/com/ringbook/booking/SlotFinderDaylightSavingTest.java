package com.ringbook.booking;

import com.ringbook.domain.Schedule;
import com.ringbook.domain.WorkingHours;
import com.ringbook.domain.TimeSlot;
import static com.ringbook.booking.Fixtures.NEW_YORK;
import static com.ringbook.booking.Fixtures.at;
import static com.ringbook.booking.Fixtures.hours;
import static com.ringbook.booking.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * New York's clock changes of 2026: Sunday March 8 at 02:00 the clocks go forward to 03:00, Sunday November 1 at
 * 02:00 back to 01:00. Expected instants are written in UTC so a mistake in local arithmetic cannot hide in them.
 */
class SlotFinderDaylightSavingTest {

    private static final Schedule EVERY_DAY = Schedule.defaults(NEW_YORK).withHours(
            WorkingHours.every(EnumSet.allOf(DayOfWeek.class), LocalTime.of(8, 0), LocalTime.of(17, 0)));

    /** Saturday nights only, 22:00-06:00; no lead time or buffer, a 30 min arrival window. */
    private static final Schedule SATURDAY_NIGHTS = Schedule.defaults(NEW_YORK)
            .withHours(new WorkingHours(Map.of(DayOfWeek.SATURDAY,
                    List.of(new WorkingHours.Span(LocalTime.of(22, 0), LocalTime.of(6, 0))))))
            .withLeadTime(Duration.ZERO)
            .withBuffer(Duration.ZERO)
            .withArrivalWindow(Duration.ofMinutes(30));

    private static List<Instant> startInstants(SlotSearch search) {
        return search.slots().stream().map(TimeSlot::start).toList();
    }

    private static Set<LocalDate> dates(String... dates) {
        return Stream.of(dates).map(LocalDate::parse).collect(Collectors.toSet());
    }

    @Test
    void onTheDayClocksGoForwardTheDayStillOpensAtEightLocal() {
        SlotSearch search = SlotFinder.find(EVERY_DAY, List.of(), hours(2), at("2026-03-07T20:00"), 2);

        assertThat(startInstants(search)).containsExactly(
                Instant.parse("2026-03-08T12:00:00Z"), // 08:00 EDT
                Instant.parse("2026-03-09T12:00:00Z"));
        assertThat(SlotFinder.find(EVERY_DAY, List.of(), hours(2), at("2026-03-06T20:00"), 1).slots().get(0).start())
                .as("the Saturday before, still on standard time")
                .isEqualTo(Instant.parse("2026-03-07T13:00:00Z"));
    }

    @Test
    void onTheDayClocksGoBackTheDayStillOpensAtEightLocal() {
        SlotSearch search = SlotFinder.find(EVERY_DAY, List.of(), hours(2), at("2026-10-31T20:00"), 2);

        assertThat(startInstants(search)).containsExactly(
                Instant.parse("2026-11-01T13:00:00Z"), // 08:00 EST
                Instant.parse("2026-11-02T13:00:00Z"));
    }

    @Test
    void aFullDaysJobFitsTheDaytimeSpanOnBothChangeDays() {
        TimeSlot spring = SlotFinder.find(EVERY_DAY, List.of(), hours(9), at("2026-03-07T20:00"), 1).slots().get(0);
        TimeSlot autumn = SlotFinder.find(EVERY_DAY, List.of(), hours(9), at("2026-10-31T20:00"), 1).slots().get(0);

        assertThat(local(spring.start())).isEqualTo(LocalDateTime.parse("2026-03-08T08:00"));
        assertThat(local(spring.end())).isEqualTo(LocalDateTime.parse("2026-03-08T17:00"));
        assertThat(local(autumn.start())).isEqualTo(LocalDateTime.parse("2026-11-01T08:00"));
        assertThat(local(autumn.end())).isEqualTo(LocalDateTime.parse("2026-11-01T17:00"));
    }

    @Test
    void aThreeHourNightJobAcrossSpringForwardLastsThreeRealHours() {
        TimeSlot slot = SlotFinder.find(SATURDAY_NIGHTS, List.of(), hours(3), at("2026-03-07T23:50"), 1).slots().get(0);

        assertThat(slot.start()).isEqualTo(Instant.parse("2026-03-08T05:00:00Z")); // 00:00 EST
        assertThat(slot.end()).isEqualTo(Instant.parse("2026-03-08T08:00:00Z"));
        assertThat(slot.length()).isEqualTo(Duration.ofHours(3));
        assertThat(local(slot.end())).as("the wall clock skipped an hour").isEqualTo(LocalDateTime.parse("2026-03-08T04:00"));
    }

    @Test
    void aThreeHourNightJobAcrossFallBackLastsThreeRealHours() {
        TimeSlot slot = SlotFinder.find(SATURDAY_NIGHTS, List.of(), hours(3), at("2026-10-31T23:50"), 1).slots().get(0);

        assertThat(slot.start()).isEqualTo(Instant.parse("2026-11-01T04:00:00Z")); // 00:00 EDT
        assertThat(slot.end()).isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
        assertThat(local(slot.end())).as("the wall clock repeated an hour").isEqualTo(LocalDateTime.parse("2026-11-01T02:00"));
    }

    @Test
    void theSpringForwardNightHasSevenRealHoursAndNoStartsInTheSkippedHour() {
        Schedule onlyThatNight = SATURDAY_NIGHTS.withClosedDays(
                dates("2026-03-14", "2026-03-21", "2026-03-28", "2026-04-04"));

        SlotSearch search = SlotFinder.find(onlyThatNight, List.of(), hours(1), at("2026-03-07T23:50"), 20);

        assertThat(startInstants(search)).as("00:00 to 01:30 EST, then 03:00 to 05:00 EDT").containsExactly(
                Instant.parse("2026-03-08T05:00:00Z"), Instant.parse("2026-03-08T05:30:00Z"),
                Instant.parse("2026-03-08T06:00:00Z"), Instant.parse("2026-03-08T06:30:00Z"),
                Instant.parse("2026-03-08T07:00:00Z"), Instant.parse("2026-03-08T07:30:00Z"),
                Instant.parse("2026-03-08T08:00:00Z"), Instant.parse("2026-03-08T08:30:00Z"),
                Instant.parse("2026-03-08T09:00:00Z"));
        assertThat(search.slots().get(search.slots().size() - 1).end())
                .as("06:00 EDT").isEqualTo(Instant.parse("2026-03-08T10:00:00Z"));
    }

    @Test
    void anEightHourNightSpanHoldsNoSevenAndAHalfHourJobTheNightClocksGoForward() {
        SlotSearch search = SlotFinder.find(SATURDAY_NIGHTS, List.of(), hours(7.5), at("2026-03-07T21:00"), 1);

        assertThat(startInstants(search)).as("the next Saturday, 22:00 EDT")
                .containsExactly(Instant.parse("2026-03-15T02:00:00Z"));
        assertThat(SlotFinder.find(SATURDAY_NIGHTS, List.of(), hours(7.5), at("2026-02-28T21:00"), 1).slots().get(0)
                .start()).as("an ordinary Saturday holds it").isEqualTo(Instant.parse("2026-03-01T03:00:00Z"));
    }

    @Test
    void aSpanClosingAtATimeTheClocksSkipClosesWhenTheyJump() {
        Schedule toHalfPastTwo = SATURDAY_NIGHTS.withHours(new WorkingHours(Map.of(DayOfWeek.SATURDAY,
                List.of(new WorkingHours.Span(LocalTime.of(22, 0), LocalTime.of(2, 30))))));

        assertThat(startInstants(SlotFinder.find(toHalfPastTwo, List.of(), hours(4), at("2026-03-07T21:00"), 1)))
                .as("22:00 EST to 03:00 EDT is four real hours")
                .containsExactly(Instant.parse("2026-03-08T03:00:00Z"));
        assertThat(startInstants(SlotFinder.find(toHalfPastTwo, List.of(), hours(4.5), at("2026-03-07T21:00"), 1)))
                .as("four and a half do not fit that night")
                .containsExactly(Instant.parse("2026-03-15T02:00:00Z"));
    }

    @Test
    void theFallBackNightHasNineRealHoursAndStartsTheRepeatedHourOnce() {
        Schedule onlyThatNight = SATURDAY_NIGHTS.withClosedDays(
                dates("2026-11-07", "2026-11-14", "2026-11-21", "2026-11-28"));

        SlotSearch search = SlotFinder.find(onlyThatNight, List.of(), hours(1), at("2026-10-31T23:50"), 20);

        assertThat(startInstants(search)).as("00:00 to 01:30 EDT, then 02:00 to 05:00 EST").containsExactly(
                Instant.parse("2026-11-01T04:00:00Z"), Instant.parse("2026-11-01T04:30:00Z"),
                Instant.parse("2026-11-01T05:00:00Z"), Instant.parse("2026-11-01T05:30:00Z"),
                Instant.parse("2026-11-01T07:00:00Z"), Instant.parse("2026-11-01T07:30:00Z"),
                Instant.parse("2026-11-01T08:00:00Z"), Instant.parse("2026-11-01T08:30:00Z"),
                Instant.parse("2026-11-01T09:00:00Z"), Instant.parse("2026-11-01T09:30:00Z"),
                Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(search.slots().get(search.slots().size() - 1).end())
                .as("06:00 EST").isEqualTo(Instant.parse("2026-11-01T11:00:00Z"));
    }
}
