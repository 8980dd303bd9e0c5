package com.ringbook.domain;

import java.time.Instant;

/**
 * One missed call as the calls screen lists it: who rang, when, what Ringbook decided and, when it
 * texted back, how that text went (its status and, if the carrier refused it, why in plain words).
 *
 * @param caller E.164, or the caller ID as the carrier sent it when it was withheld or unreadable
 * @param threadId the conversation the call belongs to; null for calls that open none (staff, blocked...)
 * @param textBackStatus null when no text-back was queued for this call
 */
public record CallLogEntry(long id, String caller, String name, Instant endedAt, TextBackDecision decision,
                           Long threadId, DeliveryStatus textBackStatus, String textBackError) {

    /** The carrier refused or failed the text-back. */
    public boolean textBackFailed() {
        return textBackStatus != null && textBackStatus.isFinalFailure();
    }
}
