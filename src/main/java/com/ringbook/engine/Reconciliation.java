package com.ringbook.engine;

import com.ringbook.carrier.SendResult;

/** What asking the carrier about a text with an unknown outcome found. */
sealed interface Reconciliation {

    /** The carrier has it: it was sent, and is recorded as such, never sent again. */
    record Found(SendResult.Accepted accepted) implements Reconciliation {
    }

    /** The carrier has no such text: it never left, and may be sent again. */
    record NotAtCarrier() implements Reconciliation {
    }

    /**
     * The carrier has no such text yet, but a request the previous engine's desk handed over may still reach it
     * (see {@link Reconciler#notFoundCountsFrom}): ask again at {@code askAgainAt}, never send before.
     */
    record NotYet(java.time.Instant askAgainAt) implements Reconciliation {
    }

    /** The carrier could not be asked, or gave no clear answer: ask again later. */
    record CouldNotAsk() implements Reconciliation {
    }
}
