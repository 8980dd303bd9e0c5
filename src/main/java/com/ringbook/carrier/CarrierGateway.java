package com.ringbook.carrier;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The one door between Ringbook and a phone carrier: events come in through the listener, texts go
 * out through {@link #send}. Implementations make exactly one attempt per call; retrying is the
 * outbox's job, because only the outbox knows whether an attempt might already have gone through.
 */
public interface CarrierGateway extends AutoCloseable {

    /** A short name for the status bar, e.g. "simulator" or "Twilio +1 415 555 0142". */
    String displayName();

    /** Starts listening; events before this call are not lost by a carrier that polls. */
    void start(CarrierListener listener);

    /**
     * Stops listening, because this desk no longer runs the engine (another desk on a shared store does); sends and
     * look-ups still work, and {@link #start} may be called again when this desk runs the engine again. A carrier
     * that listens to nothing of its own needs nothing here.
     */
    default void stopListening() {
    }

    /**
     * How long after a send request was handed over it may still reach the carrier and be acted on (its request
     * timeout): a desk taking over the engine does not take "the carrier has no such text" for an answer about a
     * text the previous engine's desk may have had on its way until this long has passed. Zero for a carrier in
     * this process, whose sends end with the process.
     */
    default Duration inFlightFor() {
        return Duration.ZERO;
    }

    SendResult send(OutgoingText text);

    /**
     * Asks the carrier whether a text with this key (or, for carriers without keys, this recipient and
     * body since {@code notBefore}) was already accepted. Used after a crash or an unknown outcome.
     *
     * @param claimed carrier ids already recorded for other texts: two identical texts to one number
     *                must not both be matched to the same message
     */
    Optional<SendResult.Accepted> findAccepted(OutgoingText text, Instant notBefore, Set<String> claimed);

    @Override
    void close();
}
