package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.MessageKind;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** More texts due than the sender lets out at once: each slot that frees is used at once, and nothing goes twice. */
class OutboxWindowTest {
    private static final int WINDOW = 3;
    private static final int TEXTS = 30;

    @TempDir
    Path dir;

    /** A carrier that takes 20 ms per text and notes how many are in its hands at once. */
    private static final class SlowCarrier extends ForwardingCarrier {
        final AtomicInteger inHand = new AtomicInteger();
        final AtomicInteger mostInHand = new AtomicInteger();

        SlowCarrier(SimulatedCarrier simulator) {
            super(simulator);
        }

        @Override
        public SendResult send(OutgoingText text) {
            mostInHand.accumulateAndGet(inHand.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
                return super.send(text);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new SendResult.Transient("interrupted", null);
            } finally {
                inHand.decrementAndGet();
            }
        }
    }

    @Test
    void aFullWindowDrainsPromptlyAndSendsEachTextOnce() {
        Clock clock = Clock.systemUTC();
        try (SqliteStore store = new SqliteStore(dir.resolve("ringbook.db"), clock);
             SimulatedCarrier simulator = new SimulatedCarrier(dir, clock)) {
            store.write(s -> {
                for (int i = 0; i < TEXTS; i++) {
                    String phone = "+1206555" + (1000 + i);
                    long contact = s.contacts().upsert(phone, clock.instant()).id();
                    long thread = s.threads().create(contact, clock.instant());
                    s.outbox().queue(thread, MessageKind.STAFF_REPLY, phone, "Text " + i, null, clock.instant());
                }
                return null;
            }).join();
            SlowCarrier carrier = new SlowCarrier(simulator);
            try (OutboxSender sender = new OutboxSender(store, carrier, clock, new ChangeFeed(), 8, WINDOW)) {
                long started = System.nanoTime();
                sender.start();
                // 30 texts, 3 at a time, 20 ms each: about 0.2 s. A slot freed without a wake-up would
                // wait for the 5 s idle check, so this would take far longer.
                await().atMost(Duration.ofSeconds(3)).until(() -> simulator.ledger().size() == TEXTS);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
                await().atMost(Duration.ofSeconds(3))
                        .until(() -> store.read(s -> s.outbox().backlog()) == 0);
            }
            assertThat(simulator.ledger()).extracting(SimulatedCarrier.Entry::phone).doesNotHaveDuplicates();
            assertThat(carrier.mostInHand).hasValueLessThanOrEqualTo(WINDOW);
        }
    }
}
