package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Direction;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Message;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.store.Store;
import com.ringbook.store.WriterHold;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the carrier answered about a text and what the customer texts after it (STOP, START) land in
 * that order, even while the store is busy.
 */
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
    private volatile WriterHold hold;
    private volatile boolean writerWasHeld;
    private volatile int writesWhenAnswered;
    /** The customer's STOP is saved while the text is on its way to the carrier. */
    private volatile boolean stopWhileSending;

    @BeforeEach
    void start() {
        Clock clock = Clock.systemUTC();
        sqlite = new SqliteStore(dir.resolve("ringbook.db"), clock);
        store = new CountingStore(sqlite);
        simulator = new SimulatedCarrier(dir, clock);
        // The carrier answers the first text (as each test arranges) while the store is busy with other
        // work, so that what follows queues up behind the answer.
        ForwardingCarrier carrier = new ForwardingCarrier(simulator) {
            @Override
            public SendResult send(OutgoingText text) {
                if (stopWhileSending) {
                    simulator.customerTexts(DANA, "STOP");
                    await().atMost(Duration.ofSeconds(5)).until(() -> sqlite.read(s -> s.contacts().byPhone(DANA))
                            .map(c -> c.optedOut()).orElse(false));
                    return simulator.send(text);
                }
                if (hold == null) {
                    hold = WriterHold.queue(sqlite);
                    try {
                        writerWasHeld = hold.awaitHeld();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    writesWhenAnswered = store.writes.get();
                }
                return simulator.send(text);
            }
        };
        engine = TestEngine.on(store, carrier, clock).start();
    }

    @AfterEach
    void stop() {
        if (hold != null) {
            hold.release();
        }
        engine.close();
        sqlite.close();
    }

    /** Rings, lets the carrier answer, and has the customer text {@code body} once that answer is queued. */
    private void customerTextsAfterTheAnswer(String body) throws InterruptedException {
        simulator.ringAndMiss(DANA);
        await().atMost(Duration.ofSeconds(5)).until(() -> writesWhenAnswered > 0 && store.writes.get() > writesWhenAnswered);
        assertThat(writerWasHeld).as("the store was busy when the carrier answered").isTrue();
        simulator.customerTexts(DANA, body);
        await().atMost(Duration.ofSeconds(5)).until(() -> store.writes.get() > writesWhenAnswered + 1);
        hold.release();
    }

    private Optional<Message> textBack() {
        List<ThreadSummary> inbox = engine.conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join();
        return inbox.stream().findFirst().flatMap(t -> engine.conversations().thread(t.id()).join().orElseThrow().messages().stream()
                .filter(m -> m.direction() == Direction.OUTBOUND).findFirst());
    }

    private boolean customerTextLanded() {
        List<ThreadSummary> inbox = engine.conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join();
        return inbox.stream().findFirst().map(t -> engine.conversations().thread(t.id()).join().orElseThrow().messages().stream()
                .anyMatch(m -> m.direction() == Direction.INBOUND)).orElse(false);
    }

    @Test
    void aStartTextedAfterTheCarrierReportedTheOptOutLeavesTheCustomerOptedIn() throws Exception {
        simulator.injectFaults(new SendResult.Rejected("21610", "This customer has opted out of texts.", true));

        customerTextsAfterTheAnswer("START");

        await().atMost(Duration.ofSeconds(10)).until(() -> customerTextLanded()
                && textBack().map(m -> m.status() == DeliveryStatus.FAILED).orElse(false));
        assertThat(sqlite.read(s -> s.contacts().byPhone(DANA)).orElseThrow().optedOut())
                .as("START came last, so the customer is opted in").isFalse();
    }

    @Test
    void aTextThatMayHaveLeftBeforeAStopIsCheckedWithTheCarrierNotCancelledAsNeverSent() throws Exception {
        // The carrier took the text but its answer was lost on the way back.
        simulator.injectFaults(new SendResult.Unknown("timed out"));

        customerTextsAfterTheAnswer("STOP");

        await().atMost(Duration.ofSeconds(15)).until(() -> customerTextLanded()
                && textBack().map(m -> m.status() == DeliveryStatus.SENT).orElse(false));
        assertThat(textBack().orElseThrow().carrierSid()).as("the carrier's own record of it").isNotNull();
        assertThat(simulator.ledger().stream().filter(e -> e.fromBusiness() && e.phone().equals(DANA)).count())
                .isEqualTo(1);
    }

    @Test
    void aStopSavedWhileATextWasOnItsWayDoesNotHideThatTheCarrierMayHaveSentIt() {
        stopWhileSending = true;
        // The carrier took the text but its answer was lost on the way back.
        simulator.injectFaults(new SendResult.Unknown("timed out"));

        simulator.ringAndMiss(DANA);

        await().atMost(Duration.ofSeconds(15)).until(() -> textBack().map(m -> m.status() == DeliveryStatus.SENT).orElse(false));
        assertThat(textBack().orElseThrow().carrierSid()).as("the carrier's own record of it").isNotNull();
        assertThat(sqlite.read(s -> s.contacts().byPhone(DANA)).orElseThrow().optedOut()).isTrue();
        assertThat(simulator.ledger().stream().filter(e -> e.fromBusiness() && e.phone().equals(DANA)).count())
                .isEqualTo(1);
    }
}
