package com.ringbook.engine;

import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.Settings;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.store.ReadSession;
import com.ringbook.store.Store;
import com.ringbook.store.WriteSession;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What a capability's service (booking, follow-ups, revenue) gets from the engine to do its work the
 * engine's way: reads off the caller's thread, writes through the store's one writer, texts through
 * the outbox (handed to the sender once committed) and the change feed told what changed.
 */
public final class EngineKit {
    private final Store store;
    private final ReadPool reads;
    private final Conversations rules;
    private final OutboxSender sender;
    private final ChangeFeed feed;
    private final Clock clock;
    private final EffectiveSettings settings;

    EngineKit(Store store, ReadPool reads, Conversations rules, OutboxSender sender, ChangeFeed feed, Clock clock,
              EffectiveSettings settings) {
        this.store = store;
        this.reads = reads;
        this.rules = rules;
        this.sender = sender;
        this.feed = feed;
        this.clock = clock;
        this.settings = settings;
    }

    public Clock clock() {
        return clock;
    }

    /** The settings this run works with now. */
    public Settings settings() {
        return settings.current();
    }

    public <T> CompletableFuture<T> read(Function<ReadSession, T> work) {
        return reads.read(work);
    }

    /** Runs slow work (a file written, say) on the engine's threads rather than the caller's. */
    public <T> CompletableFuture<T> background(java.util.function.Supplier<T> work) {
        return reads.call(work);
    }

    /**
     * Runs {@code work} in one write transaction. Texts it queued leave once the commit is durable, and
     * the threads it touched are announced. Like every store write it may run more than once, so it
     * must change nothing outside the transaction.
     */
    public <T> CompletableFuture<T> write(Function<Transaction, T> work) {
        return write(Store.Priority.URGENT, work);
    }

    /**
     * As {@link #write}, queued behind urgent writes (a burst of missed calls goes first): for bookkeeping
     * nobody is waiting on, such as planning follow-ups.
     */
    public <T> CompletableFuture<T> writeInBackground(Function<Transaction, T> work) {
        return write(Store.Priority.BACKGROUND, work);
    }

    private <T> CompletableFuture<T> write(Store.Priority priority, Function<Transaction, T> work) {
        return store.write(priority, session -> {
            Transaction transaction = new Transaction(session, clock.instant());
            T result = work.apply(transaction);
            return new Done<>(result, transaction.texts, transaction.threads);
        }).thenApply(done -> {
            done.texts().forEach(sender::offer);
            done.threads().forEach(id -> feed.publish(new EngineEvent.ThreadChanged(id)));
            feed.publish(new EngineEvent.StatusChanged());
            return done.result();
        });
    }

    private record Done<T>(T result, List<OutboxItem> texts, Set<Long> threads) {
    }

    /** One write transaction as a capability sees it: the session, its instant, and texts to the customer. */
    public final class Transaction {
        private final WriteSession session;
        private final Instant now;
        private final List<OutboxItem> texts = new ArrayList<>();
        private final Set<Long> threads = new LinkedHashSet<>();

        private Transaction(WriteSession session, Instant now) {
            this.session = session;
            this.now = now;
        }

        public WriteSession session() {
            return session;
        }

        public Instant now() {
            return now;
        }

        /**
         * Queues a text from staff to the thread's customer, held to the same rules as a reply typed in
         * the composer (not empty, not too long, never to a customer who opted out).
         */
        public OutboxItem text(long threadId, String body) {
            OutboxItem queued = rules.reply(session, threadId, body, now);
            texts.add(queued);
            threads.add(threadId);
            return queued;
        }

        /**
         * Queues an automatic text (a follow-up, say) to {@code to} on the thread: written with its outbox row
         * in this transaction and handed to the sender once committed. The caller has checked it may go; the
         * sender still checks STOP just before it leaves.
         */
        public OutboxItem automatic(long threadId, MessageKind kind, String to, String body) {
            OutboxItem queued = session.outbox().queue(threadId, kind, to, body, null, now);
            texts.add(queued);
            threads.add(threadId);
            return queued;
        }

        /** Announces the thread as changed once the transaction commits. */
        public void touched(long threadId) {
            threads.add(threadId);
        }
    }
}
