package com.ringbook.booking;

import com.ringbook.domain.Schedule;
import com.ringbook.domain.JobType;
import com.ringbook.domain.WorkingHours;
import com.ringbook.domain.TimeSlot;
import static com.ringbook.booking.Fixtures.NEW_YORK;
import static com.ringbook.booking.Fixtures.at;
import static com.ringbook.booking.Fixtures.booked;
import static com.ringbook.booking.Fixtures.datesBetween;
import static com.ringbook.booking.Fixtures.fullDays;
import static com.ringbook.booking.Fixtures.hours;
import static com.ringbook.booking.Fixtures.local;
import static com.ringbook.booking.Fixtures.starts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The slot finder's rules, each in a case that fails when the rule breaks. Monday 2026-11-23 is the usual today. */
class SlotFinderTest {

    /** Mon-Fri 08:00-17:00, one crew, 30 min buffer, 60 min lead, 2 h arrival window. */
    private static final Schedule DEFAULTS = Schedule.defaults(NEW_YORK);

    private static SlotSearch find(Schedule schedule, List<Booked> booked, Duration job, String now, int count) {
        return SlotFinder.find(schedule, booked, job, at(now), count);
    }

    private static LocalDateTime t(String localDateTime) {
        return LocalDateTime.parse(localDateTime);
    }

    @Nested
    class Hours {

        @Test
        void theFirstSlotIsTheNextOpeningWithItsCrewTimeAndArrivalWindow() {
            SlotSearch search = find(DEFAULTS, List.of(), hours(2), "2026-11-23T06:00", 1);

            assertThat(search.beyondHorizon()).isFalse();
            TimeSlot slot = search.slots().get(0);
            assertThat(slot.crew()).isEqualTo(1);
            assertThat(slot.start()).isEqualTo(at("2026-11-23T08:00"));
            assertThat(slot.end()).isEqualTo(at("2026-11-23T10:00"));
            assertThat(slot.arrivalFrom()).isEqualTo(at("2026-11-23T08:00"));
            assertThat(slot.arrivalTo()).isEqualTo(at("2026-11-23T10:00"));
        }

        @Test
        void eachWeekdayHasItsOwnHoursSoSaturdaysShortDayTakesOnlyJobsThatFitIt() {
            Schedule schedule = DEFAULTS.withHours(
                    WorkingHours.defaults().with(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));

            assertThat(starts(find(schedule, List.of(), hours(2), "2026-11-27T16:30", 1)))
                    .as("Friday is over; Saturday opens at nine")
                    .containsExactly(t("2026-11-28T09:00"));
            assertThat(starts(find(schedule, List.of(), hours(4), "2026-11-28T09:00", 1)))
                    .as("four hours from 10:00 (the lead time) would run past Saturday's 13:00")
                    .containsExactly(t("2026-11-30T08:00"));
            assertThat(starts(find(schedule, List.of(), hours(5), "2026-11-27T16:30", 1)))
                    .as("five hours never fit Saturday's four")
                    .containsExactly(t("2026-11-30T08:00"));
        }

        @Test
        void aJobMustEndByClosingTime() {
            Schedule noLead = DEFAULTS.withLeadTime(Duration.ZERO);

            assertThat(starts(find(noLead, List.of(), hours(2), "2026-11-23T14:40", 1)))
                    .containsExactly(t("2026-11-23T15:00"));
            assertThat(starts(find(noLead, List.of(), hours(2), "2026-11-23T15:10", 1)))
                    .as("15:30 + 2 h is past 17:00")
                    .containsExactly(t("2026-11-24T08:00"));
        }

        @Test
        void startsAreOnTheHalfHourGridCountedFromTheSpansOpening() {
            Schedule noLead = DEFAULTS.withLeadTime(Duration.ZERO);
            assertThat(starts(find(noLead, List.of(), hours(1), "2026-11-23T09:07", 1)))
                    .containsExactly(t("2026-11-23T09:30"));

            Schedule quarterPast = noLead.withHours(WorkingHours.every(
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 15), LocalTime.of(17, 15)));
            assertThat(starts(find(quarterPast, List.of(), hours(1), "2026-11-23T09:07", 1)))
                    .containsExactly(t("2026-11-23T09:15"));
        }

        @Test
        void theArrivalWindowStopsWhereTheWorkingSpanCloses() {
            Schedule noLead = DEFAULTS.withLeadTime(Duration.ZERO);

            TimeSlot slot = find(noLead, List.of(), hours(1), "2026-11-23T15:40", 1).slots().get(0);

            assertThat(local(slot.start())).isEqualTo(t("2026-11-23T16:00"));
            assertThat(local(slot.end())).isEqualTo(t("2026-11-23T17:00"));
            assertThat(local(slot.arrivalTo())).as("not 18:00").isEqualTo(t("2026-11-23T17:00"));
        }
    }

    @Nested
    class Overnight {

        /** Weeknights 22:00-06:00: each span belongs to the evening it opens on. */
        private final Schedule nights = DEFAULTS.withLeadTime(Duration.ZERO).withHours(WorkingHours.every(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0)));

        @Test
        void aSlotAfterMidnightBelongsToThePreviousEveningsSpan() {
            SlotSearch search = find(nights, List.of(), hours(1), "2026-11-24T00:40", 1);

            assertThat(starts(search)).as("Monday night's span, on Tuesday's date").containsExactly(t("2026-11-24T01:00"));
        }

        @Test
        void aNightJobRunsUpToTheMorningClose() {
            assertThat(starts(find(nights, List.of(), hours(1), "2026-11-24T04:40", 1)))
                    .containsExactly(t("2026-11-24T05:00"));
            assertThat(starts(find(nights, List.of(), hours(1), "2026-11-24T05:10", 1)))
                    .as("05:30 + 1 h is past 06:00; Tuesday night opens at 22:00")
                    .containsExactly(t("2026-11-24T22:00"));
        }

        @Test
        void aClosedDayClosesTheNightSpanThatOpensOnIt() {
            Schedule mondayOff = nights.withClosedDays(Set.of(LocalDate.parse("2026-11-23")));

            assertThat(starts(find(mondayOff, List.of(), hours(1), "2026-11-24T00:40", 1)))
                    .as("01:00 Tuesday is Monday night's, and Monday is closed")
                    .containsExactly(t("2026-11-24T22:00"));
        }

        @Test
        void aClosedDayDoesNotCloseTheNightSpanOfTheDayBefore() {
            Schedule tuesdayOff = nights.withClosedDays(Set.of(LocalDate.parse("2026-11-24")));

            assertThat(starts(find(tuesdayOff, List.of(), hours(1), "2026-11-23T21:00", 2)))
                    .as("Monday night runs into Tuesday; Tuesday night is closed")
                    .containsExactly(t("2026-11-23T22:00"), t("2026-11-25T22:00"));
        }
    }

    @Nested
    class Buffers {

        @Test
        void theBufferIsKeptAfterABooking() {
            List<Booked> booked = List.of(booked(1, "2026-11-23T08:00", "2026-11-23T11:00"));

            assertThat(starts(find(DEFAULTS, booked, hours(1), "2026-11-23T06:00", 1)))
                    .containsExactly(t("2026-11-23T11:30"));
            assertThat(starts(find(DEFAULTS.withBuffer(Duration.ZERO), booked, hours(1), "2026-11-23T06:00", 1)))
                    .containsExactly(t("2026-11-23T11:00"));
        }

        @Test
        void theBufferIsKeptBeforeABooking() {
            List<Booked> booked = List.of(booked(1, "2026-11-23T10:00", "2026-11-23T12:00"));

            assertThat(starts(find(DEFAULTS, booked, hours(1.5), "2026-11-23T06:00", 1)))
                    .as("08:00-09:30, then 30 min before 10:00")
                    .containsExactly(t("2026-11-23T08:00"));
            assertThat(starts(find(DEFAULTS, booked, hours(2), "2026-11-23T06:00", 1)))
                    .as("08:00-10:00 leaves no buffer before the 10:00 job")
                    .containsExactly(t("2026-11-23T12:30"));
        }

        @Test
        void aSlotOnceBookedIsKeptClearOfLikeAnyBooking() {
            TimeSlot taken = find(DEFAULTS, List.of(), hours(2), "2026-11-23T06:00", 1).slots().get(0);

            assertThat(starts(find(DEFAULTS, List.of(Booked.of(taken)), hours(2), "2026-11-23T06:00", 1)))
                    .containsExactly(t("2026-11-23T10:30"));
        }

        @Test
        void aShortBookingInsideALongOneDoesNotHideTheLongOne() {
            List<Booked> booked = List.of(
                    booked(1, "2026-11-23T09:00", "2026-11-23T09:30"),
                    booked(1, "2026-11-23T08:00", "2026-11-23T15:00"));

            assertThat(starts(find(DEFAULTS, booked, hours(1), "2026-11-23T06:00", 1)))
                    .containsExactly(t("2026-11-23T15:30"));
        }

        @Test
        void overlappingAndUnsortedBookingsAreAllKeptClearOf() {
            List<Booked> booked = new ArrayList<>(fullDays(1, "2026-11-24", "2026-11-27"));
            booked.add(booked(1, "2026-11-23T12:00", "2026-11-23T13:00"));
            booked.add(0, booked(1, "2026-11-23T08:00", "2026-11-23T10:00"));
            booked.add(booked(1, "2026-11-23T09:00", "2026-11-23T11:00"));

            assertThat(starts(find(DEFAULTS, booked, hours(1), "2026-11-23T06:00", 3)))
                    .containsExactly(t("2026-11-23T13:30"), t("2026-11-30T08:00"), t("2026-12-01T08:00"));
        }
    }

    @Nested
    class Crews {

        @Test
        void whenCrewOneIsBusyCrewTwoIsOfferedAtTheSameTime() {
            Schedule twoCrews = DEFAULTS.withCrews(2);
            List<Booked> booked = List.of(booked(1, "2026-11-23T08:00", "2026-11-23T12:00"));

            TimeSlot slot = find(twoCrews, booked, hours(2), "2026-11-23T06:00", 1).slots().get(0);

            assertThat(local(slot.start())).isEqualTo(t("2026-11-23T08:00"));
            assertThat(slot.crew()).isEqualTo(2);
        }

        @Test
        void theLowestNumberedFreeCrewTakesIt() {
            Schedule threeCrews = DEFAULTS.withCrews(3);
            List<Booked> booked = List.of(booked(2, "2026-11-23T08:00", "2026-11-23T12:00"));

            assertThat(find(threeCrews, booked, hours(2), "2026-11-23T06:00", 1).slots().get(0).crew()).isEqualTo(1);
        }

        @Test
        void whenEveryCrewIsBusyTheFirstToBeFreeTakesIt() {
            Schedule twoCrews = DEFAULTS.withCrews(2);
            List<Booked> booked = List.of(
                    booked(1, "2026-11-23T08:00", "2026-11-23T12:00"),
                    booked(2, "2026-11-23T08:00", "2026-11-23T10:00"));

            TimeSlot slot = find(twoCrews, booked, hours(2), "2026-11-23T06:00", 1).slots().get(0);

            assertThat(local(slot.start())).isEqualTo(t("2026-11-23T10:30"));
            assertThat(slot.crew()).isEqualTo(2);
        }

        @Test
        void bookingsOfACrewTheScheduleNoLongerHasAreIgnored() {
            List<Booked> booked = List.of(booked(2, "2026-11-23T08:00", "2026-11-23T17:00"));

            TimeSlot slot = find(DEFAULTS, booked, hours(2), "2026-11-23T06:00", 1).slots().get(0);

            assertThat(local(slot.start())).isEqualTo(t("2026-11-23T08:00"));
            assertThat(slot.crew()).isEqualTo(1);
        }
    }

    @Nested
    class ClosedDaysAndLeadTime {

        @Test
        void aHolidayIsSkipped() {
            Schedule thanksgiving = DEFAULTS.withClosedDays(Set.of(LocalDate.parse("2026-11-26")));

            assertThat(starts(find(thanksgiving, List.of(), hours(2), "2026-11-25T18:00", 1)))
                    .containsExactly(t("2026-11-27T08:00"));
        }

        @Test
        void severalClosedDaysInARowAreSkippedWithTheWeekend() {
            Schedule longWeekend = DEFAULTS.withClosedDays(
                    Set.of(LocalDate.parse("2026-11-26"), LocalDate.parse("2026-11-27")));

            assertThat(starts(find(longWeekend, List.of(), hours(2), "2026-11-25T18:00", 1)))
                    .containsExactly(t("2026-11-30T08:00"));
        }

        @Test
        void nothingStartsSoonerThanTheLeadTime() {
            assertThat(starts(find(DEFAULTS, List.of(), hours(0.5), "2026-11-23T16:10", 1)))
                    .as("16:30 is within the hour's lead time, so nothing today")
                    .containsExactly(t("2026-11-24T08:00"));
            assertThat(starts(find(DEFAULTS.withLeadTime(Duration.ZERO), List.of(), hours(0.5), "2026-11-23T16:10", 1)))
                    .containsExactly(t("2026-11-23T16:30"));
            assertThat(starts(find(DEFAULTS, List.of(), hours(1), "2026-11-23T14:10", 1)))
                    .as("the first grid time at or after 15:10")
                    .containsExactly(t("2026-11-23T15:30"));
        }
    }

    @Nested
    class Horizon {

        @Test
        void aFullWeekMovesTheFirstSlotToNextWeek() {
            List<Booked> booked = fullDays(1, "2026-11-23", "2026-11-27");

            SlotSearch search = find(DEFAULTS, booked, hours(2), "2026-11-23T06:00", 2);

            assertThat(starts(search)).containsExactly(t("2026-11-30T08:00"), t("2026-12-01T08:00"));
            assertThat(search.beyondHorizon()).isFalse();
        }

        @Test
        void nothingFreeInFourWeeksSaysSoAndStillGivesTheFirstOpeningsAfter() {
            List<Booked> booked = fullDays(1, "2026-11-23", "2026-12-25");

            SlotSearch search = find(DEFAULTS, booked, hours(2), "2026-11-23T06:00", 2);

            assertThat(search.beyondHorizon()).isTrue();
            assertThat(search.horizon()).isEqualTo(at("2026-12-21T06:00"));
            assertThat(starts(search)).containsExactly(t("2026-12-28T08:00"), t("2026-12-29T08:00"));
        }

        @Test
        void theFourWeeksEndAtTheSameLocalTimeFourWeeksOn() {
            Schedule closed = DEFAULTS.withClosedDays(datesBetween("2026-11-23", "2026-12-20"));

            SlotSearch atNine = find(closed, List.of(), hours(2), "2026-11-23T09:00", 1);
            assertThat(atNine.horizon()).isEqualTo(at("2026-12-21T09:00"));
            assertThat(starts(atNine)).containsExactly(t("2026-12-21T08:00"));
            assertThat(atNine.beyondHorizon()).as("08:00 is before the horizon at 09:00").isFalse();

            SlotSearch atSeven = find(closed, List.of(), hours(2), "2026-11-23T07:00", 1);
            assertThat(starts(atSeven)).containsExactly(t("2026-12-21T08:00"));
            assertThat(atSeven.beyondHorizon()).as("08:00 is past the horizon at 07:00").isTrue();
        }

        @Test
        void slotsInsideTheFourWeeksAreNotPairedWithOnesBeyondThem() {
            Schedule closed = DEFAULTS.withClosedDays(datesBetween("2026-11-23", "2026-12-20", "2026-12-18"));

            SlotSearch search = find(closed, List.of(), hours(2), "2026-11-23T07:00", 2);

            assertThat(search.beyondHorizon()).isFalse();
            assertThat(starts(search))
                    .as("Monday Dec 21, 08:00 is past the horizon at 07:00: Friday Dec 18 is the one day with room")
                    .containsExactly(t("2026-12-18T08:00"), t("2026-12-18T10:00"));
        }

        @Test
        void nothingFreeWithinAYearIsAnEmptySearch() {
            Schedule closed = DEFAULTS.withClosedDays(datesBetween("2026-11-23", "2027-12-31"));

            SlotSearch search = find(closed, List.of(), hours(2), "2026-11-23T09:00", 2);

            assertThat(search.isEmpty()).isTrue();
            assertThat(search.beyondHorizon()).isTrue();
        }

        @Test
        void aBusyYearForThreeCrewsIsSearchedThroughToItsOneGap() {
            Schedule threeCrews = DEFAULTS.withCrews(3);
            List<Booked> booked = new ArrayList<>();
            for (int crew = 1; crew <= 3; crew++) {
                for (LocalDate d = LocalDate.parse("2026-11-23"); d.isBefore(LocalDate.parse("2027-11-23"));
                        d = d.plusDays(1)) {
                    for (int hour = 8; hour < 17; hour += 3) {
                        boolean gap = crew == 2 && d.equals(LocalDate.parse("2027-03-10")) && hour == 11;
                        if (!gap) {
                            booked.add(new Booked(crew, d.atTime(hour, 0).atZone(NEW_YORK).toInstant(),
                                    d.atTime(hour + 3, 0).atZone(NEW_YORK).toInstant()));
                        }
                    }
                }
            }

            SlotSearch search = find(threeCrews.withBuffer(Duration.ZERO), booked, hours(3), "2026-11-23T06:00", 2);

            assertThat(booked).hasSizeGreaterThan(3000);
            assertThat(search.beyondHorizon()).isTrue();
            assertThat(starts(search)).containsExactly(t("2027-03-10T11:00"));
            assertThat(search.slots().get(0).crew()).isEqualTo(2);
        }
    }

    @Nested
    class Spread {

        @Test
        void theSecondSlotIsTomorrowWhenTomorrowHasRoomNotLaterToday() {
            assertThat(starts(find(DEFAULTS, List.of(), hours(1), "2026-11-23T06:00", 2)))
                    .containsExactly(t("2026-11-23T08:00"), t("2026-11-24T08:00"));
        }

        @Test
        void aSecondCrewFreeAtTheSameTimeIsNotASecondChoice() {
            SlotSearch search = find(DEFAULTS.withCrews(2), List.of(), hours(1), "2026-11-23T06:00", 2);

            assertThat(starts(search)).containsExactly(t("2026-11-23T08:00"), t("2026-11-24T08:00"));
        }

        @Test
        void eachSlotIsOnTheNextDayWithRoomSkippingFullDays() {
            List<Booked> booked = fullDays(1, "2026-11-24", "2026-11-24");

            assertThat(starts(find(DEFAULTS, booked, hours(1), "2026-11-23T06:00", 3)))
                    .containsExactly(t("2026-11-23T08:00"), t("2026-11-25T08:00"), t("2026-11-26T08:00"));
        }

        @Test
        void whenOnlyOneDayHasRoomTheSlotsAreAnArrivalWindowApart() {
            Schedule oneDay = DEFAULTS.withClosedDays(datesBetween("2026-11-23", "2026-12-31", "2026-11-23"));

            assertThat(starts(find(oneDay, List.of(), hours(1), "2026-11-23T06:00", 3)))
                    .containsExactly(t("2026-11-23T08:00"), t("2026-11-23T10:00"), t("2026-11-23T12:00"));
            assertThat(starts(find(oneDay.withArrivalWindow(hours(3)), List.of(), hours(1), "2026-11-23T06:00", 2)))
                    .containsExactly(t("2026-11-23T08:00"), t("2026-11-23T11:00"));
        }

        @Test
        void onOneDayTheNextSlotIsAnArrivalWindowAfterTheFirstFreeOne() {
            Schedule oneDay = DEFAULTS.withClosedDays(datesBetween("2026-11-23", "2026-12-31", "2026-11-23"));
            List<Booked> booked = List.of(booked(1, "2026-11-23T09:00", "2026-11-23T10:00"));

            assertThat(starts(find(oneDay, booked, hours(1), "2026-11-23T06:00", 2)))
                    .as("10:30 is the first free; 08:00 and 09:00 clash with the 09:00 job; 12:30 is two hours on")
                    .containsExactly(t("2026-11-23T10:30"), t("2026-11-23T12:30"));
        }

        @Test
        void moreSlotsThanDaysWithRoomTakeTheEarliestFarEnoughFromTheOthers() {
            Schedule twoDays = DEFAULTS.withClosedDays(
                    datesBetween("2026-11-23", "2026-12-31", "2026-11-23", "2026-11-24"));

            assertThat(starts(find(twoDays, List.of(), hours(1), "2026-11-23T06:00", 3)))
                    .containsExactly(t("2026-11-23T08:00"), t("2026-11-23T10:00"), t("2026-11-24T08:00"));
        }

        @Test
        void oneDayThatCannotHoldTwoSlotsAnArrivalWindowApartGivesOne() {
            Schedule oneDay = DEFAULTS.withClosedDays(datesBetween("2026-11-23", "2026-12-31", "2026-11-23"));

            assertThat(starts(find(oneDay, List.of(), hours(1), "2026-11-23T15:00", 2)))
                    .as("16:00 is the only start left that day")
                    .containsExactly(t("2026-11-23T16:00"));
        }
    }

    @Nested
    class Refusals {

        @Test
        void aJobLongerThanEveryWorkingDayIsRefusedInPlainWords() {
            assertThatThrownBy(() -> find(DEFAULTS, List.of(), hours(10), "2026-11-23T06:00", 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A 10 h job does not fit in any working day (the longest is 9 h).");
            assertThatThrownBy(() -> find(DEFAULTS, List.of(), hours(9.5), "2026-11-23T06:00", 2))
                    .hasMessage("A 9 h 30 min job does not fit in any working day (the longest is 9 h).");
        }

        @Test
        void aJobAsLongAsTheLongestDayFitsIt() {
            assertThat(starts(find(DEFAULTS, List.of(), hours(9), "2026-11-23T06:00", 1)))
                    .containsExactly(t("2026-11-23T08:00"));
        }

        @Test
        void askingForNoSlotOrForAJobOfNoLengthIsRefused() {
            assertThatThrownBy(() -> find(DEFAULTS, List.of(), hours(1), "2026-11-23T06:00", 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Ask for at least one slot (got 0).");
            assertThatThrownBy(() -> find(DEFAULTS, List.of(), Duration.ZERO, "2026-11-23T06:00", 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A job must take some time (got 0 min).");
        }

        @Test
        void aJobTypeIsFoundByItsLength() {
            JobType install = DEFAULTS.jobType("water heater install").orElseThrow();

            SlotSearch search = SlotFinder.find(DEFAULTS, List.of(), install, at("2026-11-23T06:00"), 1);

            assertThat(search.slots().get(0).length()).isEqualTo(Duration.ofHours(4));
        }
    }
}
