package com.ringbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    private static WorkingHours.Span span(String opens, String closes) {
        return new WorkingHours.Span(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    @Test
    void theDefaultIsMondayToFridayEightToFive() {
        WorkingHours hours = WorkingHours.defaults();

        assertThat(hours.days()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(hours.spansOn(DayOfWeek.WEDNESDAY)).containsExactly(span("08:00", "17:00"));
        assertThat(hours.spansOn(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(hours.longestSpan()).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void aSpanClosingAtOrBeforeItsOpeningRunsPastMidnight() {
        assertThat(span("22:00", "06:00").overnight()).isTrue();
        assertThat(span("22:00", "06:00").length()).isEqualTo(Duration.ofHours(8));
        assertThat(span("00:00", "00:00").length()).as("the whole day").isEqualTo(Duration.ofHours(24));
        assertThat(span("08:00", "17:00").overnight()).isFalse();
    }

    @Test
    void aDaysSpansAreKeptEarliestFirstAndDaysWithoutSpansAreNotWorked() {
        WorkingHours split = new WorkingHours(Map.of(
                DayOfWeek.MONDAY, List.of(span("13:00", "17:00"), span("07:00", "11:00")),
                DayOfWeek.TUESDAY, List.of()));

        assertThat(split.spansOn(DayOfWeek.MONDAY)).containsExactly(span("07:00", "11:00"), span("13:00", "17:00"));
        assertThat(split.days()).containsOnlyKeys(DayOfWeek.MONDAY);
        assertThat(split.closed(DayOfWeek.FRIDAY)).isEqualTo(split);
    }

    @Test
    void overlappingSpansAreRefusedSayingWhich() {
        assertThatThrownBy(() -> WorkingHours.defaults().with(DayOfWeek.MONDAY,
                List.of(span("08:00", "12:00"), span("11:00", "17:00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Monday's 08:00-12:00 overlaps Monday's 11:00-17:00; working spans must not overlap.");
    }

    @Test
    void aNightSpanMustNotRunIntoTheNextMorningsSpan() {
        assertThatThrownBy(() -> WorkingHours.defaults().with(DayOfWeek.MONDAY, LocalTime.of(20, 0), LocalTime.of(9, 0)))
                .hasMessage("Monday's 20:00-09:00 overlaps Tuesday's 08:00-17:00; working spans must not overlap.");
        assertThatThrownBy(() -> WorkingHours.defaults().with(DayOfWeek.SUNDAY, LocalTime.of(20, 0), LocalTime.of(9, 0)))
                .as("Sunday night runs into Monday of the next week")
                .hasMessageContaining("Sunday's 20:00-09:00");
        assertThat(WorkingHours.defaults().with(DayOfWeek.MONDAY, LocalTime.of(20, 0), LocalTime.of(8, 0))
                .longestSpan()).as("up to the next opening is fine").isEqualTo(Duration.ofHours(12));
    }

    @Test
    void hoursWithNoWorkedDayAreRefused() {
        assertThatThrownBy(() -> new WorkingHours(Map.of(DayOfWeek.MONDAY, List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Working hours need at least one day with opening hours.");
    }
}
