package com.ringbook.booking.api;

import com.ringbook.domain.Appointment;
import com.ringbook.domain.Offer;
import com.ringbook.domain.TimeSlot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the console asks of booking: the lead card, offering free slots, booking one, and the crews'
 * calendar. Every call returns at once; a refusal completes with a {@code RequestRefused} whose message
 * is shown as it is ({@link SlotTaken} when the time was taken meanwhile).
 */
public interface BookingService {

    CompletableFuture<LeadCard> lead(long threadId);

    /** Saves the lead card as typed; a value that is not money, or an unknown job type, is refused. */
    CompletableFuture<LeadCard> saveLead(long threadId, LeadCard draft);

    /**
     * The next free slots for a job of this type (the thread's, or the first job type, when blank) and
     * the text that offers them; nothing is saved or sent.
     */
    CompletableFuture<SlotOffer> draftOffer(long threadId, String jobType);

    /** Sends the offer (as edited) and remembers its slots; the thread is then Slots offered. */
    CompletableFuture<Offer> sendOffer(long threadId, String jobType, List<TimeSlot> slots, String text);

    CompletableFuture<Optional<Offer>> latestOffer(long threadId);

    /**
     * How the customer's newest text after the thread's latest offer reads, as a next step for staff to confirm
     * or correct; empty when nothing was offered, nothing came back since, or the text was a keyword (STOP, HELP).
     * Nothing is booked or changed by asking.
     */
    CompletableFuture<Optional<ReplySuggestion>> suggestion(long threadId);

    /**
     * Books the slot at the address: stores the appointment, texts the customer a confirmation and
     * moves the thread to Booked. Refused with {@link SlotTaken} when the crew's time was taken since.
     */
    CompletableFuture<Appointment> book(long threadId, TimeSlot slot, String address);

    /** Cancels a booked job (the customer is told when {@code tellCustomer}); its conversation opens again. */
    CompletableFuture<Appointment> cancel(long appointmentId, String reason, boolean tellCustomer);

    /** Moves a booked job to another free slot (the customer is told when {@code tellCustomer}). */
    CompletableFuture<Appointment> reschedule(long appointmentId, TimeSlot slot, boolean tellCustomer);

    /** Appointments, booked and cancelled, starting on the days {@code from} to {@code to} (inclusive, business time). */
    CompletableFuture<List<Appointment>> appointments(LocalDate from, LocalDate to);

    /** The job still booked on a thread, if any. */
    CompletableFuture<Optional<Appointment>> appointmentOf(long threadId);

    /**
     * Writes the booked appointments starting on the days {@code from} to {@code to} to an iCalendar
     * file (RFC 5545) that calendar apps open; completes with a sentence saying what was written, or
     * fails with one saying why the file could not be written (nothing is left behind then).
     */
    CompletableFuture<String> exportCalendar(LocalDate from, LocalDate to, Path file);
}
