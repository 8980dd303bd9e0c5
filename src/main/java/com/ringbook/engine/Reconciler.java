package com.ringbook.engine;

import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.domain.OutboxItem;
import com.ringbook.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the carrier whether a text whose outcome is unknown (the request may have reached it before the
 * connection broke) was in fact taken, matching it against the carrier's records by number and body.
 * A record another text already owns is never taken for this one.
 *
 * <p>"Not at the carrier" means "send it again", so it is believed only once no earlier request for the text can
 * still land: after a takeover on a shared store the previous engine's desk may have handed texts over just before
 * it went, and until {@link #notFoundCountsFrom} (the takeover plus the carrier's request timeout) a text not
 * found is {@link Reconciliation.NotYet not yet} found, and asked about again then. One found is settled at once.
 */
final class Reconciler {
    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    /** How far back carrier ids count as taken when matching a text whose outcome is unknown. */
    private static final Duration CLAIM_WINDOW = Duration.ofDays(2);
    /** A look-up whose match another look-up took meanwhile tries again this many times, then later. */
    private static final int CLAIM_TRIES = 5;

    private final Store store;
    private final CarrierGateway carrier;
    private final CarrierIdClaims claims;
    private final Clock clock;
    private volatile Instant notFoundCountsFrom = Instant.MIN;

    Reconciler(Store store, CarrierGateway carrier, CarrierIdClaims claims, Clock clock) {
        this.store = store;
        this.carrier = carrier;
        this.claims = claims;
        this.clock = clock;
    }

    /** Until {@code from}, a text the carrier does not have may still be on its way there: see the class comment. */
    void notFoundCountsFrom(Instant from) {
        notFoundCountsFrom = from;
    }

    /** What the carrier knows of this text; a record found is claimed for it until its outcome is written. */
    Reconciliation lookUp(OutboxItem item) {
        try {
            Set<String> claimed = claims.claimed();
            claimed.addAll(store.read(s -> s.messages().carrierSidsTo(item.to(), item.createdAt().minus(CLAIM_WINDOW))));
            for (int tries = 0; tries < CLAIM_TRIES; tries++) {
                Optional<SendResult.Accepted> found = carrier.findAccepted(OutgoingText.of(item), item.createdAt(), claimed);
                if (found.isEmpty()) {
                    Instant countsFrom = notFoundCountsFrom;
                    return clock.instant().isBefore(countsFrom) ? new Reconciliation.NotYet(countsFrom)
                            : new Reconciliation.NotAtCarrier();
                }
                String sid = found.get().sid();
                if (claims.claim(item.id(), sid)) {
                    // A claim is let go once its outcome is on disk: one free now may have been written since our
                    // list of taken ids was read. The store has the last word.
                    if (!store.read(s -> s.messages().isRecorded(sid))) {
                        return new Reconciliation.Found(found.get());
                    }
                    claims.release(item.id());
                }
                // Another look-up (an identical text to the same number) took that one first.
                claimed.add(sid);
            }
            log.warn("Outbox item {} kept matching carrier records other texts took; checking again later", item.id());
            return new Reconciliation.CouldNotAsk();
        } catch (RuntimeException e) {
            log.warn("Could not ask the carrier about outbox item {}: {}", item.id(), e.getMessage());
            return new Reconciliation.CouldNotAsk();
        }
    }
}
