package com.ringbook.domain;

import java.time.Instant;

/**
 * How a conversation was lost: why (null when it was marked lost without a reason, as before reasons
 * existed), staff's optional note, and the open stage it stood at, which Undo and Reopen go back to.
 */
public record LostMark(LostReason reason, String note, Stage before, Instant at) {
    /** The longest note kept: a line or two, not a document. */
    public static final int MAX_NOTE = 280;

    /** "Went elsewhere", or "Lost" when no reason was given. */
    public String label() {
        return reason == null ? Stage.LOST.label() : reason.label();
    }
}
