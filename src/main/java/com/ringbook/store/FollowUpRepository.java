package com.ringbook.store;

import com.ringbook.domain.FollowUp;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Follow-ups: nudges planned for customers who went quiet, when each falls due, and what became of it. */
public interface FollowUpRepository {

    /**
     * Where a thread stands as the follow-up rules see it: its stage, whether its customer opted out, the
     * newest text from the business that a customer could answer (not a follow-up, not a HELP answer), the
     * newest customer text, and the nudges already sent since that business text.
     *
     * @param waitMessageId  the newest business text a customer could answer; null when there is none
     * @param waitFailed     that text was refused or cancelled: the customer never got it
     * @param lastInboundId  the newest customer text's id; 0 when there is none
     * @param nudgesSent     follow-ups sent since {@code waitMessageId}
     * @param lastNudgeAt    when the newest of those went; null when none
     */
    record Silence(long threadId, Stage stage, boolean optedOut, String phone, String name, Long waitMessageId,
                   MessageKind waitKind, Instant waitStartedAt, boolean waitFailed, long lastInboundId,
                   int nudgesSent, Instant lastNudgeAt) {
    }

    Optional<Silence> silence(long threadId);

    /** The thread's follow-up still to go, if any (a thread has at most one). */
    Optional<FollowUp> scheduledOf(long threadId);

    /** The follow-up planned for this wait and number, in whatever state. */
    Optional<FollowUp> find(long threadId, long afterMessageId, int number);

    Optional<FollowUp> byId(long id);

    /** Scheduled follow-ups due at {@code now}, earliest first. */
    List<FollowUp> due(Instant now, int limit);

    /** The earliest due time of any scheduled follow-up. */
    Optional<Instant> nextDue();

    /** When the newest follow-up was sent, if any was. */
    Optional<Instant> lastSentAt();

    /** Threads that may need a follow-up planned or cancelled: open ones active since {@code since}, and any with one scheduled. */
    List<Long> planCandidates(Instant since);

    /** Threads with a follow-up scheduled in {@code [from, to)} (e.g. today in the business's zone). */
    Set<Long> threadsDueBetween(Instant from, Instant to);

    /** Whether a follow-up was sent on the appointment's thread before it was booked. */
    boolean bookedAfterFollowUp(long appointmentId);

    /** Changes to follow-ups, made inside the writer's current transaction. */
    interface Writable extends FollowUpRepository {

        FollowUp schedule(long threadId, long afterMessageId, int number, FollowUp.Situation situation, Instant dueAt,
                          Instant now);

        /** Moves a scheduled follow-up to another due time; false when it is no longer scheduled. */
        boolean reschedule(long id, Instant dueAt);

        /** Marks a scheduled follow-up cancelled; false when it is no longer scheduled. */
        boolean cancel(long id, String reason, Instant now);

        /** Marks a scheduled follow-up sent as the given message; false when it is no longer scheduled. */
        boolean markSent(long id, long messageId, Instant now);
    }
}
