package com.ringbook.carrier.twilio;

import com.twilio.rest.api.v2010.account.Call;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Decides whether a call to the business number went unanswered. Kept apart from the poller so the
 * rule reads in one place: it is what decides whether a customer gets a text.
 */
final class CallClassifier {

    enum Verdict {
        /** Still queued, ringing or in progress: look again on a later poll. */
        NOT_ENDED,
        MISSED,
        ANSWERED,
        /** Outbound, to another number, or a status we do not know: never a miss. */
        NOT_OURS
    }

    private final String businessNumber;
    private final boolean forwardingTarget;
    private final Function<String, List<Call>> childLegs;

    /**
     * @param childLegs lists the dialled legs of a call by its SID; asked only for completed calls,
     *                  because only there the answer depends on them
     */
    CallClassifier(String businessNumber, boolean forwardingTarget, Function<String, List<Call>> childLegs) {
        this.businessNumber = businessNumber;
        this.forwardingTarget = forwardingTarget;
        this.childLegs = childLegs;
    }

    Verdict classify(Call call) {
        if (!"inbound".equals(call.getDirection()) || !businessNumber.equals(call.getTo()) || call.getStatus() == null) {
            return Verdict.NOT_OURS;
        }
        switch (call.getStatus().toString()) {
            case "queued":
            case "ringing":
            case "in-progress":
                return Verdict.NOT_ENDED;
            case "no-answer":
            case "busy":
            case "failed":
            case "canceled":
                return Verdict.MISSED;
            case "completed":
                // A forwarding target only ever receives calls nobody picked up on the main line.
                if (forwardingTarget) {
                    return Verdict.MISSED;
                }
                return childLegs.apply(call.getSid()).stream().anyMatch(CallClassifier::answered)
                        ? Verdict.ANSWERED : Verdict.MISSED;
            default:
                return Verdict.NOT_OURS;
        }
    }

    /**
     * A dialled leg counts as answered when someone is on it or was on it for a while. A machine
     * (a staff phone's own voicemail, when answering-machine detection is on) is not someone.
     */
    static boolean answered(Call leg) {
        if (leg.getStatus() == null) {
            return false;
        }
        String answeredBy = leg.getAnsweredBy() == null ? "" : leg.getAnsweredBy().toLowerCase(Locale.ROOT);
        if (answeredBy.startsWith("machine") || answeredBy.equals("fax")) {
            return false;
        }
        String status = leg.getStatus().toString();
        return status.equals("in-progress") || status.equals("completed") && seconds(leg.getDuration()) > 0;
    }

    private static long seconds(String duration) {
        try {
            return duration == null ? 0 : Long.parseLong(duration.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
