package com.ringbook.store;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Ringbook's storage. Writes go through one writer that commits queued work together (one sync to
 * disk serves a whole burst); reads run beside it on their own connections.
 */
public interface Store extends AutoCloseable {

    /**
     * Runs {@code work} in a transaction on the writer; the future completes after the commit is
     * durable. The work may run more than once (a shared transaction is replayed when another unit in
     * it fails half-way), so it must do nothing outside the session that cannot bear repeating.
     */
    <T> CompletableFuture<T> write(Function<WriteSession, T> work);

    <T> T read(Function<ReadSession, T> work);

    @Override
    void close();
}
