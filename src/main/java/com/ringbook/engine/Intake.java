package com.ringbook.engine;

import com.ringbook.carrier.CarrierEvent;
import com.ringbook.carrier.CarrierHealth;
import com.ringbook.carrier.CarrierListener;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.Settings;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.store.Store;
import com.ringbook.store.StoreException;
import com.ringbook.textback.TextBackService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every carrier event enters, whatever its source: one write unit per event (the store groups
 * them into shared commits). An event the store could not save is retried until it lands, so a full
 * disk or a locked file delays a text-back but never drops it; events that come meanwhile wait
 * behind it, so they land in the order they came.
 */
final class Intake implements CarrierListener {
    private static final Logger log = LoggerFactory.getLogger(Intake.class);
    private static final Duration MAX_RETRY = Duration.ofSeconds(30);
    /** A delivery report can overtake the record of its send; it is tried again for about 5 minutes. */
    private static final int EARLY_REPORT_TRIES = 15;

    /** The message a delivery report is about is not recorded yet. */
    private static final class NotYetRecorded extends RuntimeException {
        NotYetRecorded() {
            super(null, null, false, false);
        }
    }

    private final Store store;
    private final Clock clock;
    private final Supplier<Settings> settings;
    private final TextBackService textBack;
    private final Conversations conversations;
    private final ChangeFeed feed;
    private final OutboxSender sender;
    private final Consumer<CarrierHealth> health;
    private final NewCallerIndexer indexer;
    private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
    /** One instance, so that missed calls queued together are written together. */
    private final Store.BatchWork<TextBackService.Screened, Landed> missedCalls;

    private record Held(CarrierEvent event, CompletableFuture<Void> saved) {
    }

    /** Events the store refused, oldest first, and those that came after them; guarded by this. */
    private final Deque<Held> held = new ArrayDeque<>();
    private boolean retrying;
    private int headFailures;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "intake-retry");
        t.setDaemon(true);
        return t;
    });

    Intake(Store store, Clock clock, Supplier<Settings> settings, TextBackService textBack, Conversations conversations,
           ChangeFeed feed, OutboxSender sender, Consumer<CarrierHealth> health) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.textBack = textBack;
        this.conversations = conversations;
        this.feed = feed;
        this.sender = sender;
        this.health = health;
        this.indexer = new NewCallerIndexer(store, feed, retries);
        this.missedCalls = (session, calls) -> textBack.recordAll(session, calls, clock.instant()).stream()
                .map(recorded -> new Landed(recorded.threadId(), recorded.textBack(), recorded.newCaller(), false))
                .toList();
    }

    @Override
    public CompletableFuture<Void> onEvent(CarrierEvent event) {
        CompletableFuture<Void> saved = new CompletableFuture<>();
        pending.add(saved);
        saved.whenComplete((ok, failed) -> pending.remove(saved));
        synchronized (this) {
            if (!held.isEmpty()) {
                // Nothing overtakes an event still waiting for the store: a START must not land before an earlier STOP.
                held.addLast(new Held(event, saved));
                return saved;
            }
        }
        submit(event, 0, saved);
        return saved;
    }

    @Override
    public void onHealth(CarrierHealth health) {
        this.health.accept(health);
    }

    private void submit(CarrierEvent event, int failures, CompletableFuture<Void> saved) {
        CompletableFuture<Landed> write;
        try {
            write = save(event);
        } catch (RuntimeException e) {
            log.error("Could not process carrier event {}; it is dropped", event.carrierSid(), e);
            saved.completeExceptionally(e);
            return;
        }
        write.whenComplete((landed, error) -> {
            if (error == null) {
                landed(event, landed, saved);
            } else {
                retry(event, failures, error instanceof CompletionException ? error.getCause() : error, saved);
            }
        });
    }

    private void landed(CarrierEvent event, Landed landed, CompletableFuture<Void> saved) {
        saved.complete(null);
        // Straight to the sender: reading the outbox back would only find what is in hand here.
        landed.text().ifPresent(sender::offer);
        if (landed.newCaller()) {
            landed.threadId().ifPresent(indexer::saved);
        }
        if (landed.text().isEmpty() && event instanceof CarrierEvent.InboundText) {
            // It may have queued an answer to HELP.
            sender.wake();
        }
        landed.threadId().ifPresent(id -> feed.publish(new EngineEvent.ThreadChanged(id)));
        if (event instanceof CarrierEvent.MissedCall) {
            feed.publish(new EngineEvent.CallsChanged());
        }
        if (landed.customerWaits()) {
            landed.threadId().ifPresent(id -> feed.publish(new EngineEvent.CustomerTexted(id)));
        }
        feed.publish(new EngineEvent.StatusChanged());
    }

    /** Holds an event the store refused, behind any already held, and starts retrying them in order. */
    private void hold(CarrierEvent event, CompletableFuture<Void> saved) {
        synchronized (this) {
            held.addLast(new Held(event, saved));
            if (retrying) {
                return;
            }
            retrying = true;
        }
        retryHeldIn(0);
    }

    private void retryHeldIn(int failures) {
        try {
            retries.schedule(this::retryHeld, Math.min(MAX_RETRY.toMillis(), 250L << Math.min(failures, 10)),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // Stopping: close() fails every event still waiting.
        }
    }

    /** Saves the oldest held event; only once it has landed does the next one go. */
    private void retryHeld() {
        Held head;
        synchronized (this) {
            head = held.peekFirst();
            if (head == null) {
                retrying = false;
                return;
            }
        }
        CompletableFuture<Landed> write;
        try {
            write = save(head.event());
        } catch (RuntimeException e) {
            dropHead(head, e);
            return;
        }
        write.whenComplete((landed, error) -> {
            Throwable why = error instanceof CompletionException ? error.getCause() : error;
            if (why == null) {
                releaseHead();
                landed(head.event(), landed, head.saved());
                retryHeld();
            } else if (why instanceof StoreException) {
                int failures;
                synchronized (this) {
                    failures = ++headFailures;
                }
                retryHeldIn(failures);
            } else if (why instanceof NotYetRecorded) {
                // A delivery report that came before its text was recorded: it waits on its own, holding nothing up.
                releaseHead();
                retry(head.event(), 0, why, head.saved());
                retryHeld();
            } else {
                dropHead(head, why);
            }
        });
    }

    private synchronized void releaseHead() {
        held.pollFirst();
        headFailures = 0;
    }

    private void dropHead(Held head, Throwable why) {
        log.error("Could not process carrier event {}; it is dropped", head.event().carrierSid(), why);
        head.saved().completeExceptionally(why);
        releaseHead();
        retryHeld();
    }

    private void retry(CarrierEvent event, int failures, Throwable error, CompletableFuture<Void> saved) {
        if (error instanceof NotYetRecorded) {
            if (failures < EARLY_REPORT_TRIES) {
                later(event, failures, saved, Math.min(MAX_RETRY.toMillis(), 250L << failures));
            } else {
                // Not saved: a carrier that keeps watching the text asks again later, by when its send may be recorded.
                log.debug("Delivery report {} is for no text Ringbook has recorded; left for the carrier to report again",
                        event.carrierSid());
                saved.completeExceptionally(new IllegalStateException("No recorded text has the id " + event.carrierSid()));
            }
            return;
        }
        if (!(error instanceof StoreException)) {
            log.error("Could not process carrier event {}; it is dropped", event.carrierSid(), error);
            saved.completeExceptionally(error);
            return;
        }
        log.warn("Saving carrier event {} failed ({}); retrying until it lands", event.carrierSid(), error.getMessage());
        hold(event, saved);
    }

    private void later(CarrierEvent event, int failures, CompletableFuture<Void> saved, long delayMillis) {
        try {
            retries.schedule(() -> submit(event, failures + 1, saved), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            saved.completeExceptionally(new IllegalStateException("Ringbook stopped before this was saved"));
        }
    }

    /**
     * What an event changed: the thread it touched, a text it queued for the sender, whether it made a new caller
     * (indexed for search after the burst), and whether a customer's text now waits for staff (not a STOP, START
     * or HELP, which Ringbook handles itself).
     */
    private record Landed(OptionalLong threadId, Optional<OutboxItem> text, boolean newCaller, boolean customerWaits) {
        static Landed on(OptionalLong threadId) {
            return new Landed(threadId, Optional.empty(), false, false);
        }

        static Landed on(Conversations.Landed text) {
            return new Landed(text.threadId(), Optional.empty(), false, text.awaitsReply());
        }
    }

    /**
     * Queues the write for one event; what needs no database is worked out here, off the store's
     * writer thread. Throws at once when the event cannot be turned into a write.
     */
    private CompletableFuture<Landed> save(CarrierEvent event) {
        Settings current = settings.get();
        if (event instanceof CarrierEvent.MissedCall call) {
            return store.write(Store.Priority.URGENT, missedCalls, textBack.screen(call, current));
        }
        if (event instanceof CarrierEvent.InboundText text) {
            return store.write(session -> Landed.on(conversations.onInboundText(session, text, current, clock.instant())));
        }
        CarrierEvent.DeliveryUpdate update = (CarrierEvent.DeliveryUpdate) event;
        // Urgent like every carrier event: the carrier's saved state (a poll cursor, say) may count on it
        // being written before whatever the carrier saves next.
        return store.write(session -> {
            if (!session.messages().isRecorded(update.carrierSid())) {
                throw new NotYetRecorded();
            }
            OptionalLong thread = session.messages().recordDelivery(update.carrierSid(), update.status(), update.errorCode(),
                    update.errorText());
            if (update.badNumber()) {
                // The carrier says the number itself cannot take texts: no later call from it is texted.
                thread.stream().boxed().flatMap(id -> session.threads().summary(id).stream()).findFirst()
                        .ifPresent(t -> session.calls().markUnreachable(t.phone(), update.errorCode(),
                                update.errorText() == null ? "The carrier says this number cannot take texts." : update.errorText(),
                                clock.instant()));
            }
            return Landed.on(thread);
        });
    }

    void close() {
        retries.shutdownNow();
        if (!pending.isEmpty()) {
            log.warn("{} carrier event(s) were still waiting to be saved at shutdown; a polling carrier reports "
                    + "them again on the next start", pending.size());
        }
        // Nobody may wait for ever on an event that will not be saved now.
        pending.forEach(saved -> saved.completeExceptionally(new IllegalStateException("Ringbook stopped before this was saved")));
    }
}
