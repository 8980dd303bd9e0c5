package com.ringbook.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeksTest {

    @Test
    void theFirstDayOfTheWeekIsTheCountrys() {
        assertThat(Weeks.firstDayIn("US")).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(Weeks.firstDayIn("CA")).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(Weeks.firstDayIn("GB")).isEqualTo(DayOfWeek.MONDAY);
        assertThat(Weeks.firstDayIn("DE")).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void inBritainSundayAt2330IsTheEndOfTheWeekThatBeganOnMonday() {
        Weeks weeks = new Weeks(ZoneId.of("Europe/London"), DayOfWeek.MONDAY);
        Instant sundayLate = Instant.parse("2026-11-29T23:30:00Z"); // GMT: local time is UTC
        assertThat(weeks.last(1, sundayLate)).containsExactly(LocalDate.parse("2026-11-23"));
    }

    @Test
    void inChicagoSundayAt2330IsAlreadyMondayInUtcButStartsTheLocalWeek() {
        Weeks weeks = new Weeks(ZoneId.of("America/Chicago"), DayOfWeek.SUNDAY);
        Instant sundayLate = Instant.parse("2026-11-23T05:30:00Z");
        assertThat(weeks.last(2, sundayLate)).containsExactly(LocalDate.parse("2026-11-15"), LocalDate.parse("2026-11-22"));
    }

    @Test
    void aWeekIsSevenLocalDaysEvenWhenTheClocksChange() {
        Weeks weeks = new Weeks(ZoneId.of("America/Chicago"), DayOfWeek.SUNDAY);
        List<Instant> bounds = weeks.bounds(List.of(LocalDate.parse("2026-10-25"), LocalDate.parse("2026-11-01")));
        assertThat(Duration.between(bounds.get(0), bounds.get(1))).isEqualTo(Duration.ofDays(7));
        // Daylight saving ends on Sunday 1 November: that week is an hour longer.
        assertThat(Duration.between(bounds.get(1), bounds.get(2))).isEqualTo(Duration.ofDays(7).plusHours(1));
    }
}
