package com.ringbook.ui.thread;

import com.ringbook.booking.api.SlotText;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.Money;
import com.ringbook.domain.Offer;
import com.ringbook.domain.TimeSlot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** How the booking panel words a slot, an offer and a booked job: in the customer's words, in the business's zone. */
final class BookingText {
    private BookingText() {
    }

    /** "Tue Nov 24, 9-11 AM": the arrival window, as the customer was told it. */
    static String when(TimeSlot slot, ZoneId zone) {
        return SlotText.of(zone).when(slot);
    }

    /** A day and maybe a time a customer named, in the business's local time: "Thu Nov 26, 10 AM", "Fri Nov 27". */
    static String named(LocalDate day, LocalTime time) {
        String date = DateTimeFormatter.ofPattern("EEE MMM d", Locale.US).format(day);
        if (time == null) {
            return date;
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String clock = time.getMinute() == 0 ? Integer.toString(hour) : hour + ":" + String.format("%02d", time.getMinute());
        return date + ", " + clock + (time.getHour() < 12 ? " AM" : " PM");
    }

    /** "Offered: 1) Tue Nov 24, 9-11 AM 2) Wed Nov 25, 1-3 PM". */
    static String offered(Offer offer, ZoneId zone) {
        return "Offered: " + String.join(" ", offeredSlots(offer, zone));
    }

    /** "1) Tue Nov 24, 9-11 AM", "2) Wed Nov 25, 1-3 PM": the slots numbered as the customer picks them. */
    static List<String> offeredSlots(Offer offer, ZoneId zone) {
        return IntStream.range(0, offer.slots().size())
                .mapToObj(i -> (i + 1) + ") " + when(offer.slots().get(i), zone))
                .toList();
    }

    /** "Booked: Tue Nov 24, 9-11 AM · 12 Harbor St · Drain cleaning · $350"; a part not known is left out. */
    static String booked(Appointment job, ZoneId zone) {
        return "Booked: " + String.join(" · ", bookedLines(job, zone));
    }

    /** The same a part a line: when, where, and what it is with its value ("Drain cleaning · $350"). */
    static List<String> bookedLines(Appointment job, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add(when(job.slot(), zone));
        if (job.address() != null && !job.address().isBlank()) {
            lines.add(job.address().strip());
        }
        String value = Money.shown(job.valueCents());
        lines.add(job.jobType() == null || job.jobType().isBlank() ? value : job.jobType().strip() + " · " + value);
        return lines;
    }
}
