package com.ringbook.booking.api;

import com.ringbook.domain.TimeSlot;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes slots the way a customer reads them on a phone, in the business's time zone: "Tue Nov 24, 9-11 AM or
 * Wed Nov 25, 1-3 PM: reply 1 or 2". A slot is shown by its arrival window, the time the customer is told to
 * expect the crew, not by the crew's booked time.
 *
 * <p>It is booking's one wording of a slot: the texts booking sends and the console's screens both use it, so staff
 * read a slot exactly as the customer does.
 *
 * <p>The locale names the days and months, orders day and month, and picks a 12- or 24-hour clock; the words
 * around them are Ringbook's, in English. Ranges use a plain hyphen, which every phone shows in a plain text
 * message (a dash would make the carrier send the whole text in the costlier Unicode encoding).
 */
public final class SlotText {

    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final boolean twelveHour;
    private final Locale locale;

    public SlotText(ZoneId zone, Locale locale) {
        this.zone = Objects.requireNonNull(zone, "TimeSlot text needs the business's time zone");
        this.locale = Objects.requireNonNull(locale, "TimeSlot text needs a locale");
        String shortDate = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        boolean dayFirst = shortDate.indexOf('d') < shortDate.indexOf('M');
        this.date = DateTimeFormatter.ofPattern(dayFirst ? "EEE d MMM" : "EEE MMM d", locale);
        String shortTime = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                null, FormatStyle.SHORT, IsoChronology.INSTANCE, locale);
        this.twelveHour = shortTime.contains("h") || shortTime.contains("K");
    }

    /** US English: "Tue Nov 24, 9-11 AM". */
    public static SlotText of(ZoneId zone) {
        return new SlotText(zone, Locale.US);
    }

    /** One slot: its local day and arrival window, "Tue Nov 24, 9-11 AM". */
    public String when(TimeSlot slot) {
        ZonedDateTime from = slot.arrivalFrom().atZone(zone);
        return date.format(from) + ", " + range(from, slot.arrivalTo().atZone(zone));
    }

    /**
     * The offer text: "Tue Nov 24, 9-11 AM: reply YES to book it" for one slot, "... or ...: reply 1 or 2" for two,
     * a numbered list for more.
     *
     * @throws IllegalArgumentException when there is no slot to offer
     */
    public String offer(List<TimeSlot> slots) {
        Objects.requireNonNull(slots, "Say which slots to offer");
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("There is no slot to offer.");
        }
        if (slots.size() == 1) {
            return when(slots.get(0)) + ": reply YES to book it";
        }
        if (slots.size() == 2) {
            return when(slots.get(0)) + " or " + when(slots.get(1)) + ": reply 1 or 2";
        }
        StringBuilder text = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < slots.size(); i++) {
            int number = i + 1;
            text.append(i == 0 ? "" : "; ").append(number).append(") ").append(when(slots.get(i)));
            numbers.append(i == 0 ? "" : i == slots.size() - 1 ? " or " : ", ").append(number);
        }
        return text.append(": reply ").append(numbers).toString();
    }

    /**
     * The offer, saying first when nothing is free in the next four weeks ({@code beyondHorizon}): "Nothing is free
     * in the next four weeks, sorry. The first opening is Tue Dec 22, 9-11 AM: reply YES to book it".
     *
     * @throws IllegalArgumentException when there is no slot to offer
     */
    public String offer(List<TimeSlot> slots, boolean beyondHorizon) {
        String offer = offer(slots);
        if (!beyondHorizon) {
            return offer;
        }
        return "Nothing is free in the next four weeks, sorry. The first "
                + (slots.size() == 1 ? "opening is " : "openings are ") + offer;
    }

    /** "9-11 AM", "11 AM-1 PM", "9:30-11:30 AM"; on a 24-hour clock "9:00-11:00". */
    private String range(ZonedDateTime from, ZonedDateTime to) {
        if (!twelveHour) {
            DateTimeFormatter time = DateTimeFormatter.ofPattern("H:mm", locale);
            return time.format(from) + "-" + time.format(to);
        }
        DateTimeFormatter meridiem = DateTimeFormatter.ofPattern("a", locale);
        String fromHalf = meridiem.format(from);
        String toHalf = meridiem.format(to);
        boolean sameHalf = fromHalf.equals(toHalf) && from.toLocalDate().equals(to.toLocalDate());
        return clock(from) + (sameHalf ? "" : " " + fromHalf) + "-" + clock(to) + " " + toHalf;
    }

    /** "9" on the hour, "9:30" otherwise. */
    private static String clock(ZonedDateTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return time.getMinute() == 0 ? Integer.toString(hour) : hour + ":" + String.format("%02d", time.getMinute());
    }

    @Override
    public String toString() {
        return "SlotText[" + zone + ", " + locale + "]";
    }
}
