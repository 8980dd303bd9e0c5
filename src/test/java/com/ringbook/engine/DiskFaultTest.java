package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Message;
import com.ringbook.store.Store;
import com.ringbook.store.StoreException;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk stops taking writes (full, locked by backup software): nothing is lost and nothing doubled. */
class DiskFaultTest {
    private static final String DANA = "+12065550142";

    /** The real store, with writes that fail while the "disk is full". */
    private static final class FullDisk extends ForwardingStore {
        volatile boolean full;

        FullDisk(Store delegate) {
            super(delegate);
        }

        @Override
        public <I, R> CompletableFuture<R> write(Priority priority, BatchWork<I, R> work, I input) {
            return full ? CompletableFuture.failedFuture(new StoreException("database or disk is full", null))
                    : super.write(priority, work, input);
        }
    }

    @TempDir
    Path dir;
    private final Clock clock = Clock.systemUTC();
    private SqliteStore sqlite;
    private FullDisk disk;
    private SimulatedCarrier simulator;
    private Engine engine;
    /** When set, the disk fills up the moment the carrier has accepted a text. */
    private volatile boolean fillAfterNextSend;

    @BeforeEach
    void start() {
        sqlite = new SqliteStore(dir.resolve("ringbook.db"), clock);
        disk = new FullDisk(sqlite);
        simulator = new SimulatedCarrier(dir, clock);
        CarrierGateway carrier = new ForwardingCarrier(simulator) {
            @Override
            public SendResult send(OutgoingText text) {
                SendResult result = simulator.send(text);
                if (fillAfterNextSend) {
                    disk.full = true;
                }
                return result;
            }
        };
        engine = TestEngine.on(disk, carrier, clock).start();
    }

    @AfterEach
    void stop() {
        disk.full = false;
        engine.close();
        disk.close();
    }

    private long textsTo(String phone) {
        return simulator.ledger().stream().filter(e -> e.fromBusiness() && e.phone().equals(phone)).count();
    }

    private List<Message> messagesOfOnlyThread() {
        long id = engine.conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join().get(0).id();
        return engine.conversations().thread(id).join().orElseThrow().messages();
    }

    @Test
    void aTextAcceptedJustAsTheDiskFillsIsRecordedLaterAndNeverSentAgain() {
        fillAfterNextSend = true;

        simulator.ringAndMiss(DANA);

        await().until(() -> textsTo(DANA) == 1 && disk.full);
        // The outcome cannot be written; it is kept and written again, never re-sent or re-asked.
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertThat(textsTo(DANA)).isEqualTo(1);
        assertThat(sqlite.read(s -> s.outbox().backlog()).intValue()).isEqualTo(1);

        fillAfterNextSend = false;
        disk.full = false;

        await().atMost(Duration.ofSeconds(40)).until(() -> sqlite.read(s -> s.outbox().backlog()) == 0);
        Message text = messagesOfOnlyThread().get(0);
        assertThat(text.status()).isIn(DeliveryStatus.SENT, DeliveryStatus.DELIVERED);
        assertThat(text.carrierSid()).isEqualTo(simulator.ledger().stream().filter(e -> e.fromBusiness())
                .findFirst().orElseThrow().sid());
        assertThat(textsTo(DANA)).isEqualTo(1);
    }

    @Test
    void aStopTheDiskRefusedStillLandsBeforeTheStartThatFollowedIt() {
        simulator.ringAndMiss(DANA);
        await().until(() -> textsTo(DANA) == 1);
        disk.full = true;
        simulator.customerTexts(DANA, "STOP");

        // The disk frees up at once, before the STOP's retry: the START right after must still land second.
        disk.full = false;
        simulator.customerTexts(DANA, "START");

        await().atMost(Duration.ofSeconds(10)).until(() -> messagesOfOnlyThread().stream()
                .filter(m -> m.direction() == com.ringbook.domain.Direction.INBOUND).count() == 2);
        assertThat(messagesOfOnlyThread().stream().filter(m -> m.direction() == com.ringbook.domain.Direction.INBOUND)
                .map(Message::body)).containsExactly("STOP", "START");
        assertThat(sqlite.read(s -> s.contacts().byPhone(DANA)).orElseThrow().optedOut())
                .as("the customer's last word was START").isFalse();
    }

    @Test
    void aMissedCallThatArrivesWhileTheDiskIsFullIsTextedBackOnceItClears() {
        disk.full = true;

        simulator.ringAndMiss(DANA);

        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        assertThat(engine.conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join()).isEmpty();
        assertThat(textsTo(DANA)).isZero();

        disk.full = false;

        await().atMost(Duration.ofSeconds(40)).until(() -> textsTo(DANA) == 1);
        assertThat(messagesOfOnlyThread()).hasSize(1);
    }
}
