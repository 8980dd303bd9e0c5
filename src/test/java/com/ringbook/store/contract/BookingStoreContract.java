package com.ringbook.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.store.Store;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.Lead;
import com.ringbook.domain.Offer;
import com.ringbook.domain.TimeSlot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lead card, offers and appointments as the booking flow writes and reads them, on every store. */
public abstract class BookingStoreContract {
    private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");
    private static final Instant NINE = Instant.parse("2026-11-25T14:00:00Z");

    protected Store store;

    /** The store under test. */
    protected abstract Stores stores();
    private long thread;

    @BeforeEach
    void open() {
        store = stores().openEmpty(Clock.systemUTC());
        thread = store.write(s -> {
            long contact = s.contacts().upsert("+12065550100", NOW).id();
            s.contacts().setName(contact, "Dana Ruiz");
            return s.threads().create(contact, NOW);
        }).join();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Lead lead() {
        return store.read(s -> s.threads().lead(thread));
    }

    private Optional<Offer> latestOffer(long threadId) {
        return store.read(s -> s.offers().latestOf(threadId));
    }

    private Appointment byId(long id) {
        return store.read(s -> s.appointments().byId(id)).orElseThrow();
    }

    private Optional<Appointment> bookedFor() {
        return store.read(s -> s.appointments().bookedFor(thread));
    }

    private List<TimeSlot> overlapping(Instant from, Instant to) {
        return store.read(s -> s.appointments().bookedOverlapping(from, to));
    }

    private List<Appointment> startingBetween(Instant from, Instant to) {
        return store.read(s -> s.appointments().startingBetween(from, to));
    }

    private static TimeSlot slot(int crew, Instant start, Duration length) {
        return new TimeSlot(crew, start, start.plus(length), start, start.plus(Duration.ofHours(2)));
    }

    @Test
    void theLeadCardKeepsWhatWasTypedAndForgetsWhatWasCleared() {
        assertThat(lead()).isEqualTo(Lead.EMPTY);
        store.write(s -> {
            s.threads().setLead(thread, new Lead("Drain cleaning", "Today", 30_000L, "Side gate code 4411"));
            return null;
        }).join();
        assertThat(lead())
                .isEqualTo(new Lead("Drain cleaning", "Today", 30_000L, "Side gate code 4411"));
        store.write(s -> {
            s.threads().setLead(thread, new Lead("Drain cleaning", null, null, null));
            return null;
        }).join();
        assertThat(lead()).isEqualTo(new Lead("Drain cleaning", null, null, null));
    }

    @Test
    void theLatestOfferIsRememberedWithItsSlotsInTheOrderTheCustomerReadThem() {
        TimeSlot first = slot(1, NINE, Duration.ofHours(2));
        TimeSlot second = slot(1, NINE.plus(Duration.ofDays(1)).plusMillis(1).plusNanos(500), Duration.ofHours(2));
        Offer saved = store.write(s -> {
            s.offers().save(thread, "Diagnosis / repair", List.of(slot(1, NINE.minus(Duration.ofDays(7)), Duration.ofHours(1))),
                    NOW.minusSeconds(60));
            return s.offers().save(thread, "Drain cleaning", List.of(first, second), NOW);
        }).join();
        Offer latest = latestOffer(thread).orElseThrow();
        assertThat(latest).isEqualTo(saved);
        assertThat(latest.jobType()).isEqualTo("Drain cleaning");
        assertThat(latest.slot(1)).contains(first);
        assertThat(latest.slot(2).orElseThrow().start()).isEqualTo(Instant.ofEpochMilli(second.start().toEpochMilli()));
        assertThat(latest.slot(3)).isEmpty();
        assertThat(latestOffer(thread + 1)).isEmpty();
    }

    @Test
    void aBookedJobTakesItsCrewsTimeUntilItIsCancelled() {
        TimeSlot booked = slot(2, NINE, Duration.ofHours(3));
        long id = store.write(s -> s.appointments().book(thread, booked, "12 Harbor St", "Water heater", 180_000L, NOW)).join();

        Appointment appointment = byId(id);
        assertThat(appointment.slot()).isEqualTo(booked);
        assertThat(appointment.customerName()).isEqualTo("Dana Ruiz");
        assertThat(appointment.phone()).isEqualTo("+12065550100");
        assertThat(appointment.address()).isEqualTo("12 Harbor St");
        assertThat(appointment.valueCents()).isEqualTo(180_000L);
        assertThat(appointment.bookedAt()).isEqualTo(NOW);
        assertThat(appointment.booked()).isTrue();
        assertThat(bookedFor()).contains(appointment);

        // Overlapping the range at either end, or within it, counts; touching it does not.
        assertThat(overlapping(NINE.plus(Duration.ofHours(2)), NINE.plus(Duration.ofDays(1))))
                .containsExactly(booked);
        assertThat(overlapping(NINE.minus(Duration.ofHours(5)), NINE.plusSeconds(1)))
                .containsExactly(booked);
        assertThat(overlapping(NINE.plus(Duration.ofHours(3)), NINE.plus(Duration.ofDays(1))))
                .isEmpty();

        assertThat(store.write(s -> s.appointments().cancel(id, "Customer fixed it", NOW.plusSeconds(60))).join()).isTrue();
        assertThat(store.write(s -> s.appointments().cancel(id, "twice", NOW.plusSeconds(90))).join()).isFalse();
        assertThat(overlapping(NINE, NINE.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(bookedFor()).isEmpty();
        Appointment cancelled = startingBetween(NINE, NINE.plusSeconds(1)).get(0);
        assertThat(cancelled.status()).isEqualTo(Appointment.Status.CANCELLED);
        assertThat(cancelled.cancelledAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(cancelled.cancelReason()).isEqualTo("Customer fixed it");
    }

    @Test
    void aRescheduledJobMovesAndACancelledOneCannotBeMoved() {
        long id = store.write(s -> s.appointments().book(thread, slot(1, NINE, Duration.ofHours(2)), "12 Harbor St",
                "Drain cleaning", 30_000L, NOW)).join();
        TimeSlot later = slot(2, NINE.plus(Duration.ofDays(2)), Duration.ofHours(2));
        assertThat(store.write(s -> s.appointments().reschedule(id, later)).join()).isTrue();
        assertThat(byId(id).slot()).isEqualTo(later);
        assertThat(overlapping(NINE, NINE.plus(Duration.ofDays(1)))).isEmpty();

        store.write(s -> s.appointments().cancel(id, "gone elsewhere", NOW)).join();
        assertThat(store.write(s -> s.appointments().reschedule(id, slot(1, NINE, Duration.ofHours(2)))).join()).isFalse();
    }
}
