package com.ringbook.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The booking side of the settings as stored (text, one key each) and as used: the working schedule the
 * slot finder books into, and the qualifying questions staff send with one click. Reads and checks the
 * text forms; {@link Settings} holds the result.
 */
public final class BookingSettings {
    public static final String HOURS = "schedule.hours";
    public static final String CLOSED_DAYS = "schedule.closed_days";
    public static final String CREWS = "schedule.crews";
    public static final String BUFFER_MINUTES = "schedule.buffer_minutes";
    public static final String LEAD_MINUTES = "schedule.lead_minutes";
    public static final String ARRIVAL_MINUTES = "schedule.arrival_minutes";
    public static final String JOB_TYPES = "schedule.job_types";
    public static final String QUESTIONS = "booking.questions";

    public static final String DEFAULT_QUESTIONS = """
            What's going on? A photo helps if you can send one.
            How urgent is it: is anything leaking or out of service right now?
            What's the address, and anything we should know to get in (gate code, parking, pets)?""";

    /** "Mon-Fri 08:00-17:00", "Sat 09:00-13:00", "Mon 08:00-12:00, 13:00-17:00", "Fri 22:00-06:00". */
    private static final Pattern HOURS_LINE = Pattern.compile(
            "(?i)\\s*([a-z]{3,9})(?:\\s*-\\s*([a-z]{3,9}))?\\s+(.+)");
    private static final Pattern SPAN = Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");

    private BookingSettings() {
    }

    static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(HOURS, "Mon-Fri 08:00-17:00");
        d.put(CLOSED_DAYS, "");
        d.put(CREWS, "1");
        d.put(BUFFER_MINUTES, "30");
        d.put(LEAD_MINUTES, "60");
        d.put(ARRIVAL_MINUTES, "120");
        d.put(JOB_TYPES, """
                Diagnosis / repair | 120 | 250
                Drain cleaning | 90 | 300
                Maintenance visit | 60 | 150
                Water heater install | 240 | 1800""");
        d.put(QUESTIONS, DEFAULT_QUESTIONS);
        return d;
    }

    /** The schedule in the business's zone; the map must have passed {@link #validate}. */
    static Schedule schedule(Map<String, String> m, ZoneId zone) {
        return new Schedule(zone, hours(m.get(HOURS)), closedDays(m.get(CLOSED_DAYS)), Integer.parseInt(m.get(CREWS).strip()),
                Duration.ofMinutes(Long.parseLong(m.get(BUFFER_MINUTES).strip())),
                Duration.ofMinutes(Long.parseLong(m.get(LEAD_MINUTES).strip())),
                Duration.ofMinutes(Long.parseLong(m.get(ARRIVAL_MINUTES).strip())), jobTypes(m.get(JOB_TYPES)));
    }

    static List<String> questions(Map<String, String> m) {
        return lines(m.get(QUESTIONS));
    }

    /** Field key to a plain-words problem; the schedule as a whole is checked once its parts read. */
    static Map<String, String> validate(Map<String, String> m, ZoneId zone) {
        Map<String, String> errors = new LinkedHashMap<>();
        WorkingHours hours = read(errors, HOURS, () -> hours(m.get(HOURS)));
        read(errors, CLOSED_DAYS, () -> closedDays(m.get(CLOSED_DAYS)));
        whole(errors, m, CREWS, 1, 50, "crews", "Use a number of crews from 1 to 50.");
        whole(errors, m, BUFFER_MINUTES, 0, 480, "minutes", "Use 0 to 480 minutes between jobs.");
        whole(errors, m, LEAD_MINUTES, 0, 10_080, "minutes", "Use 0 to 10080 minutes (a week) of notice.");
        whole(errors, m, ARRIVAL_MINUTES, 15, 720, "minutes", "Use an arrival window of 15 to 720 minutes.");
        List<JobType> types = read(errors, JOB_TYPES, () -> jobTypes(m.get(JOB_TYPES)));
        if (hours != null && types != null) {
            // Said at once, whatever else is wrong: a job no working span can hold could never be offered.
            for (JobType type : types) {
                read(errors, JOB_TYPES, () -> {
                    hours.requireFits(type.length(), type.name() + ": ");
                    return type;
                });
            }
        }
        if (errors.isEmpty() && zone != null) {
            read(errors, JOB_TYPES, () -> schedule(m, zone));
        }
        return errors;
    }

    private interface Reading<T> {
        T read();
    }

    /** What the reading gives, or null with its problem noted under {@code key} (the first problem of a key wins). */
    private static <T> T read(Map<String, String> errors, String key, Reading<T> reading) {
        try {
            return reading.read();
        } catch (IllegalArgumentException | DateTimeException e) {
            errors.putIfAbsent(key, e.getMessage());
            return null;
        }
    }

    private static void whole(Map<String, String> errors, Map<String, String> m, String key, long min, long max,
                              String unit, String message) {
        try {
            long value = Long.parseLong(m.get(key).strip());
            if (value < min || value > max) {
                errors.put(key, message);
            }
        } catch (NumberFormatException e) {
            errors.put(key, "Use a whole number of " + unit + ". " + message);
        }
    }

    static WorkingHours hours(String text) {
        Map<DayOfWeek, List<WorkingHours.Span>> days = new EnumMap<>(DayOfWeek.class);
        for (String line : lines(text)) {
            Matcher m = HOURS_LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("Write hours like \"Mon-Fri 08:00-17:00\", one line per day or days: \""
                        + line + "\" is not.");
            }
            DayOfWeek first = day(m.group(1));
            DayOfWeek last = m.group(2) == null ? first : day(m.group(2));
            List<WorkingHours.Span> spans = new ArrayList<>();
            for (String part : m.group(3).split(",")) {
                Matcher span = SPAN.matcher(part);
                if (!span.matches()) {
                    throw new IllegalArgumentException("Write a span like 08:00-17:00: \"" + part.strip() + "\" is not.");
                }
                spans.add(new WorkingHours.Span(time(span.group(1)), time(span.group(2))));
            }
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                if (days.containsKey(d)) {
                    throw new IllegalArgumentException(d.getDisplayName(java.time.format.TextStyle.FULL, Locale.US)
                            + " is listed twice.");
                }
                days.put(d, spans);
                if (d == last) {
                    break;
                }
            }
        }
        return new WorkingHours(days);
    }

    private static DayOfWeek day(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(wanted) && wanted.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown day \"" + text.strip() + "\"; use Mon, Tue, Wed, Thu, Fri, Sat or Sun.");
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a time of day; use 24-hour time like 08:00.");
        }
    }

    static Set<LocalDate> closedDays(String text) {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (String part : text.split("[,;\\n]")) {
            String date = part.strip();
            if (date.isEmpty()) {
                continue;
            }
            try {
                days.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + date + "\" is not a date; write closed days like 2026-12-25.");
            }
        }
        return days;
    }

    /** One job type a line: "Drain cleaning | 90 | 300" (name, minutes, usual value). */
    static List<JobType> jobTypes(String text) {
        List<JobType> types = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException("Write each job type as name | minutes | value, like "
                        + "\"Drain cleaning | 90 | 300\": \"" + line + "\" is not.");
            }
            long minutes;
            try {
                minutes = Long.parseLong(parts[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(parts[0].strip() + ": \"" + parts[1].strip()
                        + "\" is not a whole number of minutes.");
            }
            types.add(new JobType(parts[0], Duration.ofMinutes(minutes), Money.parseCents(parts[2])));
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("List at least one job type, like \"Drain cleaning | 90 | 300\".");
        }
        return types;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
