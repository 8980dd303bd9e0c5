package com.ringbook.revenue;

import com.ringbook.domain.Settings;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The business's weeks: they begin on its country's first day of the week (Sunday in the US, Monday in most of
 * Europe) at local midnight in its time zone, so a week is seven local days whatever daylight saving does to the hours.
 */
public record Weeks(ZoneId zone, DayOfWeek firstDay) {

    public Weeks {
        Objects.requireNonNull(zone);
        Objects.requireNonNull(firstDay);
    }

    public static Weeks of(Settings settings) {
        return new Weeks(settings.zone(), firstDayIn(settings.region()));
    }

    /** The first day of the week where the business is (its two-letter country code). */
    public static DayOfWeek firstDayIn(String region) {
        return WeekFields.of(Locale.forLanguageTag("und-" + region)).getFirstDayOfWeek();
    }

    /** The first day of the week holding {@code day}. */
    public LocalDate startOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(firstDay));
    }

    /** The local date of {@code instant} in the business's zone. */
    public LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The first days of the last {@code count} weeks up to the one holding {@code now}, oldest first. */
    public List<LocalDate> last(int count, Instant now) {
        LocalDate current = startOf(day(now));
        List<LocalDate> starts = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            starts.add(current.minusWeeks(i));
        }
        return starts;
    }

    /** Where local day {@code day} begins. */
    public Instant at(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The weeks' boundaries: each week's first instant, then the instant after the last week ends. */
    public List<Instant> bounds(List<LocalDate> starts) {
        List<Instant> bounds = new ArrayList<>();
        starts.forEach(start -> bounds.add(at(start)));
        bounds.add(at(starts.get(starts.size() - 1).plusWeeks(1)));
        return bounds;
    }
}
