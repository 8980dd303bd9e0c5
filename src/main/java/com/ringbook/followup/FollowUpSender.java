package com.ringbook.followup;

import com.ringbook.domain.FollowUp;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.Settings;
import com.ringbook.engine.EngineKit;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.followup.FollowUpPlanner.Decision;
import com.ringbook.followup.FollowUpRules.Plan;
import com.ringbook.store.FollowUpRepository.Silence;
import com.ringbook.store.WriteSession;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sends follow-ups that fell due, inside one write transaction each batch: every one is checked against
 * the thread as it is now (a reply or a booking since it was planned cancels it), held to the sending
 * hours and to the pace, and sent by marking the row sent and queueing its text through the outbox
 * together, so a crash can neither lose it nor send it twice.
 */
final class FollowUpSender {

    private FollowUpSender() {
    }

    /**
     * Sends, moves or cancels each of {@code due} as its thread and the clock allow.
     *
     * @return when the last follow-up went, {@code lastSent} when none went now
     */
    static Optional<Instant> sendDue(EngineKit.Transaction t, List<FollowUp> due, Settings settings,
                                     Optional<Instant> lastSent) {
        WriteSession s = t.session();
        SendingWindow window = new SendingWindow(settings.followUp().hours(), settings.zone());
        Instant free = Pacing.firstFree(lastSent, t.now());
        Optional<Instant> sent = lastSent;
        for (FollowUp row : due) {
            Optional<FollowUp> current = s.followUps().byId(row.id()).filter(r -> r.state() == FollowUp.State.SCHEDULED);
            if (current.isEmpty()) {
                continue;
            }
            Optional<Silence> silence = s.followUps().silence(row.threadId());
            Optional<Plan> plan = silence.flatMap(x -> FollowUpRules.plan(x, settings.followUp(), settings.zone()))
                    .filter(p -> FollowUpPlanner.sameWait(row, p));
            if (plan.isEmpty()) {
                Decision d = FollowUpPlanner.decide(s, row.threadId(), settings, t.now(), false);
                FollowUpPlanner.apply(t, row.threadId(), d);
            } else if (!window.allows(t.now())) {
                s.followUps().reschedule(row.id(), window.nextOpen(t.now()));
                t.touched(row.threadId());
            } else if (free.isAfter(t.now())) {
                s.followUps().reschedule(row.id(), free);
                free = free.plus(Pacing.PACE);
                t.touched(row.threadId());
            } else {
                send(t, row, silence.orElseThrow(), settings);
                sent = Optional.of(t.now());
                free = t.now().plus(Pacing.PACE);
            }
        }
        return sent;
    }

    /** Staff's "Send now": the thread's scheduled follow-up, at once, whatever the hour. */
    static void sendNow(EngineKit.Transaction t, long threadId, Settings settings) {
        WriteSession s = t.session();
        FollowUp row = s.followUps().scheduledOf(threadId)
                .orElseThrow(() -> new RequestRefused("No follow-up is scheduled for this conversation."));
        Silence silence = s.followUps().silence(threadId).orElseThrow(() -> new RequestRefused("That conversation no longer exists."));
        Optional<String> why = FollowUpRules.whyNone(silence, settings.followUp());
        if (why.isPresent() || FollowUpRules.plan(silence, settings.followUp(), settings.zone())
                .filter(p -> FollowUpPlanner.sameWait(row, p)).isEmpty()) {
            throw new RequestRefused("This follow-up no longer applies: " + why.orElse(FollowUpPlanner.STARTED_OVER));
        }
        send(t, row, silence, settings);
    }

    private static void send(EngineKit.Transaction t, FollowUp row, Silence silence, Settings settings) {
        String body = FollowUpRules.text(row.situation(), settings.followUp(), settings.businessName(), silence.name());
        OutboxItem queued = t.automatic(row.threadId(), MessageKind.FOLLOW_UP, silence.phone(), body);
        t.session().followUps().markSent(row.id(), queued.messageId(), t.now());
    }
}
