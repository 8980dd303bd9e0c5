package com.ringbook.store;

import com.ringbook.domain.InboxCounts;
import com.ringbook.domain.InboxPage;
import com.ringbook.domain.CustomerHistory;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Lead;
import com.ringbook.domain.LostMark;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Conversation threads: the inbox's lines, one thread in full, and where each one stands. */
public interface ThreadRepository {

    /** The caller's thread that is still open (not booked, lost or opted out), if any. */
    Optional<ThreadSummary> openOf(long contactId);

    Optional<ThreadSummary> latestOf(long contactId);

    Optional<ThreadSummary> summary(long threadId);

    /** The query's rows by position or after its cursor; {@link #page} with the page's threads only. */
    List<ThreadSummary> inbox(InboxQuery query);

    /**
     * One page of the inbox: a filter's threads in its order (newest activity first; "Needs reply" who has
     * waited longest first), or, with a search, the threads whose name, number or any message matches,
     * best match first, each with the words that matched. Pages after the first start at the query's cursor.
     */
    InboxPage page(InboxQuery query);

    /** How many threads each filter holds. */
    InboxCounts counts();

    Optional<ThreadDetail> detail(long threadId);

    /** Open or booked threads with a customer text nobody has answered yet. */
    int waitingCount();

    /** What staff have noted about the job on the lead card; empty fields when nothing is noted. */
    Lead lead(long threadId);

    /** Changes to threads, made inside the writer's current transaction. */
    interface Writable extends ThreadRepository {

        /** Opens a thread in NEW. */
        long create(long contactId, Instant now);

        /** Moves the thread up the inbox with a new preview line (activity never moves back in time). */
        void touch(long threadId, String preview, Instant at);

        void setStage(long threadId, Stage stage, Instant now);

        void markRead(long threadId);

        /** Replaces the lead card's job fields (job type, urgency, value, notes) as typed. */
        void setLead(long threadId, Lead lead);

        // ---- lost with a reason, and reopened ----

        /** Moves the thread to Lost, remembering why and the stage it stood at (Undo and Reopen go back to it). */
        void markLost(long threadId, LostMark mark);

        /** Moves a lost thread back to an open stage; why it was lost is forgotten. */
        void reopen(long threadId, Stage stage, Instant now);
    }

    // ---- one customer's conversations, and why a thread was lost ----

    /**
     * What is known about the contact across their threads (name, number, address, first contact, jobs
     * booked and their value, opted out) with their latest {@code limit} threads, newest first, each saying
     * how it ended. Empty for an unknown contact.
     */
    Optional<CustomerHistory> customerHistory(long contactId, int limit);

    /** Why the thread was lost and where it stood then; empty unless it is lost. */
    Optional<LostMark> lostMark(long threadId);
}
