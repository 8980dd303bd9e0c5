package com.ringbook.store;

import java.util.Optional;

/** The carrier's small durable memory between runs (its poll cursor), by key. */
public interface CarrierStateRepository {

    Optional<String> get(String key);

    /** Changes to the carrier's state, made inside the writer's current transaction. */
    interface Writable extends CarrierStateRepository {

        void put(String key, String value);
    }
}
