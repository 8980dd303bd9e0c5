package com.ringbook.textback;

import com.ringbook.carrier.CarrierEvent.MissedCall;
import com.ringbook.domain.Contact;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.PhoneNumbers;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Template;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.store.WriteSession;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns a missed call into a recorded call, a thread and (when the policy allows) a text-back in the
 * outbox, all inside the caller's transaction: either all of it lands or none of it.
 */
public final class TextBackService {

    /**
     * A missed call with what its number alone decides. Worked out before the write: parsing a number
     * is the slowest step of a text-back, and the store's one writer thread should not wait on it.
     */
    public record Screened(MissedCall call, PhoneNumbers.Parsed caller, TextBackDecision byNumber) {
    }

    public Screened screen(MissedCall call, Settings settings) {
        PhoneNumbers.Parsed caller = PhoneNumbers.parse(call.from(), settings.region());
        return new Screened(call, caller, TextBackPolicy.decide(caller, Optional.empty(), settings, call.endedAt()));
    }

    /**
     * What a missed call left behind: the thread it joined or opened (none for a replay or a call that
     * opens no thread), and the text-back it queued, if any.
     */
    public record Recorded(OptionalLong threadId, Optional<OutboxItem> textBack) {
        static final Recorded NOTHING = new Recorded(OptionalLong.empty(), Optional.empty());
    }

    public Recorded record(WriteSession session, Screened screened, Settings settings, Instant now) {
        MissedCall call = screened.call();
        if (session.callRecorded(call.carrierSid())) {
            return Recorded.NOTHING;
        }
        // What the number alone decides (withheld, blocked, staff) needs no contact row: only real
        // customers get one.
        TextBackDecision byNumber = screened.byNumber();
        if (!(screened.caller() instanceof PhoneNumbers.Valid valid) || !TextBackPolicy.opensThread(byNumber)) {
            String recorded = screened.caller() instanceof PhoneNumbers.Valid v ? v.e164() : screened.caller().raw();
            session.insertCall(call.carrierSid(), recorded, null, null, call.endedAt(), now, byNumber);
            return Recorded.NOTHING;
        }
        OptionalLong firstTime = session.insertContact(valid.e164(), now, byNumber.sends() ? now : null);
        if (firstTime.isPresent() && byNumber.sends()) {
            // A first-time caller has no opt-out, no earlier text-back and no thread: the number decides,
            // and the new thread opens with the text-back as its first line.
            long contactId = firstTime.getAsLong();
            String body = textBack(byNumber, settings, null);
            long threadId = session.createThread(contactId, now, body);
            long callId = session.insertCall(call.carrierSid(), valid.e164(), contactId, threadId, call.endedAt(), now,
                    byNumber).orElseThrow();
            return new Recorded(OptionalLong.of(threadId), Optional.of(
                    session.queueOpeningText(threadId, MessageKind.TEXT_BACK, valid.e164(), body, callId, now)));
        }
        Contact contact = session.contactByPhone(valid.e164()).orElseThrow();
        TextBackDecision decision = TextBackPolicy.decide(valid, Optional.of(contact), settings, call.endedAt());
        long threadId = session.openThreadOf(contact.id())
                .map(t -> t.id())
                .orElseGet(() -> session.createThread(contact.id(), now, null));
        Optional<OutboxItem> text = follow(session, call, decision, threadId, contact.id(), contact.phone(),
                contact.firstNameOr(null), settings, now);
        if (decision.sends()) {
            session.setLastTextBack(contact.id(), now);
        }
        return new Recorded(OptionalLong.of(threadId), text);
    }

    /** Records the call on its thread and queues the text-back, or notes on the thread why there is none. */
    private static Optional<OutboxItem> follow(WriteSession session, MissedCall call, TextBackDecision decision, long threadId,
                               long contactId, String phone, String firstName, Settings settings, Instant now) {
        long callId = session.insertCall(call.carrierSid(), phone, contactId, threadId, call.endedAt(), now, decision)
                .orElseThrow();
        if (!decision.sends()) {
            session.touchThread(threadId, "Missed call · " + decision.label(), call.endedAt());
            return Optional.empty();
        }
        return Optional.of(session.queueOutbound(threadId, MessageKind.TEXT_BACK, phone,
                textBack(decision, settings, firstName), callId, now));
    }

    private static String textBack(TextBackDecision decision, Settings settings, String firstName) {
        String template = decision == TextBackDecision.SEND_BUSINESS_HOURS
                ? settings.businessHoursTemplate()
                : settings.afterHoursTemplate();
        return Template.render(template, settings.businessName(), firstName);
    }
}
