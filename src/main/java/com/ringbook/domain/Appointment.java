package com.ringbook.domain;

import java.time.Instant;

/**
 * A booked job: when the crew is there, where, what for and what it is worth, who it is for, and
 * whether it still stands. A cancelled appointment frees its time and no longer counts as booked.
 */
public record Appointment(
        long id,
        long threadId,
        TimeSlot slot,
        String customerName,
        String phone,
        String address,
        String jobType,
        long valueCents,
        Instant bookedAt,
        Status status,
        Instant cancelledAt,
        String cancelReason) {

    public enum Status { BOOKED, CANCELLED }

    public boolean booked() {
        return status == Status.BOOKED;
    }
}
