package com.ringbook.carrier.twilio;

import com.ringbook.carrier.CarrierStateStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The store a restart keeps: tests hand the same instance to a second carrier. */
final class InMemoryStateStore implements CarrierStateStore {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }
}
