package com.ringbook.reading;

import com.ringbook.domain.Offer;
import com.ringbook.domain.TimeSlot;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a reply answers: now, in the business's time zone (dates and times in the reply are read against it), and
 * the offer: how many slots it held and, when known, the slots themselves.
 *
 * @param now       the moment the reply is read, in the business's time zone
 * @param slotCount how many slots the answered text offered (1 or more)
 * @param slots     the offered slots in their order, or empty when only their number is known
 */
public record ReplyContext(ZonedDateTime now, int slotCount, List<TimeSlot> slots) {

    /** More than this many slots in one text is not an offer anyone reads. */
    public static final int MAX_SLOTS = 9;

    public ReplyContext {
        Objects.requireNonNull(now, "Reading a reply needs the time it is read at");
        if (slotCount < 1 || slotCount > MAX_SLOTS) {
            throw new IllegalArgumentException("An offer holds 1 to " + MAX_SLOTS + " slots (got " + slotCount + ")");
        }
        slots = List.copyOf(slots);
        if (!slots.isEmpty() && slots.size() != slotCount) {
            throw new IllegalArgumentException("The offer's slots (" + slots.size() + ") do not match its count ("
                    + slotCount + ")");
        }
    }

    /** An offer known only by how many slots it held, as on the command line. */
    public static ReplyContext of(Instant now, ZoneId zone, int slotCount) {
        return new ReplyContext(now.atZone(zone), slotCount, List.of());
    }

    /** A reply to a remembered offer: its slots are known, so "the morning one" or "wednesday" can pick one. */
    public static ReplyContext of(Offer offer, Instant now, ZoneId zone) {
        return new ReplyContext(now.atZone(zone), offer.slots().size(), offer.slots());
    }

    public ZoneId zone() {
        return now.getZone();
    }
}
