package com.ringbook.engine;

import com.ringbook.store.ReadSession;
import com.ringbook.store.Store;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The engine's threads for what screens ask: reads of the store and slow calls (a connection test),
 * so that no caller ever waits on disk or network on its own thread.
 */
final class ReadPool implements AutoCloseable {
    private final Store store;
    private final ExecutorService threads;

    ReadPool(Store store) {
        this.store = store;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "engine-query-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    <T> CompletableFuture<T> read(Function<ReadSession, T> work) {
        return CompletableFuture.supplyAsync(() -> store.read(work), threads);
    }

    <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, threads);
    }

    CompletableFuture<Void> run(Runnable work) {
        return CompletableFuture.runAsync(work, threads);
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}
