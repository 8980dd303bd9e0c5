package com.ringbook.booking;

import com.ringbook.domain.Appointment;
import com.ringbook.domain.PhoneFormat;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Booked appointments as an RFC 5545 calendar, for a calendar app to import or subscribe to. Each event
 * covers the crew's booked time for the job (written in UTC, so no time-zone table is needed); the
 * arrival window the customer was told, in the business's own time, is in the event's description.
 * Cancelled appointments are left out.
 *
 * <p>No METHOD: the file is a plain calendar to import, not a scheduling message (RFC 5546's PUBLISH would
 * ask for an ORGANIZER, which a business's own job list has no use for).
 *
 * <p>An event's UID is made from the appointment's id and the database's own id, so exporting again
 * updates the events a calendar already has instead of adding them twice, and two businesses' (or a
 * demo's) events never overwrite each other.
 */
public final class IcsCalendar {
    static final String CRLF = "\r\n";
    /** RFC 5545 3.1: a content line is at most 75 octets long, not counting its line break. */
    static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.US);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm", Locale.US);
    private static final DateTimeFormatter HALF = DateTimeFormatter.ofPattern("a", Locale.US);
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

    private final String businessName;
    private final ZoneId zone;
    private final String region;
    private final String databaseId;

    /**
     * @param region     the business's country (two letters), which says what currency job values are in
     * @param databaseId the store's {@code instanceId}: makes every event's UID unique beyond this database
     */
    public IcsCalendar(String businessName, ZoneId zone, String region, String databaseId) {
        this.businessName = Objects.requireNonNull(businessName, "A calendar needs the business's name");
        this.zone = Objects.requireNonNull(zone, "A calendar needs the business's time zone");
        this.region = Objects.requireNonNull(region, "A calendar needs the business's country");
        this.databaseId = Objects.requireNonNull(databaseId, "A calendar needs the database's id");
    }

    /**
     * The calendar file's text, with CRLF line breaks and long lines folded.
     *
     * @param appointments booked and cancelled alike; only the booked ones become events, in the order given
     * @param stamp        when this calendar is made (every event's DTSTAMP)
     */
    public String write(List<Appointment> appointments, Instant stamp) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Ringbook//Appointments//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("X-WR-CALNAME:" + text(businessName + " appointments"));
        lines.add("X-WR-TIMEZONE:" + zone.getId());
        for (Appointment appointment : appointments) {
            if (appointment.booked()) {
                event(appointment, stamp, lines);
            }
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(fold(line)).append(CRLF);
        }
        return out.toString();
    }

    /** The UID an appointment's event has in every export from this database. */
    public String uid(Appointment appointment) {
        return "appointment-" + appointment.id() + "@" + databaseId + ".ringbook";
    }

    private void event(Appointment a, Instant stamp, List<String> lines) {
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + text(uid(a)));
        lines.add("DTSTAMP:" + utc(stamp));
        lines.add("DTSTART:" + utc(a.slot().start()));
        lines.add("DTEND:" + utc(a.slot().end()));
        lines.add("SUMMARY:" + text(summary(a)));
        if (a.address() != null && !a.address().isBlank()) {
            lines.add("LOCATION:" + text(a.address().strip()));
        }
        lines.add("DESCRIPTION:" + text(description(a)));
        lines.add("STATUS:CONFIRMED");
        lines.add("END:VEVENT");
    }

    /** "Water heater — Dana Ruiz"; the caller's number when the name is not known. */
    static String summary(Appointment a) {
        String job = a.jobType() == null || a.jobType().isBlank() ? "Appointment" : a.jobType().strip();
        String customer = a.customerName() == null || a.customerName().isBlank()
                ? PhoneFormat.pretty(a.phone()) : a.customerName().strip();
        return job + " — " + customer;
    }

    private String description(Appointment a) {
        return "Arrival window: " + arrivalWindow(a) + "\n"
                + "Phone: " + PhoneFormat.pretty(a.phone()) + "\n"
                + "Job value: " + money(a.valueCents()) + "\n"
                + "Crew " + a.slot().crew();
    }

    /** "Wed Nov 25, 9:00–11:00 AM EST", in the business's time zone: what the customer was told. */
    String arrivalWindow(Appointment a) {
        ZonedDateTime from = a.slot().arrivalFrom().atZone(zone);
        ZonedDateTime to = a.slot().arrivalTo().atZone(zone);
        String start = DAY.format(from) + ", " + CLOCK.format(from);
        if (!from.toLocalDate().equals(to.toLocalDate())) {
            return start + " " + HALF.format(from) + " – " + DAY.format(to) + ", " + CLOCK.format(to) + " "
                    + HALF.format(to) + " " + ZONE_NAME.format(to);
        }
        boolean sameHalf = HALF.format(from).equals(HALF.format(to));
        return start + (sameHalf ? "" : " " + HALF.format(from)) + "–" + CLOCK.format(to) + " " + HALF.format(to)
                + " " + ZONE_NAME.format(to);
    }

    /** "$1,800.00" in the business's country's currency; the bare amount when the country has none. */
    private String money(long cents) {
        NumberFormat format;
        try {
            format = NumberFormat.getCurrencyInstance(Locale.US);
            format.setCurrency(Currency.getInstance(new Locale("", region)));
        } catch (IllegalArgumentException e) {
            format = NumberFormat.getNumberInstance(Locale.US);
        }
        // Values are kept in cents, whatever the currency.
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    private static String utc(Instant instant) {
        return UTC_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every line break (CRLF, CR
     * or LF) written as {@code \n}; other control characters, which TEXT may not hold, are left out.
     */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c == '\t' || (c >= 0x20 && c != 0x7f)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Folds a content line (RFC 5545 3.1): no physical line is longer than 75 octets of UTF-8, each
     * continuation begins with one space, and a character's bytes are never split across lines.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        if (codePoint < 0x10000) {
            // A lone surrogate is written by Java's encoder as one replacement byte ('?').
            return Character.isSurrogate((char) codePoint) ? 1 : 3;
        }
        return 4;
    }
}
