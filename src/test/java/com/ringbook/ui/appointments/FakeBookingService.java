package com.ringbook.ui.appointments;

import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.LeadCard;
import com.ringbook.booking.api.SlotOffer;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.Offer;
import com.ringbook.domain.TimeSlot;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.ui.common.FakeChangeEvents;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Booking's service for the Appointments view model's tests: appointments a test puts in, answered at
 * once (or held until the test releases them), cancelled as the engine would (with a thread change
 * announced). It records what the screen asked for.
 */
final class FakeBookingService implements BookingService {
    private final FakeChangeEvents feed;
    private final ZoneId zone;
    private final List<Appointment> appointments = new ArrayList<>();
    private final List<String> reads = new ArrayList<>();
    private final List<String> cancels = new ArrayList<>();
    private final List<String> exports = new ArrayList<>();
    private final List<Runnable> held = new ArrayList<>();
    private boolean holdReads;
    private String cancelRefusal;
    private String exportRefusal;
    private Instant now = Instant.parse("2026-11-24T20:00:00Z");

    FakeBookingService(FakeChangeEvents feed, ZoneId zone) {
        this.feed = feed;
        this.zone = zone;
    }

    // ---- what a test sets up ----

    void add(Appointment... added) {
        appointments.addAll(List.of(added));
    }

    void clear() {
        appointments.clear();
    }

    /** Reads wait until {@link #releaseReads} from now on. */
    void holdReads() {
        holdReads = true;
    }

    /** Answers every held read, oldest first, with what is stored then, and answers at once again. */
    void releaseReads() {
        holdReads = false;
        List<Runnable> waiting = List.copyOf(held);
        held.clear();
        waiting.forEach(Runnable::run);
    }

    void refuseCancels(String reason) {
        cancelRefusal = reason;
    }

    void refuseExports(String reason) {
        exportRefusal = reason;
    }

    // ---- what the screen asked for ----

    /** "FROM..TO" for every read of appointments. */
    List<String> reads() {
        return reads;
    }

    /** "id: reason (told|not told)" for every cancel accepted. */
    List<String> cancels() {
        return cancels;
    }

    /** "FROM..TO -> file" for every export asked for. */
    List<String> exports() {
        return exports;
    }

    // ---- the service ----

    @Override
    public CompletableFuture<List<Appointment>> appointments(LocalDate from, LocalDate to) {
        reads.add(from + ".." + to);
        CompletableFuture<List<Appointment>> answer = new CompletableFuture<>();
        Runnable reply = () -> answer.complete(appointments.stream()
                .filter(a -> {
                    LocalDate day = a.slot().start().atZone(zone).toLocalDate();
                    return !day.isBefore(from) && !day.isAfter(to);
                })
                .sorted(Comparator.comparing((Appointment a) -> a.slot().start()))
                .toList());
        if (holdReads) {
            held.add(reply);
        } else {
            reply.run();
        }
        return answer;
    }

    @Override
    public CompletableFuture<Appointment> cancel(long appointmentId, String reason, boolean tellCustomer) {
        if (cancelRefusal != null) {
            return CompletableFuture.failedFuture(new RequestRefused(cancelRefusal));
        }
        for (int i = 0; i < appointments.size(); i++) {
            Appointment a = appointments.get(i);
            if (a.id() == appointmentId) {
                Appointment cancelled = new Appointment(a.id(), a.threadId(), a.slot(), a.customerName(), a.phone(),
                        a.address(), a.jobType(), a.valueCents(), a.bookedAt(), Appointment.Status.CANCELLED, now,
                        reason.isBlank() ? null : reason);
                appointments.set(i, cancelled);
                cancels.add(appointmentId + ": " + reason + (tellCustomer ? " (told)" : " (not told)"));
                feed.threadChanged(a.threadId());
                return CompletableFuture.completedFuture(cancelled);
            }
        }
        return CompletableFuture.failedFuture(new RequestRefused("That appointment no longer exists."));
    }

    @Override
    public CompletableFuture<String> exportCalendar(LocalDate from, LocalDate to, Path file) {
        exports.add(from + ".." + to + " -> " + file.getFileName());
        if (exportRefusal != null) {
            return CompletableFuture.failedFuture(new RequestRefused(exportRefusal));
        }
        long booked = appointments.stream().filter(Appointment::booked).count();
        return CompletableFuture.completedFuture(booked + " booked appointments written to " + file.getFileName() + ".");
    }

    @Override
    public CompletableFuture<LeadCard> lead(long threadId) {
        return unused();
    }

    @Override
    public CompletableFuture<LeadCard> saveLead(long threadId, LeadCard draft) {
        return unused();
    }

    @Override
    public CompletableFuture<SlotOffer> draftOffer(long threadId, String jobType) {
        return unused();
    }

    @Override
    public CompletableFuture<Offer> sendOffer(long threadId, String jobType, List<TimeSlot> slots, String text) {
        return unused();
    }

    @Override
    public CompletableFuture<Optional<Offer>> latestOffer(long threadId) {
        return unused();
    }

    @Override
    public CompletableFuture<Optional<com.ringbook.booking.api.ReplySuggestion>> suggestion(long threadId) {
        return unused();
    }

    @Override
    public CompletableFuture<Appointment> book(long threadId, TimeSlot slot, String address) {
        return unused();
    }

    @Override
    public CompletableFuture<Appointment> reschedule(long appointmentId, TimeSlot slot, boolean tellCustomer) {
        return unused();
    }

    @Override
    public CompletableFuture<Optional<Appointment>> appointmentOf(long threadId) {
        return unused();
    }

    private static <T> CompletableFuture<T> unused() {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("The Appointments screen does not ask this"));
    }
}
