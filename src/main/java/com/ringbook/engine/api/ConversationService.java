package com.ringbook.engine.api;

import com.ringbook.domain.InboxCounts;
import com.ringbook.domain.InboxPage;
import com.ringbook.domain.CustomerHistory;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.LostReason;
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

    // ---- one customer's history; lost with a reason, undone, reopened ----

    /**
     * What is known about the customer of this conversation, with their conversations (this one included),
     * newest first, each saying how it ended. Refused when the conversation no longer exists.
     */
    CompletableFuture<CustomerHistory> customer(long threadId);

    /** Marks an open conversation lost for {@code reason} (required), with an optional note. */
    CompletableFuture<Void> markLost(long threadId, LostReason reason, String note);

    /**
     * Reopens a lost conversation at the stage it stood at, its reason cleared (this is also Undo); for a
     * booked one, starts a new conversation with the same customer while the job stays booked. Completes
     * with the id of the conversation now open; refused while the customer has another open one, or opted out.
     */
    CompletableFuture<Long> reopen(long threadId);
}
