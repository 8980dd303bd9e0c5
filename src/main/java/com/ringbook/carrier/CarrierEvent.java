package com.ringbook.carrier;

import com.ringbook.domain.DeliveryStatus;
import java.time.Instant;

/**
 * What a carrier tells Ringbook. Every event carries the carrier's own id (SID) so that the same
 * event seen twice (a poll overlap, a webhook and a poll, a restart mid-page) changes nothing.
 */
public sealed interface CarrierEvent {

    String carrierSid();

    /** A call to the business number that nobody answered; {@code endedAt} is when the caller gave up. */
    record MissedCall(String carrierSid, String from, String to, Instant endedAt) implements CarrierEvent {
    }

    record InboundText(String carrierSid, String from, String to, String body, Instant receivedAt) implements CarrierEvent {
    }

    /**
     * A later status for a text we sent, with the carrier's error code when it failed; {@code badNumber}
     * when that code says the number itself can never take texts (not in service, a landline).
     */
    record DeliveryUpdate(String carrierSid, DeliveryStatus status, String errorCode, String errorText, boolean badNumber)
            implements CarrierEvent {
        public DeliveryUpdate(String carrierSid, DeliveryStatus status, String errorCode, String errorText) {
            this(carrierSid, status, errorCode, errorText, false);
        }
    }
}
