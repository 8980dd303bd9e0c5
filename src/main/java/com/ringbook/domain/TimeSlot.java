package com.ringbook.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A crew's time for one job, free or booked: from {@code start} to {@code end} the crew is busy with
 * it, and the customer is told to expect them between {@code arrivalFrom} and {@code arrivalTo}.
 *
 * @param crew        the crew that takes it, numbered from 1
 * @param start       when the crew's time for the job begins
 * @param end         when it ends: {@code start} plus the job's length in real elapsed time
 * @param arrivalFrom the start of the window the customer is told to expect the crew in (the job's start)
 * @param arrivalTo   its end: the schedule's arrival window later, but never after the working span closes
 */
public record TimeSlot(int crew, Instant start, Instant end, Instant arrivalFrom, Instant arrivalTo) {

    public TimeSlot {
        if (crew < 1) {
            throw new IllegalArgumentException("Crews are numbered from 1 (got " + crew + ").");
        }
        Objects.requireNonNull(start, "A slot needs a start");
        Objects.requireNonNull(end, "A slot needs an end");
        Objects.requireNonNull(arrivalFrom, "A slot needs the start of its arrival window");
        Objects.requireNonNull(arrivalTo, "A slot needs the end of its arrival window");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A slot must end after it starts (" + start + " to " + end + ").");
        }
        if (!arrivalTo.isAfter(arrivalFrom)) {
            throw new IllegalArgumentException("An arrival window must end after it starts (" + arrivalFrom + " to "
                    + arrivalTo + ").");
        }
    }

    /** How long the crew is booked for, in real elapsed time. */
    public Duration length() {
        return Duration.between(start, end);
    }
}
