package com.ringbook.engine;

import com.ringbook.store.ReadSession;
import com.ringbook.store.Store;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The real store behind something a test puts in the way of writes: a full disk, a counter. */
class ForwardingStore implements Store {
    private final Store delegate;

    ForwardingStore(Store delegate) {
        this.delegate = delegate;
    }

    @Override
    public <I, R> CompletableFuture<R> write(Priority priority, BatchWork<I, R> work, I input) {
        return delegate.write(priority, work, input);
    }

    @Override
    public <T> T read(Function<ReadSession, T> work) {
        return delegate.read(work);
    }

    @Override
    public String instanceId() {
        return delegate.instanceId();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
