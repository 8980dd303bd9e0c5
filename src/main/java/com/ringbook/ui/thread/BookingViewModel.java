package com.ringbook.ui.thread;

import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.SlotTaken;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.Offer;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.domain.TimeSlot;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.UiExecutor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Booking on the open conversation: offer two free slots (drafted, edited, sent), book the one the customer
 * picked at the address on the lead card, and cancel or move the job once booked. One step shows at a time;
 * a refusal is shown in the service's words and loses nothing typed, and a slot taken meanwhile offers fresh
 * slots at once. The customer's reply, read as a suggestion for the next step, is {@link SuggestionViewModel}'s.
 */
public final class BookingViewModel {

    static final String BEYOND_NOTE = "Nothing free in the next four weeks: these are the first openings after";

    private final BookingService booking;
    private final BusinessContext business;
    private final UiExecutor ui;
    private final LeadCardViewModel lead;
    private final ReadOnlyObjectWrapper<ThreadSummary> thread = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Offer> offer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Appointment> appointment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BookingStep> step = new ReadOnlyObjectWrapper<>(BookingStep.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper slotTaken = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> slots = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlySlots = FXCollections.unmodifiableObservableList(slots);
    private final ReadOnlyStringWrapper horizonNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper offered = new ReadOnlyStringWrapper("");
    private final ObservableList<String> offeredSlots = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyOfferedSlots = FXCollections.unmodifiableObservableList(offeredSlots);
    private final ReadOnlyStringWrapper booked = new ReadOnlyStringWrapper("");
    private final ObservableList<String> bookedLines = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyBookedLines = FXCollections.unmodifiableObservableList(bookedLines);
    private final ReadOnlyBooleanWrapper canOffer = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canBook = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canChange = new ReadOnlyBooleanWrapper(false);
    // The inputs of the steps.
    private final StringProperty offerText = new SimpleStringProperty("");
    private final IntegerProperty chosenSlot = new SimpleIntegerProperty(0);
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty cancelReason = new SimpleStringProperty("");
    private final BooleanProperty tellCustomer = new SimpleBooleanProperty(true);
    private final SuggestionViewModel suggestion;
    private List<TimeSlot> stepSlots = List.of();
    private String draftedJobType;

    /** @param lead the lead card, whose job type an offer is for and whose address a booking starts from */
    public BookingViewModel(BookingService booking, EngineEvents events, BusinessContext business, UiExecutor ui,
                            LeadCardViewModel lead) {
        this.booking = booking;
        this.business = business;
        this.ui = ui;
        this.lead = lead;
        canOffer.bind(Bindings.createBooleanBinding(() -> stageIs(Stage.NEW, Stage.QUALIFYING, Stage.SLOTS_OFFERED)
                && !busy.get(), thread, busy));
        canBook.bind(Bindings.createBooleanBinding(() -> stageIs(Stage.SLOTS_OFFERED) && offer.get() != null
                && !busy.get(), thread, offer, busy));
        canChange.bind(Bindings.createBooleanBinding(() -> appointment.get() != null && !busy.get(), appointment, busy));
        offered.bind(Bindings.createStringBinding(() -> stageIs(Stage.SLOTS_OFFERED) && offer.get() != null
                ? BookingText.offered(offer.get(), business.zone()) : "", offer, thread, business.zoneProperty()));
        offered.addListener((obs, was, now) -> offeredSlots.setAll(now.isEmpty() ? List.of()
                : BookingText.offeredSlots(offer.get(), business.zone())));
        booked.bind(Bindings.createStringBinding(() -> appointment.get() == null ? ""
                : BookingText.booked(appointment.get(), business.zone()), appointment, business.zoneProperty()));
        booked.addListener((obs, was, now) -> bookedLines.setAll(now.isEmpty() ? List.of()
                : BookingText.bookedLines(appointment.get(), business.zone())));
        suggestion = new SuggestionViewModel(this, booking, business, ui, lead, thread, offer, step);
        events.onThreadChanged(() -> thread.get() == null ? -1 : thread.get().id(), () -> {
            if (thread.get() != null) {
                reload();
            }
        });
    }

    /** Follows the open conversation (the thread view's summary): a new thread starts afresh, a re-read keeps the step. */
    public void follow(ReadOnlyObjectProperty<ThreadSummary> summary) {
        summary.addListener((obs, was, now) -> show(now));
    }

    void show(ThreadSummary now) {
        ThreadSummary before = thread.get();
        thread.set(now);
        if (now == null || before == null || before.id() != now.id()) {
            busy.set(false);
            step.set(BookingStep.NONE);
            error.set("");
            slotTaken.set(false);
            suggestion.clear();
            offer.set(null);
            appointment.set(null);
            reload();
        }
    }

    private void reload() {
        long id = threadId();
        if (id < 0) {
            return;
        }
        ui.then(booking.latestOffer(id), found -> {
            if (id == threadId()) {
                offer.set(found.orElse(null));
            }
        }, problem -> { });
        ui.then(booking.appointmentOf(id), found -> {
            if (id == threadId()) {
                appointment.set(found.orElse(null));
            }
        }, problem -> { });
        suggestion.reload(id);
    }

    /** Finds the next free slots for the lead card's job type and drafts the text that offers them. */
    public void startOffer() {
        if (canOffer.get()) {
            find(BookingStep.OFFER, lead.textProperty(LeadCardViewModel.Field.JOB_TYPE).get());
        }
    }

    /** After a slot was taken: fresh slots for the step it was taken in (a booking offers again, a move looks again). */
    public void findFreshSlots() {
        if (step.get() == BookingStep.MOVE) {
            startMove();
        } else {
            startOffer();
        }
    }

    private void find(BookingStep then, String jobType) {
        long id = threadId();
        begin(BookingStep.FINDING);
        busy.set(true);
        call(booking.draftOffer(id, jobType), id, draft -> {
            if (step.get() != BookingStep.FINDING) {
                return;
            }
            stepSlots = draft.slots();
            draftedJobType = draft.jobType();
            slots.setAll(stepSlots.stream().map(this::when).toList());
            horizonNote.set(draft.beyondHorizon() ? BEYOND_NOTE : "");
            chosenSlot.set(0);
            tellCustomer.set(true);
            if (then == BookingStep.OFFER) {
                offerText.set(draft.text());
            }
            step.set(then);
        }, failed -> step.set(BookingStep.NONE));
    }

    /** Sends the drafted offer as edited; the thread is then Slots offered. */
    public void sendOffer() {
        if (step.get() != BookingStep.OFFER || busy.get() || offerText.get().isBlank()) {
            return;
        }
        long id = threadId();
        busy.set(true);
        error.set("");
        call(booking.sendOffer(id, draftedJobType, stepSlots, offerText.get()), id, sent -> {
            offer.set(sent);
            step.set(BookingStep.NONE);
        }, failed -> { });
    }

    /** Opens booking: the offered slots to pick from (the suggested one picked), the lead card's address. */
    public void startBook() {
        if (!canBook.get()) {
            return;
        }
        begin(BookingStep.BOOK);
        stepSlots = offer.get().slots();
        slots.setAll(stepSlots.stream().map(this::when).toList());
        horizonNote.set("");
        chosenSlot.set(0);
        choose(suggestion.slotProperty().get());
        address.set(lead.textProperty(LeadCardViewModel.Field.ADDRESS).get());
        step.set(BookingStep.BOOK);
    }

    /** Picks slot {@code number} (1, 2, ...) of those shown; anything else changes nothing. */
    public void choose(int number) {
        if ((step.get() == BookingStep.BOOK || step.get() == BookingStep.MOVE) && number >= 1 && number <= stepSlots.size()) {
            chosenSlot.set(number);
        }
    }

    /** Books the chosen slot at the address; the confirmation goes out and the thread is Booked. */
    public void book() {
        if (step.get() != BookingStep.BOOK || busy.get()) {
            return;
        }
        if (chosenSlot.get() < 1) {
            error.set("Pick the slot the customer chose: 1 or 2.");
            return;
        }
        long id = threadId();
        busy.set(true);
        error.set("");
        call(booking.book(id, stepSlots.get(chosenSlot.get() - 1), address.get()), id, done -> {
            appointment.set(done);
            step.set(BookingStep.NONE);
        }, failed -> { });
    }

    /** Asks why the booked job is cancelled (the customer told, unless unticked). */
    public void startCancel() {
        if (canChange.get()) {
            begin(BookingStep.CANCEL);
            cancelReason.set("");
            tellCustomer.set(true);
            step.set(BookingStep.CANCEL);
        }
    }

    /** Cancels the booked job; the conversation opens again (Qualifying). */
    public void cancelAppointment() {
        if (step.get() != BookingStep.CANCEL || busy.get() || appointment.get() == null) {
            return;
        }
        busy.set(true);
        error.set("");
        call(booking.cancel(appointment.get().id(), cancelReason.get(), tellCustomer.get()), threadId(), done -> {
            appointment.set(null);
            step.set(BookingStep.NONE);
        }, failed -> { });
    }

    /** Finds fresh slots for the booked job's type, to move it to one of them. */
    public void startMove() {
        if (appointment.get() != null && !busy.get()) {
            find(BookingStep.MOVE, appointment.get().jobType());
        }
    }

    /** Moves the booked job to the chosen slot (the customer told, unless unticked). */
    public void move() {
        if (step.get() != BookingStep.MOVE || busy.get() || appointment.get() == null) {
            return;
        }
        if (chosenSlot.get() < 1) {
            error.set("Pick the slot to move the job to.");
            return;
        }
        busy.set(true);
        error.set("");
        call(booking.reschedule(appointment.get().id(), stepSlots.get(chosenSlot.get() - 1), tellCustomer.get()),
                threadId(), done -> {
                    appointment.set(done);
                    step.set(BookingStep.NONE);
                }, failed -> { });
    }

    /** Leaves the open step without doing it (nothing is sent); not while its request is on its way. */
    public void close() {
        if (busy.get() && step.get() != BookingStep.FINDING) {
            return;
        }
        busy.set(false);
        begin(BookingStep.NONE);
    }

    private void begin(BookingStep next) {
        error.set("");
        slotTaken.set(false);
        step.set(next);
    }

    /** Runs a request for thread {@code id}; its outcome counts only while that thread is still open. */
    private <T> void call(CompletableFuture<T> request, long id, Consumer<T> ok, Consumer<Throwable> failed) {
        ui.then(request.handle((value, problem) -> new Outcome<>(value, problem)), outcome -> {
            if (id != threadId()) {
                return;
            }
            busy.set(false);
            if (outcome.problem() == null) {
                ok.accept(outcome.value());
                return;
            }
            error.set(UiExecutor.message(outcome.problem()));
            slotTaken.set(UiExecutor.cause(outcome.problem()) instanceof SlotTaken);
            failed.accept(outcome.problem());
        }, problem -> busy.set(false));
    }

    private record Outcome<T>(T value, Throwable problem) {
    }

    private long threadId() {
        return thread.get() == null ? -1 : thread.get().id();
    }

    private boolean stageIs(Stage... stages) {
        return thread.get() != null && List.of(stages).contains(thread.get().stage());
    }

    private String when(TimeSlot slot) {
        return BookingText.when(slot, business.zone());
    }

    public ReadOnlyObjectProperty<BookingStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** True while a request is on its way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last refusal, in the service's words; empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True when the last refusal was a slot taken meanwhile: fresh slots can be found at once. */
    public ReadOnlyBooleanProperty slotTakenProperty() {
        return slotTaken.getReadOnlyProperty();
    }

    /** The slots of the open step, numbered from 1 as the customer reads them ("Tue Nov 24, 9-11 AM"). */
    public ObservableList<String> slots() {
        return readOnlySlots;
    }

    /** Said over drafted slots that are beyond the next four weeks; empty otherwise. */
    public ReadOnlyStringProperty horizonNoteProperty() {
        return horizonNote.getReadOnlyProperty();
    }

    /** The offer waiting for the customer's pick, in one line; empty when none. */
    public ReadOnlyStringProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** The same offer a slot a line, "1) Tue Nov 24, 9-11 AM"; empty when none. */
    public ObservableList<String> offeredSlots() {
        return readOnlyOfferedSlots;
    }

    /** The booked job in one line; empty when none. */
    public ReadOnlyStringProperty bookedProperty() {
        return booked.getReadOnlyProperty();
    }

    /** The same job a part a line: when, where, what and its value. */
    public ObservableList<String> bookedLines() {
        return readOnlyBookedLines;
    }

    public ReadOnlyObjectProperty<Offer> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Appointment> appointmentProperty() {
        return appointment.getReadOnlyProperty();
    }

    /** Slots can be offered: the thread is New, Qualifying or Slots offered. */
    public ReadOnlyBooleanProperty canOfferProperty() {
        return canOffer.getReadOnlyProperty();
    }

    /** A slot can be booked: slots were offered and the customer's pick is awaited. */
    public ReadOnlyBooleanProperty canBookProperty() {
        return canBook.getReadOnlyProperty();
    }

    /** The thread has a booked job to cancel or move. */
    public ReadOnlyBooleanProperty canChangeProperty() {
        return canChange.getReadOnlyProperty();
    }

    /** The offer's text as staff edit it before it goes. */
    public StringProperty offerTextProperty() {
        return offerText;
    }

    /** The slot picked (1, 2, ...); 0 for none. */
    public IntegerProperty chosenSlotProperty() {
        return chosenSlot;
    }

    /** The customer's reply to the offer, read, as a suggestion: its slot, its words and its one-click booking. */
    public SuggestionViewModel suggestion() {
        return suggestion;
    }

    /** Where the crew goes; starts as the lead card's address. */
    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty cancelReasonProperty() {
        return cancelReason;
    }

    /** Whether a cancel or a move is texted to the customer; ticked by default. */
    public BooleanProperty tellCustomerProperty() {
        return tellCustomer;
    }
}
