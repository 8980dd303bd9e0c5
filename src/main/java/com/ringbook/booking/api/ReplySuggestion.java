package com.ringbook.booking.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How the customer's latest text after the thread's latest offer reads, as the next step staff may take: never
 * acted on by itself. Staff confirm it (book the slot, offer fresh slots, answer the question) or correct it.
 *
 * @param offerId   the offer the text answers: the suggestion holds only while it is the thread's latest
 * @param messageId the customer's text
 * @param text      what the customer wrote
 * @param intent    what it most likely means
 * @param slot      the offered slot it picks (1, 2, ...), or null
 * @param day       the day it names (for {@link Intent#OTHER_TIME} the day asked for), or null
 * @param time      the time of day it names on that day, or null
 * @param address   the address it gives, as typed, or null
 */
public record ReplySuggestion(long offerId, long messageId, Instant receivedAt, String text, Intent intent,
                              Integer slot, LocalDate day, LocalTime time, String address) {

    /** What a reply to an offer most likely means. */
    public enum Intent {
        /** Takes one of the offered slots: {@link #slot()} says which. */
        CHOOSE_SLOT,
        /** Agrees without saying which of several slots. */
        YES,
        /** Declines without asking for another time. */
        NO,
        /** Declines the offered slots and asks for another time: {@link #day()} and {@link #time()} if named. */
        OTHER_TIME,
        /** Gives an address: {@link #address()}. */
        ADDRESS,
        /** Asks something: staff answer it. */
        QUESTION,
        /** Nothing Ringbook can read with confidence. */
        UNCLEAR
    }

    public ReplySuggestion {
        Objects.requireNonNull(intent, "A suggestion has an intent");
        if (time != null && day == null) {
            throw new IllegalArgumentException("A time named without its day");
        }
    }

    public Optional<Integer> chosenSlot() {
        return Optional.ofNullable(slot);
    }

    public Optional<String> givenAddress() {
        return Optional.ofNullable(address).filter(a -> !a.isBlank());
    }
}
