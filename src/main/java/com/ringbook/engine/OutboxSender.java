package com.ringbook.engine;

import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.Stage;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.store.ReadSession;
import com.ringbook.store.Store;
import com.ringbook.store.WriteSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves texts from the outbox to the carrier, a bounded number at a time, and writes down what became
 * of each. The outbox row was committed before this sees it, so a crash loses nothing; a row whose
 * attempt may have reached the carrier is marked UNKNOWN and is settled by the {@link Reconciler}
 * before it is ever tried again, so nothing is sent twice. It runs on a {@link DueTimeLoop}; texts to a
 * number that just texted STOP wait in the {@link OptOutHold}.
 */
final class OutboxSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /**
     * Texts on their way at once: room for a whole burst of missed calls, so none waits for another's
     * outcome to be written. Each is checked again just before it leaves, so a STOP saved while it
     * waited in the send pool still stops it.
     */
    static final int WINDOW = 2048;
    private static final Duration RECORD_RETRY_MAX = Duration.ofSeconds(30);
    private static final Duration IDLE_CHECK = Duration.ofSeconds(5);
    /** A wake-up can slip past a loop that has just filled the window; never wait long with rows left behind. */
    private static final Duration BACKLOG_CHECK = Duration.ofMillis(50);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final Store store;
    private final CarrierGateway carrier;
    private final Clock clock;
    private final ChangeFeed feed;
    private final ExecutorService sends;
    private final int window;
    /** Texts handed to the send pool whose outcome is not written yet; never read as due again. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean paused;
    /** Whether this desk may hand texts to the carrier: on a shared store, only while it holds the engine lock. */
    private volatile BooleanSupplier mayAct = () -> true;
    private final ScheduledExecutorService recordRetries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outbox-record-retry");
        t.setDaemon(true);
        return t;
    });
    private final CarrierIdClaims claims = new CarrierIdClaims();
    private final Reconciler reconciler;
    private final OptOutHold optOuts;
    private final DueTimeLoop loop;
    /**
     * The last read of the outbox left due rows behind for want of room: only then is a freed slot
     * worth a wake-up (re-reading a burst's worth of rows on every outcome would cost more than the sends).
     */
    private volatile boolean backlog;

    /** @param window at most this many texts on their way at once; see {@link #WINDOW} */
    OutboxSender(Store store, CarrierGateway carrier, Clock clock, ChangeFeed feed, int parallelSends, int window) {
        this.window = window;
        this.store = store;
        this.carrier = carrier;
        this.clock = clock;
        this.feed = feed;
        AtomicInteger n = new AtomicInteger();
        this.sends = Executors.newFixedThreadPool(parallelSends, r -> {
            Thread t = new Thread(r, "outbox-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.reconciler = new Reconciler(store, carrier, claims, clock);
        this.optOuts = new OptOutHold(clock);
        this.loop = new DueTimeLoop("outbox-sender", clock, IDLE_CHECK, this::runDue);
    }

    void start() {
        loop.start();
    }

    /**
     * Texts whose outcome is unknown are not sent again before {@code from}: a desk taking over the engine passes its
     * takeover plus the carrier's request timeout, so a text the previous engine's desk had on its way is found at
     * the carrier rather than sent twice (see {@link Reconciler}).
     */
    void notFoundCountsFrom(Instant from) {
        reconciler.notFoundCountsFrom(from);
    }

    /** Checked right before every text leaves (see {@code EngineLock.held}): a fenced-off desk sends nothing. */
    void fence(BooleanSupplier mayAct) {
        this.mayAct = mayAct;
    }

    /**
     * Holds every text not yet handed to the carrier in the outbox (where it is safe) until resumed; the
     * office's "Pause texting", from the tray. Texts already with the carrier finish as usual.
     */
    void pause(boolean pause) {
        paused = pause;
        if (!pause) {
            wake();
        }
    }

    /** Called after a commit that may have queued a text, so it leaves now rather than on the next check. */
    void wake() {
        loop.wake();
    }

    /**
     * A text just committed, handed over by whoever queued it so that it leaves without a trip back to
     * the store. With the window full it waits for the next read of the outbox, like any other.
     */
    void offer(OutboxItem item) {
        if (!paused && loop.running() && inFlight.size() < window) {
            dispatch(item, () -> attempt(item));
        } else {
            wake();
        }
    }

    /**
     * Starts what is due at {@code now} without waiting for any of it; says when to look again: at once
     * after starting something, soon when due rows were left for want of room (a freed slot wakes the
     * loop too), else at the next booked retry.
     */
    private Optional<Instant> runDue(Instant now) {
        if (paused || !mayAct.getAsBoolean()) {
            return Optional.of(now.plus(IDLE_CHECK));
        }
        backlog = false;
        if (reconcileDue(now) | sendDue(now)) {
            return Optional.of(now);
        }
        return backlog ? Optional.of(clock.instant().plus(BACKLOG_CHECK)) : store.read(s -> s.outbox().nextAttempt(now));
    }

    /** Starts due texts, as many as there are free slots; does not wait for any of them. */
    private boolean sendDue(Instant now) {
        return startDue((s, limit) -> s.outbox().due(now, limit), item -> () -> attempt(item));
    }

    /** Starts asking the carrier about texts whose outcome is unknown, as for {@link #sendDue}. */
    private boolean reconcileDue(Instant now) {
        return startDue((s, limit) -> s.outbox().unknown(now, limit), item -> () -> settlement(item, reconciler.lookUp(item)));
    }

    private boolean startDue(BiFunction<ReadSession, Integer, List<OutboxItem>> read,
                             Function<OutboxItem, Supplier<Recorder>> work) {
        Set<Long> busy = Set.copyOf(inFlight);
        int room = window - busy.size();
        if (room <= 0) {
            backlog = true;
            return false;
        }
        int limit = room + busy.size();
        List<OutboxItem> rows = store.read(s -> read.apply(s, limit));
        backlog |= rows.size() >= limit;
        List<OutboxItem> due = notIn(busy, room, rows);
        for (OutboxItem item : due) {
            dispatch(item, work.apply(item));
        }
        return !due.isEmpty();
    }

    /**
     * Rows read while some of them were on their way. {@code busy} must be taken before the read: a
     * text that finished in between was read as still pending, and must not go out a second time.
     */
    private static List<OutboxItem> notIn(Set<Long> busy, int room, List<OutboxItem> rows) {
        return rows.stream().filter(item -> !busy.contains(item.id())).limit(room).toList();
    }

    /**
     * Sends (or looks up) one text on the send pool and records what happened as soon as it is known,
     * so one slow request holds up nothing else. The text stays "on its way" until its outcome is
     * written: if the store cannot take it (a full disk), the known outcome is kept and written again
     * later; the carrier is never asked twice about one attempt.
     */
    private void dispatch(OutboxItem item, Supplier<Recorder> work) {
        if (!inFlight.add(item.id())) {
            // Already on its way: handed over on commit and read from the outbox at about the same time.
            return;
        }
        CompletableFuture<Recorder> attempt;
        try {
            attempt = CompletableFuture.supplyAsync(work, sends);
        } catch (RejectedExecutionException stopping) {
            inFlight.remove(item.id());
            return;
        }
        attempt.whenComplete((recorder, failed) -> {
            if (failed != null) {
                log.error("Outbox item {} could not be attempted", item.id(), failed);
                finished(item, true);
            } else {
                record(item, recorder, 0);
            }
        });
    }

    private void record(OutboxItem item, Recorder recorder, int failures) {
        store.write(recorder.priority(), s -> recorder.record(s, clock.instant())).whenComplete((written, failed) -> {
            if (failed == null) {
                feed.publish(new EngineEvent.ThreadChanged(written.threadId()));
                feed.publish(new EngineEvent.StatusChanged());
                finished(item, written.triesAgain());
            } else if (loop.running()) {
                if (failures == 0) {
                    log.warn("Recording the outcome of outbox item {} failed; trying again until it is saved: {}",
                            item.id(), failed.getMessage());
                }
                long delay = Math.min(RECORD_RETRY_MAX.toMillis(), 250L << Math.min(failures, 10));
                try {
                    recordRetries.schedule(() -> record(item, recorder, failures + 1), delay, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException stopping) {
                    // Shutting down: the row is still PENDING or UNKNOWN and is reconciled on the next start.
                }
            }
        });
    }

    /** @param dueAgain the row is to be tried again: the loop's next wake-up time may have moved */
    private void finished(OutboxItem item, boolean dueAgain) {
        claims.release(item.id());
        inFlight.remove(item.id());
        if (dueAgain || backlog) {
            wake();
        }
    }

    /** What one send or look-up found out, to be written down. */
    private interface Recorder {
        Written record(WriteSession session, Instant now);

        /** The text has left: writing down how it went must not hold up the missed calls queued behind it. */
        default Store.Priority priority() {
            return Store.Priority.BACKGROUND;
        }
    }

    /** The thread a recorded outcome touched, and whether the text is to be tried again. */
    private record Written(long threadId, boolean triesAgain) {
    }

    private Recorder outcome(OutboxItem item, SendResult result) {
        if (result instanceof SendResult.Accepted accepted) {
            claims.claim(item.id(), accepted.sid());
        }
        if (result instanceof SendResult.Unknown || result instanceof SendResult.Rejected rejected && rejected.optedOut()) {
            // These keep their place in line: a carrier opt-out must land before a START texted after it,
            // and a text that may have left must be marked so before a STOP, which would cancel it as
            // never sent instead of having it checked with the carrier.
            return new Recorder() {
                @Override
                public Written record(WriteSession session, Instant now) {
                    return apply(session, item, result, now);
                }

                @Override
                public Store.Priority priority() {
                    return Store.Priority.URGENT;
                }
            };
        }
        return (s, now) -> apply(s, item, result, now);
    }

    private Recorder settlement(OutboxItem item, Reconciliation found) {
        return (s, now) -> settle(s, item, found, now);
    }

    /**
     * Sends one text, after checking the row again: the send pool may have held it while a STOP was
     * saved or another path settled it.
     */
    private Recorder attempt(OutboxItem item) {
        if (optOuts.holds(item.to())) {
            // The customer just texted STOP; that commit cancels this row, which must not leave meanwhile.
            return outcome(item, new SendResult.Transient("The customer just opted out", Duration.ofSeconds(1)));
        }
        switch (store.read(s -> s.outbox().sendability(item.id(), clock.instant()))) {
            case ALREADY_SETTLED:
                return (s, now) -> new Written(item.threadId(), false);
            case NOT_DUE:
                // Read before its last attempt booked a retry: the retry's own time and backoff stand.
                return (s, now) -> new Written(item.threadId(), true);
            case OPTED_OUT:
                return (s, now) -> {
                    s.outbox().recordCancelled(item.id(), "Not sent: the customer opted out");
                    return new Written(item.threadId(), false);
                };
            default:
                break;
        }
        if (!mayAct.getAsBoolean()) {
            // Another desk may be the engine now: record nothing, the row stays as it is for that engine.
            return (s, now) -> new Written(item.threadId(), false);
        }
        try {
            return outcome(item, carrier.send(OutgoingText.of(item)));
        } catch (RuntimeException e) {
            // We cannot tell how far the request got: treat it as possibly sent.
            return outcome(item, new SendResult.Unknown(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private Written settle(WriteSession s, OutboxItem item, Reconciliation found, Instant now) {
        if (found instanceof Reconciliation.CouldNotAsk) {
            s.outbox().recordRetry(item.id(), "Checking with the carrier failed", now.plus(backoff(item.attempts(), null)), true);
            return new Written(item.threadId(), true);
        }
        if (found instanceof Reconciliation.NotYet notYet) {
            s.outbox().recordRetry(item.id(), "Asking the carrier again once a text the previous engine's desk may have "
                    + "had on its way would have reached it", notYet.askAgainAt(), true);
            return new Written(item.threadId(), true);
        }
        if (found instanceof Reconciliation.Found carrierHas) {
            log.info("Outbox item {} had reached the carrier before; recording it, not resending", item.id());
            s.outbox().recordAccepted(item.id(), carrierHas.accepted().sid(), carrierHas.accepted().status(), now);
            return new Written(item.threadId(), false);
        }
        if (s.contacts().byPhone(item.to()).map(c -> c.optedOut()).orElse(false)) {
            s.outbox().recordCancelled(item.id(), "Not sent: the customer opted out");
            return new Written(item.threadId(), false);
        }
        s.outbox().recordRetry(item.id(), "Not at the carrier; sending again", now, false);
        return new Written(item.threadId(), true);
    }

    private Written apply(WriteSession s, OutboxItem item, SendResult result, Instant now) {
        if (result instanceof SendResult.Accepted a) {
            s.outbox().recordAccepted(item.id(), a.sid(), a.status(), now);
        } else if (result instanceof SendResult.Rejected r) {
            s.outbox().recordRejected(item.id(), r.code(), r.reason(), now);
            if (r.badNumber()) {
                // The carrier knows the number better than libphonenumber: no later call from it is texted.
                s.calls().markUnreachable(item.to(), r.code(), r.reason(), now);
            }
            if (r.optedOut()) {
                noteOptOut(item.to());
                markOptedOut(s, item, now);
            }
        } else if (result instanceof SendResult.Transient t) {
            s.outbox().recordRetry(item.id(), t.reason(), now.plus(backoff(item.attempts(), t.retryAfter())), false);
        } else if (result instanceof SendResult.Unknown u) {
            s.outbox().recordRetry(item.id(), u.reason(), now.plus(backoff(item.attempts(), null)), true);
        }
        return new Written(item.threadId(), result instanceof SendResult.Transient || result instanceof SendResult.Unknown);
    }

    /** A STOP is on its way into the store: hold texts to this number until its commit cancels them. */
    void noteOptOut(String phone) {
        optOuts.optedOut(phone);
    }

    void noteOptIn(String phone) {
        optOuts.optedIn(phone);
    }

    /** The carrier's opt-out list wins: record it here too so the two never drift apart. */
    private static void markOptedOut(WriteSession s, OutboxItem item, Instant now) {
        s.contacts().byPhone(item.to()).ifPresent(contact -> {
            s.contacts().setOptedOut(contact.id(), true, now);
            s.outbox().cancelTo(contact.phone());
        });
        s.threads().summary(item.threadId())
                .filter(t -> t.stage().canMoveTo(Stage.OPTED_OUT))
                .ifPresent(t -> {
                    // Kept so that their START takes the thread back there, as after a STOP texted to us.
                    s.optOuts().remember(t.id(), t.stage());
                    s.threads().setStage(t.id(), Stage.OPTED_OUT, now);
                });
    }

    /** Exponential from 2 s, capped, with jitter so a fleet of retries does not arrive together. */
    static Duration backoff(int attemptsSoFar, Duration carrierAsked) {
        long base = 2_000L << Math.min(attemptsSoFar, 12);
        long capped = Math.min(base, MAX_BACKOFF.toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        Duration ours = Duration.ofMillis(jittered);
        return carrierAsked != null && carrierAsked.compareTo(ours) > 0 ? carrierAsked : ours;
    }

    @Override
    public void close() {
        loop.close();
        recordRetries.shutdownNow();
        sends.shutdownNow();
    }
}
