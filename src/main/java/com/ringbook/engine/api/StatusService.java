package com.ringbook.engine.api;

import java.util.concurrent.CompletableFuture;

/** The figures the status bar shows: carrier health, engine state, outbox, today's speed, who waits. */
public interface StatusService {

    CompletableFuture<StatusSnapshot> snapshot();

    /**
     * Pauses texting ({@code pause}) or resumes it: calls and replies are still recorded, texts wait in
     * the outbox. Completes with whether texting is now paused; a status change is announced. The
     * engine's own service can; a stand-in that only shows figures refuses.
     */
    default CompletableFuture<Boolean> pauseTexting(boolean pause) {
        return CompletableFuture.failedFuture(new RequestRefused("Texting cannot be paused or resumed here."));
    }
}
