package com.ringbook.ui.common;

import com.ringbook.engine.api.ChangeEvents;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.Subscription;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The engine's change feed for view-model tests: a test (or a fake service) publishes, listeners hear it at once. */
public final class FakeChangeEvents implements ChangeEvents {
    private final List<Consumer<EngineEvent>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Subscription subscribe(Consumer<EngineEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(EngineEvent event) {
        listeners.forEach(l -> l.accept(event));
    }

    public void threadChanged(long threadId) {
        publish(new EngineEvent.ThreadChanged(threadId));
    }
}
