package com.ringbook.domain;

import java.time.Instant;

/**
 * One row of the inbox: enough to draw the list without opening the thread.
 *
 * @param lostReason why a lost thread was lost; null when it is not lost or was marked lost without a reason
 */
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
        String problem,
        LostReason lostReason) {

    /** A thread with no lost reason: every thread not marked lost with one. */
    public ThreadSummary(long id, long contactId, String phone, String name, Stage stage, Instant lastActivityAt,
                         Instant waitingSince, int unread, String preview, String problem) {
        this(id, contactId, phone, name, stage, lastActivityAt, waitingSince, unread, preview, problem, null);
    }

    public String displayName() {
        return name == null || name.isBlank() ? PhoneFormat.pretty(phone) : name;
    }
}
