package com.ringbook.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers that texted STOP a moment ago. A STOP cancels every text waiting for its number when it
 * commits; until then a text already handed to the sender must not leave, so the sender holds texts to
 * these numbers for a short while. The store's cancellation is what lasts.
 */
final class OptOutHold {
    /** Long enough for the STOP's own commit. */
    private static final Duration HOLD = Duration.ofMinutes(1);

    private final Clock clock;
    private final Map<String, Instant> recent = new ConcurrentHashMap<>();

    OptOutHold(Clock clock) {
        this.clock = clock;
    }

    /** A STOP from this number is on its way into the store. */
    void optedOut(String phone) {
        recent.put(phone, clock.instant());
    }

    void optedIn(String phone) {
        recent.remove(phone);
    }

    boolean holds(String phone) {
        Instant at = recent.get(phone);
        if (at == null) {
            return false;
        }
        if (at.plus(HOLD).isBefore(clock.instant())) {
            recent.remove(phone, at);
            return false;
        }
        return true;
    }
}
