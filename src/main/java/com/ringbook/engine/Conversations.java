package com.ringbook.engine;

import com.ringbook.carrier.CarrierEvent.InboundText;
import com.ringbook.domain.Contact;
import com.ringbook.domain.IllegalStageChangeException;
import com.ringbook.domain.Keyword;
import com.ringbook.domain.LostMark;
import com.ringbook.domain.LostReason;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.PhoneNumbers;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.Template;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.store.WriteSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The rules of a conversation: customer texts (with STOP/START/HELP), staff replies and stage moves. */
final class Conversations {
    private static final Logger log = LoggerFactory.getLogger(Conversations.class);
    /** How long after a booked job ends a customer's text is still taken to be about it. */
    private static final Duration BOOKED_JOB_TALK = Duration.ofHours(12);
    static final String HELD_BACK_HELP = "Not sent: this number texted STOP, and carriers block "
            + "every text to a number that opted out, an answer to HELP too. They can text START to opt back in.";
    private final Consumer<String> optedOut;
    private final Consumer<String> optedIn;

    /** The callbacks hear of an opt-out or opt-in as soon as it is decided, before it is committed. */
    Conversations(Consumer<String> optedOut, Consumer<String> optedIn) {
        this.optedOut = optedOut;
        this.optedIn = optedIn;
    }

    /**
     * Where a customer's text landed, and whether it waits for an answer from staff: a STOP, START or HELP is a
     * command Ringbook answers (or records) itself, so nobody is told a customer is waiting.
     */
    record Landed(OptionalLong threadId, boolean awaitsReply) {
        static final Landed NOWHERE = new Landed(OptionalLong.empty(), false);
    }

    /** Records a customer's text; returns the thread it landed in, empty for a replay. */
    Landed onInboundText(WriteSession session, InboundText text, Settings settings, Instant now) {
        if (session.messages().isRecorded(text.carrierSid())) {
            return Landed.NOWHERE;
        }
        // The sender's number came from the carrier: possible is enough (see PhoneNumbers).
        if (!(PhoneNumbers.callerId(text.from(), settings.region()) instanceof PhoneNumbers.Valid from)) {
            log.warn("Ignoring a text from an unusable sender id");
            return Landed.NOWHERE;
        }
        Contact contact = session.contacts().upsert(from.e164(), now);
        Keyword said = Keyword.of(text.body());
        // YES is a command only from a number that is opted out; from anyone else it answers a question.
        Keyword keyword = said == Keyword.YES && !contact.optedOut() ? Keyword.NONE : said;
        long threadId = threadFor(session, contact, keyword, now);
        session.messages().insertInbound(threadId, text.carrierSid(), text.body(), text.receivedAt(), keyword == Keyword.NONE);
        if (keyword == Keyword.STOP) {
            optedOut.accept(contact.phone());
            session.contacts().setOptedOut(contact.id(), true, now);
            session.outbox().cancelTo(contact.phone());
            optOut(session, threadId, now);
        } else if (keyword.optsIn(contact.optedOut())) {
            optedIn.accept(contact.phone());
            session.contacts().setOptedOut(contact.id(), false, now);
            if (contact.optedOut()) {
                optIn(session, threadId, now);
                String confirmation = Template.render(settings.optIn().confirmation(), settings.businessName(),
                        contact.firstNameOr(null));
                session.outbox().queue(threadId, MessageKind.OPT_IN_REPLY, contact.phone(), confirmation, null, now);
            }
        } else if (keyword == Keyword.HELP) {
            String help = Template.render(settings.helpText(), settings.businessName(), contact.firstNameOr(null));
            if (contact.optedOut()) {
                // Carriers block every text to a number that opted out, an answer to HELP included: queued, it
                // would wait in the outbox and go out the moment they texted START. It is shown, not sent.
                session.optOuts().noteHeldBack(threadId, MessageKind.HELP_REPLY, help, HELD_BACK_HELP, now);
            } else {
                session.outbox().queue(threadId, MessageKind.HELP_REPLY, contact.phone(), help, null, now);
            }
        }
        return new Landed(OptionalLong.of(threadId), keyword == Keyword.NONE);
    }

    /**
     * The open thread if there is one. A keyword (STOP, START, HELP) with none goes on the latest
     * thread, whatever its stage: it is about the conversation already had, not a new lead. So does a
     * text while a job booked there is still to come (or was today): it is about that job, the answer
     * to "reply here if anything changes". Anything else starts a new conversation.
     */
    private static long threadFor(WriteSession session, Contact contact, Keyword keyword, Instant now) {
        return session.threads().openOf(contact.id())
                .or(() -> keyword != Keyword.NONE ? session.threads().latestOf(contact.id()) : Optional.empty())
                .or(() -> session.threads().latestOf(contact.id()).filter(t -> aboutABookedJob(session, t, now)))
                .map(ThreadSummary::id)
                .orElseGet(() -> session.threads().create(contact.id(), now));
    }

    private static boolean aboutABookedJob(WriteSession session, ThreadSummary thread, Instant now) {
        return thread.stage() == Stage.BOOKED && session.appointments().bookedFor(thread.id())
                .filter(job -> job.slot().end().plus(BOOKED_JOB_TALK).isAfter(now))
                .isPresent();
    }

    /** STOP closes the thread as opted out, remembering where it stood so that START can take it back there. */
    private static void optOut(WriteSession session, long threadId, Instant now) {
        session.threads().summary(threadId)
                .filter(t -> t.stage().canMoveTo(Stage.OPTED_OUT))
                .ifPresent(t -> {
                    session.optOuts().remember(threadId, t.stage());
                    session.threads().setStage(threadId, Stage.OPTED_OUT, now);
                });
    }

    /** START: the only way out of OPTED_OUT, back to the stage the thread stood at before STOP. */
    private static void optIn(WriteSession session, long threadId, Instant now) {
        session.threads().summary(threadId)
                .filter(t -> t.stage() == Stage.OPTED_OUT)
                .ifPresent(t -> {
                    Stage back = t.stage().optInTo(session.optOuts().stageBefore(threadId).orElse(null));
                    session.threads().setStage(threadId, back, now);
                    session.optOuts().forget(threadId);
                });
    }

    OutboxItem reply(WriteSession session, long threadId, String body, Instant now) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new RequestRefused("Type a message first.");
        }
        if (text.length() > Template.MAX_LENGTH) {
            throw new RequestRefused("That message is too long (" + text.length() + " characters; keep it under "
                    + Template.MAX_LENGTH + ").");
        }
        ThreadSummary thread = session.threads().summary(threadId)
                .orElseThrow(() -> new RequestRefused("That conversation no longer exists."));
        Contact contact = session.contacts().byId(thread.contactId()).orElseThrow();
        if (contact.optedOut()) {
            throw new RequestRefused("This customer texted STOP. Nothing can be sent until they text START.");
        }
        if (thread.stage() == Stage.NEW) {
            session.threads().setStage(threadId, Stage.QUALIFYING, now);
        }
        OutboxItem queued = session.outbox().queue(threadId, MessageKind.STAFF_REPLY, contact.phone(), text, null, now);
        session.threads().markRead(threadId);
        return queued;
    }

    void moveStage(WriteSession session, long threadId, Stage target, Instant now) {
        ThreadSummary thread = session.threads().summary(threadId)
                .orElseThrow(() -> new RequestRefused("That conversation no longer exists."));
        try {
            thread.stage().moveTo(target);
        } catch (IllegalStageChangeException e) {
            throw new RequestRefused(e.getMessage());
        }
        if (target == Stage.LOST) {
            // Lost without a reason (the older call): still remember where it stood, so it can be reopened.
            session.threads().markLost(threadId, new LostMark(null, null, thread.stage(), now));
        } else {
            session.threads().setStage(threadId, target, now);
        }
    }

    // ---- lost with a reason, undone, reopened ----

    /** Marks an open thread lost for {@code reason} (required) with staff's optional note. */
    void markLost(WriteSession session, long threadId, LostReason reason, String note, Instant now) {
        if (reason == null) {
            throw new RequestRefused("Pick why the job was lost.");
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > LostMark.MAX_NOTE) {
            throw new RequestRefused("That note is too long (" + clean.length() + " characters; keep it under "
                    + LostMark.MAX_NOTE + ").");
        }
        ThreadSummary thread = session.threads().summary(threadId)
                .orElseThrow(() -> new RequestRefused("That conversation no longer exists."));
        if (!thread.stage().canMoveTo(Stage.LOST)) {
            throw new RequestRefused(new IllegalStageChangeException(thread.stage(), Stage.LOST).getMessage());
        }
        session.threads().markLost(threadId, new LostMark(reason, clean, thread.stage(), now));
    }

    /**
     * Reopens a lost thread at the stage it stood at (Undo is this too), or, for a booked thread, starts a new
     * conversation with the same customer. Returns the thread now open. A booked thread keeps its stage and its
     * job: moving it back would leave a job booked on an open thread, which booking could then book a second
     * time and which no longer says Booked anywhere; only cancelling the job reopens that thread (Stage's
     * BOOKED -> QUALIFYING). A customer has one open conversation at a time (new texts land in it), so reopening
     * is refused while another is open, and for a customer who texted STOP (START is theirs to send).
     */
    long reopen(WriteSession session, long threadId, Instant now) {
        ThreadSummary thread = session.threads().summary(threadId)
                .orElseThrow(() -> new RequestRefused("That conversation no longer exists."));
        if (!thread.stage().canReopen()) {
            throw new RequestRefused("A " + thread.stage().label().toLowerCase() + " conversation can't be reopened.");
        }
        Contact contact = session.contacts().byId(thread.contactId()).orElseThrow();
        if (contact.optedOut()) {
            throw new RequestRefused("This customer texted STOP. They can text START to hear from you again.");
        }
        Optional<ThreadSummary> open = session.threads().openOf(contact.id());
        if (open.isPresent()) {
            throw new RequestRefused("This customer already has an open conversation (" + open.get().stage().label()
                    + "); carry on there.");
        }
        if (thread.stage().reopensAsNewConversation()) {
            long fresh = session.threads().create(contact.id(), now);
            session.threads().setStage(fresh, Stage.QUALIFYING, now);
            session.threads().touch(fresh, "Reopened after a booked job", now);
            return fresh;
        }
        Stage before = session.threads().lostMark(threadId).map(LostMark::before).orElse(null);
        session.threads().reopen(threadId, thread.stage().reopenTo(before), now);
        return threadId;
    }
}
