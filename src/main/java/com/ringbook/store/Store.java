package com.ringbook.store;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Ringbook's storage. Writes go through one writer that commits queued work together (one sync to
 * disk serves a whole burst); reads run beside it on their own connections.
 */
public interface Store extends AutoCloseable {

    /**
     * Runs {@code work} for {@code input} in a transaction on the writer; the future completes after
     * the commit is durable. Inputs queued one after another for the same {@code work} instance may be
     * handed to it together, in one call. The work may run more than once (a shared transaction is
     * replayed, one input at a time, when a unit in it fails half-way), so it must do nothing outside
     * the session that cannot bear repeating.
     */
    <I, R> CompletableFuture<R> write(Priority priority, BatchWork<I, R> work, I input);

    /** As the batch form, for work that is never merged with any other. */
    default <T> CompletableFuture<T> write(Priority priority, Function<WriteSession, T> work) {
        return write(priority, (session, inputs) -> Collections.singletonList(work.apply(session)), null);
    }

    /** An {@link Priority#URGENT} write. */
    default <T> CompletableFuture<T> write(Function<WriteSession, T> work) {
        return write(Priority.URGENT, work);
    }

    /**
     * Work that can run for one input or for many at once: a statement that writes a thousand rows
     * costs a fraction of a thousand statements, which is what a burst of missed calls needs.
     */
    @FunctionalInterface
    interface BatchWork<I, R> {
        /**
         * @return one result per input, in the order of the inputs; the inputs themselves may be
         *     written in another order, so only inputs for which that is fine share one instance
         */
        List<R> apply(WriteSession session, List<I> inputs);
    }

    /** Which writes go first when more are queued than one commit takes at once. */
    enum Priority {
        /** Something a customer or the receptionist is waiting on: a missed call, a text, a click. */
        URGENT,
        /**
         * Bookkeeping nobody waits on (what the carrier answered to a text already sent): urgent writes
         * queued before it go first, so a burst of missed calls is not held up by the outcomes of its
         * own first texts; after waiting about 100 ms it has room in the next commit however much
         * urgent work waits. Only for writes whose order against later urgent ones does not matter.
         */
        BACKGROUND
    }

    <T> T read(Function<ReadSession, T> work);

    /**
     * Names this database: the same for its whole life, and different for any other one (a wiped and
     * recreated one too). Lets what leaves Ringbook carry ids that stay unique outside it, such as a
     * calendar event's UID.
     */
    String instanceId();

    @Override
    void close();
}
