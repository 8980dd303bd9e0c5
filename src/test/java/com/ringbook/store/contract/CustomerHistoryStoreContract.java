package com.ringbook.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.store.Store;
import com.ringbook.domain.CustomerHistory;
import com.ringbook.domain.CustomerThread;
import com.ringbook.domain.LostMark;
import com.ringbook.domain.LostReason;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.domain.TimeSlot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer's threads by contact, lost reasons and reopening, on every store (reopened as after a restart). */
public abstract class CustomerHistoryStoreContract {
    private static final Instant MARCH = Instant.parse("2026-03-03T15:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-10T15:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

    protected Store store;

    /** The store under test. */
    protected abstract Stores stores();
    private long dana;
    private long other;

    @BeforeEach
    void open() {
        store = stores().openEmpty(Clock.systemUTC());
        store.write(s -> {
            dana = s.contacts().upsert("+12065550100", MARCH).id();
            s.contacts().setName(dana, "Dana Ruiz");
            s.contacts().setAddress(dana, "12 Elm St");
            other = s.contacts().upsert("+12065550199", MARCH).id();
            return null;
        }).join();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void reopenStore() {
        store.close();
        store = stores().reopen(Clock.systemUTC());
    }

    private long thread(long contact, Instant at) {
        return store.write(s -> s.threads().create(contact, at)).join();
    }

    private Stage stage(long thread) {
        return store.read(s -> s.threads().summary(thread)).orElseThrow().stage();
    }

    private Optional<LostMark> lostMark(long thread) {
        return store.read(s -> s.threads().lostMark(thread));
    }

    private CustomerHistory history(long contact) {
        return store.read(s -> s.threads().customerHistory(contact, 50)).orElseThrow();
    }

    @Test
    void aCustomersThreadsComeNewestFirstWithHowEachEnded() {
        long booked = thread(dana, MARCH);
        long lost = thread(dana, JUNE);
        long open = thread(dana, NOW);
        long stranger = thread(other, NOW);
        Instant jobStart = MARCH.plus(Duration.ofDays(2));
        store.write(s -> {
            s.appointments().book(booked, new TimeSlot(1, jobStart, jobStart.plus(Duration.ofHours(2)), jobStart,
                    jobStart.plus(Duration.ofHours(2))), "12 Elm St", "Repair", 35_000, MARCH);
            s.threads().setStage(booked, Stage.BOOKED, MARCH);
            s.threads().markLost(lost, new LostMark(LostReason.PRICE, "Too dear", Stage.SLOTS_OFFERED, JUNE));
            return null;
        }).join();
        reopenStore();

        CustomerHistory history = history(dana);

        assertThat(history.threads()).extracting(CustomerThread::threadId).containsExactly(open, lost, booked);
        assertThat(history.threads()).extracting(CustomerThread::threadId).doesNotContain(stranger);
        assertThat(history.name()).isEqualTo("Dana Ruiz");
        assertThat(history.phone()).isEqualTo("+12065550100");
        assertThat(history.address()).isEqualTo("12 Elm St");
        assertThat(history.firstContactAt()).isEqualTo(MARCH);
        assertThat(history.jobsBooked()).isEqualTo(1);
        assertThat(history.bookedValueCents()).isEqualTo(35_000);
        assertThat(history.threadCount()).isEqualTo(3);
        assertThat(history.optedOut()).isFalse();
        CustomerThread job = history.thread(booked).orElseThrow();
        assertThat(job.stage()).isEqualTo(Stage.BOOKED);
        assertThat(job.jobStart()).isEqualTo(jobStart);
        assertThat(job.jobValueCents()).isEqualTo(35_000);
        CustomerThread gone = history.thread(lost).orElseThrow();
        assertThat(gone.lostReason()).isEqualTo(LostReason.PRICE);
        assertThat(gone.lostNote()).isEqualTo("Too dear");
        assertThat(gone.closedAt()).isEqualTo(JUNE);
        assertThat(history.others(open)).extracting(CustomerThread::threadId).containsExactly(lost, booked);
    }

    @Test
    void aCancelledJobNeitherCountsNorShows() {
        long t = thread(dana, MARCH);
        store.write(s -> {
            long job = s.appointments().book(t, new TimeSlot(1, JUNE, JUNE.plusSeconds(3600), JUNE, JUNE.plusSeconds(3600)),
                    "12 Elm St", "Repair", 20_000, MARCH);
            s.appointments().cancel(job, "Customer away", MARCH);
            return null;
        }).join();

        CustomerHistory history = history(dana);

        assertThat(history.jobsBooked()).isZero();
        assertThat(history.bookedValueCents()).isZero();
        assertThat(history.thread(t).orElseThrow().hasJob()).isFalse();
    }

    @Test
    void theLostReasonRoundTripsAndReopeningRestoresTheStageAndClearsIt() {
        long t = thread(dana, MARCH);
        store.write(s -> {
            s.threads().setStage(t, Stage.SLOTS_OFFERED, MARCH);
            s.threads().markLost(t, new LostMark(LostReason.WENT_ELSEWHERE, "Chose their cousin", Stage.SLOTS_OFFERED, JUNE));
            return null;
        }).join();
        reopenStore();

        assertThat(stage(t)).isEqualTo(Stage.LOST);
        assertThat(lostMark(t)).contains(
                new LostMark(LostReason.WENT_ELSEWHERE, "Chose their cousin", Stage.SLOTS_OFFERED, JUNE));

        store.write(s -> {
            s.threads().reopen(t, Stage.SLOTS_OFFERED, NOW);
            return null;
        }).join();
        reopenStore();

        assertThat(stage(t)).isEqualTo(Stage.SLOTS_OFFERED);
        assertThat(lostMark(t)).isEmpty();
        CustomerThread line = history(dana).thread(t).orElseThrow();
        assertThat(line.lostReason()).isNull();
        assertThat(line.closedAt()).isNull();
        Optional<ThreadSummary> open = store.read(s -> s.threads().openOf(dana));
        assertThat(open).map(ThreadSummary::id).contains(t);
    }

    @Test
    void anUnknownContactHasNoHistory() {
        Optional<CustomerHistory> none = store.read(s -> s.threads().customerHistory(9_999, 50));
        assertThat(none).isEmpty();
    }
}
