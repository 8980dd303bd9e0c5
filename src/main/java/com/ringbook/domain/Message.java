package com.ringbook.domain;

import java.time.Instant;

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
