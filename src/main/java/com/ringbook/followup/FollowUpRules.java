package com.ringbook.followup;

import com.ringbook.domain.FollowUp.Situation;
import com.ringbook.domain.FollowUpSettings;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Stage;
import com.ringbook.domain.Template;
import com.ringbook.store.FollowUpRepository.Silence;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a quiet customer gets a nudge, and what it says. A thread waits on its customer from the newest
 * text the business sent that they could answer (the text-back, a question, a slot offer); a nudge falls
 * due after the configured silence, the next one (if more are allowed) a full wait after the last, always
 * inside the sending hours. Any customer text ends the wait; so do booking, losing and STOP. Pure: the
 * caller gives it the thread as stored and the settings.
 */
final class FollowUpRules {
    /**
     * A wait nobody planned a nudge for in time (the thread predates follow-ups, or Ringbook was closed for
     * days) gets none: a first nudge this late would read as out of the blue. One already planned still goes.
     */
    static final Duration TOO_LATE_TO_START = Duration.ofDays(1);

    /** The nudge a thread should have now. */
    record Plan(long afterMessageId, int number, Situation situation, Instant base, Instant dueAt) {
    }

    private FollowUpRules() {
    }

    static Optional<Plan> plan(Silence s, FollowUpSettings settings, ZoneId zone) {
        if (whyNone(s, settings).isPresent()) {
            return Optional.empty();
        }
        Instant base = (s.nudgesSent() == 0 ? s.waitStartedAt() : s.lastNudgeAt()).plus(settings.after());
        Instant due = new SendingWindow(settings.hours(), zone).nextOpen(base);
        return Optional.of(new Plan(s.waitMessageId(), s.nudgesSent() + 1, situation(s), base, due));
    }

    /** Why the thread gets no nudge now, in plain words; empty when it should get one. */
    static Optional<String> whyNone(Silence s, FollowUpSettings settings) {
        if (s.optedOut() || s.stage() == Stage.OPTED_OUT) {
            return Optional.of("The customer texted STOP.");
        }
        if (s.stage() == Stage.BOOKED) {
            return Optional.of("The job is booked.");
        }
        if (s.stage() == Stage.LOST) {
            return Optional.of("The conversation was marked lost.");
        }
        if (s.waitMessageId() == null) {
            return Optional.of("Nothing was sent to the customer yet.");
        }
        if (s.lastInboundId() > s.waitMessageId()) {
            return Optional.of("The customer replied.");
        }
        if (s.waitFailed()) {
            return Optional.of("The last text did not reach the customer.");
        }
        if (s.nudgesSent() >= settings.maxNudges()) {
            return Optional.of(settings.maxNudges() == 0 ? "Follow-ups are turned off in Settings."
                    : "This silence has had its follow-ups.");
        }
        return Optional.empty();
    }

    /** A nudge planned for the first time only while it is still timely. */
    static boolean tooLateToStart(Plan plan, Instant now) {
        return plan.base().plus(TOO_LATE_TO_START).isBefore(now);
    }

    static Situation situation(Silence s) {
        if (s.stage() == Stage.SLOTS_OFFERED) {
            return Situation.AFTER_OFFER;
        }
        return s.waitKind() == MessageKind.TEXT_BACK ? Situation.AFTER_TEXT_BACK : Situation.AFTER_QUESTION;
    }

    /** The nudge as the customer reads it. */
    static String text(Situation situation, FollowUpSettings settings, String business, String name) {
        String first = name == null || name.isBlank() ? null : name.strip().split("\\s+")[0];
        return Template.render(settings.template(situation), business, first);
    }
}
