package com.ringbook.engine;

import com.ringbook.domain.InboxCounts;
import com.ringbook.domain.InboxPage;
import com.ringbook.domain.CustomerHistory;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.LostReason;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.engine.api.RequestRefused;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The conversation service the console calls: reads off the caller's thread, changes through the engine's kit. */
final class EngineConversations implements ConversationService {
    private final EngineKit kit;
    private final Conversations rules;

    EngineConversations(EngineKit kit, Conversations rules) {
        this.kit = kit;
        this.rules = rules;
    }

    @Override
    public CompletableFuture<List<ThreadSummary>> inbox(InboxQuery query) {
        return kit.read(s -> s.threads().inbox(query));
    }

    @Override
    public CompletableFuture<InboxPage> inboxPage(InboxQuery query) {
        InboxQuery q = query.filter() == InboxQuery.Filter.FOLLOW_UP_DUE ? query.dueBefore(endOfToday()) : query;
        return kit.read(s -> s.threads().page(q));
    }

    @Override
    public CompletableFuture<InboxCounts> inboxCounts() {
        Instant end = endOfToday();
        return kit.read(s -> s.threads().counts()
                .with(InboxQuery.Filter.FOLLOW_UP_DUE, s.followUps().threadsDueBetween(Instant.EPOCH, end).size()));
    }

    /** Where the business's day ends: "follow-up today" lists what is due before then, overdue ones included. */
    private Instant endOfToday() {
        ZoneId zone = kit.settings().zone();
        return LocalDate.now(kit.clock().withZone(zone)).plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public CompletableFuture<Optional<ThreadDetail>> thread(long threadId) {
        return kit.read(s -> s.threads().detail(threadId));
    }

    @Override
    public CompletableFuture<Optional<ThreadSummary>> summary(long threadId) {
        return kit.read(s -> s.threads().summary(threadId));
    }

    @Override
    public CompletableFuture<Void> markRead(long threadId) {
        return kit.write(t -> {
            t.session().threads().markRead(threadId);
            t.touched(threadId);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> reply(long threadId, String body) {
        return kit.write(t -> {
            t.text(threadId, body);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> moveStage(long threadId, Stage target) {
        return kit.write(t -> {
            rules.moveStage(t.session(), threadId, target, t.now());
            t.touched(threadId);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> renameContact(long threadId, String name) {
        return kit.write(t -> {
            ThreadSummary thread = t.session().threads().summary(threadId)
                    .orElseThrow(() -> new RequestRefused("That conversation no longer exists."));
            t.session().contacts().setName(thread.contactId(), name);
            t.touched(threadId);
            return null;
        });
    }

    // ---- one customer's history; lost with a reason, undone, reopened ----

    /** How many of a customer's conversations the history lists; older ones are counted, not listed. */
    private static final int HISTORY_LIMIT = 50;

    @Override
    public CompletableFuture<CustomerHistory> customer(long threadId) {
        return kit.read(s -> {
            ThreadSummary thread = s.threads().summary(threadId)
                    .orElseThrow(() -> new RequestRefused("That conversation no longer exists."));
            return s.threads().customerHistory(thread.contactId(), HISTORY_LIMIT).orElseThrow();
        });
    }

    @Override
    public CompletableFuture<Void> markLost(long threadId, LostReason reason, String note) {
        return kit.write(t -> {
            rules.markLost(t.session(), threadId, reason, note, t.now());
            t.touched(threadId);
            return null;
        });
    }

    @Override
    public CompletableFuture<Long> reopen(long threadId) {
        return kit.write(t -> {
            long open = rules.reopen(t.session(), threadId, t.now());
            t.touched(threadId);
            t.touched(open);
            return open;
        });
    }
}
