package com.ringbook.store;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a store's one writer busy inside a unit of work until released, so that writes queued
 * meanwhile wait for it (and share the commit after it). Lets go by itself after ten seconds.
 */
public final class WriterHold {
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private WriterHold() {
    }

    /** Queues the holding unit; it holds from when the writer reaches it. */
    public static WriterHold queue(Store store) {
        WriterHold hold = new WriterHold();
        store.write(s -> {
            hold.held.countDown();
            try {
                hold.released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        return hold;
    }

    /** @return whether the writer is holding within five seconds */
    public boolean awaitHeld() throws InterruptedException {
        return held.await(5, TimeUnit.SECONDS);
    }

    public void release() {
        released.countDown();
    }
}
