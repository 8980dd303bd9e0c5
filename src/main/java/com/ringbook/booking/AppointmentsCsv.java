package com.ringbook.booking;

import com.ringbook.domain.Appointment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Appointments as a CSV table (RFC 4180: CRLF line breaks, a field quoted when it holds a comma, a quote
 * or a line break, its quotes doubled), header row first, booked and cancelled ones alike, for a
 * spreadsheet or another program. Times are ISO-8601 with their offset, in the business's own time
 * zone, to the second: {@code 2026-11-25T09:00:00-05:00}. {@code start}-{@code end} is the crew's
 * booked time for the job; {@code value} is in currency units with two decimals.
 */
public final class AppointmentsCsv {
    /** The columns, exactly and in this order. */
    public static final List<String> COLUMNS =
            List.of("start", "end", "customer", "phone", "address", "job_type", "value", "booked_at", "status");
    static final String CRLF = "\r\n";

    private final ZoneId zone;

    public AppointmentsCsv(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "A table needs the business's time zone");
    }

    /** The table's text: the header row, then one row per appointment in the order given. */
    public String write(List<Appointment> appointments) {
        StringBuilder out = new StringBuilder();
        row(out, COLUMNS);
        for (Appointment a : appointments) {
            row(out, List.of(
                    time(a.slot().start()),
                    time(a.slot().end()),
                    nullToEmpty(a.customerName()),
                    nullToEmpty(a.phone()),
                    nullToEmpty(a.address()),
                    nullToEmpty(a.jobType()),
                    money(a.valueCents()),
                    time(a.bookedAt()),
                    a.status().name().toLowerCase(Locale.ROOT)));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append(CRLF);
    }

    /** One field as RFC 4180 writes it: quoted, with its quotes doubled, when it holds , " CR or LF. */
    static String field(String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Integer cents as currency units with two decimals: 180000 is {@code 1800.00}. */
    static String money(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
