package com.ringbook.carrier;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Stands in for a real carrier that cannot be built yet (no auth token saved, say), so the console
 * still opens and the person setting up can finish in Settings. Texts wait safely in the outbox.
 */
public final class UnconfiguredCarrier implements CarrierGateway {
    private static final Duration RETRY = Duration.ofMinutes(1);
    private final String name;
    private final String problem;

    public UnconfiguredCarrier(String name, String problem) {
        this.name = name;
        this.problem = problem;
    }

    @Override
    public String displayName() {
        return name + " (not set up)";
    }

    @Override
    public void start(CarrierListener listener) {
        listener.onHealth(new CarrierHealth(CarrierHealth.State.DOWN, problem));
    }

    @Override
    public SendResult send(OutgoingText text) {
        return new SendResult.Transient(problem, RETRY);
    }

    /** Throws: with no carrier to ask, an unknown outcome must stay unknown, never become "not sent". */
    @Override
    public Optional<SendResult.Accepted> findAccepted(OutgoingText text, Instant notBefore, Set<String> claimed) {
        throw new IllegalStateException(problem);
    }

    @Override
    public void close() {
        // Nothing was opened.
    }
}
