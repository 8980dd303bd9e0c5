package com.ringbook.domain;

import java.time.Instant;

/** A text waiting to leave, or one whose fate the sender is still settling. */
public record OutboxItem(
        long id,
        long messageId,
        long threadId,
        String idempotencyKey,
        String to,
        String body,
        OutboxState state,
        int attempts,
        Instant createdAt) {
}
