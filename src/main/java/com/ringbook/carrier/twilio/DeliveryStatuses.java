package com.ringbook.carrier.twilio;

import com.ringbook.domain.DeliveryStatus;
import java.util.Locale;
import java.util.Optional;

/** Twilio's message statuses (REST field and status-callback parameter alike) in Ringbook's terms. */
final class DeliveryStatuses {

    private DeliveryStatuses() {
    }

    static Optional<DeliveryStatus> of(String twilioStatus) {
        if (twilioStatus == null) {
            return Optional.empty();
        }
        switch (twilioStatus.strip().toLowerCase(Locale.ROOT)) {
            case "accepted":
            case "scheduled":
            case "queued":
            case "sending":
            case "sent":
                return Optional.of(DeliveryStatus.SENT);
            case "delivered":
            case "read":
                return Optional.of(DeliveryStatus.DELIVERED);
            case "undelivered":
                return Optional.of(DeliveryStatus.UNDELIVERED);
            case "failed":
                return Optional.of(DeliveryStatus.FAILED);
            case "canceled":
                return Optional.of(DeliveryStatus.CANCELLED);
            default:
                // "receiving"/"received" belong to inbound texts; anything newer is left for a later version.
                return Optional.empty();
        }
    }

    /** Words for a failed delivery: ours when we know the code, else Twilio's own text. */
    static String errorText(Integer code, String twilioMessage) {
        if (code == null) {
            return null;
        }
        return TwilioErrors.reason(code).orElse(
                twilioMessage != null && !twilioMessage.isBlank() ? twilioMessage : "Twilio error " + code + ".");
    }
}
