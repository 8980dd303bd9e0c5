package com.ringbook.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A crew's time for one job: from {@code start} to {@code end} the crew is booked for it, and the
 * customer is told to expect them between {@code arrivalFrom} and {@code arrivalTo}.
 */
public record TimeSlot(int crew, Instant start, Instant end, Instant arrivalFrom, Instant arrivalTo) {

    public TimeSlot {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        Objects.requireNonNull(arrivalFrom);
        Objects.requireNonNull(arrivalTo);
        if (crew < 1) {
            throw new IllegalArgumentException("Crews are numbered from 1, not " + crew);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A slot must end after it starts");
        }
        if (arrivalTo.isBefore(arrivalFrom)) {
            throw new IllegalArgumentException("An arrival window must end after it starts");
        }
    }

    /** True when the two share any moment of the same crew's time. */
    public boolean overlaps(TimeSlot other) {
        return crew == other.crew && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
