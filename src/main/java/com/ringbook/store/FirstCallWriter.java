package com.ringbook.store;

import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.TextBackDecision;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes the first missed calls of numbers not seen before, many at once; write only. */
public interface FirstCallWriter {

    /** A missed call from a number that may be new: if it is, the call opens its thread with a text-back. */
    record FirstCall(String carrierSid, String e164, Instant endedAt, TextBackDecision decision, String textBack) {
    }

    /** The thread a first call opened and the text-back it queued there. */
    record Opened(long threadId, OutboxItem textBack) {
    }

    /**
     * For each call from a number that is not a contact yet: adds the contact (its last text-back now),
     * opens a thread with the text-back as its preview, records the call and queues the text-back,
     * in a few statements for all of them. A call from a number that is a contact already gets empty
     * and nothing is written for it. The calls must have distinct carrier SIDs, none recorded yet, and
     * distinct numbers.
     */
    List<Optional<Opened>> open(List<FirstCall> calls, Instant now);
}
