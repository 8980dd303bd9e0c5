package com.ringbook.store;

import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Texts waiting to leave, and what became of each attempt to send one. */
public interface OutboxRepository {

    /** Pending texts whose next attempt is due, oldest first. */
    List<OutboxItem> due(Instant now, int limit);

    /** Texts whose last attempt has an unknown outcome and are due to be reconciled. */
    List<OutboxItem> unknown(Instant now, int limit);

    /** The earliest retry time after {@code now}, if any text is waiting for one. */
    Optional<Instant> nextAttempt(Instant now);

    /**
     * What a text waiting in the outbox may do now, checked just before it leaves. NOT_DUE: a retry is
     * booked for later (the sender's copy of the row is older than that booking).
     */
    enum Sendability { SEND, ALREADY_SETTLED, NOT_DUE, OPTED_OUT }

    Sendability sendability(long outboxId, Instant now);

    /** Texts not yet accepted by the carrier nor given up on. */
    int backlog();

    /** Changes to the outbox, made inside the writer's current transaction. */
    interface Writable extends OutboxRepository {

        /** Writes an outgoing message and its outbox row together; returns the outbox row as the sender reads it. */
        OutboxItem queue(long threadId, MessageKind kind, String to, String body, Long callId, Instant now);

        /** Cancels every text still waiting to go to this number. */
        int cancelTo(String e164);

        void recordAccepted(long outboxId, String carrierSid, DeliveryStatus status, Instant now);

        void recordRetry(long outboxId, String reason, Instant nextAttempt, boolean outcomeUnknown);

        void recordRejected(long outboxId, String code, String reason, Instant now);

        void recordCancelled(long outboxId, String reason);

        /** On start: anything the last run may have been sending has an unknown outcome until reconciled. */
        int markUnsentAsUnknown();
    }
}
