package com.ringbook.ui.appointments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The days the Appointments screen shows: one day, or the week (Monday first) around a date, with how
 * that range is named in its title, in its empty state and in an export's file name.
 *
 * @param mode   a day or a week
 * @param anchor the day asked for; a week shows the Monday-to-Sunday week it falls in
 */
public record CalendarRange(Mode mode, LocalDate anchor) {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter WEEKDAY_MONTH_DAY_YEAR =
            DateTimeFormatter.ofPattern("EEEE, MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter WEEKDAY_MONTH_DAY = DateTimeFormatter.ofPattern("EEEE, MMM d", Locale.US);

    /** How many days the screen shows at once. */
    public enum Mode {
        DAY("Day"), WEEK("Week");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CalendarRange {
        Objects.requireNonNull(mode, "A range is a day or a week");
        Objects.requireNonNull(anchor, "A range needs a day");
    }

    /** The first day shown. */
    public LocalDate from() {
        return mode == Mode.DAY ? anchor : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The last day shown, included. */
    public LocalDate to() {
        return mode == Mode.DAY ? anchor : from().plusDays(6);
    }

    /** Every day shown, first to last. */
    public List<LocalDate> days() {
        return Stream.iterate(from(), d -> !d.isAfter(to()), d -> d.plusDays(1)).toList();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from()) && !day.isAfter(to());
    }

    /** The day or week before this one. */
    public CalendarRange previous() {
        return new CalendarRange(mode, mode == Mode.DAY ? anchor.minusDays(1) : anchor.minusWeeks(1));
    }

    /** The day or week after this one. */
    public CalendarRange next() {
        return new CalendarRange(mode, mode == Mode.DAY ? anchor.plusDays(1) : anchor.plusWeeks(1));
    }

    /** The same anchor shown as a day or a week. */
    public CalendarRange as(Mode other) {
        return new CalendarRange(other, anchor);
    }

    /**
     * "Tuesday, Nov 24, 2026"; "Week of Nov 23 - 29, 2026", "Week of Nov 30 - Dec 6, 2026" across a month,
     * "Week of Dec 28, 2026 - Jan 3, 2027" across a year.
     */
    public String title() {
        if (mode == Mode.DAY) {
            return WEEKDAY_MONTH_DAY_YEAR.format(anchor);
        }
        LocalDate first = from();
        LocalDate last = to();
        if (first.getYear() != last.getYear()) {
            return "Week of " + MONTH_DAY_YEAR.format(first) + " - " + MONTH_DAY_YEAR.format(last);
        }
        String end = first.getMonth() == last.getMonth() ? Integer.toString(last.getDayOfMonth()) : MONTH_DAY.format(last);
        return "Week of " + MONTH_DAY.format(first) + " - " + end + ", " + last.getYear();
    }

    /** What an empty range says: "Nothing booked this week", "Nothing booked on Tuesday, Nov 24". */
    public String emptyText() {
        return mode == Mode.WEEK ? "Nothing booked this week" : "Nothing booked on " + WEEKDAY_MONTH_DAY.format(anchor);
    }

    /** The file an export of this range is offered as: "appointments-2026-11-23-2026-11-29.ics". */
    public String exportFileName() {
        return fileName(from(), to());
    }

    /** "appointments-FROM-TO.ics", the dates as ISO days. */
    public static String fileName(LocalDate from, LocalDate to) {
        return "appointments-" + from + "-" + to + ".ics";
    }
}
