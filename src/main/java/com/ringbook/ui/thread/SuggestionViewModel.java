package com.ringbook.ui.thread;

import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.ReplySuggestion;
import com.ringbook.domain.Offer;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.UiExecutor;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

/**
 * The customer's reply to the offer, read, as a suggestion staff confirm or correct and never acted on by itself:
 * the slot it picks, the suggestion in plain words, the address it gives copied to the lead card once, and the one
 * click that books the pick through the usual Book step.
 */
public final class SuggestionViewModel {

    private final BookingViewModel booking;
    private final BookingService service;
    private final BusinessContext business;
    private final UiExecutor ui;
    private final LeadCardViewModel lead;
    private final ObservableValue<ThreadSummary> thread;
    private final ObservableValue<Offer> offer;
    private final ObservableValue<BookingStep> step;
    private final ReadOnlyObjectWrapper<ReplySuggestion> suggestion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReplySuggestion> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final IntegerProperty slot = new SimpleIntegerProperty(0);
    /** Customer texts whose address was copied to the lead card: each is copied once, so a correction stays. */
    private final Set<Long> addressesCopied = new HashSet<>();

    /** Thread, offer and step are the open conversation, the offer on screen and the open step, as booking has them. */
    SuggestionViewModel(BookingViewModel booking, BookingService service, BusinessContext business, UiExecutor ui,
                        LeadCardViewModel lead, ObservableValue<ThreadSummary> thread, ObservableValue<Offer> offer,
                        ObservableValue<BookingStep> step) {
        this.booking = booking;
        this.service = service;
        this.business = business;
        this.ui = ui;
        this.lead = lead;
        this.thread = thread;
        this.offer = offer;
        this.step = step;
        shown.bind(Bindings.createObjectBinding(this::suggestionToShow, suggestion, offer, thread, step));
        shown.addListener((obs, was, now) -> {
            slot.set(now == null || now.slot() == null ? 0 : now.slot());
            copyAddress(now);
            text.set(describe(now));
        });
        lead.loadedProperty().addListener((obs, was, now) -> {
            if (now) {
                copyAddress(shown.get());
                text.set(describe(shown.get()));
            }
        });
        slot.addListener((obs, was, now) -> {
            if (step.getValue() == BookingStep.BOOK) {
                booking.choose(now.intValue());
            }
        });
    }

    /** Reads the customer's latest reply on thread {@code id} again; the reading counts only while it is open. */
    void reload(long id) {
        ui.then(service.suggestion(id), found -> {
            if (id == threadId()) {
                suggestion.set(found.orElse(null));
            }
        }, problem -> { });
    }

    /** Another thread was opened: nothing is suggested until its reply is read. */
    void clear() {
        suggestion.set(null);
        slot.set(0);
    }

    /**
     * The reading of the customer's reply, while it answers the offer on screen and the thread waits on the
     * customer's pick (Slots offered, or the Book step open); nothing Ringbook cannot read with confidence.
     */
    private ReplySuggestion suggestionToShow() {
        ReplySuggestion s = suggestion.get();
        Offer onScreen = offer.getValue();
        ThreadSummary open = thread.getValue();
        boolean awaitingPick = open != null && open.stage() == Stage.SLOTS_OFFERED;
        if (s == null || onScreen == null || s.offerId() != onScreen.id() || s.intent() == ReplySuggestion.Intent.UNCLEAR
                || !(awaitingPick || step.getValue() == BookingStep.BOOK)) {
            return null;
        }
        return s;
    }

    /** An address the customer gave goes on the lead card, saved as staff would; once per text. */
    private void copyAddress(ReplySuggestion s) {
        if (s == null || s.givenAddress().isEmpty() || addressesCopied.contains(s.messageId())) {
            return;
        }
        String given = s.givenAddress().get().strip();
        String before = lead.textProperty(LeadCardViewModel.Field.ADDRESS).get();
        if (lead.fill(threadId(), LeadCardViewModel.Field.ADDRESS, given)) {
            addressesCopied.add(s.messageId());
            if (step.getValue() == BookingStep.BOOK && booking.addressProperty().get().equals(before)) {
                booking.addressProperty().set(given);
            }
        }
    }

    /** The suggestion in plain words: "Dana picked slot 2: Tue Nov 24, 8-10 AM. Book it?" */
    private String describe(ReplySuggestion s) {
        if (s == null) {
            return "";
        }
        String who = customer();
        String copied = s.givenAddress().isPresent() && addressesCopied.contains(s.messageId())
                ? "Address copied to the lead card." : "";
        Offer onScreen = offer.getValue();
        if (s.slot() != null && onScreen != null && onScreen.slot(s.slot()).isPresent()) {
            return join(who + " picked slot " + s.slot() + ": "
                    + BookingText.when(onScreen.slot(s.slot()).get(), business.zone()) + ".", copied, "Book it?");
        }
        return switch (s.intent()) {
            case YES -> join(who + " said yes without saying which slot.", copied);
            case NO -> join("Declined the slots", copied);
            case OTHER_TIME -> join(s.day() == null ? "Asked for another time"
                    : "Asked for another time: " + BookingText.named(s.day(), s.time()), copied);
            case ADDRESS -> who + " gave an address: " + s.givenAddress().orElse("") + "."
                    + (copied.isEmpty() ? "" : " Copied to the lead card.");
            case QUESTION -> join(who + " asked a question", copied);
            case CHOOSE_SLOT, UNCLEAR -> "";
        };
    }

    private static String join(String... parts) {
        return String.join(" ", Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
    }

    private long threadId() {
        return thread.getValue() == null ? -1 : thread.getValue().id();
    }

    /** The customer's first name, as staff call them; "The customer" when no name is known. */
    private String customer() {
        String name = thread.getValue() == null ? null : thread.getValue().name();
        if (name == null || name.isBlank()) {
            return "The customer";
        }
        return name.strip().split("\\s+")[0];
    }

    /**
     * Books the slot the customer picked at the lead card's address: the usual Book step, filled in and confirmed
     * with the one click staff gave. Without an address the step stays open for it.
     */
    public void book() {
        ReplySuggestion s = shown.get();
        if (s == null || s.slot() == null || !booking.canBookProperty().get()) {
            return;
        }
        booking.startBook();
        if (step.getValue() == BookingStep.BOOK && booking.chosenSlotProperty().get() == s.slot()
                && !booking.addressProperty().get().isBlank()) {
            booking.book();
        }
    }

    /** How the customer's latest reply to the shown offer reads, while it is the next step; null when none. */
    public ReadOnlyObjectProperty<ReplySuggestion> suggestionProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The suggestion in plain words ("Dana picked slot 2: Tue Nov 24, 8-10 AM. Book it?"); empty when none. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The slot the customer's reply seems to pick (set by whoever reads replies); 0 for none. Booking starts on it. */
    public IntegerProperty slotProperty() {
        return slot;
    }
}
