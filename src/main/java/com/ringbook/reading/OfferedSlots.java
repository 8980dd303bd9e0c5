package com.ringbook.reading;

import com.ringbook.domain.TimeSlot;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Matches a reading's day or time to the slots offered: one that names a slot picks it ("wednesday works" after a
 * Tuesday and a Wednesday slot), one that names none asks for another time.
 */
final class OfferedSlots {

    private OfferedSlots() {
    }

    /**
     * With the offered slots known, a day or time that names one of them picks it ("wednesday works" after a
     * Tuesday and a Wednesday slot), and one that names none asks for another time.
     */
    static Reading matchOfferedSlots(Analysis a, Reading reading) {
        if (a.context.slots().isEmpty() || reading.when() == null
                || !(reading.intent() == ReplyIntent.YES || reading.intent() == ReplyIntent.OTHER_TIME)) {
            return reading;
        }
        ZoneId zone = a.context.zone();
        When when = reading.when();
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < a.context.slots().size(); i++) {
            TimeSlot slot = a.context.slots().get(i);
            LocalDateTime from = slot.arrivalFrom().atZone(zone).toLocalDateTime();
            LocalDateTime to = slot.arrivalTo().atZone(zone).toLocalDateTime();
            boolean sameDay = from.toLocalDate().equals(when.date());
            boolean fits = when.time() == null ? sameDay
                    : !when.date().atTime(when.time()).isBefore(from) && when.date().atTime(when.time()).isBefore(to);
            if (fits) {
                matching.add(i + 1);
            }
        }
        if (matching.size() == 1) {
            return new Reading(ReplyIntent.CHOOSE_SLOT, matching.get(0), when, reading.address());
        }
        if (matching.isEmpty() && reading.intent() == ReplyIntent.YES) {
            return new Reading(ReplyIntent.OTHER_TIME, null, when, reading.address());
        }
        return reading;
    }
}
