package com.ringbook.domain;

/** The life of a message as Ringbook and the carrier see it, in the order it normally moves. */
public enum DeliveryStatus {
    /** Inbound: received from the customer. */
    RECEIVED,
    /** Outbound: in the outbox, not yet accepted by the carrier. */
    PENDING,
    /** Outbound: the carrier accepted it (queued or sent on its side). */
    SENT,
    DELIVERED,
    UNDELIVERED,
    FAILED,
    /** Outbound: never sent because the number opted out or was blocked before it left. */
    CANCELLED;

    public boolean isFinalFailure() {
        return this == UNDELIVERED || this == FAILED || this == CANCELLED;
    }

    /** Carrier callbacks can arrive out of order; a status never moves back to an earlier one. */
    public boolean supersedes(DeliveryStatus current) {
        if (current == null) {
            return true;
        }
        if (current == DELIVERED || current.isFinalFailure()) {
            return false;
        }
        return ordinal() > current.ordinal();
    }
}
