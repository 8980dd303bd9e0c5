package com.ringbook.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Follow-ups go out one at a time, {@link #PACE} apart: a backlog (the night's nudges at the window's
 * opening, or those due while Ringbook was closed) is spread over the first minutes instead of leaving
 * as one burst, which both looks automated to customers and trips carriers' spam filters.
 */
final class Pacing {
    /** 50 waiting nudges take five minutes. */
    static final Duration PACE = Duration.ofSeconds(6);

    private Pacing() {
    }

    /** The first moment a follow-up may go, given when the last one went. */
    static Instant firstFree(Optional<Instant> lastSent, Instant now) {
        return lastSent.map(last -> last.plus(PACE)).filter(free -> free.isAfter(now)).orElse(now);
    }
}
