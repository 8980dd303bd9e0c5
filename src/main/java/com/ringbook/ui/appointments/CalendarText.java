package com.ringbook.ui.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the Appointments screen writes times and days, in the business's zone and US English. */
final class CalendarText {
    private static final DateTimeFormatter DAY_HEADER = DateTimeFormatter.ofPattern("EEE d", Locale.US);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.US);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.US);

    private CalendarText() {
    }

    /** "8 AM", "12 PM", "12 AM" for the hour that starts {@code minute} minutes after midnight. */
    static String hour(int minute) {
        int h = (minute / 60) % 24;
        int twelve = h % 12 == 0 ? 12 : h % 12;
        return twelve + (h < 12 ? " AM" : " PM");
    }

    /** "Mon 23": a week's column header. */
    static String dayHeader(LocalDate day) {
        return DAY_HEADER.format(day);
    }

    /** "Tue Nov 24, 8-10 AM": the day and window the customer was told. */
    static String dayAndWindow(Instant from, Instant to, ZoneId zone) {
        return SHORT_DAY.format(from.atZone(zone)) + ", " + window(from, to, zone);
    }

    /** "Tue Nov 24, 3:12 PM". */
    static String stamp(Instant at, ZoneId zone) {
        return STAMP.format(at.atZone(zone));
    }

    /** "8-10 AM", "11 AM-1 PM", "9:30-11:30 AM". */
    static String window(Instant from, Instant to, ZoneId zone) {
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        String startHalf = start.getHour() < 12 ? "AM" : "PM";
        String endHalf = end.getHour() < 12 ? "AM" : "PM";
        boolean sameHalf = startHalf.equals(endHalf) && start.toLocalDate().equals(end.toLocalDate());
        return clock(start) + (sameHalf ? "" : " " + startHalf) + "-" + clock(end) + " " + endHalf;
    }

    /** "8 AM", "10:30 AM": when a window starts, for a block too narrow for the whole window. */
    static String start(Instant from, ZoneId zone) {
        ZonedDateTime start = from.atZone(zone);
        return clock(start) + (start.getHour() < 12 ? " AM" : " PM");
    }

    /** "9" on the hour, "9:30" otherwise. */
    private static String clock(ZonedDateTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return time.getMinute() == 0 ? Integer.toString(hour) : hour + ":" + String.format("%02d", time.getMinute());
    }
}
