package com.ringbook.followup.api;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Follow-ups as the screens see them: the nudge scheduled on a thread, cancelling it, sending it now, and
 * which threads have one due today. Every call returns at once; a refusal completes with
 * {@link com.ringbook.engine.api.RequestRefused} and a sentence for the user.
 */
public interface FollowUpService {

    /** The thread's follow-up still to go, if any. */
    CompletableFuture<Optional<ScheduledFollowUp>> scheduled(long threadId);

    /** Cancels the thread's scheduled follow-up; this silence gets no other. */
    CompletableFuture<Void> cancel(long threadId);

    /** Sends the thread's scheduled follow-up now, through the outbox, whatever the hour (staff chose to). */
    CompletableFuture<Void> sendNow(long threadId);

    /**
     * Threads with a follow-up due today, in the business's zone (the inbox's "follow-up due today"), the
     * soonest first. Sent or cancelled ones are not in it.
     */
    CompletableFuture<Set<Long>> dueToday();
}
