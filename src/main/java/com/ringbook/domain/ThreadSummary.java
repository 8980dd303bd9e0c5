package com.ringbook.domain;

import java.time.Instant;

/** One row of the inbox: enough to draw the list without opening the thread. */
public record ThreadSummary(
        long id,
        long contactId,
        String phone,
        String name,
        Stage stage,
        Instant lastActivityAt,
        Instant waitingSince,
        int unread,
        String preview,
        String problem) {

    public String displayName() {
        return name == null || name.isBlank() ? PhoneFormat.pretty(phone) : name;
    }
}
