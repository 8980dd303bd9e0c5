package com.ringbook.ui.calls;

import com.ringbook.domain.CallLogEntry;
import com.ringbook.domain.PhoneFormat;
import com.ringbook.domain.TextBackDecision;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One missed call as the calls screen shows it, already in words.
 *
 * @param caller the name when known, else the number as people read it, or "Withheld number"
 * @param number the number under the name (empty when the caller line already is the number)
 * @param outcome what Ringbook did: "Texted back", "Not texted: staff phone", "Text-back failed: ..."
 * @param needsCallBack Ringbook did not reach this caller by text: worth a call back
 * @param callBack what to dial (E.164), or null when there is nothing to call back (withheld)
 * @param threadId the conversation the call belongs to, or null
 * @param unreachable why the carrier refused texts to this number, while Ringbook does not text it; else null
 */
public record CallRow(long id, String when, String caller, String number, String outcome, boolean needsCallBack,
                      String callBack, Long threadId, String unreachable) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.US);

    static CallRow of(CallLogEntry call, ZoneId zone) {
        String when = call.endedAt() == null ? "" : WHEN.format(call.endedAt().atZone(zone));
        boolean withheld = call.decision() == TextBackDecision.SKIP_WITHHELD
                || call.caller() == null || call.caller().isBlank();
        boolean e164 = !withheld && call.caller().startsWith("+");
        String number = withheld ? "Withheld number"
                : e164 ? PhoneFormat.pretty(call.caller()) : "Unreadable number (" + call.caller() + ")";
        boolean named = call.name() != null && !call.name().isBlank();
        return new CallRow(call.id(), when, named ? call.name().strip() : number, named ? number : "",
                outcome(call), !call.decision().sends() || call.textBackFailed(), withheld ? null : call.caller(),
                call.threadId(), withheld || !e164 ? null : call.unreachable());
    }

    /** Ringbook does not text this number now (the carrier refused it); staff may let it try again. */
    public boolean canTextAgain() {
        return unreachable != null;
    }

    private static String outcome(CallLogEntry call) {
        if (!call.decision().sends() || !call.textBackFailed()) {
            return call.decision().outcome();
        }
        String why = call.textBackError() == null || call.textBackError().isBlank()
                ? "the carrier did not deliver it." : call.textBackError();
        return "Text-back failed: " + why;
    }
}
