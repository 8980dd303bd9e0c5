package com.ringbook.store;

import com.ringbook.domain.TextBackDecision;
import java.time.Instant;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.Set;

/** Missed calls as recorded, by the carrier's id for each. */
public interface CallRepository {

    /** Those of these carrier SIDs that are recorded calls. */
    Set<String> recordedOf(Collection<String> carrierSids);

    boolean isRecorded(String carrierSid);

    /** Changes to calls, made inside the writer's current transaction. */
    interface Writable extends CallRepository {

        /** Records a call; empty when its carrier SID was already recorded (a replay changes nothing). */
        OptionalLong insert(String carrierSid, String caller, Long contactId, Long threadId, Instant endedAt,
                            Instant detectedAt, TextBackDecision decision);
    }
}
