package com.ringbook.textback;

import com.ringbook.carrier.CarrierEvent.MissedCall;
import com.ringbook.domain.Contact;
import com.ringbook.domain.MessageKind;
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

    /** The thread the call joined or opened, if any; empty for a replay or a call that opens no thread. */
    public OptionalLong onMissedCall(WriteSession session, MissedCall call, Settings settings, Instant now) {
        if (session.callRecorded(call.carrierSid())) {
            return OptionalLong.empty();
        }
        PhoneNumbers.Parsed caller = PhoneNumbers.parse(call.from(), settings.region());
        // What the number alone decides (withheld, blocked, staff) needs no contact row: only real
        // customers get one.
        TextBackDecision byNumber = TextBackPolicy.decide(caller, Optional.empty(), settings, call.endedAt());
        if (!(caller instanceof PhoneNumbers.Valid valid) || !TextBackPolicy.opensThread(byNumber)) {
            String recorded = caller instanceof PhoneNumbers.Valid v ? v.e164() : caller.raw();
            session.insertCall(call.carrierSid(), recorded, null, null, call.endedAt(), now, byNumber);
            return OptionalLong.empty();
        }
        Contact contact = session.upsertContact(valid.e164(), now);
        TextBackDecision decision = TextBackPolicy.decide(caller, Optional.of(contact), settings, call.endedAt());
        long threadId = session.openThreadOf(contact.id())
                .map(t -> t.id())
                .orElseGet(() -> session.createThread(contact.id(), now));
        long callId = session.insertCall(call.carrierSid(), valid.e164(), contact.id(), threadId, call.endedAt(), now, decision)
                .orElseThrow();
        if (!decision.sends()) {
            session.touchThread(threadId, "Missed call · " + decision.label(), call.endedAt());
        } else {
            String template = decision == TextBackDecision.SEND_BUSINESS_HOURS
                    ? settings.businessHoursTemplate()
                    : settings.afterHoursTemplate();
            String body = Template.render(template, settings.businessName(), contact.firstNameOr(null));
            session.queueOutbound(threadId, MessageKind.TEXT_BACK, contact.phone(), body, callId, now);
            session.setLastTextBack(contact.id(), now);
        }
        return OptionalLong.of(threadId);
    }
}
