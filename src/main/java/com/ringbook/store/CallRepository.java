package com.ringbook.store;

import com.ringbook.domain.CallLogEntry;
import com.ringbook.domain.TextBackDecision;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Missed calls as recorded, by the carrier's id for each, and numbers the carrier said cannot take texts. */
public interface CallRepository {

    /** Those of these carrier SIDs that are recorded calls. */
    Set<String> recordedOf(Collection<String> carrierSids);

    boolean isRecorded(String carrierSid);

    /** What Ringbook decided for the call the carrier knows by this id; empty until it is recorded. */
    Optional<TextBackDecision> decisionOf(String carrierSid);

    /** Every missed call, newest first, one page at a time. */
    List<CallLogEntry> log(int limit, int offset);

    int count();

    /** Why the carrier refused texts to this E.164 number, in plain words; empty when it never did. */
    Optional<String> refusalOf(String phone);

    /** Changes to calls, made inside the writer's current transaction. */
    interface Writable extends CallRepository {

        /** Records a call; empty when its carrier SID was already recorded (a replay changes nothing). */
        OptionalLong insert(String carrierSid, String caller, Long contactId, Long threadId, Instant endedAt,
                            Instant detectedAt, TextBackDecision decision);

        /** The carrier refused a text to this number as one that cannot take texts: no call from it is texted again. */
        void markUnreachable(String phone, String code, String reason, Instant at);

        /** Staff say the number can take texts now: it is texted again. False when it was not marked. */
        boolean clearUnreachable(String phone);
    }
}
