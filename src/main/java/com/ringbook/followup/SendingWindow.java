package com.ringbook.followup;

import com.ringbook.domain.SendingHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The sending hours as instants: whether a moment falls inside them and, when not, the moment they next
 * open. Worked out on the business's wall clock each day, so a daylight-saving change moves the opening
 * with the clocks (08:00 is 08:00 local on the day the clocks change, whatever its UTC offset).
 */
final class SendingWindow {
    private final SendingHours hours;
    private final ZoneId zone;

    SendingWindow(SendingHours hours, ZoneId zone) {
        this.hours = hours;
        this.zone = zone;
    }

    boolean allows(Instant at) {
        LocalTime local = at.atZone(zone).toLocalTime();
        return !local.isBefore(hours.opens()) && local.isBefore(hours.closes());
    }

    /** {@code at} itself when the window is open then; else the next opening after it. */
    Instant nextOpen(Instant at) {
        if (allows(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalTime().isBefore(hours.opens()) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        // An opening time the clocks skip (a spring-forward gap) is read as the first moment after it.
        return ZonedDateTime.of(day, hours.opens(), zone).toInstant();
    }
}
