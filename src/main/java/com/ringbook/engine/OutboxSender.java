package com.ringbook.engine;

import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.Stage;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.store.Store;
import com.ringbook.store.WriteSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves texts from the outbox to the carrier. The outbox row was committed before this sees it, so a
 * crash loses nothing; a row whose attempt may have reached the carrier is marked UNKNOWN and is
 * reconciled with the carrier's own records before it is ever tried again, so nothing is sent twice.
 */
final class OutboxSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 1000;
    private static final Duration IDLE_CHECK = Duration.ofSeconds(5);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final Store store;
    private final CarrierGateway carrier;
    private final Clock clock;
    private final ChangeFeed feed;
    private final ExecutorService sends;
    private final Semaphore wakeups = new Semaphore(0);
    /**
     * Rows whose send result could not be stored (a full disk, say). The database still calls them
     * pending, but they may have gone out: they are reconciled, never resent blindly.
     */
    private final Set<Long> unrecorded = ConcurrentHashMap.newKeySet();
    private final Thread loop;
    private volatile boolean running = true;

    OutboxSender(Store store, CarrierGateway carrier, Clock clock, ChangeFeed feed, int parallelSends) {
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
        this.loop = new Thread(this::run, "outbox-sender");
        this.loop.setDaemon(true);
    }

    void start() {
        loop.start();
    }

    /** Called after a commit that may have queued a text, so it leaves now rather than on the next check. */
    void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    private void run() {
        while (running) {
            try {
                boolean worked = reconcileDue() | sendDue();
                if (!worked) {
                    waitForWork();
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.error("The outbox sender hit an error; trying again shortly", e);
                sleepQuietly(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void waitForWork() throws InterruptedException {
        Instant now = clock.instant();
        Duration wait = store.read(s -> s.nextOutboxAttempt())
                .map(next -> Duration.between(now, next))
                .filter(d -> d.compareTo(IDLE_CHECK) < 0)
                .orElse(IDLE_CHECK);
        if (!wait.isNegative() && !wait.isZero()) {
            wakeups.tryAcquire(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
        }
        wakeups.drainPermits();
    }

    private boolean sendDue() {
        List<OutboxItem> due = store.read(s -> s.dueOutbox(clock.instant(), BATCH));
        if (due.isEmpty()) {
            return false;
        }
        List<CompletableFuture<Recorder>> outcomes = new ArrayList<>(due.size());
        for (OutboxItem item : due) {
            outcomes.add(unrecorded.contains(item.id())
                    ? CompletableFuture.supplyAsync(() -> settlement(item, lookUp(item)), sends)
                    : CompletableFuture.supplyAsync(() -> outcome(item, attempt(item)), sends));
        }
        record(due, outcomes);
        return true;
    }

    /** What one send or look-up found out, to be written down with the rest of its batch. */
    private interface Recorder {
        long record(WriteSession session, Instant now);
    }

    private Recorder outcome(OutboxItem item, SendResult result) {
        return (s, now) -> apply(s, item, result, now);
    }

    private Recorder settlement(OutboxItem item, Optional<SendResult.Accepted> found) {
        return (s, now) -> settle(s, item, found, now);
    }

    private SendResult attempt(OutboxItem item) {
        try {
            return carrier.send(text(item));
        } catch (RuntimeException e) {
            // We cannot tell how far the request got: treat it as possibly sent.
            return new SendResult.Unknown(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private boolean reconcileDue() {
        List<OutboxItem> unknown = store.read(s -> s.unknownOutbox(clock.instant(), BATCH));
        if (unknown.isEmpty()) {
            return false;
        }
        List<CompletableFuture<Recorder>> outcomes = new ArrayList<>(unknown.size());
        for (OutboxItem item : unknown) {
            outcomes.add(CompletableFuture.supplyAsync(() -> settlement(item, lookUp(item)), sends));
        }
        record(unknown, outcomes);
        return true;
    }

    /**
     * Writes a whole batch's outcomes in one unit of work. If that fails, every text of the batch may
     * have gone out without a record: each is reconciled before it is tried again.
     */
    private void record(List<OutboxItem> batch, List<CompletableFuture<Recorder>> outcomes) {
        List<Recorder> recorders = outcomes.stream().map(CompletableFuture::join).toList();
        Set<Long> threads;
        try {
            threads = store.write(s -> {
                Instant now = clock.instant();
                Set<Long> changed = new LinkedHashSet<>();
                recorders.forEach(r -> changed.add(r.record(s, now)));
                return changed;
            }).join();
        } catch (RuntimeException e) {
            batch.forEach(item -> unrecorded.add(item.id()));
            log.warn("Recording {} send result(s) failed; they will be checked with the carrier: {}", batch.size(),
                    e.getMessage());
            sleepQuietly(Duration.ofMillis(500));
            return;
        }
        batch.forEach(item -> unrecorded.remove(item.id()));
        threads.forEach(id -> feed.publish(new EngineEvent.ThreadChanged(id)));
        feed.publish(new EngineEvent.StatusChanged());
    }

    /** Empty optional: not at the carrier. Null: the carrier could not be asked. */
    private Optional<SendResult.Accepted> lookUp(OutboxItem item) {
        try {
            return carrier.findAccepted(text(item), item.createdAt());
        } catch (RuntimeException e) {
            log.warn("Could not ask the carrier about outbox item {}: {}", item.id(), e.getMessage());
            return null;
        }
    }

    private long settle(WriteSession s, OutboxItem item, Optional<SendResult.Accepted> found, Instant now) {
        if (found == null) {
            s.recordRetry(item.id(), "Checking with the carrier failed", now.plus(backoff(item.attempts(), null)), true);
        } else if (found.isPresent()) {
            log.info("Outbox item {} had reached the carrier before; recording it, not resending", item.id());
            s.recordAccepted(item.id(), found.get().sid(), found.get().status(), now);
        } else {
            s.recordRetry(item.id(), "Not at the carrier; sending again", now, false);
        }
        return item.threadId();
    }

    private long apply(WriteSession s, OutboxItem item, SendResult result, Instant now) {
        if (result instanceof SendResult.Accepted a) {
            s.recordAccepted(item.id(), a.sid(), a.status(), now);
        } else if (result instanceof SendResult.Rejected r) {
            s.recordRejected(item.id(), r.code(), r.reason(), now);
            if (r.optedOut()) {
                markOptedOut(s, item, now);
            }
        } else if (result instanceof SendResult.Transient t) {
            s.recordRetry(item.id(), t.reason(), now.plus(backoff(item.attempts(), t.retryAfter())), false);
        } else if (result instanceof SendResult.Unknown u) {
            s.recordRetry(item.id(), u.reason(), now.plus(backoff(item.attempts(), null)), true);
        }
        return item.threadId();
    }

    /** The carrier's opt-out list wins: record it here too so the two never drift apart. */
    private static void markOptedOut(WriteSession s, OutboxItem item, Instant now) {
        s.contactByPhone(item.to()).ifPresent(contact -> {
            s.setOptedOut(contact.id(), true, now);
            s.cancelOutboxTo(contact.phone());
        });
        s.threadSummary(item.threadId())
                .filter(t -> t.stage().canMoveTo(Stage.OPTED_OUT))
                .ifPresent(t -> s.setStage(t.id(), Stage.OPTED_OUT, now));
    }

    /** Exponential from 2 s, capped, with jitter so a fleet of retries does not arrive together. */
    static Duration backoff(int attemptsSoFar, Duration carrierAsked) {
        long base = 2_000L << Math.min(attemptsSoFar, 12);
        long capped = Math.min(base, MAX_BACKOFF.toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        Duration ours = Duration.ofMillis(jittered);
        return carrierAsked != null && carrierAsked.compareTo(ours) > 0 ? carrierAsked : ours;
    }

    private static OutgoingText text(OutboxItem item) {
        return new OutgoingText(item.idempotencyKey(), item.to(), item.body());
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        loop.interrupt();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sends.shutdownNow();
    }
}
