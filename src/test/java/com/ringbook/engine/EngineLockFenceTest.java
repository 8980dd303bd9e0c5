package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.store.EngineLock;
import com.ringbook.store.Store;
import com.ringbook.store.contract.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a shared store the engine sends only while its desk holds the engine lock: the moment the fence falls (before
 * the desk is even told it lost the lock) texts stay in the outbox, untouched, for whichever desk runs the engine.
 */
class EngineLockFenceTest {
    private static final String CALLER = "+12065550187";

    @TempDir
    Path dataDir;

    @Test
    void noTextLeavesWhileTheFenceIsDownAndItLeavesOnceWhenItIsUp() {
        Clock clock = Clock.systemUTC();
        AtomicBoolean held = new AtomicBoolean(false);
        try (Store store = TestStores.open(dataDir, clock)) {
            SimulatedCarrier phone = new SimulatedCarrier(dataDir, clock);
            Engine engine = new Engine(store, phone, clock, EffectiveSettings.open(store, Map.of()), Optional.empty(),
                    new InMemoryCredentials(), (settings, token) -> null, Optional.of(fence(held)));
            try {
                engine.start();
                phone.ringAndMiss(CALLER);
                await().atMost(Duration.ofSeconds(10)).until(() -> engine.status().snapshot().join().outboxBacklog() == 1);
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> sent(phone) == 0);
                assertThat(engine.status().snapshot().join().engineDesk()).isEqualTo("Engine: Front desk (another desk)");

                held.set(true);
                engine.outboxChangedElsewhere();
                await().atMost(Duration.ofSeconds(10)).until(() -> sent(phone) == 1);
                await().atMost(Duration.ofSeconds(5)).until(() -> engine.status().snapshot().join().outboxBacklog() == 0);
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> sent(phone) == 1);
            } finally {
                engine.close();
                phone.close();
            }
        }
    }

    private static long sent(SimulatedCarrier phone) {
        return phone.ledger().stream().filter(SimulatedCarrier.Entry::fromBusiness).count();
    }

    private static EngineLock fence(AtomicBoolean held) {
        return new EngineLock() {
            @Override
            public void start(Listener listener) {
            }

            @Override
            public boolean held() {
                return held.get();
            }

            @Override
            public Optional<Holder> holder() {
                return Optional.of(new Holder("Front desk", null, held.get()));
            }

            @Override
            public void close() {
            }
        };
    }
}
