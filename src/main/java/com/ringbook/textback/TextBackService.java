package com.ringbook.textback;

import com.ringbook.carrier.CarrierEvent.MissedCall;
import com.ringbook.domain.Contact;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.PhoneNumbers;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.Template;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.store.FirstCallWriter;
import com.ringbook.store.WriteSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns a missed call into a recorded call, a thread and (when the policy allows) a text-back in the
 * outbox, all inside the caller's transaction: either all of it lands or none of it.
 */
public final class TextBackService {

    /**
     * A missed call with what its number alone decides. Worked out before the write: parsing a number
     * is the slowest step of a text-back, and the store's one writer thread should not wait on it.
     */
    public record Screened(MissedCall call, PhoneNumbers.Parsed caller, TextBackDecision byNumber, Settings settings) {
        /** The number alone earns a text-back: if it is not a contact yet, the call opens its first thread. */
        boolean mayBeFirstCall() {
            return caller instanceof PhoneNumbers.Valid && byNumber.sends();
        }
    }

    public Screened screen(MissedCall call, Settings settings) {
        // A caller ID the carrier delivered is texted when it is a possible number; the carrier's answer to
        // the text marks a truly bad one (see TextBackPolicy's refusal).
        PhoneNumbers.Parsed caller = PhoneNumbers.callerId(call.from(), settings.region());
        return new Screened(call, caller, TextBackPolicy.decide(caller, Optional.empty(), settings, call.endedAt()), settings);
    }

    /**
     * What a missed call left behind: the thread it joined or opened (none for a replay or a call that
     * opens no thread), and the text-back it queued, if any. {@code newCaller}: the call added its caller
     * as a contact, not yet in the search index (see {@code ContactRepository.Writable#indexForSearch}).
     */
    public record Recorded(OptionalLong threadId, Optional<OutboxItem> textBack, boolean newCaller) {
        static final Recorded NOTHING = new Recorded(OptionalLong.empty(), Optional.empty(), false);

        private static Recorded opened(FirstCallWriter.Opened opened) {
            return new Recorded(OptionalLong.of(opened.threadId()), Optional.of(opened.textBack()), true);
        }
    }

    /**
     * Records many missed calls at once, with the same outcome as recording them one by one: the calls
     * of first-time callers (most of a burst) are written together, in a few statements for all of
     * them; a replay, a known caller or a second call from one number goes one at a time after them.
     *
     * @return what each call left behind, in the order of {@code calls}
     */
    public List<Recorded> recordAll(WriteSession session, List<Screened> calls, Instant now) {
        if (calls.size() == 1) {
            return List.of(record(session, calls.get(0), now));
        }
        Set<String> replays = session.calls().recordedOf(calls.stream().map(c -> c.call().carrierSid()).toList());
        List<Integer> together = new ArrayList<>();
        List<FirstCallWriter.FirstCall> firstCalls = new ArrayList<>();
        Set<String> sids = new HashSet<>();
        Set<String> phones = new HashSet<>();
        for (int i = 0; i < calls.size(); i++) {
            Screened screened = calls.get(i);
            MissedCall call = screened.call();
            // Only the first copy of a call may go together: a later copy is a replay of it, whatever it says.
            boolean firstCopy = sids.add(call.carrierSid());
            if (firstCopy && screened.mayBeFirstCall() && !replays.contains(call.carrierSid())
                    && screened.caller() instanceof PhoneNumbers.Valid valid && phones.add(valid.e164())) {
                together.add(i);
                firstCalls.add(firstCall(screened, valid));
            }
        }
        Recorded[] results = new Recorded[calls.size()];
        List<Optional<FirstCallWriter.Opened>> opened = firstCalls.isEmpty() ? List.of()
                : session.firstCalls().open(firstCalls, now);
        for (int k = 0; k < opened.size(); k++) {
            int index = together.get(k);
            opened.get(k).ifPresent(o -> results[index] = Recorded.opened(o));
        }
        for (int i = 0; i < calls.size(); i++) {
            if (results[i] == null) {
                results[i] = record(session, calls.get(i), now);
            }
        }
        return Arrays.asList(results);
    }

    public Recorded record(WriteSession session, Screened screened, Instant now) {
        Settings settings = screened.settings();
        MissedCall call = screened.call();
        if (session.calls().isRecorded(call.carrierSid())) {
            return Recorded.NOTHING;
        }
        // What the number alone decides (withheld, blocked, staff) needs no contact row: only real
        // customers get one.
        TextBackDecision byNumber = screened.byNumber();
        if (!(screened.caller() instanceof PhoneNumbers.Valid valid) || !TextBackPolicy.opensThread(byNumber)) {
            String recorded = screened.caller() instanceof PhoneNumbers.Valid v ? v.e164() : screened.caller().raw();
            session.calls().insert(call.carrierSid(), recorded, null, null, call.endedAt(), now, byNumber);
            return Recorded.NOTHING;
        }
        if (screened.mayBeFirstCall()) {
            // A first-time caller has no opt-out, no earlier text-back and no thread: the number decides.
            Optional<FirstCallWriter.Opened> opened = session.firstCalls().open(List.of(firstCall(screened, valid)), now).get(0);
            if (opened.isPresent()) {
                return Recorded.opened(opened.get());
            }
        }
        Contact contact = session.contacts().byPhone(valid.e164()).orElseThrow();
        TextBackDecision decision = TextBackPolicy.decide(valid, Optional.of(contact),
                session.calls().refusalOf(contact.phone()), settings, call.endedAt());
        // A call from a customer who opted out goes on the thread they opted out of, not on a new lead no one
        // may text: the receptionist sees it there, and their START later reopens that very thread.
        long threadId = session.threads().openOf(contact.id())
                .or(() -> decision == TextBackDecision.SKIP_OPTED_OUT
                        ? session.threads().latestOf(contact.id()).filter(t -> t.stage() == Stage.OPTED_OUT)
                        : Optional.empty())
                .map(t -> t.id())
                .orElseGet(() -> session.threads().create(contact.id(), now));
        Optional<OutboxItem> text = follow(session, call, decision, threadId, contact.id(), contact.phone(),
                contact.firstNameOr(null), settings, now);
        if (decision.sends()) {
            session.contacts().setLastTextBack(contact.id(), now);
        }
        return new Recorded(OptionalLong.of(threadId), text, false);
    }

    /** The new thread opens with the text-back as its first line; no name is known yet. */
    private static FirstCallWriter.FirstCall firstCall(Screened screened, PhoneNumbers.Valid caller) {
        return new FirstCallWriter.FirstCall(screened.call().carrierSid(), caller.e164(), screened.call().endedAt(),
                screened.byNumber(), textBack(screened.byNumber(), screened.settings(), null));
    }

    /** Records the call on its thread and queues the text-back, or notes on the thread why there is none. */
    private static Optional<OutboxItem> follow(WriteSession session, MissedCall call, TextBackDecision decision, long threadId,
                               long contactId, String phone, String firstName, Settings settings, Instant now) {
        long callId = session.calls().insert(call.carrierSid(), phone, contactId, threadId, call.endedAt(), now, decision)
                .orElseThrow();
        if (!decision.sends()) {
            session.threads().touch(threadId, "Missed call · " + decision.label(), call.endedAt());
            return Optional.empty();
        }
        return Optional.of(session.outbox().queue(threadId, MessageKind.TEXT_BACK, phone,
                textBack(decision, settings, firstName), callId, now));
    }

    private static String textBack(TextBackDecision decision, Settings settings, String firstName) {
        String template = decision == TextBackDecision.SEND_BUSINESS_HOURS
                ? settings.businessHoursTemplate()
                : settings.afterHoursTemplate();
        return Template.render(template, settings.businessName(), firstName);
    }
}
