package com.ringbook.carrier;

import java.util.concurrent.CompletableFuture;

/** Where a carrier delivers what it hears; implementations must be quick and thread-safe. */
public interface CarrierListener {

    /**
     * Takes an event; the future completes once it is durably recorded. A carrier that keeps a
     * position (a poll cursor, a set of seen ids) must not store it past an event before then, or a
     * crash in between would lose that call.
     */
    CompletableFuture<Void> onEvent(CarrierEvent event);

    void onHealth(CarrierHealth health);
}
