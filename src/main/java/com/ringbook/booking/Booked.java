package com.ringbook.booking;

import com.ringbook.domain.TimeSlot;
import java.time.Instant;
import java.util.Objects;

/**
 * Time a crew has already been given to a job: from {@code start} to {@code end}, not counting the buffer the
 * schedule keeps around it.
 *
 * @param crew  the crew, numbered from 1
 * @param start when the crew's time for the job begins
 * @param end   when it ends
 */
public record Booked(int crew, Instant start, Instant end) {

    public Booked {
        if (crew < 1) {
            throw new IllegalArgumentException("Crews are numbered from 1 (got " + crew + ").");
        }
        Objects.requireNonNull(start, "A booking needs a start");
        Objects.requireNonNull(end, "A booking needs an end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A booking must end after it starts (" + start + " to " + end + ").");
        }
    }

    /** The crew's time a booked slot takes. */
    public static Booked of(TimeSlot slot) {
        return new Booked(slot.crew(), slot.start(), slot.end());
    }
}
