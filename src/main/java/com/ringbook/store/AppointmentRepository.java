package com.ringbook.store;

import com.ringbook.domain.Appointment;
import com.ringbook.domain.TimeSlot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The crews' calendar: appointments booked, cancelled and moved. */
public interface AppointmentRepository {

    /** Every appointment (booked or cancelled) starting in {@code [from, to)}, by start time. */
    List<Appointment> startingBetween(Instant from, Instant to);

    /** The crews' time taken by booked appointments that overlap {@code [from, to)}, by start time. */
    List<TimeSlot> bookedOverlapping(Instant from, Instant to);

    Optional<Appointment> byId(long id);

    /** The appointment still booked for a thread, if any. */
    Optional<Appointment> bookedFor(long threadId);

    /** Changes to appointments, made inside the writer's current transaction. */
    interface Writable extends AppointmentRepository {

        /** Stores a booked appointment; returns its id. The caller has checked the slot is free. */
        long book(long threadId, TimeSlot slot, String address, String jobType, long valueCents, Instant now);

        /** Marks a booked appointment cancelled; false when it was not booked (already cancelled, or unknown). */
        boolean cancel(long id, String reason, Instant now);

        /** Sets what a booked job is worth, as staff last edited it on the lead card; false when it was not booked. */
        boolean setValue(long id, long valueCents);

        /** Moves a booked appointment to another slot; false when it was not booked. */
        boolean reschedule(long id, TimeSlot slot);
    }
}
