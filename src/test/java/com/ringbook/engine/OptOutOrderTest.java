package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Direction;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.store.Store;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the carrier says about a customer's opt-out and what the customer texts after it land in that order. */
class OptOutOrderTest {
    private static final String DANA = "+12065550142";

    /** The real store, counting the writes handed to it. */
    private static final class CountingStore extends ForwardingStore {
        final AtomicInteger writes = new AtomicInteger();

        CountingStore(Store delegate) {
            super(delegate);
        }

        @Override
        public <I, R> CompletableFuture<R> write(Priority priority, BatchWork<I, R> work, I input) {
            writes.incrementAndGet();
            return super.write(priority, work, input);
        }
    }

    @TempDir
    Path dir;
    private SqliteStore sqlite;
    private CountingStore store;
    private SimulatedCarrier simulator;
    private Engine engine;
    private final CountDownLatch writerHeld = new CountDownLatch(1);
    private final CountDownLatch releaseWriter = new CountDownLatch(1);
    private volatile int writesWhenRefused;

    @BeforeEach
    void start() {
        Clock clock = Clock.systemUTC();
        sqlite = new SqliteStore(dir.resolve("ringbook.db"), clock);
        store = new CountingStore(sqlite);
        simulator = new SimulatedCarrier(dir, clock);
        // The carrier refuses the text-back (the number is on its opt-out list) while the store is busy
        // with other work, so that what follows queues up behind it.
        ForwardingCarrier carrier = new ForwardingCarrier(simulator) {
            @Override
            public SendResult send(OutgoingText text) {
                sqlite.write(s -> {
                    writerHeld.countDown();
                    try {
                        releaseWriter.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
                try {
                    writerHeld.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                writesWhenRefused = store.writes.get();
                return new SendResult.Rejected("21610", "This customer has opted out of texts.", true);
            }
        };
        engine = new Engine(store, carrier, clock, Map.of(), Optional.empty(), new InMemoryCredentials(),
                (c, t) -> new com.ringbook.engine.api.ConnectionTest(true, "test"));
        engine.start();
    }

    @AfterEach
    void stop() {
        releaseWriter.countDown();
        engine.close();
        sqlite.close();
    }

    @Test
    void aStartTextedAfterTheCarrierReportedTheOptOutLeavesTheCustomerOptedIn() throws Exception {
        simulator.ringAndMiss(DANA);
        assertThat(writerHeld.await(5, TimeUnit.SECONDS)).isTrue();
        // The refusal is handed to the store; only then does the customer text START.
        await().atMost(Duration.ofSeconds(5)).until(() -> writesWhenRefused > 0 && store.writes.get() > writesWhenRefused);
        simulator.customerTexts(DANA, "START");
        await().atMost(Duration.ofSeconds(5)).until(() -> store.writes.get() > writesWhenRefused + 1);

        releaseWriter.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<ThreadSummary> inbox = engine.inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join();
            return inbox.size() == 1 && engine.thread(inbox.get(0).id()).join().orElseThrow().messages().stream()
                    .anyMatch(m -> m.direction() == Direction.OUTBOUND && m.status() == DeliveryStatus.FAILED)
                    && engine.thread(inbox.get(0).id()).join().orElseThrow().messages().stream()
                    .anyMatch(m -> m.direction() == Direction.INBOUND);
        });
        assertThat(sqlite.read(s -> s.contactByPhone(DANA)).orElseThrow().optedOut())
                .as("START came last, so the customer is opted in").isFalse();
    }
}
