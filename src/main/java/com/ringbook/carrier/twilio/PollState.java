package com.ringbook.carrier.twilio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ringbook.carrier.CarrierStateStore;
import com.ringbook.domain.DeliveryStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Twilio adapter must remember across restarts: how far the call and message lists have been
 * read, which SIDs inside the overlap window were already reported, and which of our texts still
 * wait for a final delivery status. Shared by the poller and the webhook threads, so a call seen by
 * both is reported once.
 */
final class PollState {
    private static final Logger log = LoggerFactory.getLogger(PollState.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Kept a while behind the cursors, so a webhook stamped by a slow local clock still counts. */
    private static final Duration SEEN_MARGIN = Duration.ofHours(1);
    /**
     * How far back a first run looks. A call is listed by when it started ringing, so a caller who
     * rang out just as Ringbook was first started still gets a text; older history never does.
     */
    private static final Duration FIRST_RUN_LOOKBACK = Duration.ofMinutes(5);
    /** A text Twilio says nothing more about after this long is not asked about again. */
    private static final Duration PENDING_MAX_AGE = Duration.ofDays(1);

    /** The persisted form: epoch seconds, keyed by SID. */
    record Snapshot(long callCursor, long messageCursor, Map<String, Long> seen, Map<String, Pending> pending) {
    }

    record Pending(long sentAt, DeliveryStatus status) {
    }

    private final CarrierStateStore store;
    private final String key;
    private Instant callCursor;
    private Instant messageCursor;
    private final Map<String, Long> seen = new HashMap<>();
    /** Seen and handed to the engine, not yet known to be on disk there: kept out of what is saved. */
    private final Set<String> unconfirmed = new HashSet<>();
    private final Map<String, Pending> pending = new HashMap<>();
    /**
     * Texts whose final status was handed to the engine but is not known to be on disk there: not
     * asked about again, yet still saved as pending, so that after a crash the next poll asks again.
     */
    private final Set<String> finalUnsaved = new HashSet<>();
    /**
     * What the engine said of those, applied by whoever next takes the lock. The engine says it from
     * its writer thread, which must never wait for this lock: a save holds it while the writer commits.
     */
    private final Queue<String> finalSaved = new ConcurrentLinkedQueue<>();
    private final Queue<String> finalNotSaved = new ConcurrentLinkedQueue<>();
    private boolean dirty;

    private PollState(CarrierStateStore store, String key) {
        this.store = store;
        this.key = key;
    }

    /** Loads the state for one business number; a first run starts reading a little before {@code now}. */
    static PollState load(CarrierStateStore store, String businessNumber, Instant now) {
        PollState state = new PollState(store, "twilio.poll-state." + businessNumber);
        Optional<Snapshot> saved = store.get(state.key).flatMap(PollState::parse);
        if (saved.isPresent()) {
            Snapshot s = saved.get();
            state.callCursor = Instant.ofEpochSecond(s.callCursor());
            state.messageCursor = Instant.ofEpochSecond(s.messageCursor());
            state.seen.putAll(s.seen() == null ? Map.of() : s.seen());
            state.pending.putAll(s.pending() == null ? Map.of() : s.pending());
        } else {
            state.callCursor = now.minus(FIRST_RUN_LOOKBACK);
            state.messageCursor = now.minus(FIRST_RUN_LOOKBACK);
            state.dirty = true;
        }
        return state;
    }

    private static Optional<Snapshot> parse(String json) {
        try {
            return Optional.of(JSON.readValue(json, Snapshot.class));
        } catch (JsonProcessingException e) {
            // Starting over from now loses at most the calls of the outage; refusing to start loses all.
            log.warn("The saved Twilio poll position could not be read; starting from now");
            return Optional.empty();
        }
    }

    synchronized Instant callCursor() {
        return callCursor;
    }

    synchronized Instant messageCursor() {
        return messageCursor;
    }

    synchronized boolean isSeen(String sid) {
        return seen.containsKey(sid);
    }

    /** Records a SID that needs nothing from the engine (an answered call, say). */
    synchronized void markSeen(String sid, Instant at) {
        if (seen.putIfAbsent(sid, at.getEpochSecond()) == null) {
            dirty = true;
        }
    }

    /**
     * Records a SID about to be reported to the engine; true only for the first caller, who is the
     * one to report it. It is saved as seen only once {@link #confirm}ed: a crash before the engine
     * has it on disk must leave it to be reported again, whoever saves this state meanwhile.
     */
    synchronized boolean markReported(String sid, Instant at) {
        if (seen.containsKey(sid)) {
            return false;
        }
        seen.put(sid, at.getEpochSecond());
        unconfirmed.add(sid);
        return true;
    }

    /** The engine has the event on disk. */
    synchronized void confirm(String sid) {
        if (unconfirmed.remove(sid)) {
            dirty = true;
        }
    }

    /** Undoes {@link #markReported} for an event the engine never recorded, so it is reported again. */
    synchronized void forget(String sid) {
        unconfirmed.remove(sid);
        if (seen.remove(sid) != null) {
            dirty = true;
        }
    }

    synchronized void moveCallCursor(Instant to) {
        if (!to.equals(callCursor)) {
            callCursor = to;
            dirty = true;
            prune();
        }
    }

    synchronized void moveMessageCursor(Instant to) {
        if (!to.equals(messageCursor)) {
            messageCursor = to;
            dirty = true;
            prune();
        }
    }

    private void prune() {
        long keepFrom = (callCursor.isBefore(messageCursor) ? callCursor : messageCursor).minus(SEEN_MARGIN).getEpochSecond();
        seen.values().removeIf(at -> at < keepFrom);
        unconfirmed.retainAll(seen.keySet());
    }

    synchronized void track(String sid, Instant sentAt, DeliveryStatus status) {
        if (!pending.containsKey(sid)) {
            pending.put(sid, new Pending(sentAt.getEpochSecond(), status));
            dirty = true;
        }
    }

    synchronized Map<String, Pending> pending(Instant now) {
        applySettled();
        long oldest = now.minus(PENDING_MAX_AGE).getEpochSecond();
        if (pending.values().removeIf(p -> p.sentAt() < oldest)) {
            dirty = true;
        }
        finalUnsaved.retainAll(pending.keySet());
        Map<String, Pending> toAsk = new HashMap<>(pending);
        toAsk.keySet().removeAll(finalUnsaved);
        return toAsk;
    }

    /**
     * Records a newer status for one of our texts; true when it is news worth reporting. A final
     * status ends the tracking once the engine has it on disk ({@link #statusSaved}). An untracked
     * SID (a text sent before a restart) is always reported: the engine already keeps a status from
     * moving backwards.
     */
    synchronized boolean updateStatus(String sid, DeliveryStatus status) {
        applySettled();
        Pending current = pending.get(sid);
        if (finalUnsaved.contains(sid)
                || current != null && (current.status() == status || !status.supersedes(current.status()))) {
            return false;
        }
        if (isFinal(status)) {
            if (current != null) {
                finalUnsaved.add(sid);
            }
        } else if (current != null) {
            pending.put(sid, new Pending(current.sentAt(), status));
            dirty = true;
        }
        return true;
    }

    /**
     * The engine has this status of the text on disk; a final one ends the watching. Never blocks.
     * An earlier, passing status saved late must not end it: only a final one counts.
     */
    void statusSaved(String sid, DeliveryStatus status) {
        if (isFinal(status)) {
            finalSaved.add(sid);
        }
    }

    private static boolean isFinal(DeliveryStatus status) {
        return status == DeliveryStatus.DELIVERED || status.isFinalFailure();
    }

    /** The engine did not save the text's final status: the next poll asks about it again. Never blocks. */
    void statusNotSaved(String sid) {
        finalNotSaved.add(sid);
    }

    private void applySettled() {
        for (String sid = finalSaved.poll(); sid != null; sid = finalSaved.poll()) {
            if (finalUnsaved.remove(sid) && pending.remove(sid) != null) {
                dirty = true;
            }
        }
        for (String sid = finalNotSaved.poll(); sid != null; sid = finalNotSaved.poll()) {
            finalUnsaved.remove(sid);
        }
    }

    /** Writes the state if it changed; the store is durable when this returns. */
    synchronized void save() {
        applySettled();
        if (!dirty) {
            return;
        }
        try {
            Map<String, Long> onDisk = new HashMap<>(seen);
            onDisk.keySet().removeAll(unconfirmed);
            store.put(key, JSON.writeValueAsString(
                    new Snapshot(callCursor.getEpochSecond(), messageCursor.getEpochSecond(), onDisk, Map.copyOf(pending))));
            dirty = false;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the Twilio poll position", e);
        }
    }
}
