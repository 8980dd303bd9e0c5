package com.ringbook.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides which one of the desks sharing a store runs the engine (carrier, sender, follow-ups): one engine per
 * business, or callers get two texts. Every desk competes; the holder runs the engine, the others stand by and
 * take over when the holder is gone. On SQLite the data-dir lock already makes the one process the only engine
 * ({@link SoleEngineLock}); on PostgreSQL a database advisory lock decides ({@code PgEngineLock}).
 *
 * <p>Use: {@link #start} once with a listener that starts the engine on {@link Listener#acquired()} and stops it at
 * once on {@link Listener#lost(String)}; check {@link #held()} right before anything leaves for the carrier (it is
 * a fence: it turns false as soon as this desk can no longer be sure it holds the lock, possibly before the
 * listener hears of it); {@link #close()} on the way out hands the engine to another desk.
 */
public interface EngineLock extends AutoCloseable {

    /**
     * Starts competing for the lock in the background, until {@link #close}: a desk that lost it competes again. The
     * listener is told {@code acquired} and {@code lost} in turn (never two of one kind in a row), as often as that
     * happens, on a thread of the lock's own, one call at a time; it should hand slow work (starting the engine) to a
     * thread of its own.
     */
    void start(Listener listener);

    /**
     * Whether this desk may act as the engine right now: no I/O, so cheap enough to ask before every text sent.
     * False before {@code acquired} is told and from the moment the lock may have passed to another desk.
     */
    boolean held();

    /** Which desk runs the engine, as last seen (refreshed about every second); empty when none does. */
    Optional<Holder> holder();

    /** Stops competing; a held lock is released (the listener is told {@code lost}) so a standby takes over. */
    @Override
    void close();

    /** Told when this desk becomes, and stops being, the one running the engine. */
    interface Listener {
        /** This desk holds the lock: start the engine. */
        void acquired();

        /** This desk no longer holds the lock (or cannot be sure it does): stop sending at once. */
        void lost(String reason);

        /** {@link #holder()} names another desk, or none, than before: a status bar showing it reads it again. */
        default void holderChanged() {
        }
    }

    /**
     * The desk that runs the engine: its name as set in that desk's settings (what the status bar shows, "Engine:
     * Front desk 2"), since when (null when that desk did not say), and whether it is this desk.
     */
    record Holder(String desk, Instant since, boolean thisDesk) {
    }
}
