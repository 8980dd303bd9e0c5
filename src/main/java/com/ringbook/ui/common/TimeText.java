package com.ringbook.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times read in the console: short, relative where it helps, always in the business's zone. */
public final class TimeText {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.US);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    private TimeText() {
    }

    /** "now", "2m", "3h", "Tue", "Mar 4": how long ago, for list rows. */
    public static String ago(Instant at, Instant now, ZoneId zone) {
        if (at == null) {
            return "";
        }
        Duration d = Duration.between(at, now);
        if (d.getSeconds() < 60) {
            return "now";
        }
        if (d.toMinutes() < 60) {
            return d.toMinutes() + "m";
        }
        if (d.toHours() < 24) {
            return d.toHours() + "h";
        }
        ZonedDateTime when = at.atZone(zone);
        if (d.toDays() < 7) {
            return WEEKDAY.format(when);
        }
        return SHORT_DATE.format(when);
    }

    /** "45s", "4m", "1h 05m": how long a customer has been waiting. */
    public static String waited(Instant since, Instant now) {
        long seconds = Math.max(0, Duration.between(since, now).getSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + "h " + String.format("%02dm", minutes % 60);
        }
        return (hours / 24) + "d " + (hours % 24) + "h";
    }

    /** "9:41 AM" in the business zone. */
    public static String clock(Instant at, ZoneId zone) {
        return CLOCK.format(at.atZone(zone));
    }

    /** "Today", "Yesterday", or "Monday, March 3": a day divider in a timeline. */
    public static String day(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        return LONG_DATE.format(day);
    }

    /** A speed to text as the status bar shows it: "120 ms" under a second, "2.4 s" up to a minute, then "1.5 min". */
    public static String seconds(Duration d) {
        long ms = Math.max(0, d.toMillis());
        if (ms < 1) {
            return "<1 ms";
        }
        if (ms < 1000) {
            return ms + " ms";
        }
        // Rounded to tenths first, so 59.96 s reads "1.0 min" rather than "60.0 s".
        long tenths = Math.round(ms / 100.0);
        if (tenths < 600) {
            return String.format(Locale.US, "%.1f s", tenths / 10.0);
        }
        return String.format(Locale.US, "%.1f min", ms / 60_000.0);
    }
}
