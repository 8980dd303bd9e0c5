package com.ringbook.domain;

/** Where an outgoing text stands in the outbox, from queued to settled. */
public enum OutboxState {
    /** Waiting for its turn (first try or a retry after a transient error). */
    PENDING,
    /** An attempt may have reached the carrier; it must be reconciled before any new attempt. */
    UNKNOWN,
    SENT,
    /** The carrier refused it for good; shown on the thread, never retried. */
    FAILED,
    /** Not sent because the number opted out first. */
    CANCELLED
}
