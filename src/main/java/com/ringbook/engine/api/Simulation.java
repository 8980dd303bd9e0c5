package com.ringbook.engine.api;

import com.ringbook.domain.TextBackDecision;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The built-in simulated carrier, seen from the customer's side: ring, hang up, text. Every call
 * returns at once; the work (the simulated network keeps a ledger on disk) completes off the caller's
 * thread, in the order the calls were made.
 */
public interface Simulation {

    record PhoneText(boolean fromBusiness, String body, Instant at) {
    }

    /** Rings the business from {@code callerId} and lets it go unanswered; completes with the number as the carrier saw it. */
    CompletableFuture<String> ringAndMiss(String callerId);

    /** A missed call as the caller's side learns of it: the number the carrier saw and what Ringbook decided. */
    record MissedCallOutcome(String seenAs, TextBackDecision decision) {
    }

    /**
     * Like {@link #ringAndMiss}, but completes only once Ringbook has recorded the call, with what it
     * decided (texted back, or not and why).
     */
    CompletableFuture<MissedCallOutcome> ringAndMissDecided(String callerId);

    CompletableFuture<Void> customerTexts(String callerId, String body);

    /** What this phone has sent and received, oldest first. */
    CompletableFuture<List<PhoneText>> phoneConversation(String callerId);

    /** Runs {@code listener} (on a background thread) whenever the simulated phone network changes. */
    Subscription onChange(Runnable listener);
}
