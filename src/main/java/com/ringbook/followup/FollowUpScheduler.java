package com.ringbook.followup;

import com.ringbook.domain.FollowUp;
import com.ringbook.domain.Settings;
import com.ringbook.engine.DueTimeLoop;
import com.ringbook.engine.EngineKit;
import com.ringbook.engine.api.ChangeEvents;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs follow-ups on a {@link DueTimeLoop}: hears from the engine's change feed which threads changed
 * and re-plans just those (off the writer, and only writing when a plan changed), then sends what fell
 * due. On start it re-plans from the store, so a restart misses nothing: a nudge due while Ringbook was
 * closed goes out late, inside the sending hours, and once.
 */
public final class FollowUpScheduler implements AutoCloseable {
    /** Open threads active this recently are re-planned on start; older ones are past any nudge. */
    static final Duration LOOK_BACK = Duration.ofDays(30);
    /** The safety net under wake-ups; the loop sleeps until the next due time otherwise. */
    private static final Duration IDLE_CHECK = Duration.ofSeconds(30);
    private static final int BATCH = 200;

    private final EngineKit kit;
    private final ChangeEvents events;
    private final DueTimeLoop loop;
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();
    private volatile boolean replanAll = true;
    private volatile boolean settingsChanged;
    private Subscription subscription;
    /** When the last follow-up went (the loop's thread only): the pace is kept across batches. */
    private Optional<Instant> lastSent;

    public FollowUpScheduler(EngineKit kit, ChangeEvents events) {
        this(kit, events, IDLE_CHECK);
    }

    /** @param idleCheck the longest the loop sleeps; tests that move a clock by hand use a short one */
    public FollowUpScheduler(EngineKit kit, ChangeEvents events, Duration idleCheck) {
        this.kit = kit;
        this.events = events;
        this.loop = new DueTimeLoop("follow-ups", kit.clock(), idleCheck, this::runDue);
    }

    public void start() {
        subscription = events.subscribe(this::heard);
        loop.start();
    }

    /** Looks again now (a test moved its clock, say). */
    public void wake() {
        loop.wake();
    }

    private void heard(EngineEvent event) {
        if (event instanceof EngineEvent.ThreadChanged thread) {
            changed.add(thread.threadId());
            loop.wake();
        } else if (event instanceof EngineEvent.SettingsChanged) {
            settingsChanged = true;
            replanAll = true;
            loop.wake();
        }
    }

    /**
     * Plans the threads active since {@code activeSince} (and any with a follow-up scheduled) and sends what
     * is due now, on the caller's thread. For a caller that moves its own clock (the demo), so nothing
     * depends on when the loop happens to wake; the loop and this never run at once.
     */
    public synchronized void runNow(Instant activeSince) {
        Instant now = kit.clock().instant();
        plan(kit.read(s -> s.followUps().planCandidates(activeSince)).join(), now, false);
        runDue(now);
    }

    /** The thread's follow-up as planned now, planning it first if the loop has not yet. */
    public synchronized Optional<FollowUp> plannedFor(long threadId) {
        plan(List.of(threadId), kit.clock().instant(), false);
        return kit.read(s -> s.followUps().scheduledOf(threadId)).join();
    }

    private synchronized Optional<Instant> runDue(Instant now) {
        if (lastSent == null) {
            lastSent = kit.read(s -> s.followUps().lastSentAt()).join();
        }
        if (replanAll) {
            boolean force = settingsChanged;
            replanAll = false;
            settingsChanged = false;
            try {
                plan(kit.read(s -> s.followUps().planCandidates(now.minus(LOOK_BACK))).join(), now, force);
            } catch (RuntimeException e) {
                // Tried again on the loop's next run (it runs again shortly after an error).
                replanAll = true;
                settingsChanged |= force;
                throw e;
            }
        }
        List<Long> threads = new ArrayList<>(changed);
        changed.removeAll(threads);
        try {
            plan(threads, now, false);
        } catch (RuntimeException e) {
            changed.addAll(threads);
            throw e;
        }
        if (sendDue(now)) {
            return Optional.of(now);
        }
        return kit.read(s -> s.followUps().nextDue()).join();
    }

    /** Re-plans the threads; reads first and writes only those whose follow-up must change. */
    private void plan(Collection<Long> threads, Instant now, boolean force) {
        if (threads.isEmpty()) {
            return;
        }
        Settings settings = kit.settings();
        List<Long> ids = List.copyOf(threads);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<Long> changing = kit.read(s -> part.stream()
                    .filter(id -> !(FollowUpPlanner.decide(s, id, settings, now, force) instanceof FollowUpPlanner.Keep))
                    .toList()).join();
            if (!changing.isEmpty()) {
                kit.writeInBackground(t -> {
                    // Decided again inside the write: the thread may have moved since the read.
                    changing.forEach(id -> FollowUpPlanner.apply(t, id,
                            FollowUpPlanner.decide(t.session(), id, settings, t.now(), force)));
                    return null;
                }).join();
            }
        }
    }

    /** @return true when a full batch was due: more may be waiting */
    private boolean sendDue(Instant now) {
        List<FollowUp> due = kit.read(s -> s.followUps().due(now, BATCH)).join();
        if (due.isEmpty()) {
            return false;
        }
        Settings settings = kit.settings();
        Optional<Instant> before = lastSent;
        lastSent = kit.write(t -> FollowUpSender.sendDue(t, due, settings, before)).join();
        return due.size() == BATCH;
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.close();
        }
        loop.close();
    }
}
