package com.ringbook.domain;

import java.time.Instant;

/** A missed call as shown inside a thread, with what Ringbook decided about the text-back. */
public record CallRecord(long id, long threadId, String caller, Instant occurredAt, TextBackDecision decision) {
}
