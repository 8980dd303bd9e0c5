package com.ringbook.store;

import com.ringbook.domain.DeliveryStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Texts in and out as the threads show them, and what the carrier reports of those sent. */
public interface MessageRepository {

    boolean isRecorded(String carrierSid);

    /** The thread a sent message belongs to, by the carrier's id for it. */
    Optional<Long> threadOfSid(String carrierSid);

    /** Carrier ids of texts already recorded as sent to this number since {@code since}. */
    Set<String> carrierSidsTo(String e164, Instant since);

    /** Changes to messages, made inside the writer's current transaction. */
    interface Writable extends MessageRepository {

        /**
         * Records a customer text; empty when its carrier SID was already recorded.
         *
         * @param awaitsReply false for texts nobody needs to answer (STOP, START, HELP)
         */
        OptionalLong insertInbound(long threadId, String carrierSid, String body, Instant receivedAt, boolean awaitsReply);

        /** Applies a carrier status to a sent message unless it would move it backwards; returns its thread. */
        OptionalLong recordDelivery(String carrierSid, DeliveryStatus status, String errorCode, String errorText);
    }
}
