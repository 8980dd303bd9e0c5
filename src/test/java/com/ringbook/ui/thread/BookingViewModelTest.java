package com.ringbook.ui.thread;

import static com.ringbook.ui.common.FakeConversations.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.booking.api.LeadCard;
import com.ringbook.booking.api.ReplySuggestion;
import com.ringbook.booking.api.ReplySuggestion.Intent;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.TimeSlot;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.FakeBooking;
import com.ringbook.ui.common.FakeChangeEvents;
import com.ringbook.ui.common.FakeConversations;
import com.ringbook.ui.common.SameThreadUi;
import com.ringbook.ui.common.UiExecutor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Offering slots, booking one, and cancelling or moving the job, as the front desk does it on the open thread,
 * against in-memory conversation and booking services: no JavaFX toolkit.
 */
class BookingViewModelTest {
    private static final Instant T0 = Instant.parse("2026-11-23T15:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final TimeSlot TUE_9 = slot("2026-11-24T09:00");
    private static final TimeSlot WED_13 = slot("2026-11-25T13:00");
    private static final TimeSlot THU_8 = slot("2026-11-26T08:00");
    private static final TimeSlot FRI_10 = slot("2026-11-27T10:00");

    private final FakeChangeEvents feed = new FakeChangeEvents();
    private final FakeConversations conversations = new FakeConversations(feed);
    private final UiExecutor ui = new SameThreadUi();
    private final EngineEvents events = new EngineEvents(feed, Duration.ZERO, ui);
    private final BusinessContext business =
            new BusinessContext(() -> Settings.fromMap(Map.of(Settings.ZONE, NEW_YORK.getId())));
    private FakeBooking booking;
    private ThreadViewModel thread;
    private LeadCardViewModel lead;
    private BookingViewModel model;

    /** A two-hour job whose arrival window is its first two hours, New York time. */
    private static TimeSlot slot(String localStart) {
        Instant start = LocalDateTime.parse(localStart).atZone(NEW_YORK).toInstant();
        return new TimeSlot(1, start, start.plus(Duration.ofHours(2)), start, start.plus(Duration.ofHours(2)));
    }

    @BeforeEach
    void danaIsBeingQualified() {
        business.reload();
        booking = new FakeBooking(conversations, feed, NEW_YORK, business.jobTypes());
        thread = new ThreadViewModel(conversations, events, business, ui);
        lead = new LeadCardViewModel(booking, events, business, ui);
        model = new BookingViewModel(booking, events, business, ui, lead);
        lead.follow(thread.threadIdProperty());
        model.follow(thread.summaryProperty());
        conversations.add(summary(1, "Dana Ruiz", "+12065550142", Stage.QUALIFYING, T0));
        conversations.add(summary(2, "Sam Ortiz", "+12065550117", Stage.NEW, T0));
        booking.putLead(1, new LeadCard("Dana Ruiz", "12 Harbor St", "Drain cleaning", null, "350", null));
        booking.freeSlots(List.of(TUE_9, WED_13), false);
        thread.open(1);
    }

    private Stage stage() {
        return thread.summaryProperty().get().stage();
    }

    private void offerSent() {
        model.startOffer();
        model.sendOffer();
    }

    private void booked(int slot) {
        offerSent();
        model.startBook();
        model.choose(slot);
        model.book();
    }

    @Test
    void anOfferIsDraftedForTheLeadsJobEditedAndSent() {
        assertThat(model.canOfferProperty().get()).isTrue();
        assertThat(model.canBookProperty().get()).isFalse();

        model.startOffer();

        assertThat(booking.drafted()).containsExactly("Drain cleaning");
        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.OFFER);
        assertThat(model.slots()).containsExactly("Tue Nov 24, 9-11 AM", "Wed Nov 25, 1-3 PM");
        assertThat(model.offerTextProperty().get()).isEqualTo("Tue Nov 24, 9-11 AM or Wed Nov 25, 1-3 PM: reply 1 or 2");
        assertThat(model.horizonNoteProperty().get()).isEmpty();
        assertThat(conversations.replies()).isEmpty();

        model.offerTextProperty().set(model.offerTextProperty().get() + " Thanks, Dana!");
        model.sendOffer();

        assertThat(conversations.replies()).containsExactly(
                "1: Tue Nov 24, 9-11 AM or Wed Nov 25, 1-3 PM: reply 1 or 2 Thanks, Dana!");
        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.NONE);
        assertThat(stage()).isEqualTo(Stage.SLOTS_OFFERED);
        assertThat(model.offeredProperty().get()).isEqualTo("Offered: 1) Tue Nov 24, 9-11 AM 2) Wed Nov 25, 1-3 PM");
        assertThat(model.offeredSlots()).containsExactly("1) Tue Nov 24, 9-11 AM", "2) Wed Nov 25, 1-3 PM");
        assertThat(model.canBookProperty().get()).isTrue();
        assertThat(model.canOfferProperty().get()).isTrue();
    }

    @Test
    void slotsBeyondFourWeeksSaySo() {
        booking.freeSlots(List.of(slot("2027-01-04T09:00"), slot("2027-01-05T09:00")), true);

        model.startOffer();

        assertThat(model.horizonNoteProperty().get())
                .isEqualTo("Nothing free in the next four weeks: these are the first openings after");
        assertThat(model.offerTextProperty().get()).startsWith("Nothing is free in the next four weeks, sorry.");
    }

    @Test
    void closingTheOfferSendsNothing() {
        model.startOffer();
        model.close();

        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.NONE);
        assertThat(conversations.replies()).isEmpty();
        assertThat(stage()).isEqualTo(Stage.QUALIFYING);
    }

    @Test
    void thePickedSlotIsBookedAtTheLeadCardsAddress() {
        offerSent();
        model.startBook();

        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.BOOK);
        assertThat(model.slots()).containsExactly("Tue Nov 24, 9-11 AM", "Wed Nov 25, 1-3 PM");
        assertThat(model.addressProperty().get()).isEqualTo("12 Harbor St");
        assertThat(model.chosenSlotProperty().get()).isZero();
        model.book();
        assertThat(model.errorProperty().get()).isEqualTo("Pick the slot the customer chose: 1 or 2.");
        assertThat(booking.all()).isEmpty();

        model.choose(2);
        model.book();

        assertThat(booking.all()).extracting(Appointment::slot).containsExactly(WED_13);
        assertThat(booking.all().get(0).address()).isEqualTo("12 Harbor St");
        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.NONE);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(stage()).isEqualTo(Stage.BOOKED);
        assertThat(model.bookedProperty().get()).isEqualTo("Booked: Wed Nov 25, 1-3 PM · 12 Harbor St · Drain cleaning · $350");
        assertThat(model.bookedLines()).containsExactly("Wed Nov 25, 1-3 PM", "12 Harbor St", "Drain cleaning · $350");
        assertThat(model.offeredProperty().get()).isEmpty();
        assertThat(model.offeredSlots()).isEmpty();
        assertThat(conversations.replies()).last().isEqualTo("1: You're booked: Wed Nov 25, 1-3 PM at 12 Harbor St");
        assertThat(model.canOfferProperty().get()).isFalse();
        assertThat(model.canBookProperty().get()).isFalse();
        assertThat(model.canChangeProperty().get()).isTrue();
        assertThat(thread.actions()).isEmpty();
    }

    @Test
    void theSuggestedSlotIsPickedWhenBookingStarts() {
        offerSent();
        model.suggestion().slotProperty().set(2);

        model.startBook();
        assertThat(model.chosenSlotProperty().get()).isEqualTo(2);

        model.suggestion().slotProperty().set(1);
        assertThat(model.chosenSlotProperty().get()).isEqualTo(1);
        model.choose(3);
        assertThat(model.chosenSlotProperty().get()).isEqualTo(1);
    }

    @Test
    void anEmptyAddressIsRefusedInTheServicesWords() {
        offerSent();
        model.startBook();
        model.choose(1);
        model.addressProperty().set("  ");

        model.book();

        assertThat(model.errorProperty().get()).isEqualTo("Enter the address the crew should go to.");
        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.BOOK);
        assertThat(model.chosenSlotProperty().get()).isEqualTo(1);
        assertThat(stage()).isEqualTo(Stage.SLOTS_OFFERED);
    }

    @Test
    void aSlotTakenMeanwhileIsSaidPlainlyAndFreshSlotsAreOfferedAtOnce() {
        offerSent();
        model.startBook();
        model.choose(1);
        model.addressProperty().set("12 Harbor St, Apt 4");
        booking.take(TUE_9);
        booking.freeSlots(List.of(TUE_9, THU_8, FRI_10), false);

        model.book();

        assertThat(model.errorProperty().get()).isEqualTo("That time was just booked for another job. Offer fresh slots.");
        assertThat(model.slotTakenProperty().get()).isTrue();
        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.BOOK);
        assertThat(model.addressProperty().get()).isEqualTo("12 Harbor St, Apt 4");
        assertThat(booking.all()).isEmpty();

        model.findFreshSlots();
        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.OFFER);
        assertThat(model.slotTakenProperty().get()).isFalse();
        assertThat(model.slots()).containsExactly("Thu Nov 26, 8-10 AM", "Fri Nov 27, 10 AM-12 PM");
        model.sendOffer();
        model.startBook();
        model.choose(1);
        model.book();

        assertThat(booking.all()).extracting(Appointment::slot).containsExactly(THU_8);
        assertThat(stage()).isEqualTo(Stage.BOOKED);
    }

    @Test
    void aCancelAsksWhyTellsTheCustomerByDefaultAndReopensTheConversation() {
        booked(1);
        assertThat(model.canChangeProperty().get()).isTrue();

        model.startCancel();
        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.CANCEL);
        assertThat(model.tellCustomerProperty().get()).isTrue();
        model.cancelReasonProperty().set("Fixed it themselves");
        model.cancelAppointment();

        assertThat(booking.all().get(0).status()).isEqualTo(Appointment.Status.CANCELLED);
        assertThat(booking.all().get(0).cancelReason()).isEqualTo("Fixed it themselves");
        assertThat(conversations.replies()).last().isEqualTo("1: Your appointment for Tue Nov 24, 9-11 AM is cancelled.");
        assertThat(stage()).isEqualTo(Stage.QUALIFYING);
        assertThat(model.bookedProperty().get()).isEmpty();
        assertThat(model.bookedLines()).isEmpty();
        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.NONE);
        assertThat(model.canChangeProperty().get()).isFalse();
        assertThat(model.canOfferProperty().get()).isTrue();
        assertThat(model.canBookProperty().get()).isFalse();
    }

    @Test
    void aCancelCanLeaveTheCustomerUntold() {
        booked(1);
        int texts = conversations.replies().size();

        model.startCancel();
        model.tellCustomerProperty().set(false);
        model.cancelAppointment();

        assertThat(conversations.replies()).hasSize(texts);
        assertThat(stage()).isEqualTo(Stage.QUALIFYING);
    }

    @Test
    void aBookedJobMovesToAFreshSlotOfTheSameJob() {
        booked(1);
        booking.freeSlots(List.of(THU_8, FRI_10), false);

        model.startMove();
        assertThat(booking.drafted()).last().isEqualTo("Drain cleaning");
        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.MOVE);
        assertThat(model.slots()).containsExactly("Thu Nov 26, 8-10 AM", "Fri Nov 27, 10 AM-12 PM");
        model.choose(2);
        model.move();

        assertThat(booking.all()).extracting(Appointment::slot).containsExactly(FRI_10);
        assertThat(model.bookedProperty().get()).startsWith("Booked: Fri Nov 27, 10 AM-12 PM · 12 Harbor St");
        assertThat(conversations.replies()).last().isEqualTo("1: Your appointment has moved to Fri Nov 27, 10 AM-12 PM");
        assertThat(stage()).isEqualTo(Stage.BOOKED);
    }

    @Test
    void openingAnotherThreadStartsItsOwnBooking() {
        offerSent();
        model.startBook();

        thread.open(2);

        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.NONE);
        assertThat(model.offeredProperty().get()).isEmpty();
        assertThat(model.canBookProperty().get()).isFalse();
        assertThat(model.canOfferProperty().get()).isTrue();

        thread.open(1);
        assertThat(model.offeredProperty().get()).startsWith("Offered: 1) Tue Nov 24");
    }

    // ---- the customer's reply, read, as the next step ----

    @Test
    void aReplyPickingSlotTwoPreSelectsItAndOneClickBooksItAtTheLeadCardsAddress() {
        offerSent();
        assertThat(model.suggestion().suggestionProperty().get()).isNull();
        assertThat(model.suggestion().textProperty().get()).isEmpty();

        booking.customerReplied(1, "the second one works", Intent.CHOOSE_SLOT, 2, null, null);

        assertThat(model.suggestion().slotProperty().get()).isEqualTo(2);
        assertThat(model.suggestion().textProperty().get()).isEqualTo("Dana picked slot 2: Wed Nov 25, 1-3 PM. Book it?");
        assertThat(booking.all()).isEmpty(); // nothing is booked until staff say so
        assertThat(stage()).isEqualTo(Stage.SLOTS_OFFERED);

        model.suggestion().book();

        assertThat(booking.all()).singleElement().satisfies(a -> {
            assertThat(a.slot()).isEqualTo(WED_13);
            assertThat(a.address()).isEqualTo("12 Harbor St");
        });
        assertThat(stage()).isEqualTo(Stage.BOOKED);
        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.NONE);
        assertThat(model.suggestion().suggestionProperty().get()).isNull();
        assertThat(model.suggestion().slotProperty().get()).isZero();
    }

    @Test
    void theSuggestedSlotIsPickedInTheBookStepAndStaffCanCorrectIt() {
        offerSent();
        booking.customerReplied(1, "2 please", Intent.CHOOSE_SLOT, 2, null, null);

        model.startBook();
        assertThat(model.chosenSlotProperty().get()).isEqualTo(2);
        model.choose(1);
        model.book();

        assertThat(booking.all()).extracting(Appointment::slot).containsExactly(TUE_9);
    }

    @Test
    void withoutAnAddressTheSuggestedBookingWaitsForOne() {
        booking.putLead(1, new LeadCard("Dana Ruiz", null, "Drain cleaning", null, null, null));
        thread.open(2);
        thread.open(1);
        offerSent();
        booking.customerReplied(1, "1", Intent.CHOOSE_SLOT, 1, null, null);

        model.suggestion().book();

        assertThat(booking.all()).isEmpty();
        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.BOOK);
        assertThat(model.chosenSlotProperty().get()).isEqualTo(1);
    }

    @Test
    void anotherTimeAskedForIsShownInPlainWords() {
        offerSent();

        booking.customerReplied(1, "neither, could you do thursday at 10?", Intent.OTHER_TIME, null,
                LocalDateTime.parse("2026-11-26T10:00"), null);

        assertThat(model.suggestion().textProperty().get()).isEqualTo("Asked for another time: Thu Nov 26, 10 AM");
        assertThat(model.suggestion().slotProperty().get()).isZero();
        assertThat(model.suggestion().suggestionProperty().get().intent()).isEqualTo(Intent.OTHER_TIME);
        assertThat(booking.all()).isEmpty();

        booking.customerReplied(1, "no thanks", Intent.NO, null, null, null);
        assertThat(model.suggestion().textProperty().get()).isEqualTo("Declined the slots");
    }

    @Test
    void anAddressGivenIsCopiedToTheLeadCardAndSaved() {
        offerSent();

        booking.customerReplied(1, "it's 40 Pine Rd, the blue house", Intent.ADDRESS, null, null, "40 Pine Rd");

        assertThat(lead.textProperty(LeadCardViewModel.Field.ADDRESS).get()).isEqualTo("40 Pine Rd");
        assertThat(booking.saved()).last().extracting(LeadCard::address).isEqualTo("40 Pine Rd");
        assertThat(model.suggestion().textProperty().get()).isEqualTo("Dana gave an address: 40 Pine Rd. Copied to the lead card.");

        // Staff correct it: re-reading the same reply does not copy it over their correction.
        lead.textProperty(LeadCardViewModel.Field.ADDRESS).set("40 Pine Road, back door");
        lead.commit(LeadCardViewModel.Field.ADDRESS);
        feed.threadChanged(1);
        assertThat(lead.textProperty(LeadCardViewModel.Field.ADDRESS).get()).isEqualTo("40 Pine Road, back door");
    }

    @Test
    void aQuestionIsSaidAndNeverBooks() {
        offerSent();

        booking.customerReplied(1, "how much is it?", Intent.QUESTION, null, null, null);

        assertThat(model.suggestion().textProperty().get()).isEqualTo("Dana asked a question");
        assertThat(model.suggestion().slotProperty().get()).isZero();
        model.suggestion().book();
        assertThat(booking.all()).isEmpty();
        assertThat(model.stepProperty().get()).isEqualTo(BookingStep.NONE);
    }

    @Test
    void aReplyToAnOlderOfferOrOneNotReadWithConfidenceSuggestsNothing() {
        offerSent();
        booking.customerReplied(1, "hmm", Intent.UNCLEAR, null, null, null);
        assertThat(model.suggestion().suggestionProperty().get()).isNull();
        assertThat(model.suggestion().textProperty().get()).isEmpty();

        booking.customerReplied(1, "2", Intent.CHOOSE_SLOT, 2, null, null);
        assertThat(model.suggestion().slotProperty().get()).isEqualTo(2);
        offerSent(); // fresh slots: the pick answered the old ones
        assertThat(model.suggestion().suggestionProperty().get()).isNull();
        assertThat(model.suggestion().slotProperty().get()).isZero();
    }
}
