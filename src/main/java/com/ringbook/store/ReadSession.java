package com.ringbook.store;

import com.ringbook.domain.Contact;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The questions the engine and the screens ask of stored data. No SQL leaks past this interface. */
public interface ReadSession {

    Map<String, String> settings();

    Optional<String> carrierState(String key);

    Optional<Contact> contactByPhone(String e164);

    Optional<Contact> contact(long id);

    /** The caller's thread that is still open (not booked, lost or opted out), if any. */
    Optional<ThreadSummary> openThreadOf(long contactId);

    Optional<ThreadSummary> latestThreadOf(long contactId);

    Optional<ThreadSummary> threadSummary(long threadId);

    List<ThreadSummary> inbox(InboxQuery query);

    Optional<ThreadDetail> thread(long threadId);

    /** Pending texts whose next attempt is due, oldest first. */
    List<OutboxItem> dueOutbox(Instant now, int limit);

    /** Texts whose last attempt has an unknown outcome and are due to be reconciled. */
    List<OutboxItem> unknownOutbox(Instant now, int limit);

    /** Those of these carrier SIDs that are recorded calls. */
    Set<String> recordedCalls(Collection<String> carrierSids);

    boolean callRecorded(String carrierSid);

    boolean messageRecorded(String carrierSid);

    /** The earliest retry time after {@code now}, if any text is waiting for one. */
    Optional<Instant> nextOutboxAttempt(Instant now);

    /** What a text waiting in the outbox may do now, checked just before it leaves. */
    /** NOT_DUE: a retry is booked for later (the sender's copy of the row is older than that booking). */
    enum Sendability { SEND, ALREADY_SETTLED, NOT_DUE, OPTED_OUT }

    Sendability sendability(long outboxId, Instant now);

    /** Texts not yet accepted by the carrier nor given up on. */
    int outboxBacklog();

    /** Time from each missed call ending to its text-back being accepted, for calls since {@code since}. */
    List<Duration> textBackDelays(Instant since);

    /** The plain-words reason of the latest text the carrier refused since {@code since}, if any. */
    Optional<String> latestSendFailure(Instant since);

    /** Carrier ids of texts already recorded as sent to this number since {@code since}. */
    Set<String> carrierSidsTo(String e164, Instant since);

    /** Open threads with a customer text nobody has answered yet. */
    int waitingCount();

    /** The thread a sent message belongs to, by the carrier's id for it. */
    Optional<Long> threadOfMessageSid(String carrierSid);
}
