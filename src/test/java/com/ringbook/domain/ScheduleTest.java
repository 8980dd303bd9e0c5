package com.ringbook.domain;

import com.ringbook.domain.TimeSlot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final java.time.ZoneId NEW_YORK = java.time.ZoneId.of("America/New_York");

    private static final Schedule DEFAULTS = Schedule.defaults(NEW_YORK);

    @Test
    void theDefaultsAreOneCrewOnWeekdaysWithTradeJobs() {
        assertThat(DEFAULTS.hours()).isEqualTo(WorkingHours.defaults());
        assertThat(DEFAULTS.crews()).isEqualTo(1);
        assertThat(DEFAULTS.buffer()).isEqualTo(Duration.ofMinutes(30));
        assertThat(DEFAULTS.leadTime()).isEqualTo(Duration.ofHours(1));
        assertThat(DEFAULTS.arrivalWindow()).isEqualTo(Duration.ofHours(2));
        assertThat(DEFAULTS.closedDays()).isEmpty();
        assertThat(DEFAULTS.jobType("Drain cleaning")).contains(
                new JobType("Drain cleaning", Duration.ofMinutes(90), 30_000));
        assertThat(DEFAULTS.jobType(" diagnosis / REPAIR ").map(JobType::defaultValueCents)).contains(25_000L);
        assertThat(DEFAULTS.jobType("Roof repair")).isEmpty();
    }

    @Test
    void badNumbersAreRefusedInPlainWords() {
        assertThatThrownBy(() -> DEFAULTS.withCrews(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A schedule needs at least one crew (got 0).");
        assertThatThrownBy(() -> DEFAULTS.withBuffer(Duration.ofMinutes(-10)))
                .hasMessage("The buffer between jobs cannot be negative (got -10 min).");
        assertThatThrownBy(() -> DEFAULTS.withLeadTime(Duration.ofMinutes(-90)))
                .hasMessage("The lead time cannot be negative (got -1 h 30 min).");
        assertThatThrownBy(() -> DEFAULTS.withArrivalWindow(Duration.ZERO))
                .hasMessage("The arrival window must be longer than zero (got 0 min).");
        assertThat(DEFAULTS.withBuffer(Duration.ZERO).withLeadTime(Duration.ZERO).buffer()).isZero();
    }

    @Test
    void aJobTypeLongerThanAnyWorkingDayIsRefusedByName() {
        assertThatThrownBy(() -> DEFAULTS.withJobTypes(List.of(new JobType("Repipe", Duration.ofHours(12), 900_000))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Repipe: A 12 h job does not fit in any working day (the longest is 9 h).");
    }

    @Test
    void twoJobTypesMayNotShareAName() {
        assertThatThrownBy(() -> DEFAULTS.withJobTypes(List.of(
                new JobType("Drain cleaning", Duration.ofHours(1), 100),
                new JobType("drain cleaning ", Duration.ofHours(2), 200))))
                .hasMessage("Two job types are called \"drain cleaning\".");
    }

    @Test
    void valueTypesRefuseWhatCannotBe() {
        assertThatThrownBy(() -> new JobType(" ", Duration.ofHours(1), 0)).hasMessage("A job type needs a name.");
        assertThatThrownBy(() -> new JobType("Quote", Duration.ZERO, 0))
                .hasMessage("Quote must take some time (got 0 min).");
        assertThatThrownBy(() -> new JobType("Quote", Duration.ofHours(1), -1))
                .hasMessage("Quote cannot be worth less than nothing (got -1 cents).");
        Instant nine = Instant.parse("2026-11-23T14:00:00Z");
        assertThatThrownBy(() -> new com.ringbook.booking.Booked(0, nine, nine.plusSeconds(60)))
                .hasMessage("Crews are numbered from 1 (got 0).");
        assertThatThrownBy(() -> new com.ringbook.booking.Booked(1, nine, nine)).hasMessageStartingWith("A booking must end after it starts");
        assertThatThrownBy(() -> new TimeSlot(1, nine, nine.plusSeconds(3600), nine, nine))
                .hasMessageStartingWith("An arrival window must end after it starts");
    }

    @Test
    void closedDaysAndJobTypesCannotBeChangedAfterward() {
        assertThatThrownBy(() -> DEFAULTS.closedDays().add(java.time.LocalDate.parse("2026-12-25")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DEFAULTS.jobTypes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
