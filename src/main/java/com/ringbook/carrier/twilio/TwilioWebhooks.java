package com.ringbook.carrier.twilio;

import com.ringbook.carrier.CarrierEvent;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.PhoneNumbers;
import com.twilio.http.HttpMethod;
import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Number;
import com.twilio.twiml.voice.Say;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.Supplier;

/**
 * What Ringbook answers when Twilio calls it, and which events that makes. Signatures are checked
 * before anything gets here ({@link WebhookServer}); this class only knows Twilio's parameters.
 */
final class TwilioWebhooks {
    private static final Logger log = LoggerFactory.getLogger(TwilioWebhooks.class);
    static final String VOICE = "/twilio/voice";
    static final String DIAL_STATUS = "/twilio/voice/dial-status";
    static final String SMS = "/twilio/sms";
    static final String MESSAGE_STATUS = "/twilio/message-status";

    private static final Set<String> UNANSWERED = Set.of("no-answer", "busy", "failed", "canceled");
    private static final String TEXTING = "Sorry we missed your call. We are sending you a text message right now.";
    private static final String NO_TEXT = "Sorry we missed your call. Please call us again soon.";

    private final String businessNumber;
    private final String publicUrl;
    private final int ringSeconds;
    private final Supplier<List<String>> staffPhones;
    private final PollState state;
    private final Consumer<CarrierEvent> emit;
    private final Clock clock;

    TwilioWebhooks(String businessNumber, String publicUrl, int ringSeconds, Supplier<List<String>> staffPhones,
                   PollState state, Consumer<CarrierEvent> emit, Clock clock) {
        this.businessNumber = businessNumber;
        this.publicUrl = publicUrl;
        this.ringSeconds = ringSeconds;
        this.staffPhones = staffPhones;
        this.state = state;
        this.emit = emit;
        this.clock = clock;
    }

    /** The TwiML to answer with, or empty for a path that is not ours. */
    Optional<String> handle(String path, Map<String, String> params) {
        switch (path) {
            case VOICE:
                return Optional.of(incomingCall(params));
            case DIAL_STATUS:
                return Optional.of(dialFinished(params));
            case SMS:
                return Optional.of(incomingText(params));
            case MESSAGE_STATUS:
                return Optional.of(statusChanged(params));
            default:
                return Optional.empty();
        }
    }

    /** Rings every staff phone at once; whoever picks up first gets the caller. */
    private String incomingCall(Map<String, String> p) {
        List<String> phones = staffPhones.get().stream().filter(n -> n != null && !n.isBlank()).toList();
        if (phones.isEmpty()) {
            missed(p);
            return apology(p);
        }
        Dial.Builder dial = new Dial.Builder()
                .timeout(ringSeconds)
                .action(publicUrl + DIAL_STATUS)
                .method(HttpMethod.POST);
        phones.forEach(phone -> dial.number(new Number.Builder(phone).build()));
        return new VoiceResponse.Builder().dial(dial.build()).build().toXml();
    }

    private String dialFinished(Map<String, String> p) {
        String status = p.getOrDefault("DialCallStatus", "");
        boolean nobodyTalked = "completed".equals(status) && "0".equals(p.getOrDefault("DialCallDuration", "0").strip());
        if (UNANSWERED.contains(status) || nobodyTalked) {
            missed(p);
            return apology(p);
        }
        return new VoiceResponse.Builder().hangup(new Hangup.Builder().build()).build().toXml();
    }

    /**
     * Twilio gets its answer either way: a caller must not hear an error because Ringbook's disk is
     * slow. Only an event the engine has saved is remembered as seen; otherwise the poll reports it again.
     */
    private void reportThenRemember(CarrierEvent event) {
        try {
            emit.accept(event);
            state.save();
        } catch (EngineHandOff.EventNotSaved e) {
            log.warn("Twilio webhook {}: {}", event.carrierSid(), e.getMessage());
        }
    }

    private void missed(Map<String, String> p) {
        String sid = p.get("CallSid");
        Instant now = clock.instant();
        if (sid != null && businessNumber.equals(p.get("To")) && state.markReported(sid, now)) {
            reportThenRemember(new CarrierEvent.MissedCall(sid, p.get("From"), p.get("To"), now));
        }
    }

    /** A caller whose number is hidden cannot be texted, so they are not promised a text. */
    private static String apology(Map<String, String> p) {
        // Withheld ids are recognised before any region applies, so the region here changes nothing.
        boolean withheld = PhoneNumbers.parse(p.get("From"), "US") instanceof PhoneNumbers.Withheld;
        return new VoiceResponse.Builder()
                .say(new Say.Builder(withheld ? NO_TEXT : TEXTING).build())
                .hangup(new Hangup.Builder().build())
                .build().toXml();
    }

    private String incomingText(Map<String, String> p) {
        String sid = p.getOrDefault("MessageSid", p.get("SmsSid"));
        Instant now = clock.instant();
        if (sid != null && businessNumber.equals(p.get("To")) && state.markReported(sid, now)) {
            reportThenRemember(new CarrierEvent.InboundText(sid, p.get("From"), p.get("To"), p.getOrDefault("Body", ""), now));
        }
        return new MessagingResponse.Builder().build().toXml();
    }

    private String statusChanged(Map<String, String> p) {
        String sid = p.getOrDefault("MessageSid", p.get("SmsSid"));
        Optional<DeliveryStatus> status = DeliveryStatuses.of(p.getOrDefault("MessageStatus", p.get("SmsStatus")));
        if (sid != null && status.isPresent() && state.updateStatus(sid, status.get())) {
            String code = blankToNull(p.get("ErrorCode"));
            Integer number = code == null ? null : parseCode(code);
            emit.accept(new CarrierEvent.DeliveryUpdate(sid, status.get(), code,
                    DeliveryStatuses.errorText(number, p.get("ErrorMessage")),
                    status.get().isFinalFailure() && TwilioErrors.isBadNumber(number)));
        }
        return new MessagingResponse.Builder().build().toXml();
    }

    private static Integer parseCode(String code) {
        try {
            return Integer.valueOf(code.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
