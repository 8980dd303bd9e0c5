package com.ringbook.followup;

import com.ringbook.domain.FollowUp;
import com.ringbook.domain.Settings;
import com.ringbook.engine.EngineKit;
import com.ringbook.followup.FollowUpRules.Plan;
import com.ringbook.store.FollowUpRepository.Silence;
import com.ringbook.store.ReadSession;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps a thread's scheduled follow-up in step with the thread as stored: plans the nudge its silence
 * calls for, cancels one that no longer applies (a reply, a booking, STOP), and replaces one whose wait
 * started over (staff wrote again). Derived from the store every time, so it is right after a restart
 * and after events it never heard. A nudge once planned for a wait and number is never planned again,
 * whatever became of it, so nothing is sent twice and a nudge staff cancelled stays cancelled.
 */
final class FollowUpPlanner {
    static final String STARTED_OVER = "A newer text started the wait over.";

    /** What a thread's follow-up needs. */
    sealed interface Decision {
    }

    record Keep() implements Decision {
    }

    /** Cancel {@code cancel} (if any) for {@code reason}, then schedule {@code plan} (if any). */
    record Change(Optional<FollowUp> cancel, String reason, Optional<Plan> plan) implements Decision {
    }

    record Reschedule(FollowUp row, Instant dueAt) implements Decision {
    }

    private FollowUpPlanner() {
    }

    /** @param force the settings changed: a scheduled nudge takes the due time they give now */
    static Decision decide(ReadSession s, long threadId, Settings settings, Instant now, boolean force) {
        Optional<Silence> silence = s.followUps().silence(threadId);
        Optional<FollowUp> scheduled = s.followUps().scheduledOf(threadId);
        Optional<Plan> plan = silence.flatMap(x -> FollowUpRules.plan(x, settings.followUp(), settings.zone()));
        if (plan.isEmpty()) {
            return scheduled.<Decision>map(row -> new Change(Optional.of(row), silence
                    .flatMap(x -> FollowUpRules.whyNone(x, settings.followUp())).orElse("The conversation is gone."),
                    Optional.empty())).orElse(new Keep());
        }
        Plan p = plan.get();
        Optional<FollowUp> stale = scheduled.filter(row -> !sameWait(row, p));
        Optional<FollowUp> existing = scheduled.filter(row -> sameWait(row, p))
                .or(() -> s.followUps().find(threadId, p.afterMessageId(), p.number()));
        if (existing.isEmpty()) {
            Optional<Plan> fresh = FollowUpRules.tooLateToStart(p, now) ? Optional.empty() : plan;
            return stale.isEmpty() && fresh.isEmpty() ? new Keep() : new Change(stale, STARTED_OVER, fresh);
        }
        FollowUp row = existing.get();
        if (force && row.state() == FollowUp.State.SCHEDULED && !row.dueAt().equals(p.dueAt())) {
            return new Reschedule(row, p.dueAt());
        }
        return new Keep();
    }

    static boolean sameWait(FollowUp row, Plan plan) {
        return row.afterMessageId() == plan.afterMessageId() && row.number() == plan.number();
    }

    /** Makes the change in the transaction; the thread is announced when something changed. */
    static void apply(EngineKit.Transaction t, long threadId, Decision decision) {
        if (decision instanceof Change change) {
            change.cancel().ifPresent(row -> t.session().followUps().cancel(row.id(), change.reason(), t.now()));
            change.plan().ifPresent(p -> t.session().followUps().schedule(threadId, p.afterMessageId(), p.number(),
                    p.situation(), p.dueAt(), t.now()));
            t.touched(threadId);
        } else if (decision instanceof Reschedule move) {
            t.session().followUps().reschedule(move.row().id(), move.dueAt());
            t.touched(threadId);
        }
    }
}
