package com.ringbook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Slots offered to a customer on one thread, numbered as the customer reads them (1, 2, ...). */
public record Offer(long id, long threadId, String jobType, Instant createdAt, List<TimeSlot> slots) {

    public Offer {
        slots = List.copyOf(slots);
    }

    /** The slot a customer means by its number, if the offer has one with that number. */
    public Optional<TimeSlot> slot(int number) {
        return number >= 1 && number <= slots.size() ? Optional.of(slots.get(number - 1)) : Optional.empty();
    }
}
