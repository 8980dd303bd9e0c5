package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.OutboxItem;
import com.ringbook.store.EngineLock;
import com.ringbook.store.Store;
import com.ringbook.store.contract.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk takes over the engine of a shared store while a text the previous engine's desk handed to the carrier just
 * before it went may still be on its way there. Asking the carrier at once would hear "no such text", send it again,
 * and then the old request lands: a double text. The new engine believes "not at the carrier" only once the
 * carrier's request timeout has passed since the takeover; a text found meanwhile or then is recorded, never resent.
 */
class TakeoverInFlightTest {
    private static final String CALLER = "+12065550187";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T16:00:00Z"));
    private SimulatedCarrier account;
    private OutgoingText handedOverByTheOldDesk;

    /** The previous engine's desk queued a text-back and went (its fence down) with the text on its way. */
    @BeforeEach
    void theOldDeskWentWithATextOnItsWay() {
        account = new SimulatedCarrier(dataDir, clock);
        try (Store store = TestStores.open(dataDir, clock)) {
            Engine old = engine(store, new SharedAccount(account), false);
            try {
                old.start();
                account.ringAndMiss(CALLER);
                await().atMost(Duration.ofSeconds(10)).until(() -> old.status().snapshot().join().outboxBacklog() == 1);
            } finally {
                old.close();
            }
            List<OutboxItem> waiting = store.read(s -> s.outbox().due(clock.instant(), 10));
            assertThat(waiting).hasSize(1);
            handedOverByTheOldDesk = OutgoingText.of(waiting.get(0));
        }
    }

    @Test
    void aTextTheOldDeskHadOnItsWayIsFoundWhenItLandsNotSentAgain() {
        try (Store store = TestStores.open(dataDir, clock)) {
            SharedAccount carrier = new SharedAccount(account);
            Engine taking = engine(store, carrier, true);
            try {
                taking.start();
                // Asked at once: not there yet. Nothing leaves while the old request may still land.
                await().atMost(Duration.ofSeconds(10)).until(() -> carrier.lookUps.get() >= 1);
                clock.advance(REQUEST_TIMEOUT.minusSeconds(1));
                taking.outboxChangedElsewhere();
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> carrier.sends.get() == 0);
                assertThat(taking.status().snapshot().join().outboxBacklog()).isEqualTo(1);

                // The old desk's request reaches the carrier; once the window is over, the new engine finds it.
                account.send(handedOverByTheOldDesk);
                clock.advance(Duration.ofSeconds(2));
                taking.outboxChangedElsewhere();
                await().atMost(Duration.ofSeconds(10)).until(() -> taking.status().snapshot().join().outboxBacklog() == 0);
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> carrier.sends.get() == 0);
                assertThat(textsTo(CALLER)).isEqualTo(1);
            } finally {
                taking.close();
                account.close();
            }
        }
    }

    @Test
    void aTextThatNeverReachedTheCarrierIsSentOnceTheWindowIsOver() {
        try (Store store = TestStores.open(dataDir, clock)) {
            SharedAccount carrier = new SharedAccount(account);
            Engine taking = engine(store, carrier, true);
            try {
                taking.start();
                await().atMost(Duration.ofSeconds(10)).until(() -> carrier.lookUps.get() >= 1);
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> carrier.sends.get() == 0);

                clock.advance(REQUEST_TIMEOUT.plusSeconds(1));
                taking.outboxChangedElsewhere();
                await().atMost(Duration.ofSeconds(10)).until(() -> carrier.sends.get() == 1);
                await().atMost(Duration.ofSeconds(5)).until(() -> taking.status().snapshot().join().outboxBacklog() == 0);
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> textsTo(CALLER) == 1);
            } finally {
                taking.close();
                account.close();
            }
        }
    }

    private long textsTo(String phone) {
        return account.ledger().stream().filter(e -> e.fromBusiness() && phone.equals(e.phone())).count();
    }

    private Engine engine(Store store, SharedAccount carrier, boolean holdsTheLock) {
        return new Engine(store, carrier, clock, EffectiveSettings.open(store, Map.of()), Optional.empty(),
                new InMemoryCredentials(), (settings, token) -> null, Optional.of(lock(holdsTheLock)));
    }

    private static EngineLock lock(boolean held) {
        return new EngineLock() {
            @Override
            public void start(Listener listener) {
            }

            @Override
            public boolean held() {
                return held;
            }

            @Override
            public Optional<Holder> holder() {
                return Optional.of(new Holder("Front desk", null, held));
            }

            @Override
            public void close() {
            }
        };
    }

    /** One carrier account both desks use, with a request timeout as a real carrier's; counts this desk's calls. */
    private static final class SharedAccount extends ForwardingCarrier {
        final AtomicInteger sends = new AtomicInteger();
        final AtomicInteger lookUps = new AtomicInteger();

        SharedAccount(SimulatedCarrier account) {
            super(account);
        }

        @Override
        public Duration inFlightFor() {
            return REQUEST_TIMEOUT;
        }

        @Override
        public SendResult send(OutgoingText text) {
            sends.incrementAndGet();
            return super.send(text);
        }

        @Override
        public Optional<SendResult.Accepted> findAccepted(OutgoingText text, Instant notBefore, Set<String> claimed) {
            lookUps.incrementAndGet();
            return super.findAccepted(text, notBefore, claimed);
        }

        /** The account outlives a desk's engine. */
        @Override
        public void close() {
        }
    }
}
