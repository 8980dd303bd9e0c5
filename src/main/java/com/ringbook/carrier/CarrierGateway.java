package com.ringbook.carrier;

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
