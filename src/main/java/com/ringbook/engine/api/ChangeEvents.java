package com.ringbook.engine.api;

import java.util.function.Consumer;

/** The engine's change feed: screens re-read what an event names, on whatever thread they choose. */
public interface ChangeEvents {

    /** Calls {@code listener} on the engine's threads for every event until the subscription is closed. */
    Subscription subscribe(Consumer<EngineEvent> listener);
}
