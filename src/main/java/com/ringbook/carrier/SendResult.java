package com.ringbook.carrier;

import com.ringbook.domain.DeliveryStatus;
import java.time.Duration;

/** The outcome of one attempt to hand a text to the carrier. */
public sealed interface SendResult {

    /** The carrier took it; {@code sid} is its id for the message. */
    record Accepted(String sid, DeliveryStatus status) implements SendResult {
    }

    /**
     * The carrier refused it for a reason that will not go away by trying again (invalid number,
     * unsubscribed recipient, unregistered sender). {@code optedOut} marks the carrier's own opt-out list;
     * {@code badNumber} a recipient that can never take texts (not a valid number, not a mobile), which
     * Ringbook then stops texting for good.
     */
    record Rejected(String code, String reason, boolean optedOut, boolean badNumber) implements SendResult {
        public Rejected(String code, String reason, boolean optedOut) {
            this(code, reason, optedOut, false);
        }
    }

    /** Rate limits, 5xx, a refused connection: nothing was sent, try again later. */
    record Transient(String reason, Duration retryAfter) implements SendResult {
    }

    /** The request may or may not have reached the carrier (e.g. a timeout after sending): reconcile first. */
    record Unknown(String reason) implements SendResult {
    }
}
