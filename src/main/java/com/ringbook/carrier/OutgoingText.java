package com.ringbook.carrier;

/**
 * One text to send. The idempotency key is the outbox row's own; a carrier that cannot take it as a
 * header still uses it to recognise the text when it reconciles an unknown outcome.
 */
public record OutgoingText(String idempotencyKey, String to, String body) {
}
