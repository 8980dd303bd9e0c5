package com.ringbook.engine.api;

import java.util.concurrent.CompletableFuture;

/** The figures the status bar shows: carrier health, engine state, outbox, today's speed, who waits. */
public interface StatusService {

    CompletableFuture<StatusSnapshot> snapshot();
}
