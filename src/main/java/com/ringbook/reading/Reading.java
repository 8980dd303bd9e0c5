package com.ringbook.reading;

import java.util.Objects;
import java.util.Optional;

/**
 * How Ringbook reads one reply.
 *
 * @param intent  what the reply most likely means
 * @param slot    the chosen slot's number (1, 2, ...) for {@link ReplyIntent#CHOOSE_SLOT}, else null
 * @param when    the day or time the reply names, or null: for {@link ReplyIntent#OTHER_TIME} the time it asks for
 *                (not one it refuses)
 * @param address the address the reply gives, as typed, or null
 */
public record Reading(ReplyIntent intent, Integer slot, When when, String address) {

    public Reading {
        Objects.requireNonNull(intent, "A reading has an intent");
        if (slot != null && slot < 1) {
            throw new IllegalArgumentException("Slots are numbered from 1 (got " + slot + ")");
        }
    }

    public static Reading of(ReplyIntent intent) {
        return new Reading(intent, null, null, null);
    }

    public static Reading unclear() {
        return of(ReplyIntent.UNCLEAR);
    }

    public Optional<Integer> chosenSlot() {
        return Optional.ofNullable(slot);
    }

    public Optional<When> named() {
        return Optional.ofNullable(when);
    }

    public Optional<String> givenAddress() {
        return Optional.ofNullable(address);
    }

    Reading withWhen(When named) {
        return new Reading(intent, slot, named, address);
    }

    Reading withAddress(String given) {
        return new Reading(intent, slot, when, given);
    }
}
