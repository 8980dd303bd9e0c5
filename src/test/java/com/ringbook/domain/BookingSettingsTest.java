package com.ringbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schedule and qualifying questions as the Settings screen stores them, read back and checked. */
class BookingSettingsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Map<String, String> with(String key, String value) {
        Map<String, String> draft = new HashMap<>(Map.of(Settings.ZONE, NEW_YORK.getId()));
        draft.put(key, value);
        return draft;
    }

    @Test
    void theDefaultsAreADayShiftWeekOneCrewAndATradesJobList() {
        Settings settings = Settings.fromMap(Map.of(Settings.ZONE, NEW_YORK.getId()));
        assertThat(settings.schedule()).isEqualTo(Schedule.defaults(NEW_YORK));
        assertThat(settings.qualifyingQuestions()).hasSize(3).allSatisfy(q -> assertThat(q).isNotBlank());
    }

    @Test
    void hoursReadDayRangesSplitDaysAndNightShifts() {
        WorkingHours hours = BookingSettings.hours("""
                Mon-Thu 08:00-17:00
                fri 8:00-12:00, 13:00-16:30
                Saturday 22:00-06:00
                """);
        assertThat(hours.spansOn(DayOfWeek.WEDNESDAY)).containsExactly(new WorkingHours.Span(LocalTime.of(8, 0), LocalTime.of(17, 0)));
        assertThat(hours.spansOn(DayOfWeek.FRIDAY)).containsExactly(new WorkingHours.Span(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new WorkingHours.Span(LocalTime.of(13, 0), LocalTime.of(16, 30)));
        assertThat(hours.spansOn(DayOfWeek.SATURDAY).get(0).overnight()).isTrue();
        assertThat(hours.spansOn(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void eachBadFieldGetsItsOwnPlainWordsProblem() {
        assertThat(Settings.validate(with(BookingSettings.HOURS, "weekdays nine to five")))
                .containsKey(BookingSettings.HOURS);
        assertThat(Settings.validate(with(BookingSettings.HOURS, "Mon 08:00-17:00\nMon 09:00-10:00")).get(BookingSettings.HOURS))
                .isEqualTo("Monday is listed twice.");
        assertThat(Settings.validate(with(BookingSettings.HOURS, "Mon 25:00-26:00")).get(BookingSettings.HOURS))
                .contains("not a time of day");
        assertThat(Settings.validate(with(BookingSettings.CLOSED_DAYS, "2026-12-25, Christmas")).get(BookingSettings.CLOSED_DAYS))
                .isEqualTo("\"Christmas\" is not a date; write closed days like 2026-12-25.");
        assertThat(Settings.validate(with(BookingSettings.CREWS, "0")).get(BookingSettings.CREWS))
                .isEqualTo("Use a number of crews from 1 to 50.");
        assertThat(Settings.validate(with(BookingSettings.BUFFER_MINUTES, "half an hour"))).containsKey(BookingSettings.BUFFER_MINUTES);
        assertThat(Settings.validate(with(BookingSettings.JOB_TYPES, "Drain cleaning, 90, 300")).get(BookingSettings.JOB_TYPES))
                .startsWith("Write each job type as name | minutes | value");
        assertThat(Settings.validate(with(BookingSettings.JOB_TYPES, "Drain cleaning | 90 | lots")).get(BookingSettings.JOB_TYPES))
                .contains("is not an amount of money");
        assertThat(Settings.validate(with(BookingSettings.JOB_TYPES, "Remodel | 600 | 9000")).get(BookingSettings.JOB_TYPES))
                .isEqualTo("Remodel: A 10 h job does not fit in any working day (the longest is 9 h).");
    }

    @Test
    void aValidScheduleReadsBackAsTyped() {
        Map<String, String> draft = new HashMap<>(Map.of(Settings.ZONE, NEW_YORK.getId(),
                BookingSettings.HOURS, "Mon-Sat 07:00-19:00", BookingSettings.CLOSED_DAYS, "2026-12-25\n2027-01-01",
                BookingSettings.CREWS, "3", BookingSettings.BUFFER_MINUTES, "15", BookingSettings.LEAD_MINUTES, "0",
                BookingSettings.ARRIVAL_MINUTES, "180", BookingSettings.JOB_TYPES, "Tune-up | 45 | 89.50",
                BookingSettings.QUESTIONS, "  What make is the furnace?\n\n Is it making a noise? "));
        assertThat(Settings.validate(draft)).isEmpty();
        Settings settings = Settings.fromMap(draft);
        Schedule schedule = settings.schedule();
        assertThat(schedule.crews()).isEqualTo(3);
        assertThat(schedule.buffer()).isEqualTo(Duration.ofMinutes(15));
        assertThat(schedule.leadTime()).isZero();
        assertThat(schedule.arrivalWindow()).isEqualTo(Duration.ofHours(3));
        assertThat(schedule.closedDays()).containsExactlyInAnyOrder(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01"));
        assertThat(schedule.jobTypes()).containsExactly(new JobType("Tune-up", Duration.ofMinutes(45), 8_950));
        assertThat(schedule.hours().spansOn(DayOfWeek.SATURDAY)).hasSize(1);
        assertThat(settings.qualifyingQuestions()).containsExactly("What make is the furnace?", "Is it making a noise?");
    }

    @Test
    void moneyIsReadAsTypedAndShownAsPeopleWriteIt() {
        assertThat(Money.parseCents("400")).isEqualTo(40_000);
        assertThat(Money.parseCents(" $1,250.5 ")).isEqualTo(125_050);
        assertThat(Money.parseCents("99.99")).isEqualTo(9_999);
        for (String bad : List.of("", "abc", "-5", "1.234", "12,34", "$", "1e5")) {
            assertThatThrownBy(() -> Money.parseCents(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not an amount of money");
        }
        assertThatThrownBy(() -> Money.parseCents("99999999")).hasMessageContaining("more than a job is worth");
        assertThat(Money.plain(180_000)).isEqualTo("1800.00");
        assertThat(Money.plain(5)).isEqualTo("0.05");
        assertThat(Money.shown(180_000)).isEqualTo("$1,800");
        assertThat(Money.shown(30_050)).isEqualTo("$300.50");
    }
}
