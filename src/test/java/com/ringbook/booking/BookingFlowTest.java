package com.ringbook.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ringbook.booking.api.LeadCard;
import com.ringbook.booking.api.SlotOffer;
import com.ringbook.booking.api.SlotTaken;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.BookingSettings;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Offer;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.domain.TimeSlot;
import com.ringbook.engine.EngineHarness;
import com.ringbook.engine.MutableClock;
import com.ringbook.engine.api.RequestRefused;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Qualify, offer two real free slots, book one, cancel and move it: on a real engine, SQLite file and simulated phone. */
class BookingFlowTest {
    private static final String DANA = "+12065550142";
    private static final String SAM = "+12065550177";
    /** Monday 2026-11-23, 10:00 in New York. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));

    @TempDir
    Path dir;
    private EngineHarness h;
    private EngineBookingService booking;

    private void start(Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(Map.of(Settings.ZONE, "America/New_York",
                Settings.BUSINESS_NAME, "Harbor Plumbing"));
        all.putAll(settings);
        h = new EngineHarness(dir, clock, all, null);
        booking = new EngineBookingService(h.engine.kit(),
                new AppointmentExportService(h.store, h.engine.settings()::effective, clock));
    }

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    private ThreadSummary missedCallFrom(String phone) {
        h.simulator.ringAndMiss(phone);
        await().until(() -> h.inbox().stream().anyMatch(t -> t.phone().equals(phone)));
        return h.inbox().stream().filter(t -> t.phone().equals(phone)).findFirst().orElseThrow();
    }

    private static <T> T join(CompletableFuture<T> future) {
        return future.join();
    }

    private static Throwable refusal(CompletableFuture<?> future) {
        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class);
        return future.handle((ok, failed) -> failed instanceof CompletionException ? failed.getCause() : failed).join();
    }

    private String lastTextTo(String phone) {
        List<com.ringbook.carrier.simulator.SimulatedCarrier.Entry> sent = h.simulator.ledger().stream()
                .filter(e -> e.fromBusiness() && e.phone().equals(phone)).toList();
        return sent.get(sent.size() - 1).body();
    }

    @Test
    void aCallerIsQualifiedOfferedTwoRealSlotsAndBooked() {
        start(Map.of());
        ThreadSummary thread = missedCallFrom(DANA);

        LeadCard saved = join(booking.saveLead(thread.id(),
                new LeadCard("Dana Ruiz", "12 Harbor St", "drain cleaning", "This week", "$350", "Side gate")));
        assertThat(saved).isEqualTo(new LeadCard("Dana Ruiz", "12 Harbor St", "Drain cleaning", "This week", "350.00", "Side gate"));
        assertThat(refusal(booking.saveLead(thread.id(), new LeadCard("Dana", "", "", "", "lots", ""))))
                .isInstanceOf(RequestRefused.class).hasMessageContaining("\"lots\" is not an amount of money");
        assertThat(refusal(booking.saveLead(thread.id(), new LeadCard("Dana", "", "Roofing", "", "", ""))))
                .isInstanceOf(RequestRefused.class).hasMessageContaining("\"Roofing\" is not one of the job types");
        assertThat(join(booking.lead(thread.id())).value()).isEqualTo("350.00");

        SlotOffer draft = join(booking.draftOffer(thread.id(), ""));
        // An hour's notice from 10:00 today, then the next day with room: 11:00 today and 08:00 tomorrow.
        assertThat(draft.jobType()).isEqualTo("Drain cleaning");
        assertThat(draft.slots()).extracting(TimeSlot::start)
                .containsExactly(Instant.parse("2026-11-23T16:00:00Z"), Instant.parse("2026-11-24T13:00:00Z"));
        assertThat(draft.text()).isEqualTo("Mon Nov 23, 11 AM-1 PM or Tue Nov 24, 8-10 AM: reply 1 or 2");
        assertThat(draft.beyondHorizon()).isFalse();

        Offer offer = join(booking.sendOffer(thread.id(), draft.jobType(), draft.slots(), draft.text() + " Thanks!"));
        await().until(() -> h.sentTo(DANA) == 2);
        assertThat(lastTextTo(DANA)).isEqualTo(draft.text() + " Thanks!");
        assertThat(h.thread(thread.id()).summary().stage()).isEqualTo(Stage.SLOTS_OFFERED);
        assertThat(join(booking.latestOffer(thread.id()))).contains(offer);

        h.simulator.customerTexts(DANA, "2");
        Appointment booked = join(booking.book(thread.id(), offer.slot(2).orElseThrow(), "12 Harbor St, Apt 4"));
        assertThat(booked.slot()).isEqualTo(offer.slot(2).orElseThrow());
        assertThat(booked.jobType()).isEqualTo("Drain cleaning");
        assertThat(booked.valueCents()).isEqualTo(35_000);
        assertThat(booked.address()).isEqualTo("12 Harbor St, Apt 4");
        assertThat(booked.customerName()).isEqualTo("Dana Ruiz");
        assertThat(booked.bookedAt()).isEqualTo(clock.instant());
        assertThat(h.thread(thread.id()).summary().stage()).isEqualTo(Stage.BOOKED);
        await().until(() -> h.sentTo(DANA) == 3);
        assertThat(lastTextTo(DANA)).isEqualTo("You're booked: Tue Nov 24, 8-10 AM at 12 Harbor St, Apt 4. "
                + "Reply here if anything changes. See you then!");
        h.awaitLastOutbound(thread.id(), DeliveryStatus.DELIVERED);
        assertThat(join(booking.lead(thread.id())).address()).isEqualTo("12 Harbor St, Apt 4");
        assertThat(join(booking.appointments(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-24")))).containsExactly(booked);
        assertThat(join(booking.appointmentOf(thread.id()))).contains(booked);

        // The booked time is no longer free: the next caller is offered other times.
        ThreadSummary next = missedCallFrom(SAM);
        assertThat(join(booking.draftOffer(next.id(), "Drain cleaning")).slots()).extracting(TimeSlot::start)
                .doesNotContain(booked.slot().start());
    }

    @Test
    void aSlotTakenBetweenOfferAndBookingIsCaughtAndFreshSlotsCanBeOffered() {
        start(Map.of());
        ThreadSummary dana = missedCallFrom(DANA);
        ThreadSummary sam = missedCallFrom(SAM);
        SlotOffer danaDraft = join(booking.draftOffer(dana.id(), ""));
        SlotOffer samDraft = join(booking.draftOffer(sam.id(), ""));
        assertThat(samDraft.slots()).isEqualTo(danaDraft.slots());
        join(booking.sendOffer(dana.id(), danaDraft.jobType(), danaDraft.slots(), danaDraft.text()));
        join(booking.sendOffer(sam.id(), samDraft.jobType(), samDraft.slots(), samDraft.text()));

        join(booking.book(dana.id(), danaDraft.slots().get(0), "12 Harbor St"));
        assertThat(refusal(booking.book(sam.id(), samDraft.slots().get(0), "40 Pine Rd")))
                .isInstanceOf(SlotTaken.class).hasMessageContaining("just booked for another job");
        assertThat(h.thread(sam.id()).summary().stage()).isEqualTo(Stage.SLOTS_OFFERED);
        assertThat(join(booking.appointmentOf(sam.id()))).isEmpty();

        SlotOffer fresh = join(booking.draftOffer(sam.id(), ""));
        assertThat(fresh.slots()).extracting(TimeSlot::start).doesNotContain(danaDraft.slots().get(0).start());
        assertThat(join(booking.book(sam.id(), fresh.slots().get(0), "40 Pine Rd")).booked()).isTrue();
    }

    @Test
    void withTwoCrewsTheSameTimeGoesToTheCrewStillFree() {
        start(Map.of(BookingSettings.CREWS, "2"));
        ThreadSummary dana = missedCallFrom(DANA);
        ThreadSummary sam = missedCallFrom(SAM);
        TimeSlot first = join(booking.draftOffer(dana.id(), "")).slots().get(0);
        assertThat(join(booking.book(dana.id(), first, "12 Harbor St")).slot().crew()).isEqualTo(1);
        Appointment second = join(booking.book(sam.id(), first, "40 Pine Rd"));
        assertThat(second.slot().crew()).isEqualTo(2);
        assertThat(second.slot().start()).isEqualTo(first.start());
    }

    @Test
    void aCancelledJobFreesItsTimeTellsTheCustomerAndReopensTheConversation() {
        start(Map.of());
        ThreadSummary dana = missedCallFrom(DANA);
        TimeSlot slot = join(booking.draftOffer(dana.id(), "")).slots().get(0);
        Appointment booked = join(booking.book(dana.id(), slot, "12 Harbor St"));
        await().until(() -> h.sentTo(DANA) == 2);

        Appointment cancelled = join(booking.cancel(booked.id(), "Fixed it themselves", true));
        assertThat(cancelled.status()).isEqualTo(Appointment.Status.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Fixed it themselves");
        assertThat(h.thread(dana.id()).summary().stage()).isEqualTo(Stage.QUALIFYING);
        await().until(() -> h.sentTo(DANA) == 3);
        assertThat(lastTextTo(DANA)).isEqualTo("Your appointment for Mon Nov 23, 11 AM-1 PM is cancelled. "
                + "Reply here if you'd like another time.");
        assertThat(join(booking.appointmentOf(dana.id()))).isEmpty();
        assertThat(refusal(booking.cancel(booked.id(), "again", true))).hasMessage("That appointment was already cancelled.");
        assertThat(join(booking.draftOffer(dana.id(), "")).slots().get(0).start()).isEqualTo(slot.start());
    }

    @Test
    void aJobMovesOnlyToAFreeTimeAndTheCustomerIsTold() {
        start(Map.of());
        ThreadSummary dana = missedCallFrom(DANA);
        ThreadSummary sam = missedCallFrom(SAM);
        List<TimeSlot> slots = join(booking.draftOffer(dana.id(), "")).slots();
        Appointment danas = join(booking.book(dana.id(), slots.get(0), "12 Harbor St"));
        Appointment sams = join(booking.book(sam.id(), slots.get(1), "40 Pine Rd"));

        assertThat(refusal(booking.reschedule(danas.id(), sams.slot(), true))).isInstanceOf(SlotTaken.class);
        // Moving a job by half an hour overlaps only its own old time, which does not stand in its way.
        TimeSlot later = new TimeSlot(1, danas.slot().start().plusSeconds(1800), danas.slot().end().plusSeconds(1800),
                danas.slot().arrivalFrom().plusSeconds(1800), danas.slot().arrivalTo().plusSeconds(1800));
        Appointment moved = join(booking.reschedule(danas.id(), later, true));
        assertThat(moved.slot()).isEqualTo(later);
        await().until(() -> h.sentTo(DANA) == 3);
        assertThat(lastTextTo(DANA)).isEqualTo("Your appointment has moved to Mon Nov 23, 11:30 AM-1:30 PM at 12 Harbor St. "
                + "Reply here if that doesn't work.");
    }

    @Test
    void badRequestsAreRefusedInPlainWordsAndChangeNothing() {
        start(Map.of());
        ThreadSummary dana = missedCallFrom(DANA);
        TimeSlot slot = join(booking.draftOffer(dana.id(), "")).slots().get(0);
        assertThat(refusal(booking.book(dana.id(), slot, "  "))).hasMessage("Enter the address the crew should go to.");
        assertThat(refusal(booking.draftOffer(dana.id(), "Roofing"))).hasMessageContaining("not one of the job types");
        assertThat(refusal(booking.appointments(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-01"))))
                .hasMessage("The range ends (2026-11-01) before it starts (2026-11-30).");
        assertThat(refusal(booking.draftOffer(999, ""))).hasMessage("That conversation no longer exists.");
        assertThat(join(booking.appointmentOf(dana.id()))).isEmpty();
        assertThat(h.thread(dana.id()).summary().stage()).isEqualTo(Stage.NEW);
    }

    @Test
    void theCalendarExportWritesTheBookedJobsOrSaysWhyItCannot() throws Exception {
        start(Map.of());
        ThreadSummary dana = missedCallFrom(DANA);
        TimeSlot slot = join(booking.draftOffer(dana.id(), "")).slots().get(0);
        join(booking.book(dana.id(), slot, "12 Harbor St"));
        Path file = dir.resolve("jobs.ics");
        assertThat(join(booking.exportCalendar(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29"), file)))
                .isEqualTo("1 booked appointment written to jobs.ics.");
        assertThat(java.nio.file.Files.readString(file)).contains("BEGIN:VEVENT").contains("LOCATION:12 Harbor St");
        assertThat(refusal(booking.exportCalendar(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29"),
                dir.resolve("no-such-folder").resolve("jobs.ics"))))
                .isInstanceOf(RequestRefused.class).hasMessageContaining("Could not write jobs.ics: the folder");
    }

    @Test
    void aTextAboutAnUpcomingJobJoinsItsConversationAndOneAfterTheJobStartsANewOne() {
        start(Map.of());
        ThreadSummary dana = missedCallFrom(DANA);
        TimeSlot slot = join(booking.draftOffer(dana.id(), "")).slots().get(0);
        join(booking.book(dana.id(), slot, "12 Harbor St"));

        h.simulator.customerTexts(DANA, "Can the crew come 30 min later?");
        await().until(() -> h.thread(dana.id()).messages().stream().anyMatch(m -> m.body().startsWith("Can the crew")));
        assertThat(h.inbox()).hasSize(1);
        ThreadSummary after = h.thread(dana.id()).summary();
        assertThat(after.stage()).isEqualTo(Stage.BOOKED);
        assertThat(after.waitingSince()).isNotNull();
        assertThat(join(h.engine.conversations().inbox(com.ringbook.domain.InboxQuery.firstPage(
                com.ringbook.domain.InboxQuery.Filter.WAITING, "")))).extracting(ThreadSummary::id).containsExactly(dana.id());
        assertThat(join(h.engine.status().snapshot()).waitingThreads()).isEqualTo(1);

        // Two days after the job: a new problem is a new opportunity.
        clock.advance(java.time.Duration.ofDays(2));
        h.simulator.customerTexts(DANA, "Hi again, now the water heater is leaking");
        await().until(() -> h.inbox().size() == 2);
        assertThat(h.thread(dana.id()).messages()).noneMatch(m -> m.body().startsWith("Hi again"));
    }
}
