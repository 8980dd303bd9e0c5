package com.ringbook.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.booking.api.ReplySuggestion;
import com.ringbook.booking.api.ReplySuggestion.Intent;
import com.ringbook.booking.api.SlotOffer;
import com.ringbook.domain.Direction;
import com.ringbook.domain.Offer;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.EngineHarness;
import com.ringbook.engine.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer's reply to an offer, read into a suggestion for staff, on a real engine, SQLite file and simulated
 * phone: nothing before an offer, the pick after one, a question as a question, and nothing ever booked by it.
 */
class ReplySuggestionFlowTest {
    private static final String DANA = "+12065550142";
    /** Monday 2026-11-23, 10:00 in New York. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));

    @TempDir
    Path dir;
    private EngineHarness h;
    private EngineBookingService booking;
    private ThreadSummary thread;

    @BeforeEach
    void danaCalled() {
        h = new EngineHarness(dir, clock, Map.of(Settings.ZONE, "America/New_York",
                Settings.BUSINESS_NAME, "Harbor Plumbing"), null);
        booking = new EngineBookingService(h.engine.kit(),
                new AppointmentExportService(h.store, h.engine.settings()::effective, clock));
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.inbox().stream().anyMatch(t -> t.phone().equals(DANA)));
        thread = h.inbox().stream().filter(t -> t.phone().equals(DANA)).findFirst().orElseThrow();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private void customerTexts(String body) {
        clock.advance(Duration.ofMinutes(3));
        h.simulator.customerTexts(DANA, body);
        await().until(() -> h.thread(thread.id()).messages().stream()
                .anyMatch(m -> m.direction() == Direction.INBOUND && m.body().equals(body)));
    }

    private Optional<ReplySuggestion> suggestion() {
        return booking.suggestion(thread.id()).join();
    }

    private Offer offerTwoSlots() {
        clock.advance(Duration.ofMinutes(2));
        SlotOffer draft = booking.draftOffer(thread.id(), "").join();
        return booking.sendOffer(thread.id(), draft.jobType(), draft.slots(), draft.text()).join();
    }

    @Test
    void nothingIsSuggestedBeforeAnyOffer() {
        customerTexts("the second one works");

        assertThat(suggestion()).isEmpty();
    }

    @Test
    void nothingIsSuggestedUntilTheCustomerAnswersTheOffer() {
        customerTexts("Kitchen drain is blocked");
        offerTwoSlots();

        assertThat(suggestion()).isEmpty();
    }

    @Test
    void theSecondOneWorksSuggestsSlotTwoAndBooksNothing() {
        Offer offer = offerTwoSlots();
        customerTexts("the second one works");

        ReplySuggestion s = suggestion().orElseThrow();
        assertThat(s.intent()).isEqualTo(Intent.CHOOSE_SLOT);
        assertThat(s.slot()).isEqualTo(2);
        assertThat(s.offerId()).isEqualTo(offer.id());
        assertThat(s.text()).isEqualTo("the second one works");
        assertThat(booking.appointmentOf(thread.id()).join()).isEmpty();
        assertThat(h.thread(thread.id()).summary().stage()).isEqualTo(Stage.SLOTS_OFFERED);
    }

    @Test
    void aQuestionIsSuggestedAsAQuestion() {
        offerTwoSlots();
        customerTexts("how much is it?");

        ReplySuggestion s = suggestion().orElseThrow();
        assertThat(s.intent()).isEqualTo(Intent.QUESTION);
        assertThat(s.slot()).isNull();
    }

    @Test
    void theNewestReplyCountsAndAnotherTimeNamesItsDay() {
        offerTwoSlots();
        customerTexts("the second one works");
        customerTexts("actually neither, could you do thursday at 10am?");

        ReplySuggestion s = suggestion().orElseThrow();
        assertThat(s.intent()).isEqualTo(Intent.OTHER_TIME);
        assertThat(s.day()).isEqualTo(LocalDate.parse("2026-11-26"));
        assertThat(s.time()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void anAddressIsPassedOn() {
        offerTwoSlots();
        customerTexts("It's 40 Pine Rd");

        ReplySuggestion s = suggestion().orElseThrow();
        assertThat(s.intent()).isEqualTo(Intent.ADDRESS);
        assertThat(s.address()).startsWith("40 Pine Rd");
    }

    @Test
    void aFreshOfferWaitsForItsOwnAnswer() {
        offerTwoSlots();
        customerTexts("2");
        assertThat(suggestion()).map(ReplySuggestion::slot).contains(2);

        offerTwoSlots();
        assertThat(suggestion()).isEmpty();
    }

    @Test
    void aReplyAtTheOffersInstantStillCounts() {
        SlotOffer draft = booking.draftOffer(thread.id(), "").join();
        booking.sendOffer(thread.id(), draft.jobType(), draft.slots(), draft.text()).join();
        h.simulator.customerTexts(DANA, "1");
        await().until(() -> h.thread(thread.id()).messages().stream()
                .anyMatch(m -> m.direction() == Direction.INBOUND && m.body().equals("1")));

        assertThat(suggestion()).map(ReplySuggestion::slot).contains(1);
    }
}
