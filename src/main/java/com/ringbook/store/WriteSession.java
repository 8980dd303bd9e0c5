package com.ringbook.store;

import com.ringbook.domain.Contact;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.Stage;
import com.ringbook.domain.TextBackDecision;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Changes, all made inside the writer's current transaction: a unit of work either lands whole or
 * not at all, together with the outbox rows it wrote.
 */
public interface WriteSession extends ReadSession {

    void putSettings(Map<String, String> values);

    void putCarrierState(String key, String value);

    Contact upsertContact(String e164, Instant now);

    void setContactName(long contactId, String name);

    void setOptedOut(long contactId, boolean optedOut, Instant now);

    void setLastTextBack(long contactId, Instant at);

    /** Records a call; empty when its carrier SID was already recorded (a replay changes nothing). */
    OptionalLong insertCall(String carrierSid, String caller, Long contactId, Long threadId, Instant endedAt,
                            Instant detectedAt, TextBackDecision decision);

    /** Opens a thread in NEW. */
    long createThread(long contactId, Instant now);

    /** Moves the thread up the inbox with a new preview line (activity never moves back in time). */
    void touchThread(long threadId, String preview, Instant at);

    /**
     * Records a customer text; empty when its carrier SID was already recorded.
     *
     * @param awaitsReply false for texts nobody needs to answer (STOP, START, HELP)
     */
    OptionalLong insertInbound(long threadId, String carrierSid, String body, Instant receivedAt, boolean awaitsReply);

    /** Writes an outgoing message and its outbox row together; returns the outbox row as the sender reads it. */
    OutboxItem queueOutbound(long threadId, MessageKind kind, String to, String body, Long callId, Instant now);

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
    List<Optional<Opened>> openFirstCalls(List<FirstCall> calls, Instant now);

    void setStage(long threadId, Stage stage, Instant now);

    void markRead(long threadId);

    /** Cancels every text still waiting to go to this number. */
    int cancelOutboxTo(String e164);

    void recordAccepted(long outboxId, String carrierSid, DeliveryStatus status, Instant now);

    void recordRetry(long outboxId, String reason, Instant nextAttempt, boolean outcomeUnknown);

    void recordRejected(long outboxId, String code, String reason, Instant now);

    void recordCancelled(long outboxId, String reason);

    /** Applies a carrier status to a sent message unless it would move it backwards; returns its thread. */
    OptionalLong recordDelivery(String carrierSid, DeliveryStatus status, String errorCode, String errorText);

    /** On start: anything the last run may have been sending has an unknown outcome until reconciled. */
    int markUnsentAsUnknown();
}
