package com.ringbook.carrier.twilio;

import com.ringbook.carrier.SendResult;
import com.twilio.exception.ApiException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Twilio's numbered errors in words a receptionist can act on, and which of them are worth trying
 * again. The same words serve a refused send and a later "undelivered" report.
 */
final class TwilioErrors {

    static final int AUTHENTICATE = 20003;
    static final int UNSUBSCRIBED = 21610;
    static final String BAD_CREDENTIALS =
            "Twilio did not accept the Account SID and auth token. Check them in Settings.";
    static final Duration BAD_CREDENTIALS_RETRY = Duration.ofSeconds(60);

    private static final String UNREGISTERED = "US carriers block texts from business numbers that are not registered. "
            + "Register your brand and campaign (A2P 10DLC) in the Twilio Console, or finish toll-free "
            + "verification for a toll-free number; texts will go out once it is approved.";

    /**
     * Refusals that say the number itself can never take texts (21211 invalid To, 21614 not a mobile,
     * 21612 unreachable from this number, 21217/21401 not a valid number, 30005 not in service, 30006
     * landline); anything about the sender, the account, the content or a phone that is merely off is not.
     */
    private static final java.util.Set<Integer> BAD_NUMBER = java.util.Set.of(21211, 21614, 21612, 21217, 21401,
            30005, 30006);

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(21211, "This is not a valid phone number, so the text could not be sent."),
            Map.entry(21614, "This number is not a mobile phone and cannot receive texts."),
            Map.entry(21217, "This is not a valid phone number, so the text could not be sent."),
            Map.entry(21401, "This is not a valid phone number, so the text could not be sent."),
            Map.entry(UNSUBSCRIBED, "This person texted STOP to your number, so the carrier will not deliver texts "
                    + "to them until they text START."),
            Map.entry(21408, "Your Twilio account is not allowed to text this country. Turn the country on under "
                    + "Messaging > Geo permissions in the Twilio Console."),
            Map.entry(21612, "Texts cannot be sent from your number to this number (for example a landline or a "
                    + "carrier Twilio does not reach)."),
            Map.entry(30003, "The phone was switched off or out of reach, so the text was not delivered."),
            Map.entry(30004, "The person's phone or carrier blocked the text."),
            Map.entry(30005, "This number does not exist or is no longer in service."),
            Map.entry(30006, "This is a landline or a number that cannot receive texts."),
            Map.entry(30007, "The person's carrier filtered the text as spam. Try plainer wording, and make sure "
                    + "your number is registered for business texting."),
            Map.entry(30034, UNREGISTERED),
            Map.entry(30032, UNREGISTERED));

    private TwilioErrors() {
    }

    static String notTwilio(String apiBase, int status) {
        return "The server at " + apiBase + " did not answer like Twilio (HTTP " + status
                + "). Check the API base address in Settings.";
    }

    /** The plain-words reason for a Twilio error code, if we know it. */
    static Optional<String> reason(Integer code) {
        return Optional.ofNullable(code == null ? null : REASONS.get(code));
    }

    /** The code says the number itself can never take texts. */
    static boolean isBadNumber(Integer code) {
        return code != null && BAD_NUMBER.contains(code);
    }

    static boolean isBadCredentials(ApiException e, Integer httpStatus) {
        return Integer.valueOf(401).equals(httpStatus) || Integer.valueOf(AUTHENTICATE).equals(e.getCode());
    }

    /**
     * What a refused or failed create means for the outbox. {@code httpStatus} is what actually came
     * back, which the SDK's exception does not always carry (an HTML 502 has no Twilio body).
     */
    static SendResult forSend(ApiException e, Integer httpStatus, Optional<Duration> retryAfter, String apiBase) {
        Integer code = e.getCode();
        int status = httpStatus != null ? httpStatus : e.getStatusCode() != null ? e.getStatusCode() : 0;
        if (isBadCredentials(e, status)) {
            return new SendResult.Transient(BAD_CREDENTIALS, BAD_CREDENTIALS_RETRY);
        }
        if (status == 429 || Integer.valueOf(20429).equals(code)) {
            return new SendResult.Transient("Twilio asked Ringbook to slow down; the text will go out shortly.",
                    retryAfter.orElse(null));
        }
        if (status >= 500) {
            // A gateway can fail after Twilio created the message: check before any new attempt.
            return new SendResult.Unknown("Twilio had a problem on its side (HTTP " + status
                    + "); Ringbook will check whether the text went out, then try again.");
        }
        Optional<String> known = reason(code);
        if (known.isPresent()) {
            return new SendResult.Rejected(String.valueOf(code), known.get(), Integer.valueOf(UNSUBSCRIBED).equals(code),
                    BAD_NUMBER.contains(code));
        }
        if (status >= 400 && code != null) {
            return new SendResult.Rejected(String.valueOf(code), "Twilio refused the text: " + e.getMessage()
                    + " (error " + code + ").", false, BAD_NUMBER.contains(code));
        }
        if (status >= 400) {
            // No Twilio error body: a wrong API base or a proxy in the way, which Settings can fix.
            return new SendResult.Transient(notTwilio(apiBase, status), null);
        }
        // No HTTP answer at all: the SDK failed before sending (a malformed address, say).
        return new SendResult.Transient("Could not send to Twilio: " + e.getMessage(), null);
    }
}
