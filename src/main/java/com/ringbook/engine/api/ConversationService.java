package com.ringbook.engine.api;

import com.ringbook.domain.InboxCounts;
import com.ringbook.domain.InboxPage;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The inbox and the receptionist's work on one conversation: read it, answer it, move it along. */
public interface ConversationService {

    /** The query's rows, without search snippets or a next-page cursor (short lists read once). */
    CompletableFuture<List<ThreadSummary>> inbox(InboxQuery query);

    /**
     * One page of the inbox (see {@code ThreadRepository.page}): a filter's threads in its order, or search
     * hits best first with the words that matched; {@link InboxPage#next} asks for the page after it.
     */
    CompletableFuture<InboxPage> inboxPage(InboxQuery query);

    /** How many threads each inbox filter holds. */
    CompletableFuture<InboxCounts> inboxCounts();

    CompletableFuture<Optional<ThreadDetail>> thread(long threadId);

    /** One inbox row, without the conversation behind it. */
    CompletableFuture<Optional<ThreadSummary>> summary(long threadId);

    CompletableFuture<Void> markRead(long threadId);

    /** Queues a staff reply through the outbox. */
    CompletableFuture<Void> reply(long threadId, String body);

    CompletableFuture<Void> moveStage(long threadId, Stage target);

    CompletableFuture<Void> renameContact(long threadId, String name);
}
