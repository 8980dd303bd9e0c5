package com.ringbook.app;

import com.ringbook.carrier.CarrierStateStore;
import com.ringbook.store.Store;
import java.util.Optional;

/** The carrier's small durable memory (its poll cursor), kept in the store's carrier_state table. */
final class StoredCarrierState implements CarrierStateStore {
    private final Store store;

    StoredCarrierState(Store store) {
        this.store = store;
    }

    @Override
    public Optional<String> get(String key) {
        return store.read(s -> s.carrierState().get(key));
    }

    @Override
    public void put(String key, String value) {
        store.write(s -> {
            s.carrierState().put(key, value);
            return null;
        }).join();
    }
}
