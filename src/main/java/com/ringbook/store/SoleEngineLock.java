package com.ringbook.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The engine lock of a store only one process can open (SQLite: the data-dir lock already stops a second engine on
 * the data dir): this desk holds it from {@link #start} to {@link #close}, with nobody to compete against.
 */
public final class SoleEngineLock implements EngineLock {
    private final String desk;
    private final Clock clock;
    private Listener listener;
    private Instant since;
    private boolean closed;

    public SoleEngineLock(String desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @Override
    public void start(Listener listener) {
        synchronized (this) {
            if (this.listener != null || closed) {
                throw new IllegalStateException("The engine lock was started already");
            }
            this.listener = listener;
            this.since = clock.instant();
        }
        listener.acquired();
    }

    @Override
    public synchronized boolean held() {
        return listener != null && !closed;
    }

    @Override
    public synchronized Optional<Holder> holder() {
        return held() ? Optional.of(new Holder(desk, since, true)) : Optional.empty();
    }

    @Override
    public void close() {
        Listener told;
        synchronized (this) {
            told = held() ? listener : null;
            closed = true;
        }
        if (told != null) {
            told.lost("This desk is shutting down");
        }
    }
}
