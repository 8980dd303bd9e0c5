package com.ringbook.carrier;

import java.util.Optional;

/**
 * Small durable memory a carrier adapter needs between runs (a poll cursor, say). The adapter asks
 * through this interface; the composition root backs it with the store.
 */
public interface CarrierStateStore {

    Optional<String> get(String key);

    /** Durable when it returns. */
    void put(String key, String value);
}
