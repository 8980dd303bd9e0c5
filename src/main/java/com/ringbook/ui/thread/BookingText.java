package com.ringbook.ui.thread;

import com.ringbook.booking.api.SlotText;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.Money;
import com.ringbook.domain.Offer;
import com.ringbook.domain.TimeSlot;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** How the booking panel words a slot, an offer and a booked job: in the customer's words, in the business's zone. */
final class BookingText {
    private BookingText() {
    }

    /** "Tue Nov 24, 9-11 AM": the arrival window, as the customer was told it. */
    static String when(TimeSlot slot, ZoneId zone) {
        return SlotText.of(zone).when(slot);
    }

    /** "Offered: 1) Tue Nov 24, 9-11 AM 2) Wed Nov 25, 1-3 PM". */
    static String offered(Offer offer, ZoneId zone) {
        return "Offered: " + IntStream.range(0, offer.slots().size())
                .mapToObj(i -> (i + 1) + ") " + when(offer.slots().get(i), zone))
                .collect(Collectors.joining(" "));
    }

    /** "Booked: Tue Nov 24, 9-11 AM · 12 Harbor St · Drain cleaning · $350"; a part not known is left out. */
    static String booked(Appointment job, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        parts.add(when(job.slot(), zone));
        for (String part : new String[] {job.address(), job.jobType()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        parts.add(Money.shown(job.valueCents()));
        return "Booked: " + String.join(" · ", parts);
    }
}
