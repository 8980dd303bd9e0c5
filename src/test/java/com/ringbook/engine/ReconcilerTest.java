package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.OutboxState;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asking the carrier about a text whose outcome is unknown: each answer comes back as its own kind. */
class ReconcilerTest {
    private static final Instant SENT = Instant.parse("2026-11-24T15:00:00Z");

    @TempDir
    Path dir;
    private SqliteStore store;
    private SimulatedCarrier simulator;
    private final CarrierIdClaims claims = new CarrierIdClaims();
    /** What the carrier's record look-up answers, given the ids it is told are taken. */
    private Function<Set<String>, Optional<SendResult.Accepted>> records = claimed -> Optional.empty();
    private final List<Set<String>> askedWithClaimed = new ArrayList<>();

    @BeforeEach
    void open() {
        store = new SqliteStore(dir.resolve("ringbook.db"), Clock.systemUTC());
        simulator = new SimulatedCarrier(dir, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        simulator.close();
        store.close();
    }

    private Reconciler reconciler() {
        return new Reconciler(store, new ForwardingCarrier(simulator) {
            @Override
            public Optional<SendResult.Accepted> findAccepted(OutgoingText text, Instant notBefore, Set<String> claimed) {
                askedWithClaimed.add(new HashSet<>(claimed));
                return records.apply(claimed);
            }
        }, claims, Clock.systemUTC());
    }

    private static OutboxItem item(long id) {
        return new OutboxItem(id, id, 1, "rb-test-" + id, "+12065550100", "See you at 9", OutboxState.UNKNOWN, 1, SENT);
    }

    @Test
    void aTextTheCarrierHasIsFoundAndItsRecordClaimed() {
        records = claimed -> Optional.of(new SendResult.Accepted("SM1", DeliveryStatus.SENT));
        Reconciliation found = reconciler().lookUp(item(7));
        assertThat(found).isEqualTo(new Reconciliation.Found(new SendResult.Accepted("SM1", DeliveryStatus.SENT)));
        assertThat(claims.claimed()).containsExactly("SM1");
    }

    @Test
    void aTextTheCarrierDoesNotHaveIsNotAtTheCarrier() {
        assertThat(reconciler().lookUp(item(7))).isEqualTo(new Reconciliation.NotAtCarrier());
        assertThat(claims.claimed()).isEmpty();
    }

    @Test
    void aCarrierThatCannotBeAskedSaysSoRatherThanNotAtTheCarrier() {
        records = claimed -> {
            throw new IllegalStateException("connection refused");
        };
        assertThat(reconciler().lookUp(item(7))).isEqualTo(new Reconciliation.CouldNotAsk());
    }

    @Test
    void aRecordAnotherTextHoldsIsNeitherTakenNorOfferedAgain() {
        claims.claim(3, "SM1");
        // The carrier ignores what it is told is taken, as a slow or confused one might: SM1 again and again.
        records = claimed -> Optional.of(new SendResult.Accepted("SM1", DeliveryStatus.SENT));
        assertThat(reconciler().lookUp(item(7))).isEqualTo(new Reconciliation.CouldNotAsk());
        assertThat(askedWithClaimed).allSatisfy(claimed -> assertThat(claimed).contains("SM1"));
        claims.release(3);
        assertThat(reconciler().lookUp(item(7))).isInstanceOf(Reconciliation.Found.class);
    }

    @Test
    void aRecordWrittenSinceTheTakenIdsWereReadIsNotTakenAgain() {
        // SM1 is on disk for another text whose claim was let go after it was written, as happens when two
        // identical texts are checked at once and the first one's outcome lands before the second claims.
        store.write(s -> {
            long contact = s.contacts().upsert("+12065550100", SENT).id();
            long thread = s.threads().create(contact, SENT);
            var other = s.outbox().queue(thread, com.ringbook.domain.MessageKind.STAFF_REPLY, "+12065550100", "See you at 9",
                    null, SENT);
            s.outbox().recordAccepted(other.id(), "SM1", DeliveryStatus.SENT, SENT);
            return null;
        }).join();
        // A carrier that offers SM1 first whatever it is told (the snapshot of taken ids was older), then SM2.
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        records = claimed -> Optional.of(new SendResult.Accepted(asked.getAndIncrement() == 0 ? "SM1" : "SM2",
                DeliveryStatus.SENT));
        assertThat(reconciler().lookUp(item(7))).isEqualTo(new Reconciliation.Found(new SendResult.Accepted("SM2", DeliveryStatus.SENT)));
        assertThat(claims.claimed()).containsExactly("SM2");
    }
}
