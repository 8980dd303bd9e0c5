package com.ringbook.ui.common;

import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.LeadCard;
import com.ringbook.booking.api.ReplySuggestion;
import com.ringbook.booking.api.SlotOffer;
import com.ringbook.booking.api.SlotTaken;
import com.ringbook.booking.api.SlotText;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.Money;
import com.ringbook.domain.Offer;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.domain.TimeSlot;
import com.ringbook.engine.api.RequestRefused;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Booking for view-model tests, answered at once: lead cards, offers and appointments in memory, the
 * conversation moved and texted through the fake conversations as the engine would. Slots to offer are what the
 * test says; a slot can be marked taken so booking it is refused as the engine refuses it.
 */
public final class FakeBooking implements BookingService {
    private final FakeConversations conversations;
    private final FakeChangeEvents feed;
    private final ZoneId zone;
    private final List<String> jobTypes;
    private final Map<Long, LeadCard> leads = new HashMap<>();
    private final Map<Long, Offer> offers = new HashMap<>();
    private final Map<Long, ReplySuggestion> suggestions = new HashMap<>();
    private final Map<Long, Appointment> appointments = new LinkedHashMap<>();
    private final Set<TimeSlot> taken = new HashSet<>();
    private final List<String> drafted = new ArrayList<>();
    private final List<LeadCard> saved = new ArrayList<>();
    private Supplier<List<TimeSlot>> free = List::of;
    private boolean beyondHorizon;
    private long ids;

    public FakeBooking(FakeConversations conversations, FakeChangeEvents feed, ZoneId zone, List<String> jobTypes) {
        this.conversations = conversations;
        this.feed = feed;
        this.zone = zone;
        this.jobTypes = List.copyOf(jobTypes);
    }

    // ---- what a test sets up and reads back ----

    /** The slots every draft finds from now on. */
    public void freeSlots(List<TimeSlot> slots, boolean beyondFourWeeks) {
        free = () -> slots;
        beyondHorizon = beyondFourWeeks;
    }

    /** Someone else booked this time: booking or moving to it is refused. */
    public void take(TimeSlot slot) {
        taken.add(slot);
    }

    public void putLead(long threadId, LeadCard card) {
        leads.put(threadId, card);
    }

    /** The customer answered the thread's latest offer, read as {@code reading}: the thread changes, as on a new text. */
    public ReplySuggestion customerReplied(long threadId, String text, ReplySuggestion.Intent intent, Integer slot,
                                           java.time.LocalDateTime when, String address) {
        Offer offer = offers.get(threadId);
        ReplySuggestion s = new ReplySuggestion(offer.id(), ++ids, Instant.EPOCH, text, intent, slot,
                when == null ? null : when.toLocalDate(), when == null ? null : when.toLocalTime(), address);
        suggestions.put(threadId, s);
        feed.threadChanged(threadId);
        return s;
    }

    /** The job type each draft was asked for ("" for none), in order. */
    public List<String> drafted() {
        return drafted;
    }

    /** Every card saved, as the service stored it. */
    public List<LeadCard> saved() {
        return saved;
    }

    public List<Appointment> all() {
        return List.copyOf(appointments.values());
    }

    // ---- the service ----

    @Override
    public CompletableFuture<LeadCard> lead(long threadId) {
        return CompletableFuture.completedFuture(leads.getOrDefault(threadId, new LeadCard(null, null, null, null, null, null)));
    }

    @Override
    public CompletableFuture<LeadCard> saveLead(long threadId, LeadCard draft) {
        String value = blankToNull(draft.value());
        String type = blankToNull(draft.jobType());
        try {
            value = value == null ? null : Money.plain(Money.parseCents(value));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new RequestRefused(e.getMessage()));
        }
        if (type != null && jobTypes.stream().noneMatch(type::equalsIgnoreCase)) {
            return CompletableFuture.failedFuture(new RequestRefused("\"" + type + "\" is not one of the job types in Settings."));
        }
        LeadCard card = new LeadCard(blankToNull(draft.name()), blankToNull(draft.address()), type,
                blankToNull(draft.urgency()), value, blankToNull(draft.notes()));
        leads.put(threadId, card);
        saved.add(card);
        feed.threadChanged(threadId);
        return CompletableFuture.completedFuture(card);
    }

    @Override
    public CompletableFuture<SlotOffer> draftOffer(long threadId, String jobType) {
        drafted.add(jobType == null ? "" : jobType);
        List<TimeSlot> slots = free.get().stream().filter(s -> !taken.contains(s)).toList();
        String type = blankToNull(jobType) == null ? jobTypes.get(0) : jobType;
        return CompletableFuture.completedFuture(new SlotOffer(type, slots, SlotText.of(zone).offer(slots, beyondHorizon),
                beyondHorizon));
    }

    @Override
    public CompletableFuture<Offer> sendOffer(long threadId, String jobType, List<TimeSlot> slots, String text) {
        conversations.reply(threadId, text).join();
        Offer offer = new Offer(++ids, threadId, jobType, Instant.EPOCH, slots);
        offers.put(threadId, offer);
        suggestions.remove(threadId);
        moveTo(threadId, Stage.SLOTS_OFFERED);
        return CompletableFuture.completedFuture(offer);
    }

    @Override
    public CompletableFuture<Optional<Offer>> latestOffer(long threadId) {
        return CompletableFuture.completedFuture(Optional.ofNullable(offers.get(threadId)));
    }

    @Override
    public CompletableFuture<Optional<ReplySuggestion>> suggestion(long threadId) {
        return CompletableFuture.completedFuture(Optional.ofNullable(suggestions.get(threadId))
                .filter(s -> offers.containsKey(threadId) && offers.get(threadId).id() == s.offerId()));
    }

    @Override
    public CompletableFuture<Appointment> book(long threadId, TimeSlot slot, String address) {
        if (address == null || address.isBlank()) {
            return CompletableFuture.failedFuture(new RequestRefused("Enter the address the crew should go to."));
        }
        if (taken.contains(slot)) {
            return CompletableFuture.failedFuture(new SlotTaken("That time was just booked for another job. Offer fresh slots."));
        }
        ThreadSummary thread = conversations.summary(threadId).join().orElseThrow();
        LeadCard lead = lead(threadId).join();
        String type = Optional.ofNullable(offers.get(threadId)).map(Offer::jobType).orElse(jobTypes.get(0));
        long value = lead.value() == null ? 30_000 : Money.parseCents(lead.value());
        Appointment booked = new Appointment(++ids, threadId, slot, thread.name(), thread.phone(), address.strip(), type,
                value, Instant.EPOCH, Appointment.Status.BOOKED, null, null);
        appointments.put(booked.id(), booked);
        taken.add(slot);
        conversations.reply(threadId, "You're booked: " + SlotText.of(zone).when(slot) + " at " + address.strip()).join();
        moveTo(threadId, Stage.BOOKED);
        return CompletableFuture.completedFuture(booked);
    }

    @Override
    public CompletableFuture<Appointment> cancel(long appointmentId, String reason, boolean tellCustomer) {
        Appointment a = appointments.get(appointmentId);
        Appointment cancelled = new Appointment(a.id(), a.threadId(), a.slot(), a.customerName(), a.phone(), a.address(),
                a.jobType(), a.valueCents(), a.bookedAt(), Appointment.Status.CANCELLED, Instant.EPOCH, blankToNull(reason));
        appointments.put(appointmentId, cancelled);
        taken.remove(a.slot());
        if (tellCustomer) {
            conversations.reply(a.threadId(), "Your appointment for " + SlotText.of(zone).when(a.slot()) + " is cancelled.")
                    .join();
        }
        moveTo(a.threadId(), Stage.QUALIFYING);
        return CompletableFuture.completedFuture(cancelled);
    }

    @Override
    public CompletableFuture<Appointment> reschedule(long appointmentId, TimeSlot slot, boolean tellCustomer) {
        if (taken.contains(slot)) {
            return CompletableFuture.failedFuture(new SlotTaken("That time was just booked for another job. Offer fresh slots."));
        }
        Appointment a = appointments.get(appointmentId);
        Appointment moved = new Appointment(a.id(), a.threadId(), slot, a.customerName(), a.phone(), a.address(),
                a.jobType(), a.valueCents(), a.bookedAt(), a.status(), null, null);
        appointments.put(appointmentId, moved);
        taken.remove(a.slot());
        taken.add(slot);
        if (tellCustomer) {
            conversations.reply(a.threadId(), "Your appointment has moved to " + SlotText.of(zone).when(slot)).join();
        } else {
            feed.threadChanged(a.threadId());
        }
        return CompletableFuture.completedFuture(moved);
    }

    @Override
    public CompletableFuture<List<Appointment>> appointments(LocalDate from, LocalDate to) {
        return CompletableFuture.completedFuture(all());
    }

    @Override
    public CompletableFuture<Optional<Appointment>> appointmentOf(long threadId) {
        return CompletableFuture.completedFuture(appointments.values().stream()
                .filter(a -> a.threadId() == threadId && a.booked()).findFirst());
    }

    @Override
    public CompletableFuture<String> exportCalendar(java.time.LocalDate from, java.time.LocalDate to, java.nio.file.Path file) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("the thread screen exports nothing"));
    }

    private void moveTo(long threadId, Stage stage) {
        conversations.update(threadId, s -> FakeConversations.stage(s, stage));
        feed.threadChanged(threadId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
