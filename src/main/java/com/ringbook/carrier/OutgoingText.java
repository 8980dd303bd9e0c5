package com.ringbook.carrier;

import com.ringbook.domain.OutboxItem;

/**
 * One text to send. The idempotency key is the outbox row's own; a carrier that cannot take it as a
 * header still uses it to recognise the text when it reconciles an unknown outcome.
 */
public record OutgoingText(String idempotencyKey, String to, String body) {

    /** The text an outbox row holds. */
    public static OutgoingText of(OutboxItem item) {
        return new OutgoingText(item.idempotencyKey(), item.to(), item.body());
    }
}
