package com.ringbook.engine;

import com.ringbook.engine.api.ChangeEvents;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.Subscription;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** In-process events from the engine to whoever listens; one failing listener cannot silence the others. */
public final class ChangeFeed implements ChangeEvents {
    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    private final List<Consumer<EngineEvent>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Subscription subscribe(Consumer<EngineEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(EngineEvent event) {
        for (Consumer<EngineEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A listener failed on {}", event, e);
            }
        }
    }
}
