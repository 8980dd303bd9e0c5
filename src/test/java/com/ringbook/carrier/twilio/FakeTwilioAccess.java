package com.ringbook.carrier.twilio;

import java.time.Instant;
import java.util.List;

/**
 * What tests outside this package need of {@link FakeTwilioServer}: calls nobody answered in its call log, and the
 * numbers Ringbook texted through it (one entry per text Twilio took).
 */
public final class FakeTwilioAccess {
    private FakeTwilioAccess() {
    }

    /** An inbound call to {@code business} that rang out unanswered, as Twilio's call log lists it. */
    public static void missedCall(FakeTwilioServer fake, int n, String from, String business, Instant at) {
        fake.addCall(new FakeTwilioServer.FakeCall(FakeTwilioServer.sid("CA", n)).from(from).to(business)
                .status("no-answer").at(at, 0));
    }

    /** The call sid {@link #missedCall} gives call {@code n}. */
    public static String callSid(int n) {
        return FakeTwilioServer.sid("CA", n);
    }

    /** The {@code X-Twilio-Signature} Twilio would send with a webhook of these parameters to this URL. */
    public static String signature(String authToken, String url, java.util.Map<String, String> params) {
        return TwilioSignature.sign(authToken, url, params);
    }

    /** The recipient of every text Twilio took, in the order it took them; a number twice means two texts. */
    public static List<String> textedNumbers(FakeTwilioServer fake) {
        return fake.outboundTexts().stream().map(m -> m.to).toList();
    }
}
