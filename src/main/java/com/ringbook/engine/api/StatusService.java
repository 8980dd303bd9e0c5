package com.ringbook.engine.api;

import java.util.concurrent.CompletableFuture;

/** The figures the status bar shows: carrier health, engine state, outbox, today's speed, who waits. */
public interface StatusService {

    CompletableFuture<StatusSnapshot> snapshot();

    /**
     * Pauses texting ({@code pause}) or resumes it: calls and replies are still recorded, texts wait in
     * the outbox. Completes with whether texting is now paused; a status change is announced.
     */
    CompletableFuture<Boolean> pauseTexting(boolean pause);
}
