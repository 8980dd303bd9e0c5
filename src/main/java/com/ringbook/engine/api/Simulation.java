package com.ringbook.engine.api;

import java.time.Instant;
import java.util.List;

/** The built-in simulated carrier, seen from the customer's side: ring, hang up, text. */
public interface Simulation {

    record PhoneText(boolean fromBusiness, String body, Instant at) {
    }

    /** Rings the business from {@code callerId} and lets it go unanswered; returns the number as the carrier saw it. */
    String ringAndMiss(String callerId);

    void customerTexts(String callerId, String body);

    /** What this phone has sent and received, oldest first. */
    List<PhoneText> phoneConversation(String callerId);

    /** Runs {@code listener} (on a background thread) whenever the simulated phone network changes. */
    Subscription onChange(Runnable listener);
}
