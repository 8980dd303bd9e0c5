package com.ringbook.domain;

import java.time.Instant;

/**
 * A nudge to a customer who went quiet: planned for a due time after the text they have not answered,
 * then either sent (through the outbox, as {@code messageId}) or cancelled (a reply, a booking, staff).
 *
 * @param afterMessageId the unanswered text the wait began with
 * @param number         1 for the first nudge of that wait, 2 for the next
 */
public record FollowUp(
        long id,
        long threadId,
        long afterMessageId,
        int number,
        Situation situation,
        Instant dueAt,
        State state,
        Long messageId,
        String reason,
        Instant createdAt,
        Instant settledAt) {

    /** Where the thread stood when it went quiet: the nudge is worded for it. */
    public enum Situation {
        AFTER_TEXT_BACK, AFTER_QUESTION, AFTER_OFFER;

        public String label() {
            return switch (this) {
                case AFTER_TEXT_BACK -> "after the text-back";
                case AFTER_QUESTION -> "after a question";
                case AFTER_OFFER -> "after a slot offer";
            };
        }
    }

    public enum State { SCHEDULED, SENT, CANCELLED }
}
