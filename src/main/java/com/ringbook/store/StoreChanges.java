package com.ringbook.store;

import java.util.Set;

/**
 * What other desks on a shared store change, as it is committed: the feed that keeps every desk's screens live
 * (a new call, a reply, a stage moved on another desk shows here within a second). Changes carry ids, never data:
 * a listener re-reads what it shows. On PostgreSQL it is {@code PgChangeFeed} (LISTEN/NOTIFY); a store only one
 * process opens (SQLite) has no other desks, so {@link NoStoreChanges}.
 *
 * <p>A desk's own writes are not echoed back (the engine already announces them in-process); each change says
 * which desk's run ({@code origin}) made it.
 */
public interface StoreChanges extends AutoCloseable {

    /** Starts listening in the background; listeners hear of changes committed from then on. */
    void start();

    /** Whether changes are arriving now (false while the feed is reconnecting): for a "live" mark on screen. */
    boolean live();

    /** Adds a listener until the returned subscription is closed. */
    Subscription subscribe(Listener listener);

    @Override
    void close();

    /** What a change was about. */
    enum Kind {
        /** The thread itself: its stage, owner, read state, job value. */
        THREAD,
        /** A message on the thread (a reply, a text sent or its delivery). */
        MESSAGE,
        /** A call on the thread. */
        CALL,
        /** An appointment on the thread. */
        APPOINTMENT,
        /** The business's settings (no thread: id 0). */
        SETTINGS,
        /** The outbox (the status bar's backlog) changed; the thread whose text it is, or 0. */
        OUTBOX
    }

    /** One thing that changed: its kind, and the thread it belongs to (0 for {@link Kind#SETTINGS}). */
    record Change(Kind kind, long threadId) {
    }

    /** Told of other desks' commits, one call per batch, on the feed's own thread: hand slow work elsewhere. */
    interface Listener {
        /** Another desk's run, named {@code origin}, committed these changes. */
        void changed(String origin, Set<Change> changes);

        /**
         * Changes may have been missed (the feed's connection broke and is back): reload everything shown.
         */
        void resync();
    }

    /** Ends a subscription; closing twice is harmless. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
