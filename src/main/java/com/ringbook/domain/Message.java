package com.ringbook.domain;

import java.time.Instant;

/**
 * One text in a conversation, either way, with where it stands at the carrier: its delivery status,
 * the carrier's id for it and, when it failed, why in plain words.
 */
public record Message(
        long id,
        long threadId,
        Direction direction,
        MessageKind kind,
        String body,
        DeliveryStatus status,
        String carrierSid,
        String errorText,
        Instant createdAt,
        Instant sentAt) {
}
