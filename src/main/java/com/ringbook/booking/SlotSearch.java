package com.ringbook.booking;

import com.ringbook.domain.TimeSlot;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a search for free slots found.
 *
 * @param slots         the slots to offer, earliest first; empty only when nothing is free within the search's
 *                      limit (a year)
 * @param horizon       the end of the next four weeks, counted from the search's now
 * @param beyondHorizon true when nothing is free before {@code horizon}, so the slots are the first openings after
 *                      it and the customer should be told so; false when the slots all start before it
 */
public record SlotSearch(List<TimeSlot> slots, Instant horizon, boolean beyondHorizon) {

    public SlotSearch {
        slots = List.copyOf(slots);
        Objects.requireNonNull(horizon, "A slot search needs its horizon");
    }

    /** Whether nothing at all is free within the search's limit. */
    public boolean isEmpty() {
        return slots.isEmpty();
    }
}
