package com.ringbook.engine;

import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The conversation service the console calls: reads through the read pool, changes through the store's writer. */
final class EngineConversations implements ConversationService {
    private final Store store;
    private final ReadPool reads;
    private final Conversations rules;
    private final OutboxSender sender;
    private final ChangeFeed feed;
    private final Clock clock;

    EngineConversations(Store store, ReadPool reads, Conversations rules, OutboxSender sender, ChangeFeed feed, Clock clock) {
        this.store = store;
        this.reads = reads;
        this.rules = rules;
        this.sender = sender;
        this.feed = feed;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<List<ThreadSummary>> inbox(InboxQuery query) {
        return reads.read(s -> s.threads().inbox(query));
    }

    @Override
    public CompletableFuture<Optional<ThreadDetail>> thread(long threadId) {
        return reads.read(s -> s.threads().detail(threadId));
    }

    @Override
    public CompletableFuture<Optional<ThreadSummary>> summary(long threadId) {
        return reads.read(s -> s.threads().summary(threadId));
    }

    @Override
    public CompletableFuture<Void> markRead(long threadId) {
        return store.write(s -> {
            s.threads().markRead(threadId);
            return (Void) null;
        }).thenRun(() -> feed.publish(new EngineEvent.ThreadChanged(threadId)));
    }

    @Override
    public CompletableFuture<Void> reply(long threadId, String body) {
        return store.write(s -> rules.reply(s, threadId, body, clock.instant())).thenAccept(queued -> {
            sender.offer(queued);
            feed.publish(new EngineEvent.ThreadChanged(threadId));
            feed.publish(new EngineEvent.StatusChanged());
        });
    }

    @Override
    public CompletableFuture<Void> moveStage(long threadId, Stage target) {
        return store.write(s -> {
            rules.moveStage(s, threadId, target, clock.instant());
            return (Void) null;
        }).thenRun(() -> feed.publish(new EngineEvent.ThreadChanged(threadId)));
    }

    @Override
    public CompletableFuture<Void> renameContact(long threadId, String name) {
        return store.write(s -> {
            ThreadSummary thread = s.threads().summary(threadId)
                    .orElseThrow(() -> new RequestRefused("That conversation no longer exists."));
            s.contacts().setName(thread.contactId(), name);
            return (Void) null;
        }).thenRun(() -> feed.publish(new EngineEvent.ThreadChanged(threadId)));
    }
}
