package com.ringbook.domain;

import java.time.Instant;

/**
 * One missed call as the calls screen lists it: who rang, when, what Ringbook decided and, when it
 * texted back, how that text went (its status and, if the carrier refused it, why in plain words).
 *
 * @param caller E.164, or the caller ID as the carrier sent it when it was withheld or unreadable
 * @param threadId the conversation the call belongs to; null for calls that open none (staff, blocked...)
 * @param textBackStatus null when no text-back was queued for this call
 * @param unreachable why the carrier refused texts to the caller's number, as it stands now (a later call from it
 *                    is not texted); null while the number may be texted
 */
public record CallLogEntry(long id, String caller, String name, Instant endedAt, TextBackDecision decision,
                           Long threadId, DeliveryStatus textBackStatus, String textBackError, String unreachable) {

    /** A call whose number may be texted. */
    public CallLogEntry(long id, String caller, String name, Instant endedAt, TextBackDecision decision,
                        Long threadId, DeliveryStatus textBackStatus, String textBackError) {
        this(id, caller, name, endedAt, decision, threadId, textBackStatus, textBackError, null);
    }

    /** The carrier refused or failed the text-back. */
    public boolean textBackFailed() {
        return textBackStatus != null && textBackStatus.isFinalFailure();
    }
}
