package com.ringbook.reading;

import java.util.Locale;

/** What a customer's reply to an offer of slots most likely means. */
public enum ReplyIntent {
    /** Takes one of the offered slots: {@link Reading#slot()} says which. */
    CHOOSE_SLOT,
    /** Agrees without saying which of several slots ("either works", "wednesday is good"). */
    YES,
    /** Declines without asking for another time. */
    NO,
    /** Declines the offered slots but wants another: {@link Reading#when()} is the time it names, if any. */
    OTHER_TIME,
    /** Gives an address: {@link Reading#address()}. */
    ADDRESS,
    /** Asks something else, without accepting or declining. Never a booking. */
    QUESTION,
    /** The carrier's opt-out keywords (STOP and its kin), as the whole message. */
    STOP,
    /** The carrier's opt-in keywords (START, UNSTOP), as the whole message. */
    START,
    /** The carrier's help keywords (HELP, INFO), as the whole message. */
    HELP,
    /** Nothing Ringbook can act on, or not sure enough to say. */
    UNCLEAR;

    /** The name scripts see: {@code choose_slot}, {@code other_time}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Agrees to a booking: a slot, or any of them. */
    public boolean accepts() {
        return this == CHOOSE_SLOT || this == YES;
    }

    /** Turns the offered slots down, with or without asking for another time. */
    public boolean declines() {
        return this == NO || this == OTHER_TIME;
    }

    public static ReplyIntent fromWireName(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
