package com.ringbook.textback;

import com.ringbook.domain.Contact;
import com.ringbook.domain.PhoneNumbers;
import com.ringbook.domain.Settings;
import com.ringbook.domain.TextBackDecision;
import java.time.Instant;
import java.util.Optional;

/** Whether a missed call gets a text-back, and which template; a pure function of its inputs. */
public final class TextBackPolicy {

    private TextBackPolicy() {
    }

    public static TextBackDecision decide(PhoneNumbers.Parsed caller, Optional<Contact> contact, Settings settings,
                                          Instant callEndedAt) {
        return decide(caller, contact, Optional.empty(), settings, callEndedAt);
    }

    /**
     * @param refusal why the carrier refused an earlier text to this number as one that cannot take
     *                texts; present, the number is not texted again
     */
    public static TextBackDecision decide(PhoneNumbers.Parsed caller, Optional<Contact> contact, Optional<String> refusal,
                                          Settings settings, Instant callEndedAt) {
        if (caller instanceof PhoneNumbers.Withheld) {
            return TextBackDecision.SKIP_WITHHELD;
        }
        if (!(caller instanceof PhoneNumbers.Valid valid)) {
            return TextBackDecision.SKIP_INVALID;
        }
        if (settings.blockedPhones().contains(valid.e164())) {
            return TextBackDecision.SKIP_BLOCKED;
        }
        if (settings.staffPhones().contains(valid.e164())) {
            return TextBackDecision.SKIP_STAFF;
        }
        if (contact.map(Contact::optedOut).orElse(false)) {
            return TextBackDecision.SKIP_OPTED_OUT;
        }
        if (refusal.isPresent()) {
            return TextBackDecision.SKIP_UNREACHABLE;
        }
        Instant last = contact.map(Contact::lastTextBackAt).orElse(null);
        if (last != null && last.plus(settings.textBackWindow()).isAfter(callEndedAt)) {
            return TextBackDecision.SKIP_WINDOW;
        }
        return settings.hours().isOpenAt(callEndedAt)
                ? TextBackDecision.SEND_BUSINESS_HOURS
                : TextBackDecision.SEND_AFTER_HOURS;
    }

    /** Calls that never become a conversation: nobody to text, or nobody we should. */
    public static boolean opensThread(TextBackDecision decision) {
        return switch (decision) {
            case SKIP_WITHHELD, SKIP_INVALID, SKIP_BLOCKED, SKIP_STAFF -> false;
            default -> true;
        };
    }
}
