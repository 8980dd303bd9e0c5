package com.ringbook.booking;

import com.ringbook.booking.api.SlotText;
import com.ringbook.domain.Schedule;
import com.ringbook.domain.TimeSlot;
import static com.ringbook.booking.Fixtures.NEW_YORK;
import static com.ringbook.booking.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SlotTextTest {

    private static final SlotText TEXT = SlotText.of(NEW_YORK);

    /** A two-hour job whose arrival window runs from {@code from} to {@code to}, New York time. */
    private static TimeSlot slot(String from, String to) {
        Instant start = at(from);
        return new TimeSlot(1, start, start.plus(Duration.ofHours(2)), start, at(to));
    }

    @Test
    void aMorningWindowNamesTheHalfOfTheDayOnce() {
        assertThat(TEXT.when(slot("2026-11-24T09:00", "2026-11-24T11:00"))).isEqualTo("Tue Nov 24, 9-11 AM");
    }

    @Test
    void anAfternoonWindow() {
        assertThat(TEXT.when(slot("2026-11-25T13:00", "2026-11-25T15:00"))).isEqualTo("Wed Nov 25, 1-3 PM");
    }

    @Test
    void aWindowAcrossNoonNamesBothHalves() {
        assertThat(TEXT.when(slot("2026-11-24T11:00", "2026-11-24T13:00"))).isEqualTo("Tue Nov 24, 11 AM-1 PM");
        assertThat(TEXT.when(slot("2026-11-24T10:00", "2026-11-24T12:00"))).isEqualTo("Tue Nov 24, 10 AM-12 PM");
        assertThat(TEXT.when(slot("2026-11-24T12:00", "2026-11-24T14:00"))).isEqualTo("Tue Nov 24, 12-2 PM");
    }

    @Test
    void halfHoursShowTheirMinutes() {
        assertThat(TEXT.when(slot("2026-11-24T09:30", "2026-11-24T11:30"))).isEqualTo("Tue Nov 24, 9:30-11:30 AM");
        assertThat(TEXT.when(slot("2026-11-24T16:00", "2026-11-24T17:00"))).isEqualTo("Tue Nov 24, 4-5 PM");
        assertThat(TEXT.when(slot("2026-11-24T11:30", "2026-11-24T13:00"))).isEqualTo("Tue Nov 24, 11:30 AM-1 PM");
    }

    @Test
    void aNightWindowAcrossMidnightNamesBothHalves() {
        assertThat(TEXT.when(slot("2026-11-27T23:00", "2026-11-28T01:00"))).isEqualTo("Fri Nov 27, 11 PM-1 AM");
    }

    @Test
    void timesAreTheBusinesssNotTheComputers() {
        Instant nineNewYork = Instant.parse("2026-11-24T14:00:00Z");
        TimeSlot slot = new TimeSlot(1, nineNewYork, nineNewYork.plusSeconds(7200), nineNewYork, nineNewYork.plusSeconds(7200));

        assertThat(TEXT.when(slot)).isEqualTo("Tue Nov 24, 9-11 AM");
        assertThat(SlotText.of(java.time.ZoneId.of("America/Los_Angeles")).when(slot)).isEqualTo("Tue Nov 24, 6-8 AM");
    }

    @Test
    void twoSlotsAskForANumber() {
        assertThat(TEXT.offer(List.of(slot("2026-11-24T09:00", "2026-11-24T11:00"),
                slot("2026-11-25T13:00", "2026-11-25T15:00"))))
                .isEqualTo("Tue Nov 24, 9-11 AM or Wed Nov 25, 1-3 PM: reply 1 or 2");
    }

    @Test
    void oneSlotAsksForAYes() {
        assertThat(TEXT.offer(List.of(slot("2026-11-24T09:00", "2026-11-24T11:00"))))
                .isEqualTo("Tue Nov 24, 9-11 AM: reply YES to book it");
    }

    @Test
    void threeSlotsAreNumbered() {
        assertThat(TEXT.offer(List.of(slot("2026-11-24T09:00", "2026-11-24T11:00"),
                slot("2026-11-25T13:00", "2026-11-25T15:00"), slot("2026-11-30T08:00", "2026-11-30T10:00"))))
                .isEqualTo("1) Tue Nov 24, 9-11 AM; 2) Wed Nov 25, 1-3 PM; 3) Mon Nov 30, 8-10 AM: reply 1, 2 or 3");
    }

    @Test
    void nothingFreeInFourWeeksIsSaidBeforeTheOffer() {
        SlotSearch one = new SlotSearch(List.of(slot("2026-12-22T09:00", "2026-12-22T11:00")),
                at("2026-12-21T06:00"), true);
        SlotSearch two = new SlotSearch(List.of(slot("2026-12-22T09:00", "2026-12-22T11:00"),
                slot("2026-12-23T09:00", "2026-12-23T11:00")), at("2026-12-21T06:00"), true);

        assertThat(TEXT.offer(one.slots(), one.beyondHorizon())).isEqualTo("Nothing is free in the next four weeks, sorry. "
                + "The first opening is Tue Dec 22, 9-11 AM: reply YES to book it");
        assertThat(TEXT.offer(two.slots(), two.beyondHorizon())).isEqualTo("Nothing is free in the next four weeks, sorry. "
                + "The first openings are Tue Dec 22, 9-11 AM or Wed Dec 23, 9-11 AM: reply 1 or 2");
    }

    @Test
    void aSearchInsideTheFourWeeksIsJustTheOffer() {
        SlotSearch search = SlotFinder.find(Schedule.defaults(NEW_YORK), List.of(), Duration.ofHours(2),
                at("2026-11-23T06:00"), 2);

        assertThat(TEXT.offer(search.slots(), search.beyondHorizon())).isEqualTo("Mon Nov 23, 8-10 AM or Tue Nov 24, 8-10 AM: reply 1 or 2");
    }

    @Test
    void noSlotIsNoOffer() {
        assertThatThrownBy(() -> TEXT.offer(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no slot to offer.");
    }

    @Test
    void aLocaleWithADayFirstDateAndA24HourClock() {
        SlotText british = new SlotText(NEW_YORK, Locale.UK);

        assertThat(british.when(slot("2026-11-24T13:00", "2026-11-24T15:00"))).isEqualTo("Tue 24 Nov, 13:00-15:00");
    }
}
