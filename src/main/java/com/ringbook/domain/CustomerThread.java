package com.ringbook.domain;

import java.time.Instant;

/**
 * One of a customer's conversations as their history lists it: when it ran and how it ended — the job still
 * booked there (start and value; null when none), or why it was lost.
 */
public record CustomerThread(
        long threadId,
        Stage stage,
        Instant openedAt,
        Instant lastActivityAt,
        Instant closedAt,
        LostReason lostReason,
        String lostNote,
        Instant jobStart,
        Long jobValueCents,
        String jobType,
        String preview) {

    public boolean hasJob() {
        return jobStart != null;
    }
}
