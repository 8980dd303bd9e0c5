package com.ringbook.store;

/** The change feed of a store only one process opens (SQLite): there are no other desks to hear from. */
public final class NoStoreChanges implements StoreChanges {

    @Override
    public void start() {
    }

    /** Nothing can be missed, so the desk is always up to date. */
    @Override
    public boolean live() {
        return true;
    }

    @Override
    public Subscription subscribe(Listener listener) {
        return () -> { };
    }

    @Override
    public void close() {
    }
}
